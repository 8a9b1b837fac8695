#include "fakehttpserver.h"
#include "recordedbodies.h"
#include "spoolmantestutil.h"

#include "core/spoolman/spoolcache.h"
#include "core/spoolman/spoolmanevents.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Spoolbridge;
using namespace Spoolbridge::Test;

namespace {

// A websocket server on 127.0.0.1 standing in for Spoolman's change feed.
class FakeFeed : public QObject
{
public:
    FakeFeed()
    {
        connect(&m_server, &QWebSocketServer::newConnection, this, [this]() {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                paths.append(socket->requestUrl().path());
                origins.append(socket->origin());
                apiKeys.append(socket->request().rawHeader("X-Api-Key"));
                ++connections;
                m_sockets.append(socket);
                connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    quint16 port() const { return m_server.serverPort(); }
    void send(const QByteArray &frame)
    {
        for (QWebSocket *socket : std::as_const(m_sockets)) {
            if (socket)
                socket->sendTextMessage(QString::fromUtf8(frame));
        }
    }
    // Stops listening and drops every client, like a restarting server.
    void shutDown()
    {
        m_server.close();
        for (QWebSocket *socket : std::as_const(m_sockets)) {
            if (socket)
                socket->abort();
        }
        m_sockets.clear();
    }

    QStringList paths;
    QStringList origins;
    QList<QByteArray> apiKeys;
    int connections = 0;

private:
    QWebSocketServer m_server {QStringLiteral("fake-spoolman"), QWebSocketServer::NonSecureMode};
    QList<QPointer<QWebSocket>> m_sockets;
};

// Speaks just enough websocket to complete a handshake (or refuse it with a status), then
// stays silent: no pongs, no frames — a connection that died without closing.
class SilentFeed : public QObject
{
public:
    explicit SilentFeed(int refuseWithStatus = 0)
        : m_refuse(refuseWithStatus)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket]() { answer(socket); });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    int connections = 0;

private:
    void answer(QTcpSocket *socket)
    {
        m_buffer += socket->readAll();
        if (!m_buffer.contains("\r\n\r\n"))
            return;
        QByteArray key;
        for (const QByteArray &line : m_buffer.split('\n')) {
            if (line.toLower().startsWith("sec-websocket-key:"))
                key = line.mid(line.indexOf(':') + 1).trimmed();
        }
        m_buffer.clear();
        if (m_refuse) {
            socket->write("HTTP/1.1 " + QByteArray::number(m_refuse) + " Forbidden\r\nContent-Length: 0\r\n\r\n");
            socket->disconnectFromHost();
            return;
        }
        const QByteArray accept
            = QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11", QCryptographicHash::Sha1)
                  .toBase64();
        socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                      "Sec-WebSocket-Accept: "
            + accept + "\r\n\r\n");
        disconnect(socket, &QTcpSocket::readyRead, socket, nullptr); // ignore pings from now on
    }

    QTcpServer m_server;
    QByteArray m_buffer;
    int m_refuse;
};

QJsonObject spoolObject(int id, const QString &tag, double remaining, const QString &registered = QString())
{
    QJsonObject spool = parseJson(Recorded::spool).toObject();
    spool.insert(QStringLiteral("id"), id);
    spool.insert(QStringLiteral("remaining_weight"), remaining);
    if (!registered.isEmpty())
        spool.insert(QStringLiteral("registered"), registered);
    spool.insert(QStringLiteral("extra"), QJsonObject {{QStringLiteral("tag"), SpoolmanExtra::encodeText(tag)}});
    return spool;
}

QByteArray frame(const char *type, const QJsonObject &payload)
{
    const QJsonObject object {{QStringLiteral("type"), QLatin1String(type)},
        {QStringLiteral("resource"), QStringLiteral("spool")},
        {QStringLiteral("date"), QStringLiteral("2026-11-22T03:47:15.698871Z")}, {QStringLiteral("payload"), payload}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

SpoolmanConfig feedConfig(quint16 port)
{
    QString error;
    SpoolmanConfig config = *SpoolmanConfig::fromUserUrl(QStringLiteral("http://127.0.0.1:%1").arg(port), &error);
    config.headerName = "X-Api-Key";
    config.headerValue = "k1";
    return config;
}

} // namespace

TEST_CASE("spoolman events: added/updated/deleted frames keep the cache current")
{
    FakeFeed feed;
    REQUIRE(feed.listen());
    FakeHttpServer http;
    REQUIRE(http.listen());
    ClientFixture fixture(http.baseUrl());
    SpoolmanEvents events;
    events.setConfig(feedConfig(feed.port()));
    SpoolCache cache(&fixture.client, &events);
    QList<int> added, updated, removed;
    QObject::connect(&cache, &SpoolCache::spoolAdded, [&](const Spool &spool) { added.append(spool.id); });
    QObject::connect(&cache, &SpoolCache::spoolUpdated, [&](const Spool &spool, const Spool &previous) {
        updated.append(spool.id);
        CHECK(previous.remainingWeight != spool.remainingWeight);
    });
    QObject::connect(&cache, &SpoolCache::spoolRemoved, [&](const Spool &spool) { removed.append(spool.id); });
    bool connected = false;
    QObject::connect(&cache, &SpoolCache::connectedChanged, [&](bool on) { connected = on; });

    events.start();
    REQUIRE(waitUntil([&]() { return connected; }));
    CHECK(feed.paths == QStringList {QStringLiteral("/api/v1/spool")});
    CHECK(feed.origins == QStringList {QString()}); // no Origin header
    CHECK(feed.apiKeys == QList<QByteArray> {"k1"});

    feed.send(frame("added", spoolObject(1, QStringLiteral("uuid-1"), 1000)));
    REQUIRE(waitUntil([&]() { return cache.contains(1); }));
    CHECK(added == QList<int> {1});

    feed.send(frame("updated", spoolObject(1, QStringLiteral("uuid-1"), 700)));
    REQUIRE(waitUntil([&]() { return updated.size() == 1; }));
    CHECK(cache.spool(1)->remainingWeight == 700.0);
    CHECK(cache.spoolsByTag(QStringLiteral("UUID-1")).size() == 1);

    feed.send(R"({"status":"healthy"})"); // not an event: ignored
    feed.send(frame("deleted", spoolObject(1, QStringLiteral("uuid-1"), 700)));
    REQUIRE(waitUntil([&]() { return !cache.contains(1); }));
    CHECK(removed == QList<int> {1});

    // Spoolman reuses ids: an "added" for a known id is another spool.
    feed.send(frame("added", spoolObject(2, QStringLiteral("uuid-2"), 500, QStringLiteral("2026-11-22T03:50:00Z"))));
    REQUIRE(waitUntil([&]() { return cache.contains(2); }));
    feed.send(frame("added", spoolObject(2, QStringLiteral("uuid-9"), 1000, QStringLiteral("2026-11-22T04:00:00Z"))));
    REQUIRE(waitUntil([&]() { return removed.size() == 2; }));
    CHECK(removed.last() == 2);
    CHECK(added == QList<int> {1, 2, 2});
    CHECK(cache.spool(2)->tag() == QStringLiteral("uuid-9"));
    CHECK(cache.spoolsByTag(QStringLiteral("uuid-2")).isEmpty());
    events.stop();
}

TEST_CASE("spoolman events: a filter decides which new spools are cached")
{
    FakeFeed feed;
    REQUIRE(feed.listen());
    SpoolmanEvents events;
    events.setConfig(feedConfig(feed.port()));
    events.setPath(QStringLiteral("/"));
    SpoolCache cache(nullptr, &events);
    cache.setFilter([](const Spool &spool) { return spool.tag().has_value(); });
    events.start();
    REQUIRE(waitUntil([&]() { return events.isConnected(); }));
    CHECK(feed.paths == QStringList {QStringLiteral("/api/v1/")}); // root feed keeps its slash

    QJsonObject untagged = spoolObject(5, QStringLiteral("x"), 100);
    untagged.insert(QStringLiteral("extra"), QJsonObject());
    feed.send(frame("added", untagged));
    feed.send(frame("added", spoolObject(6, QStringLiteral("uuid-6"), 100)));
    REQUIRE(waitUntil([&]() { return cache.contains(6); }));
    CHECK_FALSE(cache.contains(5));
}

TEST_CASE("spoolman events: after a server restart the client reconnects and re-reads its spools")
{
    FakeFeed feed;
    REQUIRE(feed.listen());
    const quint16 feedPort = feed.port();
    FakeHttpServer http;
    REQUIRE(http.listen());
    double remaining = 1000;
    bool spool2Exists = true;
    http.setHandler([&](const FakeRequest &request) {
        if (request.path() == "/api/v1/spool/1")
            return FakeResponse::json(
                200, QJsonDocument(spoolObject(1, QStringLiteral("uuid-1"), remaining)).toJson(QJsonDocument::Compact));
        if (request.path() == "/api/v1/spool/2" && spool2Exists)
            return FakeResponse::json(
                200, QJsonDocument(spoolObject(2, QStringLiteral("uuid-2"), 250)).toJson(QJsonDocument::Compact));
        return FakeResponse::json(404, R"({"message":"No spool with ID 2 found."})");
    });
    ClientFixture fixture(http.baseUrl());
    SpoolmanEvents events;
    events.setConfig(feedConfig(feedPort));
    events.setBackoff(50, 200);
    SpoolCache cache(&fixture.client, &events);
    int revalidations = 0;
    QObject::connect(&cache, &SpoolCache::revalidated, [&]() { ++revalidations; });

    cache.insert(*Spool::fromJson(spoolObject(1, QStringLiteral("uuid-1"), 1000)));
    cache.insert(*Spool::fromJson(spoolObject(2, QStringLiteral("uuid-2"), 250)));
    events.start();
    REQUIRE(waitUntil([&]() { return revalidations == 1; })); // first connect re-reads too
    CHECK(cache.size() == 2);

    feed.shutDown();
    REQUIRE(waitUntil([&]() { return !events.isConnected(); }));
    // Changes during the gap produce no events.
    remaining = 640;
    spool2Exists = false;
    http.requests.clear();
    REQUIRE(feed.listen(feedPort));
    REQUIRE(waitUntil([&]() { return revalidations == 2; }));
    CHECK(events.isConnected());
    CHECK(feed.connections == 2);
    CHECK(cache.spool(1)->remainingWeight == 640.0);
    CHECK_FALSE(cache.contains(2));
    CHECK(http.requests.size() == 2);

    // And events flow again on the new connection.
    feed.send(frame("updated", spoolObject(1, QStringLiteral("uuid-1"), 600)));
    REQUIRE(waitUntil([&]() { return cache.spool(1)->remainingWeight == 600.0; }));

    // Other settings keep the cache; pointing the client at another server empties it.
    fixture.configure([](SpoolmanConfig &config) { config.timeoutMs = 1234; });
    CHECK(cache.size() == 1);
    fixture.configure([](SpoolmanConfig &config) { config.baseUrl.setPath(QStringLiteral("/other")); });
    CHECK(cache.size() == 0);
}

TEST_CASE("spoolman events: an unreachable feed keeps retrying with a capped backoff")
{
    const quint16 port = freeTcpPort();
    SpoolmanEvents events;
    events.setConfig(feedConfig(port));
    events.setBackoff(20, 80);
    QStringList errors;
    QObject::connect(&events, &SpoolmanEvents::errorOccurred, [&](const QString &message) { errors.append(message); });
    events.start();
    REQUIRE(waitUntil([&]() { return errors.size() >= 4; }));
    CHECK(events.nextRetryMs() == 80);
    CHECK(errors.first().contains(QStringLiteral("127.0.0.1:%1").arg(port)));
    FakeFeed feed;
    REQUIRE(feed.listen(port));
    REQUIRE(waitUntil([&]() { return events.isConnected(); }));
    CHECK(events.nextRetryMs() == 20);
}

TEST_CASE("spoolman events: a connection that stops answering pings is replaced")
{
    SilentFeed feed;
    REQUIRE(feed.listen());
    SpoolmanEvents events;
    events.setConfig(feedConfig(feed.port()));
    events.setBackoff(20, 50);
    events.setKeepAlive(40, 40);
    QList<bool> states;
    QObject::connect(&events, &SpoolmanEvents::connectedChanged, [&](bool on) { states.append(on); });
    QStringList errors;
    QObject::connect(&events, &SpoolmanEvents::errorOccurred, [&](const QString &message) { errors.append(message); });
    events.start();
    REQUIRE(waitUntil([&]() { return feed.connections >= 2 && events.isConnected(); }));
    CHECK(states.mid(0, 3) == QList<bool> {true, false, true});
    REQUIRE_FALSE(errors.isEmpty());
    CHECK(errors.first().contains(QLatin1String("no answer to a ping")));
}

TEST_CASE("spoolman events: a refused handshake is reported and retried")
{
    SilentFeed feed(403);
    REQUIRE(feed.listen());
    SpoolmanEvents events;
    events.setConfig(feedConfig(feed.port()));
    events.setBackoff(20, 50);
    QStringList errors;
    QObject::connect(&events, &SpoolmanEvents::errorOccurred, [&](const QString &message) { errors.append(message); });
    events.start();
    REQUIRE(waitUntil([&]() { return feed.connections >= 2 && !errors.isEmpty(); }));
    CHECK_FALSE(events.isConnected());
    CHECK(errors.first()
        == QStringLiteral("Spoolman at http://127.0.0.1:%1 refused the live-update connection (HTTP 403) — check the "
                          "reverse proxy's authentication, and that nothing adds an Origin header; retrying.")
               .arg(feed.port()));
}
