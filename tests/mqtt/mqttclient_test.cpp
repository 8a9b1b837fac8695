#include "brokerfixture.h"
#include "core/mqtt/mqttclient.h"
#include "core/mqtt/tlscontext.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

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
