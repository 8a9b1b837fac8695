#pragma once

#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <memory>

class QTcpServer;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

namespace Spoolbridge {

namespace Standin {
class StandinApi;
class StandinStore;
struct StandinEvent;
struct HttpRequest;
} // namespace Standin

// A Spoolman-compatible server (the REST API under /api/v1 and its websockets) for tests, the
// desktop demo mode and benchmarks. Behaviour follows a real Spoolman v0.26.1: status codes,
// error bodies, extra-field rules, filters, paging, events. HTTP/1.1 with keep-alive and gzip
// is served from a QTcpServer; websocket upgrades are handed to a QWebSocketServer. Data lives
// in SQLite (WAL) so a restart on the same file keeps it.
class SpoolmanStandin final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpoolmanStandin)

public:
    explicit SpoolmanStandin(QObject *parent = nullptr);
    ~SpoolmanStandin() override;

    // The SQLite file ("" or ":memory:" keeps nothing). Takes effect at the next listen().
    void setDatabasePath(const QString &path);
    QString databasePath() const { return m_databasePath; }

    // The version /info reports (default 0.26.1). Below 0.25 extra-field filters are ignored,
    // like the servers that did not have them.
    void setVersion(const QString &version);
    QString version() const;

    // Origins (e.g. "http://localhost:8000") allowed to write; requests without an Origin
    // header and requests from the server's own origin are always allowed.
    void setTrustedOrigins(const QStringList &origins) { m_trustedOrigins = origins; }

    // Opens the database and starts listening; false with errorString() when either fails.
    bool listen(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost), quint16 port = 0);
    bool isListening() const;
    quint16 serverPort() const;
    // "http://127.0.0.1:<port>" (the API is below /api/v1).
    QUrl baseUrl() const;
    QString errorString() const { return m_errorString; }

    // Stops listening, drops every connection and closes the database.
    void close();

    // Bulk-creates `count` spools with unique `tag` extra values (benchmarks); needs listen().
    int seedSpools(int count);
    int spoolCount() const;

    // Test hooks. dropConnections() aborts every HTTP and websocket connection but keeps
    // listening (a network blip or proxy restart). patchSpoolSilently() changes stored spool
    // fields without any event, like a write straight into the real server's database; false when
    // the spool does not exist.
    void dropConnections();
    bool patchSpoolSilently(qint64 id, const QJsonObject &fields);

    int openConnectionCount() const { return int(m_sockets.size()); }
    int webSocketCount() const { return int(m_webSockets.size()); }

Q_SIGNALS:
    void requestServed(const QByteArray &method, const QString &path, int status);
    void webSocketConnected(const QString &path);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void serve(QTcpSocket *socket, const Standin::HttpRequest &request);
    void upgrade(QTcpSocket *socket, const Standin::HttpRequest &request);
    void onWebSocket();
    void broadcast(const QList<Standin::StandinEvent> &events);
    bool isTrustedOrigin(const Standin::HttpRequest &request) const;
    void writeResponse(QTcpSocket *socket, int status, const QByteArray &body, bool keepAlive,
        const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QByteArray &contentType = "application/json",
        bool gzip = false, bool headOnly = false);

    std::unique_ptr<Standin::StandinStore> m_store;
    std::unique_ptr<Standin::StandinApi> m_api;
    QTcpServer *m_server = nullptr;
    QWebSocketServer *m_webSocketServer = nullptr;
    QSet<QTcpSocket *> m_sockets;
    QSet<QTcpSocket *> m_continued; // sockets already told "100 Continue" for the pending request
    QHash<QWebSocket *, QString> m_webSockets; // socket → topic ("" = everything, "spool", "spool/3")
    QString m_databasePath;
    QStringList m_trustedOrigins;
    QString m_errorString;
};

} // namespace Spoolbridge
