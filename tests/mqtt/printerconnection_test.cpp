#include "brokerfixture.h"

#include "core/mqtt/mqttclient.h"
#include "core/mqtt/printerconnection.h"
#include "core/mqtt/tlscontext.h"
#include "support/testsupport.h"
#include "tools/printer-sim/printersimulator.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Spoolbridge;

namespace {

struct SimEnv {
    std::unique_ptr<Sim::MosquittoBroker> broker;
    std::unique_ptr<Sim::PrinterSimulator> sim;
};

SimEnv startSim(int deltaIntervalMs = 0, std::unique_ptr<Sim::MosquittoBroker> broker = {}, int ignoredPushalls = 0)
{
    SimEnv env;
    env.broker = broker ? std::move(broker) : Test::startBroker();
    env.sim = std::make_unique<Sim::PrinterSimulator>();
    Sim::PrinterSimulator::Options options;
    options.port = env.broker->port();
    options.serial = env.broker->serial();
    options.accessCode = env.broker->accessCode();
    options.caFile = env.broker->caFile();
    options.reportFixture = Test::fixturePath(QStringLiteral("x1c-pushall-2ams-ams2pro-amsht.json"));
    options.versionFixture = Test::fixturePath(QStringLiteral("x1c-get_version-2ams-ams2pro-amsht.json"));
    options.deltaIntervalMs = deltaIntervalMs;
    options.ignoredPushalls = ignoredPushalls;
    QString error;
    if (!env.sim->setOptions(options, &error))
        FAIL(error.toStdString());
    env.sim->start();
    if (!Test::waitUntil([&] { return env.sim->isOnline(); }))
        FAIL("simulator did not come online");
    return env;
}

PrinterConnectionConfig configFor(const Sim::MosquittoBroker &broker)
{
    PrinterConnectionConfig config;
    config.host = QStringLiteral("127.0.0.1");
    config.port = broker.port();
    config.serial = broker.serial();
    config.accessCode = broker.accessCode();
    config.extraCaFile = broker.caFile();
    config.connectTimeoutMs = 3000;
    config.reconnectInitialMs = 100;
    config.reconnectMaxMs = 400;
    return config;
}

struct Watcher {
    explicit Watcher(PrinterConnection &connection)
    {
        QObject::connect(&connection, &PrinterConnection::reportReceived,
            [this](const QJsonObject &report) { reports.append(report); });
        QObject::connect(
            &connection, &PrinterConnection::errorOccurred, [this](const QString &message) { errors.append(message); });
        QObject::connect(&connection, &PrinterConnection::stateChanged,
            [this](PrinterConnection::State state) { states.append(state); });
    }
    int fullReports() const
    {
        int count = 0;
        for (const QJsonObject &report : reports) {
            const QJsonObject print = report.value(QLatin1String("print")).toObject();
            count += print.value(QLatin1String("msg")).toInt(-1) == 0 && print.contains(QLatin1String("ams"));
        }
        return count;
    }
    bool hasVersion() const
    {
        for (const QJsonObject &report : reports) {
            if (report.value(QLatin1String("info")).toObject().value(QLatin1String("command")).toString()
                == QLatin1String("get_version"))
                return true;
        }
        return false;
    }
    QList<QJsonObject> reports;
    QStringList errors;
    QList<PrinterConnection::State> states;
};

} // namespace

TEST_CASE("printer connection: subscribes, asks get_version and pushall, and gets the full report")
{
    SimEnv env = startSim();
    PrinterConnection connection;
    connection.setConfig(configFor(*env.broker));
    Watcher watch(connection);
    connection.start();
    REQUIRE(Test::waitUntil([&] { return watch.fullReports() == 1 && watch.hasVersion(); }));
    INFO(watch.errors.join(u'\n').toStdString());
    CHECK(connection.state() == PrinterConnection::State::Connected);
    CHECK(env.sim->pushallRequests() == 1);
    CHECK(env.sim->versionRequests() == 1);
    CHECK(watch.errors.isEmpty());
    CHECK(watch.states.first() == PrinterConnection::State::Connecting);
    CHECK(connection.lastMessageAt().secsTo(QDateTime::currentDateTimeUtc()) < 5);
}

TEST_CASE("printer connection: deltas and scripted events arrive as reports")
{
    SimEnv env = startSim(100);
    PrinterConnection connection;
    connection.setConfig(configFor(*env.broker));
    Watcher watch(connection);
    connection.start();
    REQUIRE(Test::waitUntil([&] { return watch.fullReports() == 1; }));
    const int before = watch.reports.size();
    REQUIRE(Test::waitUntil([&] { return watch.reports.size() >= before + 2; }));
    CHECK(watch.reports.last().value(QLatin1String("print")).toObject().value(QLatin1String("msg")).toInt() == 1);

    QString error;
    REQUIRE(env.sim->runCommand(QStringLiteral("insert 0 2 PETG 00FF00FF"), &error));
    REQUIRE(Test::waitUntil([&] {
        const QJsonObject print = watch.reports.last().value(QLatin1String("print")).toObject();
        const QJsonArray units = print.value(QLatin1String("ams")).toObject().value(QLatin1String("ams")).toArray();
        return !units.isEmpty()
            && units.at(0)
                   .toObject()
                   .value(QLatin1String("tray"))
                   .toArray()
                   .at(0)
                   .toObject()
                   .value(QLatin1String("tray_type"))
            == QLatin1String("PETG");
    }));
}

TEST_CASE("printer connection: broker restart reconnects and asks for the full status again")
{
    SimEnv env = startSim();
    PrinterConnection connection;
    PrinterConnectionConfig config = configFor(*env.broker);
    // The simulated printer is a client of the restarted broker too and may come back after
    // us; a real printer cannot. The watchdog covers a pushall that went nowhere.
    config.watchdogMs = 700;
    connection.setConfig(config);
    Watcher watch(connection);
    connection.start();
    REQUIRE(Test::waitUntil([&] { return watch.fullReports() == 1; }));
    env.broker->stop();
    REQUIRE(Test::waitUntil([&] { return connection.state() == PrinterConnection::State::WaitingToReconnect; }));
    QString error;
    REQUIRE(env.broker->start(&error));
    REQUIRE(Test::waitUntil([&] { return watch.fullReports() == 2; }, 8000));
    CHECK(connection.state() == PrinterConnection::State::Connected);
    CHECK(env.sim->pushallRequests() >= 2); // asked again after the reconnect
    CHECK(watch.errors.first().contains(QStringLiteral("lost")));
}

TEST_CASE("printer connection: a wrong access code gives one clear error and no reconnect loop")
{
    SimEnv env = startSim();
    PrinterConnection connection;
    PrinterConnectionConfig config = configFor(*env.broker);
    config.accessCode = QStringLiteral("00000000");
    connection.setConfig(config);
    Watcher watch(connection);
    connection.start();
    REQUIRE(Test::waitUntil([&] { return connection.state() == PrinterConnection::State::AccessCodeRejected; }));
    Test::waitIdle([] { return false; }, 2000); // reconnectInitialMs is 100: a loop would show here
    CHECK(connection.connectionAttempts() == 1);
    REQUIRE(watch.errors.size() == 1);
    CHECK(watch.errors.first().contains(QStringLiteral("rejected the access code")));
    CHECK(connection.state() == PrinterConnection::State::AccessCodeRejected);

    config.accessCode = env.broker->accessCode();
    connection.setConfig(config); // a config change retries
    REQUIRE(Test::waitUntil([&] { return watch.fullReports() == 1; }));
}

TEST_CASE("printer connection: an unknown CA is rejected with the fingerprint and pinning it connects")
{
    SimEnv env = startSim();
    PrinterConnection connection;
    PrinterConnectionConfig config = configFor(*env.broker);
    config.extraCaFile.clear(); // only the built-in Bambu bundle: the test CA is unknown
    connection.setConfig(config);
    Watcher watch(connection);
    QString rejectedFingerprint;
    QObject::connect(&connection, &PrinterConnection::certificateRejected,
        [&](const QString &fingerprint) { rejectedFingerprint = fingerprint; });
    connection.start();
    REQUIRE(Test::waitUntil([&] { return connection.state() == PrinterConnection::State::CertificateRejected; }));
    QFile leaf(env.broker->directory() + QStringLiteral("/server.pem"));
    REQUIRE(leaf.open(QIODevice::ReadOnly));
    const QString expected = TlsContext::pemFingerprints(leaf.readAll()).value(0);
    CHECK(rejectedFingerprint == expected);
    CHECK(connection.rejectedCertificate().fingerprint == expected);
    REQUIRE(watch.errors.size() == 1);
    CHECK(watch.errors.first().contains(expected));
    CHECK(watch.errors.first().contains(QStringLiteral("trusted CA")));
    Test::waitIdle([] { return false; }, 500);
    CHECK(connection.connectionAttempts() == 1);

    config.pinnedFingerprint = expected;
    connection.setConfig(config);
    REQUIRE(Test::waitUntil([&] { return watch.fullReports() == 1; }));
}

TEST_CASE("printer connection: a certificate issued to another serial is rejected")
{
    SimEnv env = startSim();
    PrinterConnection connection;
    PrinterConnectionConfig config = configFor(*env.broker);
    config.serial = QStringLiteral("01P00A000000002");
    connection.setConfig(config);
    Watcher watch(connection);
    connection.start();
    REQUIRE(Test::waitUntil([&] { return connection.state() == PrinterConnection::State::CertificateRejected; }));
    REQUIRE(watch.errors.size() == 1);
    CHECK(watch.errors.first().contains(QStringLiteral("01P00A000000002")));
    CHECK(watch.errors.first().contains(env.broker->serial()));
    CHECK(watch.errors.first().contains(QStringLiteral("Check the serial number")));
    CHECK(env.sim->pushallRequests() == 0);
}

TEST_CASE("printer connection: the watchdog asks for pushall again after silence")
{
    SimEnv env = startSim();
    PrinterConnection connection;
    PrinterConnectionConfig config = configFor(*env.broker);
    config.watchdogMs = 300;
    connection.setConfig(config);
    Watcher watch(connection);
    connection.start();
    REQUIRE(Test::waitUntil([&] { return watch.fullReports() == 1; }));
    REQUIRE(Test::waitUntil([&] { return env.sim->pushallRequests() == 2; }, 2000));
    CHECK(connection.state() == PrinterConnection::State::Connected);
}

TEST_CASE("printer connection: a malformed payload is reported once and the session continues")
{
    SimEnv env = startSim();
    PrinterConnection connection;
    connection.setConfig(configFor(*env.broker));
    Watcher watch(connection);
    QList<QByteArray> raw;
    QObject::connect(&connection, &PrinterConnection::messageReceived, [&](const QByteArray &p) { raw.append(p); });
    connection.start();
    REQUIRE(Test::waitUntil([&] { return watch.fullReports() == 1; }));
    MqttClient injector;
    MqttOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = env.broker->port();
    options.username = env.broker->username();
    options.password = env.broker->accessCode();
    options.caFiles = {env.broker->caFile()};
    options.expectedPeerName = env.broker->serial();
    injector.setOptions(options);
    injector.connectToHost();
    REQUIRE(Test::waitUntil([&] { return injector.state() == MqttClient::State::Connected; }));
    injector.publish(connection.reportTopic(), QByteArrayLiteral("{not json"));
    injector.publish(connection.reportTopic(), QByteArrayLiteral("[1,2]"));
    injector.publish(connection.reportTopic(), QByteArrayLiteral("{\"print\":{\"msg\":1}}"));
    REQUIRE(Test::waitUntil([&] { return raw.size() >= 4; }));
    CHECK(watch.errors.size() == 1);
    CHECK(watch.errors.value(0).contains(QStringLiteral("not valid JSON")));
    CHECK(watch.reports.size() >= 3);
    CHECK(connection.state() == PrinterConnection::State::Connected);
}

TEST_CASE("printer connection: without a parsed-report receiver its consumer judges payloads, once per session")
{
    SimEnv env = startSim();
    PrinterConnection connection;
    connection.setConfig(configFor(*env.broker));
    QStringList errors;
    QList<QByteArray> raw;
    QObject::connect(&connection, &PrinterConnection::errorOccurred, [&](const QString &m) { errors.append(m); });
    QObject::connect(&connection, &PrinterConnection::messageReceived, [&](const QByteArray &p) { raw.append(p); });
    connection.start();
    REQUIRE(
        Test::waitUntil([&] { return connection.state() == PrinterConnection::State::Connected && !raw.isEmpty(); }));
    MqttClient injector;
    MqttOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = env.broker->port();
    options.username = env.broker->username();
    options.password = env.broker->accessCode();
    options.caFiles = {env.broker->caFile()};
    options.expectedPeerName = env.broker->serial();
    injector.setOptions(options);
    injector.connectToHost();
    REQUIRE(Test::waitUntil([&] { return injector.state() == MqttClient::State::Connected; }));
    const qsizetype before = raw.size();
    injector.publish(connection.reportTopic(), QByteArrayLiteral("{not json"));
    REQUIRE(Test::waitUntil([&] { return raw.size() > before && raw.contains(QByteArrayLiteral("{not json")); }));
    CHECK(errors.isEmpty()); // nobody asked the connection to parse: the consumer reports

    connection.reportMalformed(QStringLiteral("The printer message is not valid JSON; it was ignored."));
    connection.reportMalformed(QStringLiteral("again"));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first() == QStringLiteral("The printer message is not valid JSON; it was ignored."));
    CHECK(connection.state() == PrinterConnection::State::Connected);
}

TEST_CASE("printer connection: configuration, cloud options and the built-in CA bundle")
{
    const QStringList bundle = TlsContext::pemFingerprints(PrinterConnection::bundledCaPem());
    REQUIRE(bundle.size() == 8);
    // Read once and shared by every connection, not one copy each.
    CHECK(PrinterConnection::bundledCaPem().constData() == PrinterConnection::bundledCaPem().constData());
    CHECK(bundle.filter(QStringLiteral("E9:8F:19:57")).size() == 1); // BBL CA2 RSA, self-signed
    CHECK(bundle.filter(QStringLiteral("03:0B:CA:81")).size() == 1); // BBL CA (RSA)

    PrinterConnectionConfig config;
    MqttOptions options;
    QString error;
    CHECK_FALSE(PrinterConnection::mqttOptionsFor(config, &options, &error));
    CHECK(error.contains(QStringLiteral("serial")));
    config.serial = QStringLiteral("01S00C000000001");
    config.host = QStringLiteral("192.0.2.1");
    CHECK_FALSE(PrinterConnection::mqttOptionsFor(config, &options, &error));
    CHECK(error.contains(QStringLiteral("access code")));
    config.accessCode = QStringLiteral("abcd1234");
    REQUIRE(PrinterConnection::mqttOptionsFor(config, &options, &error));
    CHECK(options.username == QStringLiteral("bblp"));
    CHECK(options.expectedPeerName == config.serial);
    CHECK(options.port == 8883);
    CHECK_FALSE(options.caPem.isEmpty());
    config.extraCaFile = QStringLiteral("/nonexistent/ca.pem");
    CHECK_FALSE(PrinterConnection::mqttOptionsFor(config, &options, &error));
    CHECK(error.contains(QStringLiteral("/nonexistent/ca.pem")));
    config.extraCaFile.clear();
    config.pinnedFingerprint = QStringLiteral("12:34");
    CHECK_FALSE(PrinterConnection::mqttOptionsFor(config, &options, &error));
    CHECK(error.contains(QStringLiteral("SHA-256")));
    config.pinnedFingerprint = QString(64, u'a');
    REQUIRE(PrinterConnection::mqttOptionsFor(config, &options, &error));
    CHECK(options.pinnedSha256 == config.pinnedFingerprint);

    config.mode = PrinterConnectionConfig::Mode::Cloud;
    const QByteArray claims = QByteArrayLiteral("{\"username\":\"u_1234567\",\"exp\":1}");
    config.accessToken = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.%1.sig")
                             .arg(QString::fromLatin1(
                                 claims.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    CHECK(PrinterConnection::uidFromToken(config.accessToken) == QStringLiteral("1234567"));
    REQUIRE(PrinterConnection::mqttOptionsFor(config, &options, &error));
    CHECK(options.host == QStringLiteral("us.mqtt.bambulab.com"));
    CHECK(options.username == QStringLiteral("u_1234567"));
    CHECK(options.password == config.accessToken);
    CHECK(options.expectedPeerName == options.host);
    CHECK(options.useSystemCaStore);
    config.region = QStringLiteral("cn");
    REQUIRE(PrinterConnection::mqttOptionsFor(config, &options, &error));
    CHECK(options.host == QStringLiteral("cn.mqtt.bambulab.com"));
    config.accessToken = QStringLiteral("opaque-token");
    CHECK_FALSE(PrinterConnection::mqttOptionsFor(config, &options, &error));
    CHECK(error.contains(QStringLiteral("Sign in")));
    config.uid = QStringLiteral("42");
    REQUIRE(PrinterConnection::mqttOptionsFor(config, &options, &error));
    CHECK(options.username == QStringLiteral("u_42"));
}

TEST_CASE("printer connection: an unreachable printer is retried with capped exponential backoff")
{
    PrinterConnectionConfig config;
    config.host = QStringLiteral("127.0.0.1");
    config.port = Test::freeTcpPort();
    config.serial = QStringLiteral("01P00A000000001");
    config.accessCode = QStringLiteral("12345678");
    config.reconnectInitialMs = 50;
    config.reconnectMaxMs = 200;
    PrinterConnection connection;
    connection.setConfig(config);
    QList<int> delays;
    QStringList errors;
    QObject::connect(&connection, &PrinterConnection::errorOccurred, [&](const QString &message) {
        errors.append(message);
        delays.append(connection.nextReconnectDelayMs());
    });
    connection.start();
    REQUIRE(Test::waitUntil([&] { return delays.size() >= 5; }, 5000));
    CHECK(connection.state() != PrinterConnection::State::Connected);
    CHECK(errors.first().contains(QStringLiteral("refused")));
    CHECK(errors.first().contains(QStringLiteral("Retrying")));
    CHECK((delays.at(0) >= 40 && delays.at(0) <= 60));
    CHECK((delays.at(1) >= 80 && delays.at(1) <= 120));
    for (int delay : delays)
        CHECK(delay <= 200);
    CHECK(delays.at(4) >= 160); // capped, with jitter
    connection.stop();
    CHECK(connection.state() == PrinterConnection::State::Idle);
    const int attempts = connection.connectionAttempts();
    Test::waitIdle([] { return false; }, 400);
    CHECK(connection.connectionAttempts() == attempts);
}

TEST_CASE("printer connection: cloud mode signs in as u_<uid> with the token and checks the broker name")
{
    const QByteArray claims = QByteArrayLiteral("{\"username\":\"u_777\"}");
    const QString token = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.%1.c2lnbmF0dXJl")
                              .arg(QString::fromLatin1(
                                  claims.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    auto broker = std::make_unique<Sim::MosquittoBroker>();
    Sim::MosquittoBroker::Setup setup;
    setup.serial = QStringLiteral("localhost"); // the certificate name a cloud broker would carry
    setup.listenAddress = QStringLiteral("localhost");
    setup.extraUsers = {{QStringLiteral("u_777"), token}};
    setup.directory = Test::makeTempDir(QStringLiteral("cloud"));
    QString error;
    REQUIRE(broker->prepare(setup, &error));
    REQUIRE(broker->start(&error));
    SimEnv env = startSim(0, std::move(broker));

    PrinterConnectionConfig config;
    config.mode = PrinterConnectionConfig::Mode::Cloud;
    config.serial = env.broker->serial();
    config.cloudHost = QStringLiteral("localhost");
    config.cloudPort = env.broker->port();
    config.cloudCaFile = env.broker->caFile();
    config.accessToken = token;
    config.connectTimeoutMs = 3000;
    PrinterConnection connection;
    connection.setConfig(config);
    Watcher watch(connection);
    connection.start();
    REQUIRE(Test::waitUntil([&] { return watch.fullReports() == 1 || !watch.errors.isEmpty(); }));
    INFO(watch.errors.join(u'\n').toStdString());
    REQUIRE(watch.errors.isEmpty());

    config.accessToken = token + QStringLiteral("x");
    connection.setConfig(config);
    REQUIRE(Test::waitUntil([&] { return connection.state() == PrinterConnection::State::AccessCodeRejected; }));
    CHECK(watch.errors.last().contains(QStringLiteral("Sign in")));
}

TEST_CASE("printer connection: an incomplete config gives one error and no attempts")
{
    PrinterConnection connection;
    PrinterConnectionConfig config;
    config.serial = QStringLiteral("01P00A000000001");
    config.host = QStringLiteral("127.0.0.1");
    connection.setConfig(config);
    Watcher watch(connection);
    connection.start();
    CHECK(connection.state() == PrinterConnection::State::ConfigurationError);
    Test::waitIdle([] { return false; }, 300);
    CHECK(connection.connectionAttempts() == 0);
    REQUIRE(watch.errors.size() == 1);
    CHECK(watch.errors.first().contains(QStringLiteral("access code")));
    CHECK(PrinterConnection::stateDisplayName(connection.state()) == QStringLiteral("Settings incomplete"));
}

TEST_CASE("printer connection: steady deltas keep the watchdog quiet, silence after them wakes it")
{
    SimEnv env = startSim(50); // a delta every 50 ms
    PrinterConnection connection;
    PrinterConnectionConfig config = configFor(*env.broker);
    config.watchdogMs = 300;
    connection.setConfig(config);
    Watcher watch(connection);
    int messages = 0;
    QObject::connect(&connection, &PrinterConnection::messageReceived, [&](const QByteArray &) { ++messages; });
    connection.start();
    REQUIRE(Test::waitUntil([&] { return watch.fullReports() == 1; }));
    // More than four watchdog periods of deltas: the watchdog never counts them as silence.
    const int before = messages;
    REQUIRE(Test::waitUntil([&] { return messages >= before + 26; }, 5000));
    CHECK(env.sim->pushallRequests() == 1);
    CHECK(watch.errors.isEmpty());

    // The deltas stop (the session stays up): one watchdog period after the last delta, pushall again.
    env.sim->setDeltaInterval(0);
    REQUIRE(Test::waitUntil([&] { return env.sim->pushallRequests() == 2; }, 2000));
    CHECK(connection.state() == PrinterConnection::State::Connected);
}

TEST_CASE("printer connection: a printer that stays silent despite pushall gets a fresh session")
{
    SimEnv env = startSim();
    PrinterConnection connection;
    PrinterConnectionConfig config = configFor(*env.broker);
    config.watchdogMs = 200;
    connection.setConfig(config);
    Watcher watch(connection);
    connection.start();
    REQUIRE(Test::waitUntil([&] { return watch.fullReports() == 1; }));
    env.sim->stop(); // the broker stays up: a half-open session from our point of view
    REQUIRE(Test::waitUntil([&] { return connection.connectionAttempts() == 2; }, 3000));
    REQUIRE_FALSE(watch.errors.isEmpty());
    CHECK(watch.errors.first().contains(QStringLiteral("has not sent anything")));
    REQUIRE(Test::waitUntil([&] { return connection.state() == PrinterConnection::State::Connected; }));
}

TEST_CASE("printer connection: a lost pushall is asked again while deltas flow")
{
    // The printer drops the first pushall (its own client was not subscribed yet) but keeps
    // sending deltas: the silence watchdog never fires, so only the full-report check helps.
    SimEnv env = startSim(100, {}, 1);
    PrinterConnection connection;
    PrinterConnectionConfig config = configFor(*env.broker);
    config.fullReportTimeoutMs = 300;
    connection.setConfig(config);
    Watcher watch(connection);
    connection.start();
    REQUIRE(Test::waitUntil([&] { return watch.fullReports() == 1; }));
    CHECK(env.sim->pushallRequests() == 2);
    CHECK(watch.reports.size() > 1); // deltas came first
    CHECK(PrinterConnection::isFullReport(watch.reports.last()));
    CHECK(connection.state() == PrinterConnection::State::Connected);
    CHECK(watch.errors.isEmpty());
    // Answered: no further requests.
    CHECK_FALSE(Test::waitUntil([&] { return env.sim->pushallRequests() > 2; }, 1200));
}

TEST_CASE("printer connection: pushall is re-sent a bounded number of times with growing waits")
{
    SimEnv env = startSim(50, {}, 1000); // never answers pushall, deltas flow
    PrinterConnection connection;
    PrinterConnectionConfig config = configFor(*env.broker);
    config.fullReportTimeoutMs = 50;
    config.fullReportRetries = 3;
    connection.setConfig(config);
    Watcher watch(connection);
    QElapsedTimer sinceConnect;
    QObject::connect(&connection, &PrinterConnection::connected, [&] { sinceConnect.start(); });
    QList<qint64> requestTimes;
    QObject::connect(env.sim.get(), &Sim::PrinterSimulator::requestReceived, [&](const QJsonObject &request) {
        if (request.contains(QLatin1String("pushing")))
            requestTimes.append(sinceConnect.elapsed());
    });
    connection.start();
    // Waits of 50, 150 and 450 ms: the connect's pushall and three more, then no fourth
    // (which would come 1350 ms later).
    REQUIRE(Test::waitUntil([&] { return requestTimes.size() == 4; }, 5000));
    CHECK_FALSE(Test::waitUntil([&] { return requestTimes.size() > 4; }, 2000));
    // Timers never fire much early, so lower bounds prove the growing waits (5 % slack).
    CHECK(requestTimes.at(1) >= 47);
    CHECK(requestTimes.at(2) >= 190);
    CHECK(requestTimes.at(3) >= 617);
    CHECK(connection.state() == PrinterConnection::State::Connected); // deltas still count as alive
    CHECK(connection.connectionAttempts() == 1);
    CHECK(watch.fullReports() == 0);

    // A new session starts a new series.
    connection.reconnect();
    REQUIRE(Test::waitUntil([&] { return requestTimes.size() == 8; }, 5000));
    CHECK(connection.connectionAttempts() == 2);
}

TEST_CASE("printer connection: full reports are told from deltas and command echoes")
{
    const auto full = [](const QString &name) { return PrinterConnection::isFullReport(Test::fixtureObject(name)); };
    CHECK(full(QStringLiteral("x1c-pushall-2ams-ams2pro-amsht.json"))); // msg 0
    CHECK(full(QStringLiteral("a1-periodic-full-msg0-running.json")));
    CHECK(full(QStringLiteral("h2d-pushall-ams-amsht-printing.json"))); // no msg, but a full report
    CHECK_FALSE(full(QStringLiteral("a1-delta-gcode_state-finish.json"))); // msg 1
    CHECK_FALSE(full(QStringLiteral("h2d-delta-door-opened.json"))); // no msg, no command
    CHECK_FALSE(full(QStringLiteral("a1-cmd-echo-project_file-cloud-ams_mapping.json")));
    CHECK_FALSE(PrinterConnection::isFullReport(QJsonObject {{QStringLiteral("info"), QJsonObject {}}}));
}
