// Contract: websocket change events (spoolman-api.md §7) and handshake refusals (§6, §7).

#include "contractclient.h"

#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QTcpSocket>
#include <QWebSocket>

#include <memory>

using namespace Spoolbridge::Test;
using namespace Spoolbridge::Test::Contract;

namespace {
// A websocket subscriber that records every frame.
struct Subscriber {
    std::unique_ptr<QWebSocket> socket = std::make_unique<QWebSocket>();
    QList<QJsonObject> frames;

    explicit Subscriber(const QString &path)
    {
        QObject::connect(socket.get(), &QWebSocket::textMessageReceived, socket.get(),
            [this](const QString &text) { frames.append(QJsonDocument::fromJson(text.toUtf8()).object()); });
        socket->open(webSocketUrl(path));
    }

    bool connected()
    {
        return waitUntil([this] { return socket->state() == QAbstractSocket::ConnectedState; }, 10000);
    }

    // Frames about one object of one resource (other clients may change other things).
    QList<QJsonObject> about(const QString &resource, qint64 id) const
    {
        QList<QJsonObject> result;
        for (const QJsonObject &frame : frames) {
            if (frame.value(QLatin1String("resource")).toString() == resource
                && frame.value(QLatin1String("payload")).toObject().value(QLatin1String("id")).toInteger() == id)
                result.append(frame);
        }
        return result;
    }

    bool waitFor(const QString &resource, qint64 id, int count)
    {
        return waitUntil([&] { return about(resource, id).size() >= count; }, 10000);
    }
};

// Sends a websocket handshake by hand and returns the HTTP status line.
QByteArray handshakeStatus(const QString &path, const QByteArray &origin = QByteArray())
{
    const QUrl url = serverUrl();
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port(80)));
    if (!waitUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 10000))
        return {};
    QByteArray request = "GET " + path.toUtf8() + " HTTP/1.1\r\nHost: " + url.authority().toUtf8()
        + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
          "Sec-WebSocket-Version: 13\r\n";
    if (!origin.isEmpty())
        request += "Origin: " + origin + "\r\n";
    socket.write(request + "\r\n");
    QByteArray received;
    waitUntil(
        [&] {
            received += socket.readAll();
            return received.contains("\r\n");
        },
        10000);
    return received.left(received.indexOf("\r\n"));
}
} // namespace

TEST_CASE("contract: every change reaches /, /spool and /spool/{id} once with the same date")
{
    Cleanup cleanup;
    const qint64 vendorId = createVendor(cleanup, uniqueName(QStringLiteral("ws")));
    const qint64 filamentId
        = createFilament(cleanup, {{QStringLiteral("vendor_id"), vendorId}, {QStringLiteral("weight"), 1000}});
    const QJsonObject spool = createSpool(cleanup, {{QStringLiteral("filament_id"), filamentId}});
    const QJsonObject other = createSpool(cleanup, {{QStringLiteral("filament_id"), filamentId}});
    const qint64 id = spool.value(QLatin1String("id")).toInteger();
    const qint64 otherId = other.value(QLatin1String("id")).toInteger();

    Subscriber all(QStringLiteral("/api/v1/"));
    Subscriber spools(QStringLiteral("/api/v1/spool"));
    Subscriber single(QStringLiteral("/api/v1/spool/%1").arg(id));
    Subscriber vendors(QStringLiteral("/api/v1/vendor"));
    REQUIRE(all.connected());
    REQUIRE(spools.connected());
    REQUIRE(single.connected());
    REQUIRE(vendors.connected());

    // The other spool changes first: the single-spool subscriber must not hear of it.
    REQUIRE(call("PATCH", QStringLiteral("/spool/%1").arg(otherId),
                QJsonObject {{QStringLiteral("comment"), QStringLiteral("other")}})
                .status
        == 200);
    REQUIRE(
        call("PUT", QStringLiteral("/spool/%1/use").arg(id), QJsonObject {{QStringLiteral("use_weight"), 300}}).status
        == 200);
    REQUIRE(all.waitFor(QStringLiteral("spool"), id, 1));
    REQUIRE(spools.waitFor(QStringLiteral("spool"), id, 1));
    REQUIRE(single.waitFor(QStringLiteral("spool"), id, 1));

    // Nothing is sent on connect: the first frame on the single subscriber is the update.
    REQUIRE(single.frames.size() == 1);
    const QJsonObject frame = single.frames.first();
    CHECK(frame.value(QLatin1String("type")).toString() == QLatin1String("updated"));
    CHECK(frame.value(QLatin1String("resource")).toString() == QLatin1String("spool"));
    CHECK(frame.value(QLatin1String("date")).toString().endsWith(u'Z'));
    const QJsonObject payload = frame.value(QLatin1String("payload")).toObject();
    CHECK(payload.value(QLatin1String("used_weight")).toDouble() == 300.0);
    CHECK(payload.value(QLatin1String("remaining_weight")).toDouble() == 700.0);
    CHECK(payload.value(QLatin1String("filament")).toObject().value(QLatin1String("id")).toInteger() == filamentId);
    CHECK(all.about(QStringLiteral("spool"), id).first() == frame);
    CHECK(spools.about(QStringLiteral("spool"), id).first() == frame);
    CHECK(spools.about(QStringLiteral("spool"), otherId).size() == 1);

    // A new spool: added on / and /spool; deletion carries the object as it was.
    const QJsonObject added = createSpool(
        cleanup, {{QStringLiteral("filament_id"), filamentId}, {QStringLiteral("location"), QStringLiteral("WS")}});
    const qint64 addedId = added.value(QLatin1String("id")).toInteger();
    REQUIRE(spools.waitFor(QStringLiteral("spool"), addedId, 1));
    CHECK(spools.about(QStringLiteral("spool"), addedId).first().value(QLatin1String("type")).toString()
        == QLatin1String("added"));
    REQUIRE(call("DELETE", QStringLiteral("/spool/%1").arg(addedId)).status == 200);
    REQUIRE(all.waitFor(QStringLiteral("spool"), addedId, 2));
    const QJsonObject deleted = all.about(QStringLiteral("spool"), addedId).at(1);
    CHECK(deleted.value(QLatin1String("type")).toString() == QLatin1String("deleted"));
    CHECK(deleted.value(QLatin1String("payload")).toObject().value(QLatin1String("location")).toString()
        == QLatin1String("WS"));

    // Vendor changes reach the vendor and root subscribers, not the spool ones.
    REQUIRE(call("PATCH", QStringLiteral("/vendor/%1").arg(vendorId),
                QJsonObject {{QStringLiteral("comment"), QStringLiteral("ws")}})
                .status
        == 200);
    REQUIRE(vendors.waitFor(QStringLiteral("vendor"), vendorId, 1));
    REQUIRE(all.waitFor(QStringLiteral("vendor"), vendorId, 1));
    CHECK(vendors.about(QStringLiteral("vendor"), vendorId).first()
        == all.about(QStringLiteral("vendor"), vendorId).first());
    CHECK(spools.about(QStringLiteral("vendor"), vendorId).isEmpty());
    CHECK(single.frames.size() == 1);
}

TEST_CASE("contract: websocket handshakes: /api/v1 needs its slash, untrusted origins are refused")
{
    CHECK(handshakeStatus(QStringLiteral("/api/v1/spool")).startsWith("HTTP/1.1 101"));
    CHECK(handshakeStatus(QStringLiteral("/api/v1/")).startsWith("HTTP/1.1 101"));
    CHECK(handshakeStatus(QStringLiteral("/api/v1")).startsWith("HTTP/1.1 500"));
    CHECK(handshakeStatus(QStringLiteral("/api/v1/spool"), "http://evil.example").startsWith("HTTP/1.1 403"));
}
