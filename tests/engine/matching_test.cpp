// Matching and auto-create: one spool per RFID tag, whatever happens.
#include "enginetestenv.h"

#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace Spoolbridge;
using namespace Spoolbridge::Test;

namespace {

const QString p2s = QStringLiteral("p2s-pushall-ams2pro-mixed-printing.json");
const QString whiteTag = QStringLiteral("C234B32CD1C14E0587B0CF6BF8753D0F"); // slot 0, PLA Matte white, 41 %
const QString blackTag = QStringLiteral("15A8808C6AC140F2B84FBAE990AD9E43"); // slot 1, PLA Matte black, 39 %

int countWithName(const QList<Vendor> &vendors, const QString &name)
{
    int count = 0;
    for (const Vendor &vendor : vendors)
        count += vendor.name.compare(name, Qt::CaseInsensitive) == 0 ? 1 : 0;
    return count;
}

} // namespace

TEST_CASE("engine: a new RFID spool is created once, with its tag, location and weight", "[engine]")
{
    EngineEnv env;
    auto printer = env.printer(p2s, QStringLiteral("01P00A000000001"));
    auto engine = env.engine(printer.get());

    const SyncResult first = env.sync(*engine);
    INFO(QJsonDocument(first.toJson()).toJson().toStdString());
    CHECK(first.errors.isEmpty());
    CHECK(first.synced == 2);
    REQUIRE(first.created.size() == 2);
    CHECK(first.skipped.size() == 2);

    const QList<Spool> white = env.spoolsWithTag(whiteTag);
    REQUIRE(white.size() == 1);
    CHECK(white.first().location.value_or(QString()) == QStringLiteral("Printer 01 - AMS A Slot 1"));
    CHECK(white.first().remainingWeight.value_or(0) == Approx(410)); // 1000 g × 41 %
    CHECK(white.first().initialWeight.value_or(0) == Approx(1000));
    CHECK(white.first().extra.value(QStringLiteral("tag")) == QStringLiteral("\"%1\"").arg(whiteTag));
    // The SpoolmanDB entry that matches the profile ("PLA Matte") and colour, not "Basic White".
    CHECK(white.first().filament.name.value_or(QString()) == QStringLiteral("Matte Ivory White"));
    CHECK(white.first().filament.externalId.value_or(QString())
        == QStringLiteral("bambulab_pla_matte_ivory_white_1000_175_n"));
    CHECK(env.spoolsWithTag(blackTag).size() == 1);
    CHECK(countWithName(env.vendors(), QStringLiteral("Bambu Lab")) == 1);
    CHECK(env.filaments().size() == 2);

    // Repeated syncs, repeated full reports (a reconnect): nothing new.
    for (int i = 0; i < 3; ++i) {
        REQUIRE(printer->ingest(fixtureObject(p2s)).ok);
        const SyncResult again = env.sync(*engine);
        CHECK(again.created.isEmpty());
        CHECK(again.synced == 2);
        CHECK(again.errors.isEmpty());
    }
    CHECK(env.spoolsWithTag(whiteTag).size() == 1);
    CHECK(env.spoolsWithTag(blackTag).size() == 1);
    CHECK(env.spools().size() == 2);
    CHECK(env.filaments().size() == 2);
}

TEST_CASE("engine: two printers seeing the same spools at once create each spool once", "[engine]")
{
    EngineEnv env;
    auto printerA = env.printer(p2s, QStringLiteral("01P00A000000001"));
    auto printerB = env.printer(p2s, QStringLiteral("01P00A000000002"));
    auto engineA = env.engine(printerA.get());
    auto engineB = env.engine(printerB.get());

    std::optional<SyncResult> a;
    std::optional<SyncResult> b;
    QObject::connect(engineA.get(), &SyncEngine::syncFinished, [&a](const SyncResult &r) { a = r; });
    QObject::connect(engineB.get(), &SyncEngine::syncFinished, [&b](const SyncResult &r) { b = r; });
    engineA->syncNow();
    engineB->syncNow();
    REQUIRE(waitUntil([&]() { return a && b; }, 15000));
    CHECK(a->errors.isEmpty());
    CHECK(b->errors.isEmpty());
    CHECK(a->created.size() + b->created.size() == 2);
    CHECK(env.spoolsWithTag(whiteTag).size() == 1);
    CHECK(env.spoolsWithTag(blackTag).size() == 1);
    CHECK(countWithName(env.vendors(), QStringLiteral("Bambu Lab")) == 1);
    CHECK(env.filaments().size() == 2);
}

TEST_CASE("engine: a restart in the middle of a creation reuses what was created", "[engine]")
{
    EngineEnv env;
    // A previous run got as far as the vendor and the black filament, and its spool POST for the
    // white tag reached Spoolman, but the answer was lost.
    env.registerTagField();
    const int vendorId = env.createVendor(QStringLiteral("bambu lab"));
    const Filament black = env.createFilament(
        QStringLiteral("Matte Charcoal"), QStringLiteral("PLA"), QStringLiteral("000000"), vendorId);
    const Filament white = env.createFilament(
        QStringLiteral("Matte Ivory White"), QStringLiteral("PLA"), QStringLiteral("ffffff"), vendorId);
    const Spool existing = env.createSpool({{QStringLiteral("filament_id"), white.id},
        {QStringLiteral("extra"), QJsonObject {{QStringLiteral("tag"), QStringLiteral("\"%1\"").arg(whiteTag)}}}});

    auto printer = env.printer(p2s, QStringLiteral("01P00A000000001"));
    {
        auto engine = env.engine(printer.get());
        const SyncResult result = env.sync(*engine);
        CHECK(result.errors.isEmpty());
        REQUIRE(result.created.size() == 1); // only the black one was missing
        CHECK(result.created.first().tag == blackTag);
    }
    CHECK(env.vendors().size() == 1);
    CHECK(env.filaments().size() == 2);
    const QList<Spool> whiteSpools = env.spoolsWithTag(whiteTag);
    REQUIRE(whiteSpools.size() == 1);
    CHECK(whiteSpools.first().id == existing.id);
    const QList<Spool> blackSpools = env.spoolsWithTag(blackTag);
    REQUIRE(blackSpools.size() == 1);
    CHECK(blackSpools.first().filament.id == black.id);

    // The process restarts: a new engine and a LinkStore read back from its file.
    LinkStore reopened;
    REQUIRE(reopened.open(env.links().path()));
    CHECK(reopened.placement(QStringLiteral("01P00A000000001"), 0, 1).has_value());
    auto engine = env.engine(printer.get());
    const SyncResult afterRestart = env.sync(*engine);
    CHECK(afterRestart.created.isEmpty());
    CHECK(afterRestart.synced == 2);
    CHECK(env.spools().size() == 2);
}

TEST_CASE("engine: the tag field is registered before the first lookup, also on a new Spoolman", "[engine]")
{
    EngineEnv env;
    auto printer = env.printer(p2s, QStringLiteral("01P00A000000001"));
    auto engine = env.engine(printer.get());
    env.takeRequests();
    env.sync(*engine);
    const QStringList requests = env.takeRequests();
    const qsizetype field = requests.indexOf(QStringLiteral("POST /api/v1/field/spool/tag"));
    REQUIRE(field >= 0);
    for (qsizetype i = 0; i < field; ++i)
        CHECK_FALSE(requests.at(i).startsWith(QStringLiteral("GET /api/v1/spool")));

    // The user points the client at another (empty) Spoolman: the field is registered there too.
    SpoolmanStandin other;
    other.setDatabasePath(env.dir() + QStringLiteral("/other.sqlite"));
    REQUIRE(other.listen());
    QStringList otherRequests;
    QObject::connect(
        &other, &SpoolmanStandin::requestServed, [&otherRequests](const QByteArray &method, const QString &path, int) {
            otherRequests << QString::fromLatin1(method) + u' ' + path;
        });
    SpoolmanConfig config = env.client().config();
    config.baseUrl = other.baseUrl();
    env.client().setConfig(config);
    const SyncResult result = env.sync(*engine);
    CHECK(result.errors.isEmpty());
    CHECK(result.created.size() == 2);
    CHECK(otherRequests.contains(QStringLiteral("POST /api/v1/field/spool/tag")));
}
