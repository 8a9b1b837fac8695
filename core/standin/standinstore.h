#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>

#include <array>

namespace Spoolbridge::Standin {

// The stand-in's data: vendors, filaments and spools as JSON rows (the stored fields only),
// extra field definitions and settings. Everything is held in memory for fast filtering and
// written through to SQLite (WAL) so that a restart on the same file keeps the data.
class StandinStore
{
public:
    enum Table { Vendors = 0, Filaments = 1, Spools = 2 };

    StandinStore();
    ~StandinStore();
    Q_DISABLE_COPY_MOVE(StandinStore)

    // Opens (and creates) the database; ":memory:" keeps nothing. Returns false with a reason.
    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const { return m_open; }

    const QMap<qint64, QJsonObject> &rows(Table table) const { return m_rows.at(table); }
    bool contains(Table table, qint64 id) const { return m_rows.at(table).contains(id); }
    QJsonObject row(Table table, qint64 id) const { return m_rows.at(table).value(id); }

    // Stores a new row with the next id (highest + 1, so a deleted highest id is reused).
    qint64 insert(Table table, QJsonObject data);
    void update(Table table, qint64 id, const QJsonObject &data);
    void remove(Table table, qint64 id);

    // Extra field definitions of one entity ("spool", "filament", "vendor"), in order.
    QJsonArray fields(const QString &entity) const;
    void setFields(const QString &entity, const QJsonArray &fields);

    // Settings that were set explicitly (JSON values).
    bool hasSetting(const QString &key) const { return m_settings.contains(key); }
    QJsonValue setting(const QString &key) const { return m_settings.value(key); }
    void setSetting(const QString &key, const QJsonValue &value);
    void removeSetting(const QString &key);

    // Groups many writes into one transaction (bulk seeding).
    bool beginBulk();
    bool commitBulk();

private:
    bool exec(const QString &sql, QString *error);
    void writeRow(Table table, qint64 id, const QJsonObject &data);
    void writeKeyValue(const QString &key, const QJsonValue &value);
    void deleteKey(const QString &key);

    QString m_connection;
    bool m_open = false;
    std::array<QMap<qint64, QJsonObject>, 3> m_rows;
    QMap<QString, QJsonArray> m_fields;
    QMap<QString, QJsonValue> m_settings;
};

} // namespace Spoolbridge::Standin
