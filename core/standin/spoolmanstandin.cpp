#include "core/standin/spoolmanstandin.h"

#include "core/standin/gzip.h"
#include "core/standin/httprequestparser.h"
#include "core/standin/standinapi.h"
#include "core/standin/standinentities.h"
#include "core/standin/standinstore.h"
#include "core/util/logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>

static void initStandinResources()
{
    Q_INIT_RESOURCE(standin);
}

namespace Spoolbridge {

using namespace Standin;

namespace {
const QByteArray originMessage = QByteArrayLiteral(
    "{\"message\":\"Request refused: it came from an origin this Spoolman instance does not trust. Set "
    "SPOOLMAN_CORS_ORIGIN if this origin should be allowed.\"}");

// Smallest body worth compressing (the real server's GZip middleware uses 1000 bytes too).
constexpr qsizetype gzipMinimumSize = 1000;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Content Too Large";
    case 422:
        return "Unprocessable Entity";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    default:
        return "Unknown";
    }
}

// The websocket topic of a path, or a null string when the path serves no websocket.
QString webSocketTopic(const QString &path)
{
    static const QRegularExpression pattern(
        QStringLiteral("^/api/v1/(?:((?:spool|filament|vendor)(?:/[0-9]+)?|setting(?:/[a-z0-9_]+)?)/?)?$"));
    const QRegularExpressionMatch match = pattern.match(path);
    if (!match.hasMatch())
        return {};
    return match.captured(1).isNull() ? QStringLiteral("") : match.captured(1);
}
} // namespace

SpoolmanStandin::SpoolmanStandin(QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<StandinStore>())
    , m_api(std::make_unique<StandinApi>(*m_store))
    , m_databasePath(QStringLiteral(":memory:"))
{
    initStandinResources();
}

SpoolmanStandin::~SpoolmanStandin()
{
    close();
}

void SpoolmanStandin::setDatabasePath(const QString &path)
{
    m_databasePath = path.isEmpty() ? QStringLiteral(":memory:") : path;
}

void SpoolmanStandin::setVersion(const QString &version)
{
    m_api->setVersion(version);
}

QString SpoolmanStandin::version() const
{
    return m_api->version();
}

bool SpoolmanStandin::listen(const QHostAddress &address, quint16 port)
{
    close();
    if (!m_store->open(m_databasePath, &m_errorString)) {
        m_errorString = tr("Cannot open the stand-in database %1: %2").arg(m_databasePath, m_errorString);
        return false;
    }
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::newConnection, this, &SpoolmanStandin::onNewConnection);
    if (!m_server->listen(address, port)) {
        m_errorString
            = tr("Cannot listen on %1 port %2: %3").arg(address.toString()).arg(port).arg(m_server->errorString());
        close();
        return false;
    }
    m_webSocketServer
        = new QWebSocketServer(QStringLiteral("Spoolman stand-in"), QWebSocketServer::NonSecureMode, this);
    connect(m_webSocketServer, &QWebSocketServer::newConnection, this, &SpoolmanStandin::onWebSocket);
    qCInfo(lcStandin) << "listening on" << baseUrl().toString() << "version" << version();
    return true;
}

bool SpoolmanStandin::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 SpoolmanStandin::serverPort() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl SpoolmanStandin::baseUrl() const
{
    if (!m_server)
        return {};
    QHostAddress host = m_server->serverAddress();
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4 || host == QHostAddress::AnyIPv6)
        host = QHostAddress(QHostAddress::LocalHost);
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(serverPort());
    return url;
}

void SpoolmanStandin::close()
{
    dropConnections();
    if (m_webSocketServer) {
        m_webSocketServer->close();
        m_webSocketServer->deleteLater();
        m_webSocketServer = nullptr;
    }
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
    m_store->close();
}

bool SpoolmanStandin::patchSpoolSilently(qint64 id, const QJsonObject &fields)
{
    if (!m_store->contains(StandinStore::Spools, id))
        return false;
    QJsonObject row = m_store->row(StandinStore::Spools, id);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.value().isNull())
            row.remove(it.key());
        else
            row.insert(it.key(), it.value());
    }
    m_store->update(StandinStore::Spools, id, row);
    return true;
}

void SpoolmanStandin::dropConnections()
{
    for (auto it = m_webSockets.begin(); it != m_webSockets.end(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        it.key()->deleteLater();
    }
    m_webSockets.clear();
    m_continued.clear();
    const QSet<QTcpSocket *> sockets = m_sockets;
    m_sockets.clear();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

int SpoolmanStandin::seedSpools(int count)
{
    return m_store->isOpen() ? m_api->seedSpools(count) : 0;
}

int SpoolmanStandin::spoolCount() const
{
    return int(m_store->rows(StandinStore::Spools).size());
}

void SpoolmanStandin::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_sockets.insert(socket);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_continued.remove(socket);
            if (m_sockets.remove(socket))
                socket->deleteLater();
        });
    }
}

void SpoolmanStandin::onReadyRead(QTcpSocket *socket)
{
    while (m_sockets.contains(socket) && socket->bytesAvailable() > 0) {
        // Peek, so that an upgrade request stays in the socket for QWebSocketServer.
        const HttpRequestParser::Result result = HttpRequestParser::parse(socket->peek(socket->bytesAvailable()));
        if (result.state == HttpRequestParser::State::Incomplete) {
            // curl waits for "100 Continue" before sending larger bodies.
            if (result.headerComplete && result.request.header("expect").toLower() == "100-continue"
                && !m_continued.contains(socket)) {
                m_continued.insert(socket);
                socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            return;
        }
        m_continued.remove(socket);
        if (result.state == HttpRequestParser::State::Error) {
            qCDebug(lcStandin) << "malformed request:" << result.errorMessage;
            socket->readAll();
            writeResponse(socket, result.errorStatus,
                QJsonDocument(QJsonObject {{QStringLiteral("detail"), QString::fromLatin1(result.errorMessage)}})
                    .toJson(QJsonDocument::Compact),
                false);
            return;
        }
        if (result.request.isWebSocketUpgrade()) {
            upgrade(socket, result.request);
            return;
        }
        socket->read(result.consumed);
        serve(socket, result.request);
        if (!result.request.keepAlive()) {
            // Nothing after a "Connection: close" request is answered.
            socket->readAll();
            return;
        }
    }
}

bool SpoolmanStandin::isTrustedOrigin(const HttpRequest &request) const
{
    // Like the real server: no (or a blank) Origin is trusted, "null" never is, listed origins
    // are, and otherwise the origin's host[:port] must name this server (Host or the first
    // X-Forwarded-Host entry; default ports ignored, case-insensitive).
    const QString origin = QString::fromUtf8(request.header("origin")).trimmed().toLower();
    if (origin.isEmpty())
        return true;
    if (origin == QLatin1String("null"))
        return false;
    for (const QString &trusted : m_trustedOrigins) {
        if (trusted.trimmed().toLower() == origin)
            return true;
    }
    const QUrl url(origin);
    if (url.host().isEmpty())
        return false;
    const auto withoutDefaultPort = [](QString host) {
        host = host.trimmed().toLower();
        if (host.endsWith(QLatin1String(":80")))
            host.chop(3);
        else if (host.endsWith(QLatin1String(":443")))
            host.chop(4);
        return host;
    };
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    const QString authority = url.port(defaultPort) == defaultPort
        ? url.host(QUrl::FullyEncoded)
        : url.host(QUrl::FullyEncoded) + u':' + QString::number(url.port());
    const QString host = withoutDefaultPort(QString::fromUtf8(request.header("host")));
    const QString forwarded
        = withoutDefaultPort(QString::fromUtf8(request.header("x-forwarded-host").split(',').first()));
    return authority == host || (!forwarded.isEmpty() && authority == forwarded);
}

void SpoolmanStandin::upgrade(QTcpSocket *socket, const HttpRequest &request)
{
    const qsizetype queryStart = request.target.indexOf('?');
    const QString path = QUrl::fromPercentEncoding(queryStart < 0 ? request.target : request.target.left(queryStart));
    const QString topic = webSocketTopic(path);
    int refusal = 0;
    QByteArray body;
    QByteArray contentType = "application/json";
    if (path == QLatin1String("/api/v1")) {
        // The real server fails this handshake with an internal error.
        refusal = 500;
        body = "Internal Server Error";
        contentType = "text/plain; charset=utf-8";
    } else if (topic.isNull()) {
        refusal = 403; // no websocket on this path
    } else if (!isTrustedOrigin(request)) {
        refusal = 403;
        body = originMessage;
    }
    if (refusal) {
        socket->readAll();
        writeResponse(socket, refusal, body, false, {}, contentType);
        Q_EMIT requestServed(request.method, path, refusal);
        return;
    }
    // The request is still unread in the socket: QWebSocketServer answers the handshake.
    m_sockets.remove(socket);
    m_continued.remove(socket);
    socket->disconnect(this);
    m_webSocketServer->handleConnection(socket);
}

void SpoolmanStandin::onWebSocket()
{
    while (QWebSocket *webSocket = m_webSocketServer->nextPendingConnection()) {
        const QString path = webSocket->requestUrl().path();
        m_webSockets.insert(webSocket, webSocketTopic(path));
        // A client's text gets the real server's keep-alive answer.
        connect(webSocket, &QWebSocket::textMessageReceived, this, [webSocket](const QString &text) {
            if (!text.isEmpty())
                webSocket->sendTextMessage(QStringLiteral("{\"status\":\"healthy\"}"));
        });
        connect(webSocket, &QWebSocket::disconnected, this, [this, webSocket] {
            if (m_webSockets.remove(webSocket))
                webSocket->deleteLater();
        });
        qCDebug(lcStandin) << "websocket subscriber on" << path;
        Q_EMIT webSocketConnected(path);
    }
}

void SpoolmanStandin::broadcast(const QList<StandinEvent> &events)
{
    for (const StandinEvent &event : events) {
        const QJsonObject frame {{QStringLiteral("type"), event.type}, {QStringLiteral("resource"), event.resource},
            {QStringLiteral("date"), Entities::eventDateString()}, {QStringLiteral("payload"), event.payload}};
        const QString text = QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact));
        const QString single = event.resource + u'/' + event.key;
        for (auto it = m_webSockets.begin(); it != m_webSockets.end(); ++it) {
            if (it.value().isEmpty() || it.value() == event.resource || it.value() == single)
                it.key()->sendTextMessage(text);
        }
    }
}

void SpoolmanStandin::serve(QTcpSocket *socket, const HttpRequest &request)
{
    const qsizetype queryStart = request.target.indexOf('?');
    const QString path = QUrl::fromPercentEncoding(queryStart < 0 ? request.target : request.target.left(queryStart));
    const QByteArray query = queryStart < 0 ? QByteArray() : request.target.mid(queryStart + 1);
    const bool keepAlive = request.keepAlive();
    const bool write = request.method == "POST" || request.method == "PATCH" || request.method == "PUT"
        || request.method == "DELETE";
    if (write && !isTrustedOrigin(request)) {
        writeResponse(socket, 403, originMessage, keepAlive);
        Q_EMIT requestServed(request.method, path, 403);
        return;
    }
    QList<StandinEvent> events;
    const ApiReply reply = m_api->handle(request.method, path, query, request.body, events);
    const bool gzip = reply.body.size() >= gzipMinimumSize && acceptsGzip(request.header("accept-encoding"));
    writeResponse(
        socket, reply.status, reply.body, keepAlive, reply.headers, "application/json", gzip, request.method == "HEAD");
    if (Logging::wireLoggingEnabled())
        qCDebug(lcWireSpoolman) << "stand-in" << request.method << path << reply.status << reply.body.left(2000);
    Q_EMIT requestServed(request.method, path, reply.status);
    broadcast(events);
}

void SpoolmanStandin::writeResponse(QTcpSocket *socket, int status, const QByteArray &body, bool keepAlive,
    const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &contentType, bool gzip, bool headOnly)
{
    const QByteArray payload = gzip ? gzipCompress(body) : body;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    head += "date: "
        + QLocale::c()
              .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
              .toLatin1()
        + "\r\nserver: spoolbridge-standin\r\n";
    if (!payload.isEmpty() || status != 200)
        head += "content-type: " + contentType + "\r\n";
    head += "content-length: " + QByteArray::number(payload.size()) + "\r\n";
    if (gzip)
        head += "content-encoding: gzip\r\nvary: Accept-Encoding\r\n";
    for (const auto &header : headers)
        head += header.first + ": " + header.second + "\r\n";
    head += keepAlive ? "connection: keep-alive\r\n\r\n" : "connection: close\r\n\r\n";
    // A HEAD request gets the header (with the length of the body it would have had) only.
    socket->write(headOnly ? head : head + payload);
    if (!keepAlive)
        socket->disconnectFromHost();
}

} // namespace Spoolbridge
