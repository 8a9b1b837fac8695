#include "brokerfixture.h"

#include "core/mqtt/mqttclient.h"
#include "core/mqtt/tlscontext.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Spoolbridge;

namespace {

MqttOptions optionsFor(const Sim::MosquittoBroker &broker)
{
    MqttOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = broker.port();
    options.username = broker.username();
    options.password = broker.accessCode();
    options.caFiles = {broker.caFile()};
    options.expectedPeerName = broker.serial();
    options.connectTimeoutMs = 4000;
    return options;
}

struct Recorder {
    explicit Recorder(MqttClient &client)
        : connectedSpy(&client, &MqttClient::connected)
        , disconnectedSpy(&client, &MqttClient::disconnected)
        , messageSpy(&client, &MqttClient::messageReceived)
    {
        QObject::connect(&client, &MqttClient::errorOccurred, [this](const MqttError &error) { errors.append(error); });
    }
    QSignalSpy connectedSpy;
    QSignalSpy disconnectedSpy;
    QSignalSpy messageSpy;
    QList<MqttError> errors;
};

} // namespace

TEST_CASE("mqtt client: connects over verified TLS, subscribes and receives its own publish")
{
    auto broker = Test::startBroker();
    MqttClient client;
    client.setOptions(optionsFor(*broker));
    Recorder rec(client);
    client.connectToHost();
    REQUIRE(Test::waitUntil([&] { return rec.connectedSpy.count() == 1 || !rec.errors.isEmpty(); }));
    INFO((rec.errors.isEmpty() ? std::string() : rec.errors.first().message.toStdString()));
    REQUIRE(rec.errors.isEmpty());
    REQUIRE(client.state() == MqttClient::State::Connected);
    // Connected and idle: the write notifier must be off (a socket is always writable).
    const qint64 cpuBefore = Test::processCpuMs();
    Test::waitIdle([] { return false; }, 500);
    CHECK(Test::processCpuMs() - cpuBefore < 250);
    REQUIRE(client.subscribe(QStringLiteral("device/x/report")));
    Test::waitUntil([] { return false; }, 200); // let SUBACK arrive before publishing
    REQUIRE(client.publish(QStringLiteral("device/x/report"), QByteArrayLiteral("{\"a\":1}")));
    REQUIRE(Test::waitUntil([&] { return rec.messageSpy.count() == 1; }));
    CHECK(rec.messageSpy.first().at(0).toString() == QStringLiteral("device/x/report"));
    CHECK(rec.messageSpy.first().at(1).toByteArray() == QByteArrayLiteral("{\"a\":1}"));
    client.disconnectFromHost();
    CHECK(rec.disconnectedSpy.count() == 1);
    CHECK(client.state() == MqttClient::State::Disconnected);
}

TEST_CASE("mqtt client: wrong password gives exactly one NotAuthorized error")
{
    auto broker = Test::startBroker();
    MqttClient client;
    MqttOptions options = optionsFor(*broker);
    options.password = QStringLiteral("wrongpwd");
    client.setOptions(options);
    Recorder rec(client);
    client.connectToHost();
    REQUIRE(Test::waitUntil([&] { return !rec.errors.isEmpty(); }));
    Test::waitUntil([] { return false; }, 500); // a duplicate would arrive right after the first
    REQUIRE(rec.errors.size() == 1);
    CHECK(rec.errors.first().kind == MqttError::Kind::NotAuthorized);
    CHECK(rec.connectedSpy.count() == 0);
    CHECK(client.state() == MqttClient::State::Disconnected);
    CHECK(client.connectionAttempts() == 1);
}

TEST_CASE("mqtt client: unknown CA fails verification with the presented fingerprint and pinning it connects")
{
    auto broker = Test::startBroker();
    const QString otherDir = Test::makeTempDir(QStringLiteral("otherca"));
    QString error;
    REQUIRE(Sim::MosquittoBroker::generateCa(otherDir, QStringLiteral("other"), QStringLiteral("Other CA"), &error));

    MqttClient client;
    MqttOptions options = optionsFor(*broker);
    options.caFiles = {otherDir + QStringLiteral("/other.pem")};
    client.setOptions(options);
    Recorder rec(client);
    client.connectToHost();
    REQUIRE(Test::waitUntil([&] { return !rec.errors.isEmpty() || rec.connectedSpy.count() > 0; }));
    REQUIRE(rec.errors.size() == 1);
    const MqttError tlsError = rec.errors.first();
    CHECK(tlsError.kind == MqttError::Kind::TlsVerifyFailed);
    CHECK(tlsError.tlsReason.contains(QStringLiteral("trusted CA")));
    CHECK(tlsError.peerSubject.contains(broker->serial()));
    QFile leaf(broker->directory() + QStringLiteral("/server.pem"));
    REQUIRE(leaf.open(QIODevice::ReadOnly));
    const QString expected = TlsContext::pemFingerprints(leaf.readAll()).value(0);
    REQUIRE_FALSE(expected.isEmpty());
    CHECK(tlsError.peerFingerprint == expected);
    CHECK(tlsError.message.contains(expected));

    options.pinnedSha256 = tlsError.peerFingerprint.toLower().remove(u':');
    client.setOptions(options);
    client.connectToHost();
    REQUIRE(Test::waitUntil([&] { return rec.connectedSpy.count() == 1 || rec.errors.size() > 1; }));
    CHECK(rec.errors.size() == 1);

    // A different pin is refused even though the chain would now verify.
    client.disconnectFromHost();
    options.caFiles = {broker->caFile()};
    options.pinnedSha256 = QString(64, u'A');
    client.setOptions(options);
    client.connectToHost();
    REQUIRE(Test::waitUntil([&] { return rec.errors.size() == 2; }));
    CHECK(rec.errors.last().kind == MqttError::Kind::TlsVerifyFailed);
    CHECK(rec.errors.last().tlsReason.contains(QStringLiteral("pinned")));
}

TEST_CASE("mqtt client: a certificate for another serial is rejected before the password is sent")
{
    auto broker = Test::startBroker();
    MqttClient client;
    MqttOptions options = optionsFor(*broker);
    options.expectedPeerName = QStringLiteral("01P00A999999999");
    client.setOptions(options);
    Recorder rec(client);
    client.connectToHost();
    REQUIRE(Test::waitUntil([&] { return !rec.errors.isEmpty() || rec.connectedSpy.count() > 0; }));
    REQUIRE(rec.errors.size() == 1);
    CHECK(rec.errors.first().kind == MqttError::Kind::TlsVerifyFailed);
    CHECK(rec.errors.first().message.contains(QStringLiteral("01P00A999999999")));
    CHECK(rec.errors.first().peerNameMismatch);
    CHECK(rec.errors.first().message.contains(broker->serial()));
}

TEST_CASE("mqtt client: a refused port fails within a second without spinning the CPU")
{
    const quint16 port = Test::freeTcpPort();
    MqttClient client;
    MqttOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = port;
    options.caFiles = {};
    options.pinnedSha256 = QString(64, u'B');
    options.connectTimeoutMs = 5000;
    client.setOptions(options);
    Recorder rec(client);
    QElapsedTimer wall;
    wall.start();
    const qint64 cpuBefore = Test::processCpuMs();
    client.connectToHost();
    REQUIRE(Test::waitIdle([&] { return !rec.errors.isEmpty(); }, 3000));
    CHECK(wall.elapsed() < 1000);
    CHECK(rec.errors.first().kind == MqttError::Kind::ConnectionRefused);
    // Stay idle for a while: a spinning notifier would burn the CPU now.
    Test::waitIdle([] { return false; }, 700);
    const qint64 cpu = Test::processCpuMs() - cpuBefore;
    INFO("cpu ms " << cpu << " wall ms " << wall.elapsed());
    CHECK(cpu < wall.elapsed() / 2);
    CHECK(rec.errors.size() == 1);
}

TEST_CASE("mqtt client: a server that accepts TCP but never speaks TLS hits the connect timeout")
{
    QTcpServer silent;
    REQUIRE(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> held;
    QObject::connect(&silent, &QTcpServer::newConnection, [&] { held.append(silent.nextPendingConnection()); });
    MqttClient client;
    MqttOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = silent.serverPort();
    options.pinnedSha256 = QString(64, u'C');
    options.connectTimeoutMs = 800;
    client.setOptions(options);
    Recorder rec(client);
    QElapsedTimer wall;
    wall.start();
    const qint64 cpuBefore = Test::processCpuMs();
    client.connectToHost();
    REQUIRE(Test::waitIdle([&] { return !rec.errors.isEmpty(); }, 4000));
    CHECK(rec.errors.first().kind == MqttError::Kind::Timeout);
    CHECK(rec.errors.first().message.contains(QStringLiteral("TLS")));
    CHECK(wall.elapsed() >= 700);
    const qint64 cpu = Test::processCpuMs() - cpuBefore;
    INFO("cpu ms " << cpu << " wall ms " << wall.elapsed());
    CHECK(cpu < wall.elapsed() / 2);
    CHECK(held.size() == 1);
}

TEST_CASE("mqtt client: deleting the client from its own signals is safe")
{
    auto broker = Test::startBroker();
    SECTION("from messageReceived")
    {
        auto *client = new MqttClient;
        client->setOptions(optionsFor(*broker));
        QPointer<MqttClient> guard(client);
        QObject::connect(client, &MqttClient::connected, client, [client] {
            client->subscribe(QStringLiteral("t"));
            client->publish(QStringLiteral("t"), QByteArrayLiteral("x"));
        });
        QObject::connect(client, &MqttClient::messageReceived, client, [client] { delete client; });
        client->connectToHost();
        REQUIRE(Test::waitUntil([&] { return guard.isNull(); }));
    }
    SECTION("from errorOccurred, then a new client works")
    {
        auto *client = new MqttClient;
        MqttOptions options = optionsFor(*broker);
        options.password = QStringLiteral("nope");
        client->setOptions(options);
        QPointer<MqttClient> guard(client);
        QObject::connect(client, &MqttClient::errorOccurred, client, [client] { delete client; });
        client->connectToHost();
        REQUIRE(Test::waitUntil([&] { return guard.isNull(); }));
        MqttClient again;
        again.setOptions(optionsFor(*broker));
        Recorder rec(again);
        again.connectToHost();
        REQUIRE(Test::waitUntil([&] { return rec.connectedSpy.count() == 1; }));
    }
}

TEST_CASE("mqtt client: plain TCP (no TLS) connects too")
{
    const quint16 port = Test::freeTcpPort();
    QProcess broker;
    broker.start(QStringLiteral("mosquitto"), {QStringLiteral("-p"), QString::number(port)});
    REQUIRE(broker.waitForStarted());
    REQUIRE(Test::waitUntil([&] {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        return probe.waitForConnected(100);
    }));
    MqttClient client;
    MqttOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = port;
    options.useTls = false;
    client.setOptions(options);
    Recorder rec(client);
    client.connectToHost();
    REQUIRE(Test::waitUntil([&] { return rec.connectedSpy.count() == 1 || !rec.errors.isEmpty(); }));
    CHECK(rec.errors.isEmpty());
    client.subscribe(QStringLiteral("a/b"));
    client.publish(QStringLiteral("a/b"), QByteArrayLiteral("hi"));
    CHECK(Test::waitUntil([&] { return rec.messageSpy.count() == 1; }));
    client.disconnectFromHost();
    broker.terminate();
    broker.waitForFinished();
}

TEST_CASE("mqtt client: a closed session releases its socket at once, without the event loop")
{
    // A plain listening socket, driven by hand: nothing here needs the Qt event loop, so a
    // session whose destruction waits for the loop would keep the connection open (and leak
    // the libmosquitto handle at the end of a CLI command).
    const int listener = socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(listener >= 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
    REQUIRE(listen(listener, 4) == 0);
    socklen_t length = sizeof address;
    REQUIRE(getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) == 0);

    auto acceptPeer = [listener] {
        pollfd entry {listener, POLLIN, 0};
        return poll(&entry, 1, 2000) == 1 ? accept(listener, nullptr, nullptr) : -1;
    };
    auto closedByPeer = [](int fd) {
        pollfd entry {fd, POLLIN, 0};
        char buffer[256];
        // Skip whatever the client sent (its CONNECT); wait up to 2 s for the end of stream.
        for (int i = 0; i < 20 && poll(&entry, 1, 2000) == 1; ++i) {
            const ssize_t got = recv(fd, buffer, sizeof buffer, 0);
            if (got <= 0)
                return got == 0;
        }
        return false;
    };

    SECTION("disconnectFromHost while connecting")
    {
        MqttClient client;
        MqttOptions options;
        options.host = QStringLiteral("127.0.0.1");
        options.port = ntohs(address.sin_port);
        options.useTls = false;
        client.setOptions(options);
        client.connectToHost();
        const int peer = acceptPeer(); // the kernel completes the TCP handshake on its own
        REQUIRE(peer >= 0);
        client.disconnectFromHost();
        CHECK(client.state() == MqttClient::State::Disconnected);
        CHECK(closedByPeer(peer));
        close(peer);
    }
    SECTION("connectToHost again drops the previous session")
    {
        MqttClient client;
        MqttOptions options;
        options.host = QStringLiteral("127.0.0.1");
        options.port = ntohs(address.sin_port);
        options.useTls = false;
        client.setOptions(options);
        client.connectToHost();
        const int first = acceptPeer();
        REQUIRE(first >= 0);
        client.connectToHost();
        const int second = acceptPeer();
        REQUIRE(second >= 0);
        CHECK(closedByPeer(first));
        client.disconnectFromHost();
        CHECK(closedByPeer(second));
        close(first);
        close(second);
    }
    close(listener);
}
