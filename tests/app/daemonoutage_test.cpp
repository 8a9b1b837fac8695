// The real daemon (spoolbridge-cli run as a child process) against the printer simulator on a
// real TLS mosquitto and an in-process stand-in Spoolman: Spoolman goes down as a print ends,
// the daemon is SIGKILLed with the usage still pending, and once both are back every gram
// arrives exactly once. (bench/soak-outage.sh runs the long version of this.)
#include "brokerfixture.h"

#include "core/settings/printerentry.h"
#include "core/settings/settings.h"
#include "core/standin/spoolmanstandin.h"
#include "support/testsupport.h"
#include "tools/printer-sim/printersimulator.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>

#include <csignal>

using namespace Spoolbridge;
using namespace Spoolbridge::Test;

namespace {

const QString serial = QStringLiteral("01P00A000000001");
const QString code = QStringLiteral("12345678");
const QString tag = QStringLiteral("0A1B2C3D4E5F60718293A4B5C6D7E8F9");

// The spool carrying `tag` as the stand-in serves it (empty when it has none or is down).
QJsonObject spoolWithTag(QNetworkAccessManager &network, const QUrl &base)
{
    QUrl url = base;
    url.setPath(QStringLiteral("/api/v1/spool"));
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    waitUntil([reply] { return reply->isFinished(); }, 5000);
    QJsonObject found;
    const QJsonArray spools = QJsonDocument::fromJson(reply->readAll()).array();
    reply->deleteLater();
    for (const QJsonValue &value : spools) {
        const QString stored
            = value.toObject().value(QLatin1String("extra")).toObject().value(QLatin1String("tag")).toString();
        if (QString(stored).remove(u'"').compare(tag, Qt::CaseInsensitive) == 0)
            found = value.toObject();
    }
    return found;
}

QJsonArray ledgerEntries(const QString &dataDir)
{
    QProcess cli;
    cli.start(QStringLiteral(SB_BINARY_DIR "/app/spoolbridge-cli"),
        {QStringLiteral("usage"), QStringLiteral("list"), QStringLiteral("--ledger-dir"), dataDir});
    waitUntil([&cli] { return cli.state() == QProcess::NotRunning; }, 10000);
    return QJsonDocument::fromJson(cli.readAllStandardOutput()).array();
}

struct Daemon {
    QProcess process;
    QByteArray log;

    Daemon(const QString &dir)
    {
        process.setProgram(QStringLiteral(SB_BINARY_DIR "/app/spoolbridge-cli"));
        process.setArguments({QStringLiteral("run"), QStringLiteral("--config"), dir + QStringLiteral("/settings.ini"),
            QStringLiteral("--data-dir"), dir + QStringLiteral("/data")});
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("QT_LOGGING_RULES"));
        environment.insert(QStringLiteral("SPOOLBRIDGE_ACCESS_CODE_") + serial, code);
        environment.insert(QStringLiteral("XDG_DATA_HOME"), dir + QStringLiteral("/xdg"));
        process.setProcessEnvironment(environment);
        QObject::connect(
            &process, &QProcess::readyReadStandardError, [this] { log += process.readAllStandardError(); });
    }
    ~Daemon()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }
    void start()
    {
        process.start();
        REQUIRE(waitUntil([this] { return process.state() == QProcess::Running; }, 5000));
    }
    void killHard()
    {
        ::kill(pid_t(process.processId()), SIGKILL);
        REQUIRE(waitUntil([this] { return process.state() == QProcess::NotRunning; }, 5000));
    }
};

QJsonObject remainDelta(int remain)
{
    const QJsonObject tray {{QStringLiteral("id"), QStringLiteral("0")}, {QStringLiteral("remain"), remain}};
    const QJsonObject unit {{QStringLiteral("id"), QStringLiteral("0")}, {QStringLiteral("tray"), QJsonArray {tray}}};
    return {{QStringLiteral("ams"), QJsonObject {{QStringLiteral("ams"), QJsonArray {unit}}}}};
}

// Stand-in (in-process, on a fixed port and a database file, so it can go down and come back),
// broker and simulated X1C with one RFID spool in unit 0 slot 0 at 100 %, and the daemon's
// settings; the spool's used_weight once the daemon created it.
struct Rig {
    QString dir = makeTempDir(QStringLiteral("daemon-outage"));
    quint16 port = freeTcpPort();
    std::unique_ptr<SpoolmanStandin> standin;
    QUrl base;
    int uses = 0; // PUT …/use answered with 200
    std::unique_ptr<Sim::MosquittoBroker> broker = startBroker(serial, code);
    Sim::PrinterSimulator sim;
    QNetworkAccessManager network;
    double before = -1;

    Rig()
    {
        startStandin();
        base = standin->baseUrl();
        Sim::PrinterSimulator::Options simOptions;
        simOptions.port = broker->port();
        simOptions.serial = serial;
        simOptions.accessCode = code;
        simOptions.caFile = broker->caFile();
        simOptions.reportFixture = fixturePath(QStringLiteral("x1c-pushall-2ams-ams2pro-amsht.json"));
        simOptions.versionFixture = fixturePath(QStringLiteral("x1c-get_version-2ams-ams2pro-amsht.json"));
        QString error;
        REQUIRE(sim.setOptions(simOptions, &error));
        sim.start();
        REQUIRE(waitUntil([&] { return sim.isOnline(); }, 10000));
        sim.insertSpool(0, 0, QStringLiteral("PLA"), QStringLiteral("FF8000FF"), tag, 100);

        Settings settings(dir + QStringLiteral("/settings.ini"));
        PrinterEntry entry = PrinterEntry::create();
        entry.name = QStringLiteral("Outage X1C");
        entry.host = QStringLiteral("127.0.0.1");
        entry.port = broker->port();
        entry.serial = serial;
        entry.model = QStringLiteral("X1C");
        entry.caFile = broker->caFile();
        REQUIRE(settings.setValue(SettingKey::SpoolmanUrl, base.toString()));
        REQUIRE(settings.setValue(SettingKey::SyncDebounceMs, 200));
        REQUIRE(settings.setValue(SettingKey::SecretsBackend, QStringLiteral("env")));
        REQUIRE(settings.savePrinter(entry));
    }
    ~Rig() { sim.stop(); }

    void startStandin()
    {
        standin = std::make_unique<SpoolmanStandin>();
        standin->setDatabasePath(dir + QStringLiteral("/spoolman.sqlite"));
        REQUIRE(standin->listen(QHostAddress(QHostAddress::LocalHost), port));
        QObject::connect(standin.get(), &SpoolmanStandin::requestServed,
            [this](const QByteArray &method, const QString &path, int status) {
                uses += method == "PUT" && path.endsWith(QLatin1String("/use")) && status == 200 ? 1 : 0;
            });
    }
    void stopStandin() { standin.reset(); } // closes every connection

    // Waits until the daemon created the spool; remembers its used_weight.
    void waitForSpool()
    {
        REQUIRE(waitUntil(
            [&] {
                before = spoolWithTag(network, base).value(QLatin1String("used_weight")).toDouble(-1);
                return before >= 0;
            },
            20000));
    }
    double charged() { return spoolWithTag(network, base).value(QLatin1String("used_weight")).toDouble() - before; }
};

void pause(int ms)
{
    waitUntil([] { return false; }, ms);
}

} // namespace

TEST_CASE("app: the daemon charges a print's grams exactly once across a Spoolman outage at the job end and a "
          "SIGKILL with the usage pending",
    "[app][daemon][outage]")
{
    Rig rig;
    auto daemon = std::make_unique<Daemon>(rig.dir);
    daemon->start();
    rig.waitForSpool();

    // A print on that spool uses 3 % of 1000 g; Spoolman dies just before the job ends.
    rig.sim.startJob(QStringLiteral("outage-cube"), {0});
    pause(300);
    rig.sim.publishDelta(remainDelta(97));
    pause(300);
    rig.stopStandin();
    rig.sim.finishJob();
    REQUIRE(waitUntil([&] { return daemon->log.contains("recorded usage entry"); }, 15000));
    // Killed with the usage pending; a new daemon process takes over the ledger.
    daemon->killHard();
    CHECK(daemon->log.count("recorded usage entry") == 1);
    daemon = std::make_unique<Daemon>(rig.dir);
    daemon->start();
    REQUIRE(waitUntil([&] { return daemon->log.contains("not delivered yet"); }, 15000));

    rig.startStandin();
    REQUIRE(waitUntil([&] { return daemon->log.contains("delivered usage entry"); }, 20000));
    pause(1000); // a second delivery would show up now
    INFO(daemon->log.toStdString());
    CHECK(rig.charged() == Approx(30.0).margin(0.001));
    CHECK(rig.uses == 1);
    CHECK_FALSE(daemon->log.contains("recorded usage entry")); // the restart recorded nothing again

    const QJsonArray entries = ledgerEntries(rig.dir + QStringLiteral("/data"));
    REQUIRE(entries.size() == 1);
    const QJsonObject entry = entries.first().toObject();
    CHECK(entry.value(QLatin1String("state")).toString() == QLatin1String("delivered"));
    CHECK(entry.value(QLatin1String("applied_grams")).toDouble() == Approx(30.0));
    CHECK(entry.value(QLatin1String("method")).toString() == QLatin1String("remain_delta"));

    daemon->process.terminate();
    REQUIRE(waitUntil([&] { return daemon->process.state() == QProcess::NotRunning; }, 10000));
    CHECK(daemon->process.exitStatus() == QProcess::NormalExit);
    CHECK(daemon->process.exitCode() == 0);
}

TEST_CASE("app: a print that ends while the daemon is down is charged after the restart, from its real start",
    "[app][daemon][outage]")
{
    Rig rig;
    auto daemon = std::make_unique<Daemon>(rig.dir);
    daemon->start();
    rig.waitForSpool();

    // The daemon sees the job start and 2 % go, then dies; the job uses 3 % more and ends while
    // it is down. The restarted daemon must charge all 5 % (50 g), once.
    rig.sim.startJob(QStringLiteral("unseen-end"), {0});
    pause(300);
    rig.sim.publishDelta(remainDelta(98));
    pause(500);
    daemon->killHard();
    rig.sim.publishDelta(remainDelta(95));
    rig.sim.finishJob();
    pause(300);
    daemon = std::make_unique<Daemon>(rig.dir);
    daemon->start();
    REQUIRE(waitUntil([&] { return daemon->log.contains("delivered usage entry"); }, 20000));
    pause(1000);
    INFO(daemon->log.toStdString());
    CHECK(daemon->log.contains("takes up the job"));
    CHECK(rig.charged() == Approx(50.0).margin(0.001));
    CHECK(rig.uses == 1);
    const QJsonArray entries = ledgerEntries(rig.dir + QStringLiteral("/data"));
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().toObject().value(QLatin1String("grams")).toDouble() == Approx(50.0));
    // Charged: nothing left to take up at the next start.
    CHECK_FALSE(QDir(rig.dir + QStringLiteral("/data")).entryList({QStringLiteral("job-in-progress-*")}).size() > 0);
}
