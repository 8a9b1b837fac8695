#include "core/history/environmenthistory.h"

#include "core/util/logging.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <limits>

namespace Spoolbridge {

namespace {

QAtomicInt s_connectionCounter;

QVariant optionalValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<double> fromColumn(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

} // namespace

EnvironmentHistory::EnvironmentHistory(QObject *parent)
    : QObject(parent)
    , m_connection(QStringLiteral("sb-environment-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{ }

EnvironmentHistory::~EnvironmentHistory()
{
    close();
}

bool EnvironmentHistory::open(const QString &path, QString *error)
{
    close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            if (error) {
                *error = tr("The climate history at %1 cannot be opened (%2) — check that the folder exists and "
                            "is writable.")
                             .arg(path, db.lastError().text());
            }
            qCWarning(lcApp) << "environment history:" << db.lastError().text();
        }
    }
    if (!isOpen()) {
        close();
        return false;
    }
    const bool ok = exec(QStringLiteral("CREATE TABLE IF NOT EXISTS environment ("
                                        " printer TEXT NOT NULL, unit INTEGER NOT NULL, minute INTEGER NOT NULL,"
                                        " ts INTEGER NOT NULL, humidity REAL, temperature REAL,"
                                        " PRIMARY KEY (printer, unit, minute))"),
                        error)
        && exec(QStringLiteral("CREATE INDEX IF NOT EXISTS environment_ts ON environment (ts)"), error);
    if (!ok) {
        close();
        return false;
    }
    m_lastMinute.clear();
    prune();
    return true;
}

bool EnvironmentHistory::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

void EnvironmentHistory::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

void EnvironmentHistory::setRetentionSeconds(qint64 seconds)
{
    m_retentionS = std::max(seconds, kMinimumRetentionS);
}

bool EnvironmentHistory::exec(const QString &sql, QString *error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (query.exec(sql))
        return true;
    if (error)
        *error = tr("The climate history could not be written (%1).").arg(query.lastError().text());
    qCWarning(lcApp) << "environment history:" << query.lastError().text();
    return false;
}

bool EnvironmentHistory::record(const EnvironmentSample &sample)
{
    if (!isOpen() || (!sample.humidityPercent && !sample.temperatureC))
        return false;
    const QDateTime time = sample.time.isValid() ? sample.time.toUTC() : QDateTime::currentDateTimeUtc();
    const qint64 seconds = time.toSecsSinceEpoch();
    const qint64 minute = seconds / 60;
    const auto key = qMakePair(sample.printerId, sample.unitId);
    const auto last = m_lastMinute.constFind(key);
    if (last != m_lastMinute.cend() && last.value() == minute)
        return false;

    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO environment (printer, unit, minute, ts, humidity, temperature)"
                                 " VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(sample.printerId);
    query.addBindValue(sample.unitId);
    query.addBindValue(minute);
    query.addBindValue(seconds);
    query.addBindValue(optionalValue(sample.humidityPercent));
    query.addBindValue(optionalValue(sample.temperatureC));
    if (!query.exec()) {
        qCWarning(lcApp) << "environment history:" << query.lastError().text();
        return false;
    }
    m_lastMinute.insert(key, minute);
    const bool stored = query.numRowsAffected() > 0;
    if (seconds - m_lastPruneS >= 3600)
        prune(time);
    if (stored) {
        EnvironmentSample copy = sample;
        copy.time = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
        Q_EMIT sampleRecorded(copy);
    }
    return stored;
}

int EnvironmentHistory::recordState(const QString &printerId, const PrinterState &state, const QDateTime &time)
{
    int stored = 0;
    for (const AmsUnit &unit : state.units) {
        EnvironmentSample sample;
        sample.time = time;
        sample.printerId = printerId;
        sample.unitId = unit.id;
        if (unit.humidityPercent)
            sample.humidityPercent = *unit.humidityPercent;
        sample.temperatureC = unit.temperatureC;
        stored += record(sample) ? 1 : 0;
    }
    return stored;
}

QList<EnvironmentSample> EnvironmentHistory::samples(
    const QString &printerId, int unitId, const QDateTime &from, const QDateTime &to) const
{
    QList<EnvironmentSample> result;
    if (!isOpen())
        return result;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT ts, humidity, temperature FROM environment"
                                 " WHERE printer = ? AND unit = ? AND ts >= ? AND ts <= ? ORDER BY ts"));
    query.addBindValue(printerId);
    query.addBindValue(unitId);
    query.addBindValue(from.isValid() ? from.toSecsSinceEpoch() : std::numeric_limits<qint64>::min());
    query.addBindValue(to.isValid() ? to.toSecsSinceEpoch() : std::numeric_limits<qint64>::max());
    if (!query.exec()) {
        qCWarning(lcApp) << "environment history:" << query.lastError().text();
        return result;
    }
    while (query.next()) {
        EnvironmentSample s;
        s.time = QDateTime::fromSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC);
        s.printerId = printerId;
        s.unitId = unitId;
        s.humidityPercent = fromColumn(query.value(1));
        s.temperatureC = fromColumn(query.value(2));
        result.append(s);
    }
    return result;
}

QList<int> EnvironmentHistory::units(const QString &printerId) const
{
    QList<int> result;
    if (!isOpen())
        return result;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT DISTINCT unit FROM environment WHERE printer = ? ORDER BY unit"));
    query.addBindValue(printerId);
    if (query.exec()) {
        while (query.next())
            result.append(query.value(0).toInt());
    }
    return result;
}

int EnvironmentHistory::count() const
{
    if (!isOpen())
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM environment")) && query.next())
        return query.value(0).toInt();
    return 0;
}

int EnvironmentHistory::prune(const QDateTime &now)
{
    if (!isOpen())
        return 0;
    const qint64 nowS = now.toSecsSinceEpoch();
    m_lastPruneS = nowS;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("DELETE FROM environment WHERE ts < ?"));
    query.addBindValue(nowS - m_retentionS);
    if (!query.exec()) {
        qCWarning(lcApp) << "environment history:" << query.lastError().text();
        return 0;
    }
    return query.numRowsAffected();
}

} // namespace Spoolbridge
