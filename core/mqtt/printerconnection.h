#pragma once

#include "core/mqtt/mqtterror.h"
#include "core/mqtt/mqttoptions.h"
#include "core/mqtt/printerconnectionconfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace Spoolbridge {

class MqttClient;

// One printer's MQTT session (LAN or Bambu cloud): connects with verified TLS, subscribes to
// device/<SN>/report, asks for get_version and pushall on every connect, re-asks pushall when
// no full report follows (a few times, with growing waits) and after a silence, reconnects with
// capped exponential backoff and jitter. A rejected access code or
// an untrusted certificate stops retrying until the config changes or reconnect() is called.
class PrinterConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrinterConnection)

public:
    enum class State {
        Idle, // not started, or stopped
        Connecting,
        Connected, // subscribed; reports flow
        WaitingToReconnect, // lost or failed; retrying after a delay
        AccessCodeRejected, // CONNACK 5: no retry until the config changes
        CertificateRejected, // TLS verification failed: no retry; see rejectedCertificate()
        ConfigurationError, // config incomplete (no host/serial/code/token); nothing attempted
    };
    Q_ENUM(State)

    struct CertificateInfo {
        QString fingerprint; // SHA-256, "AB:CD:…": what to pin
        QString subject;
        QString reason;
    };

    explicit PrinterConnection(QObject *parent = nullptr);
    ~PrinterConnection() override;

    // Applies a config; a running connection reconnects when anything changed.
    void setConfig(const PrinterConnectionConfig &config);
    const PrinterConnectionConfig &config() const { return m_config; }

    void start();
    void stop();
    // Connects again now, also from AccessCodeRejected/CertificateRejected.
    void reconnect();

    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }
    CertificateInfo rejectedCertificate() const { return m_rejectedCertificate; }
    int connectionAttempts() const;
    // When the last message arrived on the report topic (invalid before the first).
    QDateTime lastMessageAt() const { return m_lastMessageAt; }
    // Delay before the next attempt while WaitingToReconnect (ms).
    int nextReconnectDelayMs() const { return m_nextDelayMs; }

    // Publishes a request to device/<SN>/request (adds a sequence_id when missing).
    bool sendRequest(const QJsonObject &request);
    bool requestFullStatus();
    bool requestVersion();
    // A receiver of messageReceived found a payload unusable: `message` (one readable sentence)
    // becomes errorOccurred, once per session. The connection parses payloads itself only when
    // reportReceived has a receiver.
    void reportMalformed(const QString &message);

    QString reportTopic() const;
    QString requestTopic() const;

    // The MqttOptions for a config: built-in CA bundle + extra CA, serial as the expected name
    // (LAN); region broker, u_<uid>, token (cloud). Returns false with a readable error.
    static bool mqttOptionsFor(const PrinterConnectionConfig &config, MqttOptions *options, QString *error);
    // The uid from a Bambu access token (JWT "username" claim, "u_123" → "123"); empty if none.
    static QString uidFromToken(const QString &token);
    // A short translated text for a state ("Connected", "Access code rejected", …).
    static QString stateDisplayName(State state);
    // The built-in Bambu printer CA bundle (PEM).
    static QByteArray bundledCaPem();
    // Whether a parsed report is a full status (push_status with msg 0, or without msg but
    // with a full report's size), as opposed to a delta or a command echo.
    static bool isFullReport(const QJsonObject &report);

Q_SIGNALS:
    void stateChanged(Spoolbridge::PrinterConnection::State state);
    void connected();
    // Every payload on the report topic, raw (for the printer model and wire logs).
    void messageReceived(const QByteArray &payload);
    // The payload parsed, when it is a JSON object.
    void reportReceived(const QJsonObject &report);
    // One readable sentence per failure (the state tells whether it retries).
    void errorOccurred(const QString &message);
    void certificateRejected(const QString &fingerprint, const QString &subject, const QString &reason);

private:
    void setState(State state);
    void connectNow();
    void handleConnected();
    void handleDisconnected(const QString &reason);
    void handleError(const MqttError &error);
    void handleMessage(const QString &topic, const QByteArray &payload);
    void handleWatchdog();
    void handleFullReportTimeout();
    void scheduleReconnect();
    void reportError(const QString &message);

    PrinterConnectionConfig m_config;
    MqttClient *m_client;
    State m_state = State::Idle;
    QTimer m_watchdog;
    QTimer m_reconnectTimer;
    QTimer m_fullReportTimer;
    QString m_lastError;
    QDateTime m_lastMessageAt;
    QElapsedTimer m_sinceMessage; // monotonic; invalid until a message arrives in this period
    CertificateInfo m_rejectedCertificate;
    int m_failures = 0;
    int m_nextDelayMs = 0;
    int m_silentPeriods = 0;
    quint64 m_sequence = 20000;
    bool m_reportedMalformed = false;
    bool m_haveFullReport = false; // since the last connect
    int m_fullReportRetriesDone = 0;
    int m_fullReportWaitMs = 0;
};

} // namespace Spoolbridge
