#pragma once

#include "core/spoolman/requestbuilder.h"
#include "core/spoolman/spoolmanconfig.h"
#include "core/spoolman/spoolmanevent.h"

#include <QAbstractSocket>
#include <QObject>
#include <QTimer>

class QWebSocket;

namespace Spoolbridge {

// The websocket subscription to Spoolman's change feed (ws(s)://…/api/v1/spool by default, or
// "/" for everything — the trailing slash is required). Sends no Origin header. Reconnects with
// a capped exponential backoff; pings to notice dead connections. Nothing arrives on connect,
// and changes made while disconnected produce no events: listeners re-read after a reconnect.
class SpoolmanEvents final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpoolmanEvents)

public:
    explicit SpoolmanEvents(QObject *parent = nullptr);
    ~SpoolmanEvents() override;

    void setConfig(const SpoolmanConfig &config); // reconnects when running
    void setPath(const QString &path); // "/spool" (default), "/spool/3", "/"
    void setBackoff(int initialMs, int maxMs); // default 1 s … 60 s
    void setKeepAlive(int intervalMs, int answerTimeoutMs); // default ping every 30 s, 10 s to answer

    QUrl url() const;
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    bool isConnected() const { return m_connected; }
    QString lastError() const { return m_lastError; }
    int nextRetryMs() const { return m_backoffMs; }

Q_SIGNALS:
    void connectedChanged(bool connected);
    void eventReceived(const Spoolbridge::SpoolmanEvent &event);
    void errorOccurred(const QString &message);

private:
    void openSocket();
    void dropSocket();
    void onConnected();
    void onDisconnected();
    void onError(QAbstractSocket::SocketError error);
    void onMessage(const QString &message);
    void onPingTimer();
    void reportError(const QString &reason);
    void setConnected(bool connected);
    void scheduleReconnect();

    RequestBuilder m_builder;
    QString m_path = QStringLiteral("/spool");
    QWebSocket *m_socket = nullptr;
    QTimer m_reconnectTimer;
    QTimer m_pingTimer;
    int m_initialBackoffMs = 1000;
    int m_maxBackoffMs = 60000;
    int m_backoffMs = 1000;
    int m_pingIntervalMs = 30000;
    int m_pongTimeoutMs = 10000;
    qint64 m_pingSentAt = -1;
    bool m_running = false;
    bool m_connected = false;
    bool m_errorReported = false; // for the current socket
    QString m_lastError;
};

} // namespace Spoolbridge
