// spoolbridge-cli sync --once end to end: printer simulator on a real TLS mosquitto + stand-in.
#include "brokerfixture.h"
#include "enginetestenv.h"

#include "core/cli/commandtable.h"
#include "core/cli/synccommand.h"
#include "core/printer/jobrecord.h"
#include "core/sync/sliceinforeader.h"
#include "core/sync/usagecalculator.h"
#include "core/sync/usageledger.h"
#include "core/sync/usagetypes.h" // first: see the note there
#include "support/testsupport.h"
#include "tools/printer-sim/printersimulator.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Spoolbridge;
using namespace Spoolbridge::Test;

namespace {

const QString serial = QStringLiteral("01P00A000000001");
const QString code = QStringLiteral("12345678");

struct CliRun {
    int exitCode = -1;
    QJsonObject json;
    QString err;
};

CliRun runSyncCli(const QStringList &args)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    Cli::CommandIo io {outStream, errStream};
    CliRun run;
    run.exitCode = Cli::runSync(args, io);
    outStream.flush();
    errStream.flush();
    run.json = QJsonDocument::fromJson(out.toUtf8()).object();
    run.err = err;
    return run;
}

} // namespace

TEST_CASE("engine cli: sync --once against the printer simulator and the stand-in", "[engine][cli]")
{
    EngineEnv env;
    auto broker = startBroker(serial, code);
    Sim::PrinterSimulator sim;
    Sim::PrinterSimulator::Options options;
    options.port = broker->port();
    options.serial = serial;
    options.accessCode = code;
    options.caFile = broker->caFile();
    options.reportFixture = fixturePath(QStringLiteral("p2s-pushall-ams2pro-mixed-printing.json"));
    options.versionFixture = fixturePath(QStringLiteral("p2s-get_version-ams2pro.json"));
    QString error;
    REQUIRE(sim.setOptions(options, &error));
    sim.start();
    REQUIRE(waitUntil([&]() { return sim.isOnline(); }, 10000));

    const QString codeFile = env.dir() + QStringLiteral("/access-code");
    QFile file(codeFile);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(code.toUtf8() + '\n');
    file.close();
    const QStringList args {QStringLiteral("--once"), QStringLiteral("--spoolman"), env.standin().baseUrl().toString(),
        QStringLiteral("--name"), QStringLiteral("Workshop P2S"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
        QStringLiteral("--port"), QString::number(broker->port()), QStringLiteral("--serial"), serial,
        QStringLiteral("--access-code-file"), codeFile, QStringLiteral("--ca-file"), broker->caFile(),
        QStringLiteral("--timeout"), QStringLiteral("20"), QStringLiteral("--data-dir"), env.dir()};

    const CliRun first = runSyncCli(args);
    INFO(first.err.toStdString());
    CHECK(first.exitCode == 0);
    CHECK(first.json.value(QLatin1String("synced")).toInt() == 2);
    CHECK(first.json.value(QLatin1String("created")).toArray().size() == 2);
    CHECK(first.json.value(QLatin1String("errors")).toArray().isEmpty());
    const QJsonArray skipped = first.json.value(QLatin1String("skipped")).toArray();
    REQUIRE(skipped.size() == 2);
    CHECK(skipped.at(0).toObject().value(QLatin1String("location")).toString()
        == QStringLiteral("Workshop P2S - AMS A Slot 3"));
    CHECK(skipped.at(0).toObject().value(QLatin1String("color")).toString() == QStringLiteral("000000"));
    CHECK(skipped.at(0).toObject().value(QLatin1String("reason")).toString()
        == QStringLiteral("Non-Bambu Lab spool — link it manually"));
    CHECK(env.spoolsWithTag(QStringLiteral("C234B32CD1C14E0587B0CF6BF8753D0F")).value(0).location.value_or(QString())
        == QStringLiteral("Workshop P2S - AMS A Slot 1"));

    // Again: nothing new.
    const CliRun second = runSyncCli(args);
    CHECK(second.exitCode == 0);
    CHECK(second.json.value(QLatin1String("created")).toArray().isEmpty());
    CHECK(env.spools().size() == 2);

    // Spoolman down: exit 1 with one readable error.
    env.stopStandin();
    const CliRun down = runSyncCli(args);
    CHECK(down.exitCode == 1);
    REQUIRE(down.json.value(QLatin1String("errors")).toArray().size() == 1);
    CHECK(down.json.value(QLatin1String("errors")).toArray().at(0).toString().contains(QStringLiteral("Spoolman")));

    // Wrong access code: exit 1, and the reason.
    file.open(QIODevice::WriteOnly);
    file.write("87654321");
    file.close();
    const CliRun denied = runSyncCli(args);
    CHECK(denied.exitCode == 1);
    CHECK_FALSE(denied.json.value(QLatin1String("errors")).toArray().isEmpty());
    sim.stop();
}

TEST_CASE("engine cli: the former ledger command still lists and undoes, with a deprecation line", "[engine][cli]")
{
    const QString dir = makeTempDir(QStringLiteral("ledger-cli"));
    {
        UsageLedger ledger;
        REQUIRE(ledger.open(dir));
        UsageCharge charge;
        charge.jobKey = QStringLiteral("lan:Cube|x|1");
        charge.printerId = serial;
        charge.slot = 0;
        charge.spool.trayUuid = QStringLiteral("C234B32CD1C14E0587B0CF6BF8753D0F");
        charge.grams = 12.5;
        REQUIRE(ledger.record({charge}).ok);
    }
    QString err;
    auto run = [&dir, &err](const QString &command, const QStringList &args, QString *out) {
        err.clear();
        QTextStream outStream(out);
        QTextStream errStream(&err);
        Cli::CommandIo io {outStream, errStream};
        const int code = Cli::runCli(QStringList {QStringLiteral("spoolbridge-cli"), command} + args
                + QStringList {QStringLiteral("--ledger"), dir},
            io);
        outStream.flush();
        errStream.flush();
        return code;
    };
    const QString ledgerCmd = QStringLiteral("ledger");
    QString out;
    REQUIRE(run(ledgerCmd, {QStringLiteral("list"), QStringLiteral("--json")}, &out) == 0);
    CHECK(err.contains(QLatin1String("\"ledger\" is now \"usage\"")));
    const QJsonArray entries = QJsonDocument::fromJson(out.toUtf8()).array();
    REQUIRE(entries.size() == 1);
    CHECK(entries.at(0).toObject().value(QLatin1String("grams")).toDouble() == Approx(12.5));
    CHECK(entries.at(0).toObject().value(QLatin1String("state")).toString() == QStringLiteral("pending"));
    const qint64 id = entries.at(0).toObject().value(QLatin1String("id")).toInteger();

    // The same entries through the new name: identical JSON, and nothing on stderr.
    QString usageOut;
    REQUIRE(run(QStringLiteral("usage"), {QStringLiteral("list")}, &usageOut) == 0);
    CHECK(usageOut == out);
    CHECK(err.isEmpty());

    out.clear();
    CHECK(run(ledgerCmd, {QStringLiteral("undo"), QString::number(id)}, &out) == 0);
    CHECK(out.contains(QStringLiteral("cancelled")));
    out.clear();
    REQUIRE(run(ledgerCmd, {QStringLiteral("list")}, &out) == 0); // a table, as before
    CHECK(out.startsWith(QLatin1String("    ID  STATE")));
    CHECK(out.contains(QStringLiteral("undone")));
    out.clear();
    CHECK(run(ledgerCmd, {QStringLiteral("undo"), QStringLiteral("x")}, &out) == 2);
    CHECK(err.contains(QLatin1String("needs one entry id")));
}
