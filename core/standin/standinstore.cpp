#include "core/standin/standinstore.h"

#include "core/util/logging.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Spoolbridge::Standin {

namespace {
const char *const tableNames[] = {"vendor", "filament", "spool"};
const QString fieldPrefix = QStringLiteral("field.");
const QString settingPrefix = QStringLiteral("setting.");

QByteArray compact(const QJsonValue &value)
{
    // QJsonDocument holds only objects and arrays; wrap scalars.
    return QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
}

QJsonValue uncompact(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).array().at(0);
}
} // namespace

StandinStore::StandinStore()
    : m_connection(QStringLiteral("sb-standin-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

StandinStore::~StandinStore()
{
    close();
}

bool StandinStore::exec(const QString &sql, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

bool StandinStore::open(const QString &path, QString *error)
{
    close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connection);
            return false;
        }
    }
    m_open = true;
    QString reason;
    bool ok = exec(QStringLiteral("PRAGMA journal_mode=WAL"), &reason)
        && exec(QStringLiteral("PRAGMA synchronous=NORMAL"), &reason)
        && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS kv (key TEXT PRIMARY KEY, value TEXT NOT NULL)"), &reason);
    for (int t = 0; ok && t < 3; ++t)
        ok = exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (id INTEGER PRIMARY KEY, data TEXT NOT NULL)")
                      .arg(QLatin1String(tableNames[t])),
            &reason);
    if (!ok) {
        if (error)
            *error = reason;
        close();
        return false;
    }
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    for (int t = 0; t < 3; ++t) {
        query.exec(QStringLiteral("SELECT id, data FROM %1").arg(QLatin1String(tableNames[t])));
        while (query.next()) {
            QJsonObject object = QJsonDocument::fromJson(query.value(1).toByteArray()).object();
            const qint64 id = query.value(0).toLongLong();
            object.insert(QStringLiteral("id"), id);
            m_rows[t].insert(id, object);
        }
    }
    query.exec(QStringLiteral("SELECT key, value FROM kv"));
    while (query.next()) {
        const QString key = query.value(0).toString();
        const QJsonValue value = uncompact(query.value(1).toByteArray());
        if (key.startsWith(fieldPrefix))
            m_fields.insert(key.mid(fieldPrefix.size()), value.toArray());
        else if (key.startsWith(settingPrefix))
            m_settings.insert(key.mid(settingPrefix.size()), value);
    }
    qCInfo(lcStandin) << "database" << path << "opened:" << m_rows[Spools].size() << "spools";
    return true;
}

void StandinStore::close()
{
    for (auto &rows : m_rows)
        rows.clear();
    m_fields.clear();
    m_settings.clear();
    if (!m_open)
        return;
    m_open = false;
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

void StandinStore::writeRow(Table table, qint64 id, const QJsonObject &data)
{
    if (!m_open)
        return;
    QJsonObject stored = data;
    stored.remove(QStringLiteral("id"));
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO %1 (id, data) VALUES (?, ?)").arg(QLatin1String(tableNames[table])));
    query.addBindValue(id);
    query.addBindValue(QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        qCWarning(lcStandin) << "cannot store row:" << query.lastError().text();
}

qint64 StandinStore::insert(Table table, QJsonObject data)
{
    auto &rows = m_rows[table];
    const qint64 id = rows.isEmpty() ? 1 : rows.lastKey() + 1;
    data.insert(QStringLiteral("id"), id);
    rows.insert(id, data);
    writeRow(table, id, data);
    return id;
}

void StandinStore::update(Table table, qint64 id, const QJsonObject &data)
{
    QJsonObject stored = data;
    stored.insert(QStringLiteral("id"), id);
    m_rows[table].insert(id, stored);
    writeRow(table, id, stored);
}

void StandinStore::remove(Table table, qint64 id)
{
    m_rows[table].remove(id);
    if (!m_open)
        return;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(tableNames[table])));
    query.addBindValue(id);
    if (!query.exec())
        qCWarning(lcStandin) << "cannot delete row:" << query.lastError().text();
}

QJsonArray StandinStore::fields(const QString &entity) const
{
    return m_fields.value(entity);
}

void StandinStore::setFields(const QString &entity, const QJsonArray &fields)
{
    m_fields.insert(entity, fields);
    writeKeyValue(fieldPrefix + entity, fields);
}

void StandinStore::setSetting(const QString &key, const QJsonValue &value)
{
    m_settings.insert(key, value);
    writeKeyValue(settingPrefix + key, value);
}

void StandinStore::removeSetting(const QString &key)
{
    m_settings.remove(key);
    deleteKey(settingPrefix + key);
}

void StandinStore::writeKeyValue(const QString &key, const QJsonValue &value)
{
    if (!m_open)
        return;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO kv (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(QString::fromUtf8(compact(value)));
    if (!query.exec())
        qCWarning(lcStandin) << "cannot store" << key << query.lastError().text();
}

void StandinStore::deleteKey(const QString &key)
{
    if (!m_open)
        return;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("DELETE FROM kv WHERE key = ?"));
    query.addBindValue(key);
    query.exec();
}

bool StandinStore::beginBulk()
{
    return m_open && QSqlDatabase::database(m_connection, false).transaction();
}

bool StandinStore::commitBulk()
{
    return m_open && QSqlDatabase::database(m_connection, false).commit();
}

} // namespace Spoolbridge::Standin
