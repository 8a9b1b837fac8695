#include "rawhttp.h"

#include "support/testsupport.h"

#include <QHostAddress>
#include <QList>

namespace Spoolbridge::Test {

namespace {
// Bytes read but not yet consumed, per socket (pipelined responses can arrive together).
QHash<QTcpSocket *, QByteArray> pending;
} // namespace

bool connectRaw(QTcpSocket &socket, quint16 port)
{
    pending.remove(&socket);
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    return waitUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000);
}

RawResponse readResponse(QTcpSocket &socket)
{
    RawResponse response;
    QByteArray &buffer = pending[&socket];
    waitUntil(
        [&] {
            buffer += socket.readAll();
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return false;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            response.headers.clear();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                response.headers.insert(
                    lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
            }
            const qsizetype length = response.headers.value("content-length").toLongLong();
            if (buffer.size() < end + 4 + length)
                return false;
            response.status = lines.first().split(' ').value(1).toInt();
            response.body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            response.complete = true;
            return true;
        },
        10000);
    return response;
}

bool waitClosed(QTcpSocket &socket)
{
    return waitUntil(
        [&] {
            socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        5000);
}

} // namespace Spoolbridge::Test
