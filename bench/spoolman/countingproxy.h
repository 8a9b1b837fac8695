#pragma once

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QStringList>
#include <QTcpServer>

namespace Spoolbridge::Bench {

// A TCP pass-through in front of a Spoolman server that counts what the client sends and gets:
// bytes each way, HTTP requests (request lines in the client's stream) and, per request, the time
// from its request line going upstream to the first byte of the answer coming back ("server
// time", which includes one loopback hop through this proxy). Websocket traffic is forwarded
// and counted as bytes.
class CountingProxy final : public QObject
{
    Q_OBJECT

public:
    struct Counters {
        qint64 requests = 0;
        qint64 bytesUp = 0;
        qint64 bytesDown = 0;
        double serverMs = 0; // summed over the answered requests
        QStringList requestLines; // "GET /api/v1/spool?…"
    };

    explicit CountingProxy(QObject *parent = nullptr);
    bool listen(const QHostAddress &upstreamHost, quint16 upstreamPort);
    quint16 port() const { return m_server.serverPort(); }

    const Counters &counters() const { return m_counters; }
    // The counters since `before` (request lines: the new ones only).
    Counters since(const Counters &before) const;

private:
    void onNewConnection();

    QTcpServer m_server;
    QHostAddress m_upstreamHost;
    quint16 m_upstreamPort = 0;
    QElapsedTimer m_clock;
    Counters m_counters;
};

} // namespace Spoolbridge::Bench
