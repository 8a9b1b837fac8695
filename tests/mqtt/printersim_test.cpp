#include "brokerfixture.h"

#include "core/mqtt/printerconnection.h"
#include "support/testsupport.h"
#include "tools/printer-sim/printersimulator.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>

using namespace Spoolbridge;

namespace {

struct Rig {
    Rig()
    {
        broker = Test::startBroker();
        Sim::PrinterSimulator::Options options;
        options.port = broker->port();
        options.serial = broker->serial();
        options.accessCode = broker->accessCode();
        options.caFile = broker->caFile();
        options.reportFixture = Test::fixturePath(QStringLiteral("a1-pushall-amslite-msg0-finish.json"));
        options.versionFixture = Test::fixturePath(QStringLiteral("a1-get_version-amslite.json"));
        QString error;
        if (!sim.setOptions(options, &error))
            FAIL(error.toStdString());
        sim.start();
        PrinterConnectionConfig config;
        config.host = QStringLiteral("127.0.0.1");
        config.port = broker->port();
        config.serial = broker->serial();
        config.accessCode = broker->accessCode();
        config.extraCaFile = broker->caFile();
        connection.setConfig(config);
        QObject::connect(&connection, &PrinterConnection::reportReceived,
            [this](const QJsonObject &report) { reports.append(report); });
        if (!Test::waitUntil([&] { return sim.isOnline(); }))
            FAIL("simulator offline");
        connection.start();
        if (!Test::waitUntil([&] { return sim.pushallRequests() == 1 && reports.size() >= 2; }))
            FAIL("no full report");
    }
    QJsonObject lastPrint() const { return reports.last().value(QLatin1String("print")).toObject(); }

    std::unique_ptr<Sim::MosquittoBroker> broker;
    Sim::PrinterSimulator sim;
    PrinterConnection connection;
    QList<QJsonObject> reports;
};

} // namespace

TEST_CASE("printer sim: a script inserts a spool, runs a job with a mapping and finishes it")
{
    Rig rig;
    QString error;
    REQUIRE(rig.sim.runScript(QStringLiteral("# comment\ninsert 0 3 PETG 112233FF 0123456789ABCDEF0123456789ABCDEF 90\n"
                                             "wait 50\nstart cube 3,0\nprogress 40\nfinish\n"),
        &error));
    QSignalSpy finished(&rig.sim, &Sim::PrinterSimulator::scriptFinished);
    REQUIRE(Test::waitUntil([&] {
        const QJsonObject print = rig.lastPrint();
        return finished.count() == 1 && print.value(QLatin1String("msg")).toInt() == 1
            && print.value(QLatin1String("gcode_state")) == QLatin1String("FINISH");
    }));
    const QJsonObject ams
        = rig.sim.report().value(QLatin1String("print")).toObject().value(QLatin1String("ams")).toObject();
    bool ok = false;
    CHECK((ams.value(QLatin1String("tray_exist_bits")).toString().toULongLong(&ok, 16) & (1ULL << 3)) != 0);
    bool sawMapping = false;
    bool sawInsert = false;
    for (const QJsonObject &report : std::as_const(rig.reports)) {
        const QJsonObject print = report.value(QLatin1String("print")).toObject();
        if (print.value(QLatin1String("mapping")).toArray() == QJsonArray {3, 0})
            sawMapping = print.value(QLatin1String("subtask_name")) == QLatin1String("cube");
        const QJsonArray units = print.value(QLatin1String("ams")).toObject().value(QLatin1String("ams")).toArray();
        if (!units.isEmpty()) {
            const QJsonObject tray = units.at(0).toObject().value(QLatin1String("tray")).toArray().at(0).toObject();
            sawInsert = sawInsert
                || (tray.value(QLatin1String("id")) == QLatin1String("3")
                    && tray.value(QLatin1String("tray_uuid")) == QLatin1String("0123456789ABCDEF0123456789ABCDEF")
                    && tray.value(QLatin1String("remain")).toInt() == 90);
        }
    }
    CHECK(sawMapping);
    CHECK(sawInsert);
    CHECK_FALSE(rig.sim.runScript(QStringLiteral("explode 1"), &error));
    CHECK(error.contains(QStringLiteral("explode")));
    CHECK_FALSE(rig.sim.runCommand(QStringLiteral("insert x 1 PLA FFFFFFFF"), &error));
}

TEST_CASE("printer sim: replays a recorded stream in order with scaled timestamps")
{
    Rig rig;
    const QList<QJsonObject> expected = Test::streamPayloads(QStringLiteral("a1-stream-multicolor-print-lan.jsonl"));
    const int before = rig.reports.size();
    QString error;
    QElapsedTimer timer;
    timer.start();
    // 1551 s of recording at 2000x: about 0.8 s.
    REQUIRE(rig.sim.replay(Test::fixturePath(QStringLiteral("a1-stream-multicolor-print-lan.jsonl")), 2000, &error));
    REQUIRE(Test::waitUntil([&] { return rig.reports.size() >= before + expected.size(); }, 10000));
    CHECK(timer.elapsed() >= 600); // the gaps were honoured, not dumped at once
    CHECK(rig.reports.at(before) == expected.first());
    CHECK(rig.reports.last() == expected.last());
    CHECK(rig.lastPrint() == expected.last().value(QLatin1String("print")).toObject());
}
