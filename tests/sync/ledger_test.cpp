#include "fakespoolman.h"
#include "ledgertestutil.h"

#include "core/sync/ledgermarker.h"
#include "core/sync/usageledger.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Spoolbridge;
using Test::charge;
using Test::FakeSpoolman;

namespace {

constexpr const char *TagA = "A1B2C3D4E5F60718293A4B5C6D7E8F90";
constexpr const char *TagB = "0F1E2D3C4B5A69788796A5B4C3D2E1F0";

UsageLedger::RetryPolicy fastRetries()
{
    UsageLedger::RetryPolicy policy;
    policy.initialMs = 20;
    policy.maxMs = 200;
    policy.missingSpoolMs = 200;
    return policy;
}

bool settled(const UsageLedger &ledger)
{
    return ledger.pendingCount() == 0 && !ledger.isDelivering();
}

LedgerMarker markerOf(const FakeSpoolman &spoolman, int id)
{
    return LedgerMarker::fromExtraValue(spoolman.spool(id)
                                            .value(QLatin1String("extra"))
                                            .toObject()
                                            .value(QLatin1String("spoolbridge_ledger"))
                                            .toString());
}

} // namespace

TEST_CASE("ledger: marker text round-trips as a Spoolman JSON-encoded string")
{
    LedgerMarker marker;
    marker.markApplied(QStringLiteral("abcd1234.1"));
    marker.pending.insert(QStringLiteral("abcd1234.2"), {12.5, 310.25});
    const QString value = marker.toExtraValue();
    CHECK(value.startsWith(QLatin1String("\"{\\\"")));
    bool ok = false;
    const LedgerMarker back = LedgerMarker::fromExtraValue(value, &ok);
    REQUIRE(ok);
    CHECK(back.applied == QStringList {QStringLiteral("abcd1234.1")});
    CHECK(back.pending.value(QStringLiteral("abcd1234.2")).grams == 12.5);
    CHECK(back.pending.value(QStringLiteral("abcd1234.2")).base == 310.25);
    CHECK(LedgerMarker::encodeText(QStringLiteral("3f2b")) == QLatin1String("\"3f2b\""));
    LedgerMarker::fromExtraValue(QStringLiteral("\"not json at all"), &ok);
    CHECK_FALSE(ok);
    for (int i = 0; i < 100; ++i)
        marker.markApplied(QStringLiteral("x.%1").arg(i));
    CHECK(marker.applied.size() == LedgerMarker::MaxApplied);
    CHECK(marker.applied.last() == QLatin1String("x.99"));
}

TEST_CASE("ledger: entries are written first, then delivered once")
{
    const QString dir = Test::makeTempDir(QStringLiteral("ledger-basic"));
    FakeSpoolman spoolman;
    const int a = spoolman.addSpool(QString::fromLatin1(TagA));
    const int manual = spoolman.addSpool(QString());
    UsageLedger ledger;
    REQUIRE(ledger.open(dir));
    CHECK(QFile::exists(QDir(dir).filePath(QStringLiteral("usage-ledger.sqlite"))));
    ledger.setRetryPolicy(fastRetries());

    const auto recorded = ledger.record({charge(QStringLiteral("job-1"), 0, QString::fromLatin1(TagA), a, 17.32),
        charge(QStringLiteral("job-1"), 1, QString(), manual, 5.82)});
    REQUIRE(recorded.ok);
    REQUIRE(recorded.added.size() == 2);
    CHECK(ledger.pendingCount() == 2); // written before anything is sent
    CHECK(spoolman.used(a) == 0.0);

    ledger.setSink(&spoolman);
    REQUIRE(Test::waitUntil([&] { return settled(ledger); }));
    CHECK(spoolman.used(a) == Approx(17.32).margin(1e-9));
    CHECK(spoolman.used(manual) == Approx(5.82).margin(1e-9));
    CHECK(spoolman.useCalls() == 2);
    const LedgerEntry first = *ledger.entry(recorded.added.at(0));
    CHECK(first.state == LedgerState::Delivered);
    CHECK(first.appliedGrams == Approx(17.32));
    CHECK(first.deliveredAt.isValid());
    CHECK(first.method == QLatin1String("3mf"));
    CHECK(first.uid == ledger.instanceId() + QStringLiteral(".") + QString::number(first.id));
    CHECK(first.spoolRegistered == spoolman.spool(a).value(QLatin1String("registered")).toString());
    CHECK(markerOf(spoolman, a).isApplied(first.uid));
    CHECK(markerOf(spoolman, a).pending.isEmpty());

    // The same job end reported again (reconnect, repeated FINISH): nothing new.
    const auto again = ledger.record({charge(QStringLiteral("job-1"), 0, QString::fromLatin1(TagA), a, 17.32),
        charge(QStringLiteral("job-1"), 1, QString(), manual, 5.82)});
    REQUIRE(again.ok);
    CHECK(again.added.isEmpty());
    CHECK(again.duplicates == recorded.added);
    REQUIRE(Test::waitUntil([&] { return settled(ledger); }));
    CHECK(ledger.entries().size() == 2);
    CHECK(spoolman.used(a) == Approx(17.32).margin(1e-9));
    CHECK(spoolman.useCalls() == 2);

    // Kill-safety settings of the file.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
    db.setDatabaseName(QDir(dir).filePath(QStringLiteral("usage-ledger.sqlite")));
    REQUIRE(db.open());
    {
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA journal_mode")));
        REQUIRE(query.next());
        CHECK(query.value(0).toString() == QLatin1String("wal"));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
}

TEST_CASE("ledger: usage recorded during an outage survives a restart and arrives exactly once")
{
    const QString dir = Test::makeTempDir(QStringLiteral("ledger-outage"));
    FakeSpoolman spoolman;
    const int a = spoolman.addSpool(QString::fromLatin1(TagA));
    const int b = spoolman.addSpool(QString::fromLatin1(TagB));
    spoolman.online = false;
    {
        UsageLedger ledger;
        REQUIRE(ledger.open(dir));
        ledger.setRetryPolicy(fastRetries());
        ledger.setSink(&spoolman);
        // Three job ends while Spoolman is down; the third only knows the tag.
        REQUIRE(ledger.record({charge(QStringLiteral("job-1"), 0, QString::fromLatin1(TagA), a, 10.25)}).ok);
        REQUIRE(ledger
                    .record({charge(QStringLiteral("job-2"), 0, QString::fromLatin1(TagA), a, 3.5),
                        charge(QStringLiteral("job-2"), 2, QString::fromLatin1(TagB), b, 40.0)})
                    .ok);
        REQUIRE(ledger.record({charge(QStringLiteral("job-3"), 2, QString::fromLatin1(TagB), 0, 7.75)}).ok);
        REQUIRE(Test::waitUntil([&] { return ledger.entries().last().attempts >= 2; }));
        CHECK(ledger.pendingCount() == 4);
        const LedgerEntry oldest = ledger.entries().last();
        CHECK(oldest.attempts >= 1);
        CHECK(oldest.lastError.contains(QLatin1String("not reachable")));
        CHECK(spoolman.used(a) == 0.0);
    } // the app quits

    spoolman.online = true;
    UsageLedger reopened;
    REQUIRE(reopened.open(dir));
    reopened.setRetryPolicy(fastRetries());
    CHECK(reopened.pendingCount() == 4);
    reopened.setSink(&spoolman);
    REQUIRE(Test::waitUntil([&] { return settled(reopened); }));
    CHECK(spoolman.used(a) == Approx(13.75).margin(1e-9)); // 10.25 + 3.5
    CHECK(spoolman.used(b) == Approx(47.75).margin(1e-9)); // 40 + 7.75
    CHECK(spoolman.useCalls() == 4);
    for (const LedgerEntry &entry : reopened.entries()) {
        CHECK(entry.state == LedgerState::Delivered);
        CHECK(entry.spoolId == (entry.slot == 0 ? a : b));
    }
}

TEST_CASE("ledger: a lost reply to /use is settled from the intent, not sent twice")
{
    const QString dir = Test::makeTempDir(QStringLiteral("ledger-lostreply"));
    FakeSpoolman spoolman;
    const int a = spoolman.addSpool(QString::fromLatin1(TagA));
    spoolman.dropNextUseReplies = 1;
    UsageLedger ledger;
    REQUIRE(ledger.open(dir));
    ledger.setRetryPolicy(fastRetries());
    ledger.setSink(&spoolman);
    const auto recorded = ledger.record({charge(QStringLiteral("job-9"), 0, QString::fromLatin1(TagA), a, 21.4)});
    REQUIRE(Test::waitUntil([&] { return settled(ledger); }));
    CHECK(spoolman.used(a) == Approx(21.4).margin(1e-9));
    CHECK(spoolman.useCalls() == 1);
    const LedgerEntry entry = *ledger.entry(recorded.added.first());
    CHECK(entry.state == LedgerState::Delivered);
    CHECK(entry.attempts == 2);
    CHECK(entry.lastError.contains(QLatin1String("Applied before an interruption")));
}

TEST_CASE("ledger: an interrupted delivery with other writers in between is parked, never guessed")
{
    const QString dir = Test::makeTempDir(QStringLiteral("ledger-indoubt"));
    FakeSpoolman spoolman;
    const int a = spoolman.addSpool(QString::fromLatin1(TagA));
    spoolman.dropNextUseReplies = 1;
    UsageLedger ledger;
    REQUIRE(ledger.open(dir));
    UsageLedger::RetryPolicy slow = fastRetries();
    slow.initialMs = 300;
    ledger.setRetryPolicy(slow);
    ledger.setSink(&spoolman);
    const qint64 id
        = ledger.record({charge(QStringLiteral("job-5"), 0, QString::fromLatin1(TagA), a, 12.0)}).added.first();
    REQUIRE(Test::waitUntil([&] { return ledger.entry(id)->attempts == 1 && !ledger.isDelivering(); }));
    spoolman.otherToolUses(a, 5.0); // e.g. a scale or another slicer plug-in, before the retry
    REQUIRE(Test::waitUntil([&] { return ledger.entry(id)->state == LedgerState::Attention; }));
    CHECK(spoolman.used(a) == Approx(17.0).margin(1e-9));
    CHECK(spoolman.useCalls() == 1);
    CHECK(ledger.entry(id)->lastError.contains(QLatin1String("impossible to tell whether the charge arrived")));

    REQUIRE(ledger.resolve(id, UsageLedger::Resolution::AlreadyApplied));
    CHECK(ledger.entry(id)->state == LedgerState::Delivered);
    CHECK(spoolman.used(a) == Approx(17.0).margin(1e-9));
    CHECK(markerOf(spoolman, a).pending.contains(ledger.entry(id)->uid));

    // The next delivery to the spool tidies the settled intent away.
    const qint64 next
        = ledger.record({charge(QStringLiteral("job-6"), 0, QString::fromLatin1(TagA), a, 1.0)}).added.first();
    REQUIRE(Test::waitUntil([&] { return settled(ledger); }));
    CHECK(ledger.entry(next)->state == LedgerState::Delivered);
    CHECK(spoolman.used(a) == Approx(18.0).margin(1e-9));
    CHECK(markerOf(spoolman, a).pending.isEmpty());
}

TEST_CASE("ledger: 'apply again' after a person ruled out the interrupted attempt")
{
    const QString dir = Test::makeTempDir(QStringLiteral("ledger-applyagain"));
    FakeSpoolman spoolman;
    const int a = spoolman.addSpool(QString::fromLatin1(TagA));
    spoolman.dropNextUseReplies = 1;
    UsageLedger ledger;
    REQUIRE(ledger.open(dir));
    UsageLedger::RetryPolicy slow = fastRetries();
    slow.initialMs = 300;
    ledger.setRetryPolicy(slow);
    ledger.setSink(&spoolman);
    const qint64 id
        = ledger.record({charge(QStringLiteral("job-6"), 0, QString::fromLatin1(TagA), a, 12.0)}).added.first();
    REQUIRE(Test::waitUntil([&] { return ledger.entry(id)->attempts == 1 && !ledger.isDelivering(); }));
    // A person corrected the spool in Spoolman's UI in the meantime (the 12 g taken back).
    spoolman.otherToolUses(a, -12.0 + 3.0);
    REQUIRE(Test::waitUntil([&] { return ledger.entry(id)->state == LedgerState::Attention; }));
    REQUIRE(ledger.resolve(id, UsageLedger::Resolution::ApplyAgain));
    REQUIRE(Test::waitUntil([&] { return settled(ledger); }));
    CHECK(ledger.entry(id)->state == LedgerState::Delivered);
    CHECK(spoolman.used(a) == Approx(15.0).margin(1e-9)); // 3 + 12
    CHECK(spoolman.useCalls() == 2);
}

TEST_CASE("ledger: undo records a compensating negative use")
{
    const QString dir = Test::makeTempDir(QStringLiteral("ledger-undo"));
    FakeSpoolman spoolman;
    const int a = spoolman.addSpool(QString::fromLatin1(TagA));
    const int b = spoolman.addSpool(QString::fromLatin1(TagB));
    UsageLedger ledger;
    REQUIRE(ledger.open(dir));
    ledger.setRetryPolicy(fastRetries());
    ledger.setSink(&spoolman);
    const auto recorded = ledger.record({charge(QStringLiteral("job-7"), 0, QString::fromLatin1(TagA), a, 30.0),
        charge(QStringLiteral("job-7"), 1, QString::fromLatin1(TagB), b, 10.0)});
    REQUIRE(Test::waitUntil([&] { return settled(ledger); }));
    spoolman.otherToolUses(a, 4.0);
    CHECK(spoolman.used(a) == Approx(34.0));

    const std::optional<qint64> compensation = ledger.undo(recorded.added.at(0));
    REQUIRE(compensation);
    REQUIRE(*compensation > 0);
    CHECK(ledger.entry(recorded.added.at(0))->state == LedgerState::Undone);
    CHECK(ledger.entry(recorded.added.at(0))->undoneBy == *compensation);
    REQUIRE(Test::waitUntil([&] { return settled(ledger); }));
    const LedgerEntry undoEntry = *ledger.entry(*compensation);
    CHECK(undoEntry.state == LedgerState::Delivered);
    CHECK(undoEntry.method == QLatin1String("undo"));
    CHECK(undoEntry.undoOf == recorded.added.at(0));
    CHECK(undoEntry.grams == -30.0);
    CHECK(spoolman.used(a) == Approx(4.0).margin(1e-9)); // the other tool's 4 g stay

    QString error;
    CHECK_FALSE(ledger.undo(recorded.added.at(0), &error));
    CHECK(error.contains(QLatin1String("already undone")));
    CHECK_FALSE(ledger.undo(*compensation, &error));
    CHECK(error.contains(QLatin1String("itself an undo")));

    // Clamping: someone already gave 8 of the 10 g back; the undo can only give back 2.
    spoolman.otherToolUses(b, -8.0);
    const std::optional<qint64> clamped = ledger.undo(recorded.added.at(1));
    REQUIRE(clamped);
    REQUIRE(Test::waitUntil([&] { return settled(ledger); }));
    CHECK(spoolman.used(b) == 0.0);
    CHECK(ledger.entry(*clamped)->appliedGrams == Approx(-2.0));

    // An entry Spoolman never saw is simply cancelled.
    spoolman.online = false;
    UsageLedger offline;
    REQUIRE(offline.open(Test::makeTempDir(QStringLiteral("ledger-undo-offline"))));
    const qint64 never
        = offline.record({charge(QStringLiteral("job-8"), 0, QString::fromLatin1(TagA), a, 9.0)}).added.first();
    const std::optional<qint64> cancelled = offline.undo(never);
    REQUIRE(cancelled);
    CHECK(*cancelled == 0);
    CHECK(offline.entry(never)->state == LedgerState::Undone);
    CHECK(offline.pendingCount() == 0);
}

TEST_CASE("ledger: a reused spool id is detected by its tag")
{
    const QString dir = Test::makeTempDir(QStringLiteral("ledger-reuse"));
    FakeSpoolman spoolman;
    const int a = spoolman.addSpool(QString::fromLatin1(TagA));
    const int doomed = spoolman.addSpool(QString::fromLatin1(TagB));
    spoolman.online = false;
    UsageLedger ledger;
    REQUIRE(ledger.open(dir));
    ledger.setRetryPolicy(fastRetries());
    ledger.setSink(&spoolman);
    const qint64 id
        = ledger.record({charge(QStringLiteral("job-4"), 1, QString::fromLatin1(TagB), doomed, 8.0)}).added.first();
    // While Spoolman was away, someone deleted the spool and created another: it got the same id.
    spoolman.deleteSpool(doomed);
    const int reused = spoolman.addSpool(QStringLiteral("99999999999999999999999999999999"));
    REQUIRE(reused == doomed);
    spoolman.online = true;
    ledger.deliverNow();
    REQUIRE(Test::waitUntil([&] { return ledger.entry(id)->state == LedgerState::Attention; }));
    CHECK(spoolman.used(reused) == 0.0);
    CHECK(ledger.entry(id)->lastError.contains(QLatin1String("no longer carries the tag")));

    // The person points the entry at the right spool.
    const int right = spoolman.addSpool(QString::fromLatin1(TagB));
    REQUIRE(ledger.assignSpool(id, right, QString::fromLatin1(TagB)));
    REQUIRE(Test::waitUntil([&] { return settled(ledger); }));
    CHECK(spoolman.used(right) == Approx(8.0));
    CHECK(spoolman.used(a) == 0.0);
}

TEST_CASE("ledger: a slot without a known spool waits for a person")
{
    FakeSpoolman spoolman;
    const int manual = spoolman.addSpool(QString());
    UsageLedger ledger;
    REQUIRE(ledger.open(Test::makeTempDir(QStringLiteral("ledger-nospool"))));
    ledger.setRetryPolicy(fastRetries());
    ledger.setSink(&spoolman);
    const qint64 id = ledger.record({charge(QStringLiteral("job-3"), 3, QString(), 0, 6.5)}).added.first();
    CHECK(ledger.entry(id)->state == LedgerState::Attention);
    CHECK(ledger.attentionCount() == 1);
    QString error;
    CHECK_FALSE(ledger.assignSpool(id, 0, QString(), &error));
    CHECK(error.contains(QLatin1String("Give the Spoolman spool id")));
    REQUIRE(ledger.assignSpool(id, manual, QString()));
    REQUIRE(Test::waitUntil([&] { return settled(ledger); }));
    CHECK(spoolman.used(manual) == Approx(6.5));
}

TEST_CASE("ledger: a ledger field deleted in Spoolman is registered again")
{
    FakeSpoolman spoolman;
    const int a = spoolman.addSpool(QString::fromLatin1(TagA));
    UsageLedger ledger;
    REQUIRE(ledger.open(Test::makeTempDir(QStringLiteral("ledger-field"))));
    ledger.setRetryPolicy(fastRetries());
    ledger.setSink(&spoolman);
    ledger.record({charge(QStringLiteral("job-1"), 0, QString::fromLatin1(TagA), a, 2.0)});
    REQUIRE(Test::waitUntil([&] { return settled(ledger); }));
    spoolman.deleteField(QStringLiteral("spoolbridge_ledger"));
    const qint64 id
        = ledger.record({charge(QStringLiteral("job-2"), 0, QString::fromLatin1(TagA), a, 3.0)}).added.first();
    REQUIRE(Test::waitUntil([&] { return settled(ledger); }));
    CHECK(ledger.entry(id)->state == LedgerState::Delivered);
    CHECK(ledger.entry(id)->attempts == 2);
    CHECK(spoolman.used(a) == Approx(5.0).margin(1e-9));
    CHECK(markerOf(spoolman, a).isApplied(ledger.entry(id)->uid));
}
