#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrlQuery>

#include <functional>
#include <utility>

class QTcpSocket;

namespace Spoolbridge::Test {

// One HTTP request as the fake server saw it on the wire.
struct FakeRequest {
    QByteArray method;
    QByteArray target; // raw request target: path and query, still percent-encoded
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray path() const { return target.split('?').first(); }
    QByteArray rawQuery() const { return target.contains('?') ? target.mid(target.indexOf('?') + 1) : QByteArray(); }
    QUrlQuery query() const { return QUrlQuery(QString::fromLatin1(rawQuery())); }
    bool hasHeader(const QByteArray &name) const;
    QByteArray header(const QByteArray &name) const;
};

// What the fake server answers.
struct FakeResponse {
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers;
    bool hang = false; // never answer (for timeouts)
    bool deflate = false; // send the body deflate-compressed with Content-Encoding

    static FakeResponse json(int status, const QByteArray &body)
    {
        return FakeResponse {status, body, "application/json", {}, false, false};
    }
};

// A tiny HTTP/1.1 responder on 127.0.0.1 that serves recorded bodies. Answers by route
// (method + path without query), or by a handler for anything more dynamic. Keeps connections
// alive as QNAM expects. Records every request.
class FakeHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    // Serve https with this certificate and key (PEM); call before listen().
    bool enableTls(const QString &certificateFile, const QString &keyFile);
    bool listen(quint16 port = 0);
    void close();
    quint16 port() const { return m_server->serverPort(); }
    QString baseUrl() const;

    void route(const QByteArray &method, const QByteArray &path, const FakeResponse &response);
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    QList<FakeRequest> requests;

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    FakeResponse answer(const FakeRequest &request) const;

    QTcpServer *m_server;
    bool m_tls = false;
    QHash<QByteArray, FakeResponse> m_routes;
    Handler m_handler;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace Spoolbridge::Test
