#pragma once

#include <QByteArray>
#include <QHash>

namespace Spoolbridge::Standin {

// A complete HTTP/1.1 request as read from a socket.
struct HttpRequest {
    QByteArray method;
    QByteArray target; // path and query as sent
    QByteArray version;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray &name) const { return headers.value(name); }
    bool keepAlive() const;
    bool isWebSocketUpgrade() const;
};

// Parses one request from the front of a buffer without consuming it, so that the socket data
// can still be handed to QWebSocketServer when the request turns out to be an upgrade.
class HttpRequestParser
{
public:
    enum class State { Incomplete, Complete, Error };

    struct Result {
        State state = State::Incomplete;
        qsizetype consumed = 0; // bytes of the complete request
        int errorStatus = 400; // for State::Error
        bool headerComplete = false; // Incomplete, but the header is in (request holds it)
        QByteArray errorMessage;
        HttpRequest request;
    };

    static constexpr qsizetype MaxHeaderBytes = qsizetype(64) * 1024;
    static constexpr qsizetype MaxBodyBytes = qsizetype(32) * 1024 * 1024;

    static Result parse(const QByteArray &data);
};

} // namespace Spoolbridge::Standin
