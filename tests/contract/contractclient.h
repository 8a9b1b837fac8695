#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>

namespace Spoolbridge::Test::Contract {

// One HTTP exchange, as a plain QNetworkAccessManager sees it.
struct Reply {
    int status = 0;
    QByteArray body;
    QJsonValue json;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError;

    QByteArray header(const QByteArray &name) const;
    QJsonObject object() const { return json.toObject(); }
    QJsonArray array() const { return json.toArray(); }
};

// The server under test: SPOOLMAN_URL (e.g. http://127.0.0.1:7912), or the stand-in started
// in-process on a free port with a temporary database when the variable is unset.
QUrl serverUrl();
// "ws://host:port" + path.
QUrl webSocketUrl(const QString &path);

// A request to /api/v1<path>; `body` is sent as is (with Content-Type: application/json).
Reply call(const QByteArray &method, const QString &path, const QByteArray &body = QByteArray(),
    const QList<QPair<QByteArray, QByteArray>> &headers = {});
Reply call(const QByteArray &method, const QString &path, const QJsonObject &body);

// A name no other test run uses ("sbct-<tag>-<random>").
QString uniqueName(const QString &tag);
// A unique lower-case extra field key ("sbct_<tag>_<random>").
QString uniqueKey(const QString &tag);

// The reported version is at least 0.25 (extra-field filters exist).
bool serverHasExtraFilters();

// Undo actions run at scope end (newest first), so tests clean up after themselves even when
// a check fails.
class Cleanup
{
public:
    Cleanup() = default;
    ~Cleanup();
    Cleanup(const Cleanup &) = delete;
    Cleanup &operator=(const Cleanup &) = delete;

    void add(std::function<void()> action) { m_actions.append(std::move(action)); }
    void deleteLater(const QString &path);

private:
    QList<std::function<void()>> m_actions;
};

// Creation helpers; each registers its own clean-up and fails the test when creation fails.
qint64 createVendor(Cleanup &cleanup, const QString &name);
qint64 createFilament(Cleanup &cleanup, QJsonObject body);
QJsonObject createSpool(Cleanup &cleanup, const QJsonObject &body);
void registerField(Cleanup &cleanup, const QString &entity, const QString &key, const QString &type);

// An id that no row of `collection` ("spool", "filament", "vendor") has.
qint64 unusedId(const QString &collection);

} // namespace Spoolbridge::Test::Contract
