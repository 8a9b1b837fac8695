// Stand-in only: the HTTP layer (keep-alive, pipelining, gzip, malformed requests, routes).

#include "rawhttp.h"

#include "core/standin/gzip.h"
#include "core/standin/spoolmanstandin.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Spoolbridge;
using namespace Spoolbridge::Test;

namespace {
QByteArray get(quint16 port, const QByteArray &path, const QByteArray &extra = QByteArray())
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n" + extra + "\r\n";
}
} // namespace

TEST_CASE("standin: several requests share one keep-alive connection, pipelined too")
{
    SpoolmanStandin server;
    REQUIRE(server.listen());
    QTcpSocket socket;
    REQUIRE(connectRaw(socket, server.serverPort()));
    for (int i = 0; i < 3; ++i) {
        socket.write(get(server.serverPort(), "/api/v1/info"));
        const RawResponse response = readResponse(socket);
        REQUIRE(response.complete);
        CHECK(response.status == 200);
        CHECK(response.headers.value("connection") == "keep-alive");
        CHECK(QJsonDocument::fromJson(response.body).object().value(QLatin1String("version")).toString()
            == QLatin1String("0.26.1"));
    }
    // Two requests in one write: two responses in order.
    socket.write(get(server.serverPort(), "/api/v1/health") + get(server.serverPort(), "/api/v1/vendor"));
    const RawResponse health = readResponse(socket);
    const RawResponse vendors = readResponse(socket);
    REQUIRE(health.complete);
    REQUIRE(vendors.complete);
    CHECK(QJsonDocument::fromJson(health.body).object().value(QLatin1String("status")).toString()
        == QLatin1String("healthy"));
    CHECK(vendors.body == "[]");
    CHECK(vendors.headers.value("x-total-count") == "0");
    CHECK(socket.state() == QAbstractSocket::ConnectedState);
    CHECK(server.openConnectionCount() == 1);

    // A body split over two writes is still one request; Connection: close ends the exchange.
    const QByteArray body = R"({"name":"Split"})";
    socket.write("POST /api/v1/vendor HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body.left(5));
    socket.flush();
    waitUntil([] { return false; }, 50);
    socket.write(body.mid(5));
    const RawResponse created = readResponse(socket);
    CHECK(created.status == 200);
    CHECK(created.headers.value("connection") == "close");
    CHECK(waitClosed(socket));
}

TEST_CASE("standin: malformed requests get a 400 and the connection is closed")
{
    SpoolmanStandin server;
    REQUIRE(server.listen());
    const QList<QPair<QByteArray, int>> cases {{"GARBAGE\r\n\r\n", 400},
        {"GET /api/v1/info HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n", 400},
        {"GET /api/v1/info HTTP/1.1\r\n\r\n", 400}, // HTTP/1.1 without Host
        {"GET /api/v1/info HTTP/9.9\r\nHost: x\r\n\r\n", 400},
        {"POST /api/v1/vendor HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n", 400},
        {"POST /api/v1/vendor HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n", 501},
        {"POST /api/v1/vendor HTTP/1.1\r\nHost: x\r\nContent-Length: 999999999999\r\n\r\n", 413},
        {"GET " + QByteArray(70000, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n", 431}};
    for (const auto &[request, status] : cases) {
        QTcpSocket socket;
        REQUIRE(connectRaw(socket, server.serverPort()));
        socket.write(request);
        const RawResponse response = readResponse(socket);
        INFO(request.left(60).toStdString());
        CHECK(response.status == status);
        CHECK(response.headers.value("connection") == "close");
        CHECK(waitClosed(socket));
    }
    // The server still serves afterwards.
    QTcpSocket socket;
    REQUIRE(connectRaw(socket, server.serverPort()));
    socket.write(get(server.serverPort(), "/api/v1/health"));
    CHECK(readResponse(socket).status == 200);
}

TEST_CASE("standin: unknown routes and methods answer like FastAPI")
{
    SpoolmanStandin server;
    REQUIRE(server.listen());
    QTcpSocket socket;
    REQUIRE(connectRaw(socket, server.serverPort()));
    socket.write(get(server.serverPort(), "/api/v1/nothing"));
    RawResponse response = readResponse(socket);
    CHECK(response.status == 404);
    CHECK(response.body == R"({"detail":"Not Found"})");
    socket.write("PUT /api/v1/vendor HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}");
    response = readResponse(socket);
    CHECK(response.status == 405);
    CHECK(response.body == R"({"detail":"Method Not Allowed"})");
    // HEAD is not a route of the real server (405) and its answer carries no body.
    socket.write("HEAD /api/v1/info HTTP/1.1\r\nHost: x\r\n\r\n");
    QByteArray headReply;
    REQUIRE(waitUntil([&] {
        headReply += socket.readAll();
        return headReply.contains("\r\n\r\n");
    }));
    CHECK(headReply.startsWith("HTTP/1.1 405"));
    CHECK(headReply.endsWith("\r\n\r\n"));
    socket.write(get(server.serverPort(), "/api/v1/spool/abc"));
    response = readResponse(socket);
    CHECK(response.status == 422);
    CHECK(QJsonDocument::fromJson(response.body)
              .object()
              .value(QLatin1String("detail"))
              .toArray()
              .at(0)
              .toObject()
              .value(QLatin1String("type"))
              .toString()
        == QLatin1String("int_parsing"));
}

TEST_CASE("standin: gzip framing is valid and honours Accept-Encoding")
{
    CHECK(Standin::crc32("123456789") == 0xCBF43926U);
    CHECK(Standin::acceptsGzip("gzip, deflate"));
    CHECK(Standin::acceptsGzip("br;q=1.0, GZIP;q=0.5"));
    CHECK_FALSE(Standin::acceptsGzip("gzip;q=0"));
    CHECK_FALSE(Standin::acceptsGzip("deflate"));
    const QByteArray packed = Standin::gzipCompress(QByteArray(5000, 'x'));
    CHECK(packed.startsWith("\x1f\x8b\x08"));
    CHECK(packed.size() < 200);

    SpoolmanStandin server;
    REQUIRE(server.listen());
    REQUIRE(server.seedSpools(300) == 300);
    QTcpSocket socket;
    REQUIRE(connectRaw(socket, server.serverPort()));
    socket.write(get(server.serverPort(), "/api/v1/spool", "Accept-Encoding: gzip\r\n"));
    const RawResponse compressed = readResponse(socket);
    CHECK(compressed.headers.value("content-encoding") == "gzip");
    CHECK(compressed.body.startsWith("\x1f\x8b"));
    socket.write(get(server.serverPort(), "/api/v1/spool"));
    const RawResponse plain = readResponse(socket);
    CHECK_FALSE(plain.headers.contains("content-encoding"));
    CHECK(compressed.body.size() * 4 < plain.body.size());

    // QNetworkAccessManager asks for gzip by itself and must decode our framing.
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(server.baseUrl().toString() + QStringLiteral("/api/v1/spool")));
    QNetworkReply *reply = manager.get(request);
    REQUIRE(waitUntil([reply] { return reply->isFinished(); }, 10000));
    CHECK(reply->error() == QNetworkReply::NoError);
    CHECK(reply->rawHeader("content-encoding") == "gzip");
    const QByteArray decoded = reply->readAll();
    CHECK(decoded == plain.body);
    CHECK(QJsonDocument::fromJson(decoded).array().size() == 300);
    delete reply;
}

TEST_CASE("standin: Expect: 100-continue gets an interim response before the body")
{
    SpoolmanStandin server;
    REQUIRE(server.listen());
    QTcpSocket socket;
    REQUIRE(connectRaw(socket, server.serverPort()));
    const QByteArray body = R"({"name":"Continued"})";
    socket.write("POST /api/v1/vendor HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n");
    const RawResponse interim = readResponse(socket);
    CHECK(interim.status == 100);
    socket.write(body);
    const RawResponse created = readResponse(socket);
    CHECK(created.status == 200);
    CHECK(QJsonDocument::fromJson(created.body).object().value(QLatin1String("name")).toString()
        == QLatin1String("Continued"));
}

TEST_CASE("standin: the origin guard trusts the server's own origin, listed origins and proxies")
{
    SpoolmanStandin server;
    server.setTrustedOrigins({QStringLiteral("http://Trusted.example:8000")});
    REQUIRE(server.listen());
    const QByteArray port = QByteArray::number(server.serverPort());
    const auto post = [&](const QByteArray &headers) {
        QTcpSocket socket;
        if (!connectRaw(socket, server.serverPort()))
            return 0;
        const QByteArray body = R"({"name":"Origin"})";
        socket.write("POST /api/v1/vendor HTTP/1.1\r\n" + headers + "Content-Length: " + QByteArray::number(body.size())
            + "\r\n\r\n" + body);
        return readResponse(socket).status;
    };
    const QByteArray host = "Host: 127.0.0.1:" + port + "\r\n";
    CHECK(post(host) == 200);
    CHECK(post(host + "Origin: http://127.0.0.1:" + port + "\r\n") == 200);
    CHECK(post(host + "Origin: HTTP://127.0.0.1:" + port + "\r\n") == 200);
    CHECK(post(host + "Origin: http://trusted.example:8000\r\n") == 200);
    CHECK(post(host + "Origin: http://127.0.0.1:1\r\n") == 403);
    CHECK(post(host + "Origin: null\r\n") == 403);
    CHECK(post(host + "Origin: http://evil.example\r\n") == 403);
    CHECK(
        post("Host: backend:7912\r\nX-Forwarded-Host: spoolman.lan, proxy\r\nOrigin: https://spoolman.lan\r\n") == 200);
    CHECK(post("Host: spoolman.lan:80\r\nOrigin: http://spoolman.lan\r\n") == 200);
}

TEST_CASE("standin: bodies that are not objects get pydantic's 422 shapes")
{
    SpoolmanStandin server;
    REQUIRE(server.listen());
    QTcpSocket socket;
    REQUIRE(connectRaw(socket, server.serverPort()));
    const auto post = [&](const QByteArray &body) {
        socket.write("POST /api/v1/vendor HTTP/1.1\r\nHost: x\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\n\r\n" + body);
        const RawResponse response = readResponse(socket);
        CHECK(response.status == 422);
        return QJsonDocument::fromJson(response.body)
            .object()
            .value(QLatin1String("detail"))
            .toArray()
            .at(0)
            .toObject();
    };
    CHECK(post("null").value(QLatin1String("type")).toString() == QLatin1String("missing"));
    CHECK(post("").value(QLatin1String("loc")).toArray() == QJsonArray {QStringLiteral("body")});
    const QJsonObject scalar = post("5");
    CHECK(scalar.value(QLatin1String("type")).toString() == QLatin1String("model_attributes_type"));
    CHECK(scalar.value(QLatin1String("input")).toInt() == 5);
    CHECK(post("[1]").value(QLatin1String("input")).toArray() == QJsonArray {1});
    CHECK(post("  not json").value(QLatin1String("loc")).toArray() == QJsonArray {QStringLiteral("body"), 2});
    CHECK(post(R"({"name": })").value(QLatin1String("type")).toString() == QLatin1String("json_invalid"));
}
