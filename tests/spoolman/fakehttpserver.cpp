#include "fakehttpserver.h"

#include <QFile>
#include <QSslKey>
#include <QSslServer>
#include <QTcpSocket>

namespace Spoolbridge::Test {

bool FakeRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray FakeRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
}

bool FakeHttpServer::enableTls(const QString &certificateFile, const QString &keyFile)
{
    QFile certificate(certificateFile);
    QFile key(keyFile);
    if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return false;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(certificate.readAll(), QSsl::Pem));
    configuration.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    auto *server = new QSslServer(this);
    server->setSslConfiguration(configuration);
    delete m_server;
    m_server = server;
    // QSslServer offers a connection once it is encrypted: newConnection() fires earlier, at accept.
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &FakeHttpServer::onNewConnection);
    m_tls = true;
    return true;
}

bool FakeHttpServer::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

void FakeHttpServer::close()
{
    m_server->close();
    const QList<QTcpSocket *> sockets = m_buffers.keys();
    for (QTcpSocket *socket : sockets)
        socket->abort();
}

QString FakeHttpServer::baseUrl() const
{
    return QStringLiteral("%1://127.0.0.1:%2")
        .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
        .arg(port());
}

void FakeHttpServer::route(const QByteArray &method, const QByteArray &path, const FakeResponse &response)
{
    m_routes.insert(method + ' ' + path, response);
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket]() {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        // A TLS socket may already hold the request when it is handed over.
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

FakeResponse FakeHttpServer::answer(const FakeRequest &request) const
{
    if (m_handler)
        return m_handler(request);
    const auto it = m_routes.constFind(request.method + ' ' + request.path());
    if (it != m_routes.constEnd())
        return it.value();
    return FakeResponse::json(404, R"({"detail":"Not Found"})");
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const int headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        FakeRequest request;
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const int colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        requests.append(request);

        const FakeResponse response = answer(request);
        if (response.hang)
            continue;
        QByteArray body = response.body;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Fake\r\n";
        if (!response.contentType.isEmpty())
            head += "Content-Type: " + response.contentType + "\r\n";
        if (response.deflate) {
            body = qCompress(body).mid(4); // zlib stream without Qt's length prefix
            head += "Content-Encoding: deflate\r\n";
        }
        for (const auto &[name, value] : response.headers)
            head += name + ": " + value + "\r\n";
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
        socket->write(head + body);
    }
}

} // namespace Spoolbridge::Test
