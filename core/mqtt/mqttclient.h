#pragma once

#include "core/mqtt/mqtterror.h"
#include "core/mqtt/mqttoptions.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

struct mosquitto;
struct mosquitto_message;
class QSocketNotifier;

namespace Spoolbridge {

class TlsContext;

// An MQTT 3.1.1 client on libmosquitto, driven by the Qt event loop of the calling thread:
// a read QSocketNotifier (always on), a write notifier enabled only while libmosquitto has
// data to send, a 1 s timer for keepalive and an own connect timeout. No threads.
//
// libmosquitto callbacks only record what happened; signals are emitted after the library
// call returned, so slots may call any method (including connectToHost and deleteLater).
// After errorOccurred or disconnected the client is Disconnected and does not retry on its own.
class MqttClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MqttClient)

public:
    enum class State {
        Disconnected,
        Connecting,
        Connected,
    };
    Q_ENUM(State)

    explicit MqttClient(QObject *parent = nullptr);
    ~MqttClient() override;

    void setOptions(const MqttOptions &options) { m_options = options; }
    const MqttOptions &options() const { return m_options; }
    State state() const { return m_state; }
    // Connection attempts started since construction (diagnostics and tests).
    int connectionAttempts() const { return m_attempts; }

    // Starts a connection attempt (drops a current one first). Emits connected() or
    // errorOccurred() exactly once per attempt.
    void connectToHost();
    // Closes the connection; emits disconnected("") when it was connected.
    void disconnectFromHost();

    bool publish(const QString &topic, const QByteArray &payload, int qos = 0, bool retain = false);
    bool subscribe(const QString &topic, int qos = 0);

Q_SIGNALS:
    void connected();
    void disconnected(const QString &reason);
    void messageReceived(const QString &topic, const QByteArray &payload);
    void errorOccurred(const Spoolbridge::MqttError &error);

private:
    struct Event {
        enum class Type {
            Connack,
            Disconnect,
            Message,
        };
        Type type;
        int rc = 0;
        QString topic;
        QByteArray payload;
    };

    static void onConnect(struct mosquitto *, void *self, int rc);
    static void onDisconnect(struct mosquitto *, void *self, int rc);
    static void onMessage(struct mosquitto *, void *self, const struct mosquitto_message *message);
    static void onLog(struct mosquitto *, void *self, int level, const char *text);

    void handleReadable();
    void handleWritable();
    void handleMiscTimer();
    void handleConnectTimeout();
    // Processes recorded callbacks and the return code of a library call (errno saved).
    void afterLibraryCall(int rc, int savedErrno);
    bool checkSocketFailed();
    bool handshakeInProgress() const;
    void syncNotifiers();
    void fail(const MqttError &error);
    void failLater(const MqttError &error);
    void closeSession();
    MqttError errorFromCode(int rc, int savedErrno) const;
    MqttError connackError(int rc) const;
    MqttError tlsError() const;

    MqttOptions m_options;
    State m_state = State::Disconnected;
    struct mosquitto *m_mosq = nullptr;
    std::shared_ptr<TlsContext> m_tls;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    int m_notifierFd = -1;
    QTimer m_miscTimer;
    QTimer m_connectTimer;
    QList<Event> m_events;
    QString m_lastLogError;
    int m_attempts = 0;
    int m_idleReads = 0;
    quint64 m_session = 0;
};

} // namespace Spoolbridge
