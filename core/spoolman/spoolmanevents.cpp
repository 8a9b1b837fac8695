#include "core/spoolman/spoolmanevents.h"

#include "core/util/logging.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QWebSocket>

namespace Spoolbridge {

SpoolmanEvents::SpoolmanEvents(QObject *parent)
    : QObject(parent)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &SpoolmanEvents::openSocket);
    connect(&m_pingTimer, &QTimer::timeout, this, &SpoolmanEvents::onPingTimer);
}

SpoolmanEvents::~SpoolmanEvents()
{
    m_running = false;
    dropSocket();
}

void SpoolmanEvents::setConfig(const SpoolmanConfig &config)
{
    m_builder = RequestBuilder(config);
    if (m_running) {
        dropSocket();
        setConnected(false);
        m_backoffMs = m_initialBackoffMs;
        openSocket();
    }
}

void SpoolmanEvents::setPath(const QString &path)
{
    m_path = path.startsWith(u'/') ? path : u'/' + path;
}

void SpoolmanEvents::setBackoff(int initialMs, int maxMs)
{
    m_initialBackoffMs = qMax(10, initialMs);
    m_maxBackoffMs = qMax(m_initialBackoffMs, maxMs);
    m_backoffMs = m_initialBackoffMs;
}

void SpoolmanEvents::setKeepAlive(int intervalMs, int answerTimeoutMs)
{
    m_pingIntervalMs = qMax(10, intervalMs);
    m_pongTimeoutMs = qMax(10, answerTimeoutMs);
}

QUrl SpoolmanEvents::url() const
{
    return m_builder.websocketUrl(m_path);
}

void SpoolmanEvents::start()
{
    if (m_running)
        return;
    m_running = true;
    m_backoffMs = m_initialBackoffMs;
    openSocket();
}

void SpoolmanEvents::stop()
{
    m_running = false;
    m_reconnectTimer.stop();
    dropSocket();
    setConnected(false);
}

void SpoolmanEvents::openSocket()
{
    if (!m_running)
        return;
    dropSocket();
    m_errorReported = false;
    // An empty origin: QWebSocket then sends no Origin header, which Spoolman's guard allows.
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    if (m_builder.hasSslConfiguration())
        m_socket->setSslConfiguration(m_builder.sslConfiguration());
    connect(m_socket, &QWebSocket::connected, this, &SpoolmanEvents::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &SpoolmanEvents::onDisconnected);
    // Qt 6.4 names the signal error() (errorOccurred() arrived in 6.5).
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, &SpoolmanEvents::onError);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &SpoolmanEvents::onMessage);
    connect(m_socket, &QWebSocket::pong, this, [this]() { m_pingSentAt = -1; });
    qCDebug(lcSpoolman) << "Opening the Spoolman websocket" << url().toString(QUrl::RemoveUserInfo);
    m_socket->open(m_builder.websocketRequest(m_path));
}

void SpoolmanEvents::dropSocket()
{
    m_pingTimer.stop();
    m_pingSentAt = -1;
    if (!m_socket)
        return;
    QWebSocket *socket = std::exchange(m_socket, nullptr);
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void SpoolmanEvents::onConnected()
{
    qCInfo(lcSpoolman) << "Live updates connected:" << url().toString(QUrl::RemoveUserInfo);
    m_backoffMs = m_initialBackoffMs;
    m_lastError.clear();
    m_pingTimer.start(m_pingIntervalMs);
    setConnected(true);
}

void SpoolmanEvents::onDisconnected()
{
    // A refused connection may arrive as disconnected() before (or without) error().
    if (m_socket && !m_errorReported)
        reportError(m_socket->errorString());
    dropSocket();
    setConnected(false);
    scheduleReconnect();
}

void SpoolmanEvents::onError(QAbstractSocket::SocketError error)
{
    Q_UNUSED(error)
    if (!m_socket)
        return;
    if (!m_errorReported)
        reportError(m_socket->errorString());
    // A failed handshake may not emit disconnected(): make sure a retry is planned.
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        onDisconnected();
}

void SpoolmanEvents::reportError(const QString &reason)
{
    m_errorReported = true;
    // QWebSocket words a refused handshake as "…processHandshake: Unhandled http status code: 403
    // (Forbidden)."; say it in the user's terms.
    static const QRegularExpression statusPattern(QStringLiteral(R"(status code: (\d+))"));
    const QRegularExpressionMatch status = statusPattern.match(reason);
    const int code = status.hasMatch() ? status.captured(1).toInt() : 0;
    const QString url = m_builder.config().displayUrl();
    if (code == 401 || code == 403 || code == 407) {
        m_lastError = tr("Spoolman at %1 refused the live-update connection (HTTP %2) — check the reverse proxy's "
                         "authentication, and that nothing adds an Origin header; retrying.")
                          .arg(url)
                          .arg(code);
    } else if (code > 0) {
        m_lastError = tr("Spoolman at %1 refused the live-update connection (HTTP %2) — check the URL and the reverse "
                         "proxy's websocket support; retrying.")
                          .arg(url)
                          .arg(code);
    } else {
        m_lastError = tr("Live updates from Spoolman at %1 failed (%2) — retrying.").arg(url, reason);
    }
    qCInfo(lcSpoolman).noquote() << m_lastError;
    Q_EMIT errorOccurred(m_lastError);
}

void SpoolmanEvents::onMessage(const QString &message)
{
    qCDebug(lcWireSpoolman).noquote() << "ws ←" << Logging::redact(message.left(4000));
    const std::optional<SpoolmanEvent> event = SpoolmanEvent::fromJson(message.toUtf8());
    if (!event) {
        qCDebug(lcSpoolman) << "Ignoring a websocket frame that is not a change event";
        return;
    }
    Q_EMIT eventReceived(*event);
}

void SpoolmanEvents::onPingTimer()
{
    if (!m_socket)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_pingSentAt >= 0 && now - m_pingSentAt > m_pongTimeoutMs) {
        qCInfo(lcSpoolman) << "Spoolman's websocket stopped answering pings; reconnecting";
        reportError(tr("no answer to a ping"));
        onDisconnected();
        return;
    }
    if (m_pingSentAt < 0) {
        m_pingSentAt = now;
        m_socket->ping();
    }
}

void SpoolmanEvents::setConnected(bool connected)
{
    if (m_connected == connected)
        return;
    m_connected = connected;
    Q_EMIT connectedChanged(connected);
}

void SpoolmanEvents::scheduleReconnect()
{
    if (!m_running || m_reconnectTimer.isActive())
        return;
    m_reconnectTimer.start(m_backoffMs);
    m_backoffMs = qMin(m_backoffMs * 2, m_maxBackoffMs);
}

} // namespace Spoolbridge
