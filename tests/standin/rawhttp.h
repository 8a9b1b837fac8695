#pragma once

#include <QByteArray>
#include <QHash>
#include <QTcpSocket>

namespace Spoolbridge::Test {

// One HTTP response read off a raw socket.
struct RawResponse {
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    bool complete = false;
};

// Connects a raw socket to 127.0.0.1:port (waits up to 5 s).
bool connectRaw(QTcpSocket &socket, quint16 port);
// Reads one response (Content-Length framed) from the socket, waiting up to 10 s.
RawResponse readResponse(QTcpSocket &socket);
// Waits until the server closed the connection.
bool waitClosed(QTcpSocket &socket);

} // namespace Spoolbridge::Test
