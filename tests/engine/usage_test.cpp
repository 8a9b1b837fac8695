// Per-print usage end to end: job end → 3MF from a real vsftpd → ledger → stand-in Spoolman.
#include "enginetestenv.h"
#include "threemfbuilder.h"
#include "vsftpdserver.h"

#include "core/engine/spoolmanusagesink.h"
#include "core/engine/usagepipeline.h"
#include "core/engine/usagetypesbridge.h" // before usagepipeline.h: see the note there
#include "support/testsupport.h"

#include <catch2/catch.hpp>

using namespace Spoolbridge;
using namespace Spoolbridge::Test;

namespace {

const QString x1c = QStringLiteral("x1c-pushall-2ams-ams2pro-amsht.json");
const QString tag0 = QStringLiteral("5F3D8925633343C29FB9A97FA9125971"); // unit 0 slot 0, PLA Matte black
const QString tag1 = QStringLiteral("A77739E606CA41FAA0693A6A3BA63726"); // unit 0 slot 1

QJsonObject print(const QJsonObject &fields)
{
    QJsonObject body = fields;
    body.insert(QStringLiteral("command"), QStringLiteral("push_status"));
    body.insert(QStringLiteral("msg"), 1);
    return QJsonObject {{QStringLiteral("print"), body}};
}

// A LAN job of plate 1 on unit 0 slots 0 and 1 that ends FINISH (or FAILED at `failAtLayer`).
void runJob(PrinterModel &printer, const QString &name, const QDateTime &start, int failAtLayer = 0)
{
    REQUIRE(printer
                .ingest(print({{QStringLiteral("gcode_state"), QStringLiteral("PREPARE")},
                            {QStringLiteral("subtask_name"), name},
                            {QStringLiteral("gcode_file"), QStringLiteral("/data/Metadata/plate_1.gcode")},
                            {QStringLiteral("print_type"), QStringLiteral("local")},
                            {QStringLiteral("task_id"), QStringLiteral("0")},
                            {QStringLiteral("subtask_id"), QStringLiteral("0")},
                            {QStringLiteral("project_id"), QStringLiteral("0")}, {QStringLiteral("mc_percent"), 0},
                            {QStringLiteral("layer_num"), 0}, {QStringLiteral("total_layer_num"), 100},
                            {QStringLiteral("mapping"), QJsonArray {0, 1}}}),
                    start)
                .ok);
    const int layer = failAtLayer > 0 ? failAtLayer : 100;
    REQUIRE(printer
                .ingest(print({{QStringLiteral("gcode_state"), QStringLiteral("RUNNING")},
                            {QStringLiteral("mc_percent"), layer}, {QStringLiteral("layer_num"), layer},
                            {QStringLiteral("total_layer_num"), 100}}),
                    start.addSecs(60))
                .ok);
    REQUIRE(printer
                .ingest(print({{QStringLiteral("gcode_state"),
                            failAtLayer > 0 ? QStringLiteral("FAILED") : QStringLiteral("FINISH")}}),
                    start.addSecs(120))
                .ok);
}

double remaining(EngineEnv &env, const QString &tag)
{
    const QList<Spool> spools = env.spoolsWithTag(tag);
    REQUIRE(spools.size() == 1);
    return spools.first().remainingWeight.value_or(-1);
}

struct UsageRig {
    VsftpdServer ftp;
    EngineEnv env;
    std::unique_ptr<PrinterModel> printer;
    QString ledgerDir;

    UsageRig()
    {
        const QString error = ftp.start({});
        INFO(error.toStdString());
        REQUIRE(error.isEmpty());
        for (const QString &name : {QStringLiteral("Cube"), QStringLiteral("Cube-2"), QStringLiteral("Cube-3")})
            REQUIRE(writeSample3mf(ftp.root() + QStringLiteral("/cache/%1.3mf").arg(name)));
        printer = env.printer(x1c, QString::fromLatin1(VsftpdServer::Serial));
        auto engine = env.engine(printer.get());
        REQUIRE(env.sync(*engine).errors.isEmpty()); // the RFID spools exist in Spoolman
        ledgerDir = makeTempDir(QStringLiteral("ledger"));
    }

    std::unique_ptr<UsagePipeline> pipeline(UsageLedger *ledger)
    {
        auto result = std::make_unique<UsagePipeline>(printer.get(), ledger);
        UsagePipeline::PrinterAccess access;
        access.host = QStringLiteral("127.0.0.1");
        access.port = ftp.port();
        access.accessCode = QString::fromLatin1(VsftpdServer::AccessCode);
        access.caFile = ftp.caFile();
        access.timeoutMs = 5000;
        result->setPrinterAccess(access);
        result->setDownloadDirectory(makeTempDir(QStringLiteral("3mf")));
        return result;
    }
};

int deliveredCount(const UsageLedger &ledger)
{
    int count = 0;
    const QList<LedgerEntry> entries = ledger.entries();
    for (const LedgerEntry &entry : entries)
        count += entry.state == LedgerState::Delivered ? 1 : 0;
    return count;
}

} // namespace

TEST_CASE("engine usage: a finished print charges the 3MF's grams; a failed one the printed part", "[engine][usage]")
{
    UsageRig rig;
    UsageLedger ledger;
    REQUIRE(ledger.open(rig.ledgerDir));
    SpoolmanUsageSink sink(&rig.env.client());
    ledger.setSink(&sink);
    auto pipeline = rig.pipeline(&ledger);
    const double before0 = remaining(rig.env, tag0);
    const double before1 = remaining(rig.env, tag1);

    QStringList problems;
    QObject::connect(pipeline.get(), &UsagePipeline::problem, [&problems](const QString &m) { problems << m; });
    runJob(*rig.printer, QStringLiteral("Cube"), QDateTime(QDate(2026, 11, 22), QTime(1, 0), Qt::UTC));
    REQUIRE(waitUntil([&]() { return deliveredCount(ledger) == 2; }, 20000));
    INFO(problems.join(u'\n').toStdString());
    CHECK(remaining(rig.env, tag0) == Approx(before0 - 17.32).margin(0.001));
    CHECK(remaining(rig.env, tag1) == Approx(before1 - 5.82).margin(0.001));

    // Failed at layer 25 of 100: a quarter of the estimate.
    runJob(*rig.printer, QStringLiteral("Cube"), QDateTime(QDate(2026, 11, 22), QTime(2, 0), Qt::UTC), 25);
    REQUIRE(waitUntil([&]() { return deliveredCount(ledger) == 4; }, 20000));
    CHECK(remaining(rig.env, tag0) == Approx(before0 - 17.32 - 4.33).margin(0.006));
    CHECK(remaining(rig.env, tag1) == Approx(before1 - 5.82 - 1.455).margin(0.006));
    const QList<LedgerEntry> entries = ledger.entries();
    int progressEntries = 0;
    for (const LedgerEntry &entry : entries)
        progressEntries += entry.method == QLatin1String("3mf_progress") ? 1 : 0;
    CHECK(progressEntries == 2);
}

TEST_CASE("engine usage: three prints while Spoolman is down, a restart, then every gram once", "[engine][usage]")
{
    UsageRig rig;
    const double before0 = remaining(rig.env, tag0);
    const double before1 = remaining(rig.env, tag1);
    rig.env.stopStandin();
    {
        UsageLedger ledger;
        REQUIRE(ledger.open(rig.ledgerDir));
        ledger.setRetryPolicy({100, 300, 300});
        SpoolmanUsageSink sink(&rig.env.client());
        ledger.setSink(&sink);
        auto pipeline = rig.pipeline(&ledger);
        const QDateTime base(QDate(2026, 11, 22), QTime(3, 0), Qt::UTC);
        runJob(*rig.printer, QStringLiteral("Cube"), base);
        runJob(*rig.printer, QStringLiteral("Cube-2"), base.addSecs(3600));
        runJob(*rig.printer, QStringLiteral("Cube-3"), base.addSecs(7200));
        REQUIRE(waitUntil([&]() { return ledger.pendingCount() == 6 && !pipeline->isBusy(); }, 30000));
        waitUntil([]() { return false; }, 400); // a few failed delivery attempts
        CHECK(ledger.pendingCount() == 6);
        CHECK(deliveredCount(ledger) == 0);
    } // the app quits with everything pending

    rig.env.startStandin();
    UsageLedger ledger;
    REQUIRE(ledger.open(rig.ledgerDir));
    ledger.setRetryPolicy({100, 300, 300});
    SpoolmanUsageSink sink(&rig.env.client());
    ledger.setSink(&sink);
    ledger.deliverNow();
    REQUIRE(waitUntil([&]() { return deliveredCount(ledger) == 6 && ledger.pendingCount() == 0; }, 30000));
    CHECK(remaining(rig.env, tag0) == Approx(before0 - 3 * 17.32).margin(0.001));
    CHECK(remaining(rig.env, tag1) == Approx(before1 - 3 * 5.82).margin(0.001));
    // Nothing more arrives later (no double delivery).
    ledger.deliverNow();
    waitUntil([]() { return false; }, 300);
    CHECK(remaining(rig.env, tag0) == Approx(before0 - 3 * 17.32).margin(0.001));
}

TEST_CASE("engine usage: without the 3MF the AMS remain delta is charged", "[engine][usage]")
{
    EngineEnv env;
    auto printer = env.printer(x1c, QStringLiteral("00M00A000000009"));
    auto engine = env.engine(printer.get());
    REQUIRE(env.sync(*engine).errors.isEmpty());
    const double before0 = remaining(env, tag0);
    UsageLedger ledger;
    REQUIRE(ledger.open(makeTempDir(QStringLiteral("ledger"))));
    SpoolmanUsageSink sink(&env.client());
    ledger.setSink(&sink);
    UsagePipeline pipeline(printer.get(), &ledger); // no printer access: no FTPS
    pipeline.setEngine(engine.get());
    QStringList notes;
    QObject::connect(&pipeline, &UsagePipeline::jobRecorded,
        [&notes](const QString &, const QList<qint64> &, const QStringList &n) { notes << n; });

    const QDateTime start(QDate(2026, 11, 22), QTime(6, 0), Qt::UTC);
    REQUIRE(printer
                ->ingest(print({{QStringLiteral("gcode_state"), QStringLiteral("PREPARE")},
                             {QStringLiteral("subtask_name"), QStringLiteral("Untitled")},
                             {QStringLiteral("gcode_file"), QStringLiteral("/data/Metadata/plate_1.gcode")},
                             {QStringLiteral("mapping"), QJsonArray {0}}}),
                    start)
                .ok);
    REQUIRE(printer
                ->ingest(print({{QStringLiteral("gcode_state"), QStringLiteral("RUNNING")},
                             {QStringLiteral("mc_percent"), 50}}),
                    start.addSecs(60))
                .ok);
    // The spool in unit 0 slot 0 went from 93 % to 90 %.
    REQUIRE(printer
                ->ingest(trayDelta(*printer, 0, 0,
                             rfidTray(0, QStringLiteral("PLA"), QStringLiteral("PLA Matte"), QStringLiteral("000000FF"),
                                 tag0, 90)),
                    start.addSecs(90))
                .ok);
    REQUIRE(printer
                ->ingest(print({{QStringLiteral("gcode_state"), QStringLiteral("FINISH")},
                             {QStringLiteral("mc_percent"), 100}}),
                    start.addSecs(120))
                .ok);
    REQUIRE(waitUntil([&]() { return deliveredCount(ledger) == 1; }, 10000));
    INFO(notes.join(u'\n').toStdString());
    const QList<LedgerEntry> entries = ledger.entries();
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().method == QStringLiteral("remain_delta"));
    CHECK(entries.first().grams == Approx(30));
    CHECK(remaining(env, tag0) == Approx(before0 - 30).margin(0.001));
}
