#include "fakespoolman.h"

#include "core/sync/ledgermarker.h"
#include "core/sync/usageledger.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QProcess>

using namespace Spoolbridge;

namespace {

int runHelper(const QString &ledgerDir, const QString &state, const QString &mode, const QString &fault = {})
{
    QProcess process;
    QStringList args {ledgerDir, state, mode};
    if (!fault.isEmpty())
        args << fault;
    process.start(QStringLiteral(SB_LEDGER_HELPER), args);
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (process.exitStatus() != QProcess::NormalExit)
        return -2;
    const QByteArray err = process.readAllStandardError();
    if (process.exitCode() != 0 && process.exitCode() != 42)
        UNSCOPED_INFO("helper stderr: " << err.toStdString());
    return process.exitCode();
}

} // namespace

// Each step of a delivery (and the recording itself) is cut by a real process exit; the next
// run must leave every spool charged exactly once.
TEST_CASE("ledger crash: a killed process at any step loses nothing and counts nothing twice")
{
    const QStringList faults {
        QStringLiteral("record.beforeCommit"),
        QStringLiteral("attempt.begin"),
        QStringLiteral("spool.read"),
        QStringLiteral("intent.written"),
        QStringLiteral("use.applied"),
        QStringLiteral("marker.committed"),
        QStringLiteral("local.committed"),
        QStringLiteral("use.applied#2"),
        QStringLiteral("intent.written#3"),
        QStringLiteral("marker.committed#3"),
    };
    for (const QString &fault : faults) {
        DYNAMIC_SECTION("crash at " << fault.toStdString())
        {
            const QString dir = Test::makeTempDir(QStringLiteral("ledger-crash"));
            const QString ledgerDir = QDir(dir).filePath(QStringLiteral("ledger"));
            const QString state = QDir(dir).filePath(QStringLiteral("spoolman.json"));
            {
                Test::FakeSpoolman spoolman(state);
                REQUIRE(spoolman.addSpool(QStringLiteral("A1B2C3D4E5F60718293A4B5C6D7E8F90")) == 1);
                REQUIRE(spoolman.addSpool(QString()) == 2);
                REQUIRE(spoolman.addSpool(QStringLiteral("0F1E2D3C4B5A69788796A5B4C3D2E1F0")) == 3);
            }
            if (fault.startsWith(QLatin1String("record."))) {
                REQUIRE(runHelper(ledgerDir, state, QStringLiteral("record"), fault) == 42);
                {
                    UsageLedger probe;
                    REQUIRE(probe.open(ledgerDir));
                    CHECK(probe.entries().isEmpty()); // the transaction never committed
                }
                // The printer reports the job end again after the restart.
                REQUIRE(runHelper(ledgerDir, state, QStringLiteral("record")) == 0);
            } else {
                REQUIRE(runHelper(ledgerDir, state, QStringLiteral("record")) == 0);
                REQUIRE(runHelper(ledgerDir, state, QStringLiteral("deliver"), fault) == 42);
            }
            // A duplicate job end after the restart changes nothing.
            REQUIRE(runHelper(ledgerDir, state, QStringLiteral("record")) == 0);
            REQUIRE(runHelper(ledgerDir, state, QStringLiteral("deliver")) == 0);

            Test::FakeSpoolman after(state);
            CHECK(after.used(1) == Approx(12.34).margin(1e-9));
            CHECK(after.used(2) == Approx(5.5).margin(1e-9));
            CHECK(after.used(3) == Approx(7.25).margin(1e-9));
            CHECK(after.useCalls() == 3); // never a second /use of the same entry
            {
                UsageLedger ledger;
                REQUIRE(ledger.open(ledgerDir));
                REQUIRE(ledger.entries().size() == 3);
                for (const LedgerEntry &entry : ledger.entries()) {
                    CHECK(entry.state == LedgerState::Delivered);
                    const LedgerMarker marker
                        = LedgerMarker::fromExtraValue(after.spool(entry.spoolId)
                                                           .value(QLatin1String("extra"))
                                                           .toObject()
                                                           .value(QLatin1String("spoolbridge_ledger"))
                                                           .toString());
                    CHECK(marker.isApplied(entry.uid));
                    CHECK(marker.pending.isEmpty());
                }
            }
            // And a further run has nothing left to do.
            REQUIRE(runHelper(ledgerDir, state, QStringLiteral("deliver")) == 0);
            CHECK(Test::FakeSpoolman(state).useCalls() == after.useCalls());
        }
    }
}
