#include "core/mqtt/mqttclient.h"

#include "core/mqtt/tlscontext.h"
#include "core/util/logging.h"

#include <QPointer>
#include <QRandomGenerator>
#include <QSocketNotifier>

#include <cerrno>
#include <mosquitto.h>
#include <mutex>
#include <openssl/ssl.h>
#include <sys/socket.h>
#include <utility>

namespace Spoolbridge {

namespace {

// A read activation while connecting that does not advance the handshake is a library bug we
// must not spin on; real handshakes need a handful.
constexpr int MaxIdleReadsWhileConnecting = 200;

void initLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] { mosquitto_lib_init(); });
}

} // namespace

MqttClient::MqttClient(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<MqttError>();
    m_miscTimer.setInterval(1000);
    // Keep-alive housekeeping needs only whole-second accuracy; a very coarse timer fires on the
    // second, so with many printers all clients share one wake-up instead of one each.
    m_miscTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_miscTimer, &QTimer::timeout, this, &MqttClient::handleMiscTimer);
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, &MqttClient::handleConnectTimeout);
}

MqttClient::~MqttClient()
{
    closeSession();
}

void MqttClient::connectToHost()
{
    closeSession();
    initLibrary();
    ++m_attempts;
    m_lastLogError.clear();
    m_idleReads = 0;

    QString clientId = m_options.clientId;
    if (clientId.isEmpty())
        clientId
            = QStringLiteral("spoolbridge-%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    m_mosq = mosquitto_new(clientId.toUtf8().constData(), true, this);
    m_state = State::Connecting;
    if (!m_mosq) {
        failLater({MqttError::Kind::Other, tr("Could not create an MQTT client (out of memory?)."), {}, {}, {}});
        return;
    }
    mosquitto_int_option(m_mosq, MOSQ_OPT_PROTOCOL_VERSION, MQTT_PROTOCOL_V311);
    mosquitto_connect_callback_set(m_mosq, &MqttClient::onConnect);
    mosquitto_disconnect_callback_set(m_mosq, &MqttClient::onDisconnect);
    mosquitto_message_callback_set(m_mosq, &MqttClient::onMessage);
    mosquitto_log_callback_set(m_mosq, &MqttClient::onLog);
    if (!m_options.username.isEmpty()) {
        mosquitto_username_pw_set(m_mosq, m_options.username.toUtf8().constData(),
            m_options.password.isEmpty() ? nullptr : m_options.password.toUtf8().constData());
    }
    if (m_options.useTls) {
        QString error;
        std::unique_ptr<TlsContext> tls = TlsContext::create(m_options, &error);
        if (!tls) {
            failLater({MqttError::Kind::Other, error, {}, {}, {}});
            return;
        }
        m_tls = std::move(tls);
        mosquitto_void_option(m_mosq, MOSQ_OPT_SSL_CTX, m_tls->handle());
        mosquitto_int_option(m_mosq, MOSQ_OPT_SSL_CTX_WITH_DEFAULTS, 0);
    }

    qCInfo(lcMqtt).noquote() << "connecting to" << m_options.host << m_options.port << "as" << clientId
                             << (m_options.useTls ? "(TLS)" : "(plain)");
    m_connectTimer.start(m_options.connectTimeoutMs);
    m_miscTimer.start();
    errno = 0;
    const int rc = mosquitto_connect_async(
        m_mosq, m_options.host.toUtf8().constData(), m_options.port, qMax(5, m_options.keepAliveSeconds));
    const int savedErrno = errno;
    if (rc != MOSQ_ERR_SUCCESS) {
        failLater(errorFromCode(rc, savedErrno));
        return;
    }
    syncNotifiers();
}

void MqttClient::disconnectFromHost()
{
    const bool wasConnected = m_state == State::Connected;
    if (m_mosq && wasConnected)
        mosquitto_disconnect(m_mosq);
    closeSession();
    if (wasConnected)
        Q_EMIT disconnected(QString());
}

bool MqttClient::publish(const QString &topic, const QByteArray &payload, int qos, bool retain)
{
    if (!m_mosq || m_state != State::Connected)
        return false;
    qCDebug(lcWireMqtt).noquote() << "publish" << topic << Logging::redact(QString::fromUtf8(payload));
    const int rc = mosquitto_publish(
        m_mosq, nullptr, topic.toUtf8().constData(), int(payload.size()), payload.constData(), qos, retain);
    if (rc != MOSQ_ERR_SUCCESS)
        qCWarning(lcMqtt) << "publish to" << topic << "failed:" << mosquitto_strerror(rc);
    syncNotifiers();
    return rc == MOSQ_ERR_SUCCESS;
}

bool MqttClient::subscribe(const QString &topic, int qos)
{
    if (!m_mosq || m_state != State::Connected)
        return false;
    const int rc = mosquitto_subscribe(m_mosq, nullptr, topic.toUtf8().constData(), qos);
    if (rc != MOSQ_ERR_SUCCESS)
        qCWarning(lcMqtt) << "subscribe to" << topic << "failed:" << mosquitto_strerror(rc);
    syncNotifiers();
    return rc == MOSQ_ERR_SUCCESS;
}

// --- libmosquitto callbacks: record only ---------------------------------------------------

void MqttClient::onConnect(struct mosquitto *, void *self, int rc)
{
    if (self)
        static_cast<MqttClient *>(self)->m_events.append({Event::Type::Connack, rc, {}, {}});
}

void MqttClient::onDisconnect(struct mosquitto *, void *self, int rc)
{
    if (self)
        static_cast<MqttClient *>(self)->m_events.append({Event::Type::Disconnect, rc, {}, {}});
}

void MqttClient::onMessage(struct mosquitto *, void *self, const struct mosquitto_message *message)
{
    if (!self || !message)
        return;
    static_cast<MqttClient *>(self)->m_events.append({Event::Type::Message, 0, QString::fromUtf8(message->topic),
        QByteArray(static_cast<const char *>(message->payload), message->payloadlen)});
}

void MqttClient::onLog(struct mosquitto *, void *self, int level, const char *text)
{
    if (!self || !text)
        return;
    if (level & MOSQ_LOG_ERR)
        static_cast<MqttClient *>(self)->m_lastLogError = QString::fromUtf8(text);
    qCDebug(lcMqtt) << "libmosquitto:" << text;
}

// --- driving the library -------------------------------------------------------------------

bool MqttClient::handshakeInProgress() const
{
    if (!m_mosq || !m_tls || m_state != State::Connecting)
        return false;
    auto *ssl = static_cast<SSL *>(mosquitto_ssl_get(m_mosq));
    return ssl && !SSL_is_init_finished(ssl);
}

void MqttClient::handleReadable()
{
    if (!m_mosq)
        return;
    if (m_state == State::Connecting) {
        if (checkSocketFailed())
            return;
        if (++m_idleReads > MaxIdleReadsWhileConnecting) {
            fail({MqttError::Kind::ProtocolError,
                tr("%1:%2 sent data that is not a TLS/MQTT handshake. Check the port number.")
                    .arg(m_options.host)
                    .arg(m_options.port),
                {}, {}, {}});
            return;
        }
    }
    int rc = MOSQ_ERR_SUCCESS;
    int savedErrno = 0;
    // Drain everything that is readable now, including records OpenSSL already buffered
    // (the socket does not signal those again).
    for (int i = 0; i < 64 && m_mosq; ++i) {
        errno = 0;
        rc = mosquitto_loop_read(m_mosq, 1);
        savedErrno = errno;
        if (rc != MOSQ_ERR_SUCCESS || savedErrno == EAGAIN || savedErrno == EWOULDBLOCK)
            break;
        bool stateEvent = false;
        for (const Event &event : std::as_const(m_events))
            stateEvent = stateEvent || event.type != Event::Type::Message;
        if (stateEvent || handshakeInProgress())
            break;
    }
    afterLibraryCall(rc, savedErrno);
}

void MqttClient::handleWritable()
{
    if (!m_mosq)
        return;
    if (m_state == State::Connecting && checkSocketFailed())
        return;
    errno = 0;
    // While the TLS handshake runs, loop_read is what advances it (loop_write would wait).
    const int rc = handshakeInProgress() ? mosquitto_loop_read(m_mosq, 1) : mosquitto_loop_write(m_mosq, 1);
    afterLibraryCall(rc, errno);
}

void MqttClient::handleMiscTimer()
{
    if (!m_mosq)
        return;
    errno = 0;
    const int rc = mosquitto_loop_misc(m_mosq);
    afterLibraryCall(rc == MOSQ_ERR_NO_CONN && m_state == State::Connecting ? MOSQ_ERR_SUCCESS : rc, errno);
}

void MqttClient::handleConnectTimeout()
{
    if (m_state != State::Connecting)
        return;
    const QString stage
        = handshakeInProgress() ? tr("did not complete the TLS handshake") : tr("did not accept the MQTT connection");
    fail({MqttError::Kind::Timeout,
        tr("%1:%2 %3 within %4 s. Check the address and port, and that the printer is on and in LAN mode.")
            .arg(m_options.host)
            .arg(m_options.port)
            .arg(stage)
            .arg(m_options.connectTimeoutMs / 1000.0, 0, 'g', 3),
        {}, {}, {}});
}

bool MqttClient::checkSocketFailed()
{
    const int fd = mosquitto_socket(m_mosq);
    if (fd < 0)
        return false;
    int error = 0;
    socklen_t length = sizeof error;
    if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) == 0 && error != 0) {
        fail(errorFromCode(MOSQ_ERR_ERRNO, error));
        return true;
    }
    sockaddr_storage peer {};
    socklen_t peerLength = sizeof peer;
    if (getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &peerLength) != 0 && errno == ENOTCONN) {
        // The asynchronous TCP connect failed and the error was already consumed: libmosquitto
        // would keep reporting readable forever (100 % CPU).
        fail(errorFromCode(MOSQ_ERR_ERRNO, ECONNREFUSED));
        return true;
    }
    if (handshakeInProgress()) {
        char byte = 0;
        if (recv(fd, &byte, 1, MSG_PEEK | MSG_DONTWAIT) == 0) {
            fail({MqttError::Kind::ProtocolError,
                tr("%1:%2 closed the connection during the TLS handshake. Check the port and that the server "
                   "speaks MQTT over TLS.")
                    .arg(m_options.host)
                    .arg(m_options.port),
                {}, {}, {}});
            return true;
        }
    }
    return false;
}

void MqttClient::afterLibraryCall(int rc, int savedErrno)
{
    QPointer<MqttClient> guard(this);
    const quint64 session = m_session;
    const QList<Event> events = std::exchange(m_events, {});
    for (const Event &event : events) {
        switch (event.type) {
        case Event::Type::Connack:
            if (event.rc == 0) {
                m_state = State::Connected;
                m_connectTimer.stop();
                // The library formats a log line for every packet (each report included) whenever a
                // log callback is set. Its text only matters for handshake failures (tlsError) and
                // for debug logs, so once connected it is dropped unless debug logging is on.
                if (!lcMqtt().isDebugEnabled())
                    mosquitto_log_callback_set(m_mosq, nullptr);
                qCInfo(lcMqtt).noquote() << "connected to" << m_options.host << m_options.port;
                Q_EMIT connected();
            } else {
                fail(connackError(event.rc));
            }
            break;
        case Event::Type::Message:
            qCDebug(lcWireMqtt).noquote() << "message" << event.topic << QString::fromUtf8(event.payload.left(2000));
            if (m_state == State::Connected)
                Q_EMIT messageReceived(event.topic, event.payload);
            break;
        case Event::Type::Disconnect:
            if (m_state == State::Connected) {
                closeSession();
                Q_EMIT disconnected(QString::fromUtf8(mosquitto_strerror(event.rc)));
            } else if (m_state == State::Connecting) {
                fail(errorFromCode(event.rc, savedErrno));
            }
            break;
        }
        if (!guard || m_session != session)
            return;
    }
    if (m_mosq && rc != MOSQ_ERR_SUCCESS) {
        if (m_state == State::Connected) {
            closeSession();
            Q_EMIT disconnected(QString::fromUtf8(mosquitto_strerror(rc)));
        } else {
            fail(errorFromCode(rc, savedErrno));
        }
        return;
    }
    syncNotifiers();
}

void MqttClient::syncNotifiers()
{
    const int fd = m_mosq ? mosquitto_socket(m_mosq) : -1;
    if (fd != m_notifierFd) {
        for (QSocketNotifier *notifier : {m_readNotifier, m_writeNotifier}) {
            if (notifier) {
                notifier->setEnabled(false);
                notifier->deleteLater();
            }
        }
        m_readNotifier = m_writeNotifier = nullptr;
        m_notifierFd = fd;
        if (fd >= 0) {
            m_readNotifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
            connect(m_readNotifier, &QSocketNotifier::activated, this, &MqttClient::handleReadable);
            m_writeNotifier = new QSocketNotifier(fd, QSocketNotifier::Write, this);
            connect(m_writeNotifier, &QSocketNotifier::activated, this, &MqttClient::handleWritable);
        }
    }
    if (m_writeNotifier) {
        bool wantWrite = mosquitto_want_write(m_mosq);
        if (handshakeInProgress()) {
            // libmosquitto keeps want_write set for the whole handshake; ask OpenSSL instead,
            // or a server that never answers would make us spin until the timeout.
            auto *ssl = static_cast<SSL *>(mosquitto_ssl_get(m_mosq));
            wantWrite = SSL_want_write(ssl);
        }
        m_writeNotifier->setEnabled(wantWrite);
    }
}

void MqttClient::fail(const MqttError &error)
{
    qCInfo(lcMqtt).noquote() << "connection to" << m_options.host << m_options.port
                             << "failed:" << mqttErrorKindName(error.kind) << error.message;
    closeSession();
    Q_EMIT errorOccurred(error);
}

void MqttClient::failLater(const MqttError &error)
{
    const quint64 session = m_session;
    QTimer::singleShot(0, this, [this, session, error] {
        if (m_session == session && m_state == State::Connecting)
            fail(error);
    });
}

void MqttClient::closeSession()
{
    m_connectTimer.stop();
    m_miscTimer.stop();
    // A notifier may be the sender of the activation we are handling: disable it now, delete it
    // once control is back in the event loop (they are our children, so ~MqttClient frees them).
    for (QSocketNotifier *notifier : {m_readNotifier, m_writeNotifier}) {
        if (notifier) {
            notifier->setEnabled(false);
            notifier->deleteLater();
        }
    }
    m_readNotifier = m_writeNotifier = nullptr;
    m_notifierFd = -1;
    if (m_mosq) {
        // Destroyed at once: no library call is ever on the stack here (the callbacks only
        // record events, and signals are emitted after the library call returned), so nothing
        // can touch the handle afterwards. Deferring it would leak the session (and its TLS
        // state) whenever no event loop runs again, e.g. at the end of a CLI command. The
        // socket is non-blocking: closing it, TLS close_notify included, does not wait.
        struct mosquitto *mosq = std::exchange(m_mosq, nullptr);
        mosquitto_user_data_set(mosq, nullptr);
        mosquitto_destroy(mosq);
    }
    m_tls.reset(); // after the handle: its SSL object refers to the context
    m_events.clear();
    ++m_session;
    m_state = State::Disconnected;
}

} // namespace Spoolbridge
