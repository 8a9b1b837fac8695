#include "countingproxy.h"

#include <QRegularExpression>
#include <QTcpSocket>

#include <deque>
#include <memory>

namespace Spoolbridge::Bench {

CountingProxy::CountingProxy(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    connect(&m_server, &QTcpServer::newConnection, this, &CountingProxy::onNewConnection);
}

bool CountingProxy::listen(const QHostAddress &upstreamHost, quint16 upstreamPort)
{
    m_upstreamHost = upstreamHost;
    m_upstreamPort = upstreamPort;
    return m_server.listen(QHostAddress::LocalHost, 0);
}

CountingProxy::Counters CountingProxy::since(const Counters &before) const
{
    Counters delta;
    delta.requests = m_counters.requests - before.requests;
    delta.bytesUp = m_counters.bytesUp - before.bytesUp;
    delta.bytesDown = m_counters.bytesDown - before.bytesDown;
    delta.serverMs = m_counters.serverMs - before.serverMs;
    delta.requestLines = m_counters.requestLines.mid(before.requestLines.size());
    return delta;
}

void CountingProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *upstream = new QTcpSocket(client);
        auto pending = std::make_shared<std::deque<qint64>>(); // request start times (ns)
        auto buffered = std::make_shared<QByteArray>(); // client bytes before upstream is up
        static const QRegularExpression requestLine(
            QStringLiteral("(?:^|\\n)((?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \\S+) HTTP/1\\.[01]\\r\\n"));
        connect(client, &QTcpSocket::readyRead, this, [this, client, upstream, pending, buffered] {
            const QByteArray data = client->readAll();
            m_counters.bytesUp += data.size();
            auto it = requestLine.globalMatch(QString::fromLatin1(data));
            while (it.hasNext()) {
                const QRegularExpressionMatch match = it.next();
                ++m_counters.requests;
                m_counters.requestLines.append(match.captured(1));
                pending->push_back(m_clock.nsecsElapsed());
            }
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(data);
            else
                buffered->append(data);
        });
        connect(upstream, &QTcpSocket::connected, this, [upstream, buffered] {
            upstream->write(*buffered);
            buffered->clear();
        });
        connect(upstream, &QTcpSocket::readyRead, this, [this, client, upstream, pending] {
            const QByteArray data = upstream->readAll();
            m_counters.bytesDown += data.size();
            // The first bytes of an answer (a status line) close the oldest open request.
            if (!pending->empty() && data.startsWith("HTTP/1.")) {
                m_counters.serverMs += double(m_clock.nsecsElapsed() - pending->front()) / 1e6;
                pending->pop_front();
            }
            client->write(data);
        });
        connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        upstream->connectToHost(m_upstreamHost, m_upstreamPort);
    }
}

} // namespace Spoolbridge::Bench
