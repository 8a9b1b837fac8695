#include "core/standin/httprequestparser.h"

#include <QList>

namespace Spoolbridge::Standin {

namespace {
HttpRequestParser::Result failure(int status, const char *message)
{
    HttpRequestParser::Result result;
    result.state = HttpRequestParser::State::Error;
    result.errorStatus = status;
    result.errorMessage = message;
    return result;
}

bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || QByteArrayLiteral("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

bool hasToken(const QByteArray &list, const QByteArray &token)
{
    const QList<QByteArray> items = list.split(',');
    for (const QByteArray &item : items) {
        if (item.trimmed().toLower() == token)
            return true;
    }
    return false;
}
} // namespace

bool HttpRequest::keepAlive() const
{
    const QByteArray connection = header("connection");
    if (version == "HTTP/1.0")
        return hasToken(connection, "keep-alive");
    return !hasToken(connection, "close");
}

bool HttpRequest::isWebSocketUpgrade() const
{
    return method == "GET" && hasToken(header("upgrade"), "websocket");
}

HttpRequestParser::Result HttpRequestParser::parse(const QByteArray &data)
{
    // Tolerate blank lines between requests (RFC 9112 §2.2).
    qsizetype start = 0;
    while (start + 1 < data.size() && data.at(start) == '\r' && data.at(start + 1) == '\n')
        start += 2;
    const qsizetype headerEnd = data.indexOf("\r\n\r\n", start);
    if (headerEnd < 0) {
        if (data.size() - start > MaxHeaderBytes)
            return failure(431, "Request header fields too large");
        // A request line that is already visibly broken need not wait for more data.
        const qsizetype firstLine = data.indexOf("\r\n", start);
        if (firstLine >= 0 && data.mid(start, firstLine - start).split(' ').size() != 3)
            return failure(400, "Invalid HTTP request line");
        return {};
    }
    if (headerEnd - start > MaxHeaderBytes)
        return failure(431, "Request header fields too large");

    // Each line keeps its CR; the block ends with the CRLF of the last header line.
    QList<QByteArray> lines = data.mid(start, headerEnd + 2 - start).split('\n');
    lines.removeLast();
    Result result;
    HttpRequest &request = result.request;
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || !requestLine.at(1).startsWith('/')
        || (requestLine.at(2) != "HTTP/1.1" && requestLine.at(2) != "HTTP/1.0"))
        return failure(400, "Invalid HTTP request line");
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    request.version = requestLine.at(2);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (!line.endsWith('\r'))
            return failure(400, "Invalid HTTP header line");
        line.chop(1);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon)))
            return failure(400, "Invalid HTTP header line");
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (request.headers.contains(name))
            request.headers[name] += ", " + value;
        else
            request.headers.insert(name, value);
    }
    if (request.version == "HTTP/1.1" && !request.headers.contains("host"))
        return failure(400, "Missing Host header");
    if (request.headers.contains("transfer-encoding"))
        return failure(501, "Chunked request bodies are not supported");

    qsizetype length = 0;
    if (request.headers.contains("content-length")) {
        bool ok = false;
        const QByteArray text = request.header("content-length");
        length = text.toLongLong(&ok);
        if (!ok || length < 0 || text.contains(','))
            return failure(400, "Invalid Content-Length header");
        if (length > MaxBodyBytes)
            return failure(413, "Request body too large");
    }
    const qsizetype bodyStart = headerEnd + 4;
    if (data.size() - bodyStart < length) {
        result.headerComplete = true;
        return result;
    }
    request.body = data.mid(bodyStart, length);
    result.state = State::Complete;
    result.consumed = bodyStart + length;
    return result;
}

} // namespace Spoolbridge::Standin
