#include "core/mqtt/bambucloudclient.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QTcpServer>
#include <QTcpSocket>

using namespace Spoolbridge;

namespace {

// A one-response HTTP server on 127.0.0.1 that records the request it got.
class FakeHttpServer
{
public:
    FakeHttpServer(int status, QByteArray contentType, QByteArray body, bool silent = false)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, [=] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [=] {
                request += socket->readAll();
                if (!request.contains("\r\n\r\n") || silent)
                    return;
                socket->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + contentType
                    + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"
                    + body);
                socket->disconnectFromHost();
            });
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    QByteArray request;

private:
    QTcpServer m_server;
};

struct Result {
    explicit Result(BambuCloudClient &client)
    {
        QObject::connect(&client, &BambuCloudClient::printersFetched, [this](const QList<CloudPrinter> &list) {
            printers = list;
            done = true;
        });
        QObject::connect(&client, &BambuCloudClient::errorOccurred, [this](const QString &message) {
            error = message;
            done = true;
        });
    }
    bool done = false;
    QList<CloudPrinter> printers;
    QString error;
};

const QByteArray bindBody = R"({"message":"success","code":null,"error":null,"devices":[
 {"dev_id":"01P00A000000001","name":"Garage P1S","online":true,"print_status":"RUNNING","dev_model_name":"C12",
  "dev_product_name":"P1S","dev_access_code":"12345678","nozzle_diameter":0.4,
  "ams":{"ams":[{"id":"0","humidity":"4","temp":"24.5","tray":[
     {"id":"0","tray_type":"PLA","tray_color":"FF0000FF","tray_info_idx":"GFA00","remain":80,
      "tray_uuid":"0123456789ABCDEF0123456789ABCDEF"},{"id":"1","tray_type":""}]}]}},
 {"dev_id":"03919A000000002","name":"A1","online":false,"print_status":"SUCCESS","dev_model_name":"N2S",
  "dev_product_name":"A1","ams":[{"unit_id":0,"trays":[{"tray_id":0,"tray_type":"Empty","state":0},
     {"tray_id":1,"filament_type":"PETG-CF","filament_color":"000000FF","remain":-1}]}]}]})";

} // namespace

TEST_CASE("cloud client: lists the bound printers with their AMS snapshot")
{
    FakeHttpServer server(200, "application/json", bindBody);
    BambuCloudClient client;
    client.setBaseUrl(server.url());
    client.setAccessToken(QStringLiteral("tok123"));
    Result result(client);
    client.fetchPrinters();
    REQUIRE(Test::waitUntil([&] { return result.done; }));
    INFO(result.error.toStdString());
    REQUIRE(result.printers.size() == 2);
    CHECK(server.request.startsWith("GET /v1/iot-service/api/user/bind HTTP/1.1"));
    CHECK(server.request.contains("Authorization: Bearer tok123"));
    const CloudPrinter &p1s = result.printers.at(0);
    CHECK(p1s.serial == QStringLiteral("01P00A000000001"));
    CHECK(p1s.name == QStringLiteral("Garage P1S"));
    CHECK(p1s.productName == QStringLiteral("P1S"));
    CHECK(p1s.modelCode == QStringLiteral("C12"));
    CHECK(p1s.online);
    CHECK(p1s.printStatus == QStringLiteral("RUNNING"));
    CHECK(p1s.accessCode == QStringLiteral("12345678"));
    REQUIRE(p1s.amsUnits.size() == 1);
    REQUIRE(p1s.amsUnits.first().trays.size() == 2);
    CHECK(p1s.amsUnits.first().trays.at(0).type == QStringLiteral("PLA"));
    CHECK(p1s.amsUnits.first().trays.at(0).remain == 80);
    CHECK(p1s.amsUnits.first().trays.at(0).trayUuid.size() == 32);
    const CloudPrinter &a1 = result.printers.at(1);
    CHECK_FALSE(a1.online);
    REQUIRE(a1.amsUnits.size() == 1);
    CHECK(a1.amsUnits.first().trays.at(0).type.isEmpty());
    CHECK(a1.amsUnits.first().trays.at(1).type == QStringLiteral("PETG-CF"));
    CHECK(a1.amsUnits.first().trays.at(1).color == QStringLiteral("000000FF"));
}

TEST_CASE("cloud client: an expired token, an HTML error page and a silent server give clear errors")
{
    SECTION("401")
    {
        FakeHttpServer server(401, "application/json", R"({"message":"token expired"})");
        BambuCloudClient client;
        client.setBaseUrl(server.url());
        client.setAccessToken(QStringLiteral("old"));
        Result result(client);
        client.fetchPrinters();
        REQUIRE(Test::waitUntil([&] { return result.done; }));
        CHECK(result.error.contains(QStringLiteral("expired")));
        CHECK(result.error.contains(QStringLiteral("Sign in")));
    }
    SECTION("HTML 502")
    {
        FakeHttpServer server(502, "text/html", "<html><body>Bad gateway</body></html>");
        BambuCloudClient client;
        client.setBaseUrl(server.url());
        client.setAccessToken(QStringLiteral("tok"));
        Result result(client);
        client.fetchPrinters();
        REQUIRE(Test::waitUntil([&] { return result.done; }));
        CHECK(result.error.contains(QStringLiteral("web page")));
        CHECK(result.error.contains(QStringLiteral("502")));
    }
    SECTION("timeout")
    {
        FakeHttpServer server(200, "application/json", "{}", true);
        BambuCloudClient client;
        client.setBaseUrl(server.url());
        client.setAccessToken(QStringLiteral("tok"));
        client.setTimeoutMs(500);
        Result result(client);
        client.fetchPrinters();
        REQUIRE(Test::waitUntil([&] { return result.done; }, 4000));
        CHECK(result.error.contains(QStringLiteral("did not answer")));
    }
    SECTION("JSON without devices")
    {
        QList<CloudPrinter> printers;
        QString error;
        CHECK_FALSE(BambuCloudClient::parseBindResponse(R"({"message":"invalid region"})", &printers, &error));
        CHECK(error.contains(QStringLiteral("invalid region")));
        CHECK_FALSE(BambuCloudClient::parseBindResponse("not json", &printers, &error));
        CHECK(error.contains(QStringLiteral("unexpected")));
    }
}
