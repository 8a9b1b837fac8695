#include "core/sync/ledgerstore.h"

#include "core/util/logging.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <QVariant>

#include <atomic>

namespace Spoolbridge {

namespace {

std::atomic_int s_connections {0};

const char *const Schema[] = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS usage_entries ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " uid TEXT UNIQUE,"
    " job_key TEXT NOT NULL, printer_id TEXT NOT NULL, slot INTEGER NOT NULL, spool_key TEXT NOT NULL,"
    " tray_uuid TEXT NOT NULL DEFAULT '', spool_id INTEGER NOT NULL DEFAULT 0,"
    " spool_registered TEXT NOT NULL DEFAULT '', spool_label TEXT NOT NULL DEFAULT '',"
    " grams REAL NOT NULL, method TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '',"
    " created_at TEXT NOT NULL, state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
    " last_error TEXT NOT NULL DEFAULT '', next_attempt_at TEXT NOT NULL DEFAULT '',"
    " delivered_at TEXT NOT NULL DEFAULT '', applied_grams REAL NOT NULL DEFAULT 0,"
    " undo_of INTEGER UNIQUE REFERENCES usage_entries(id), undone_by INTEGER NOT NULL DEFAULT 0,"
    " fresh_intent INTEGER NOT NULL DEFAULT 0,"
    " UNIQUE (job_key, slot, spool_key))",
    "CREATE INDEX IF NOT EXISTS usage_entries_state ON usage_entries(state, id)",
};

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("");
}

// Text columns are NOT NULL: a null QString would bind as NULL.
QString nn(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

LedgerEntry entryFrom(const QSqlQuery &query)
{
    const QSqlRecord record = query.record();
    auto value = [&](const char *name) { return query.value(record.indexOf(QLatin1String(name))); };
    LedgerEntry entry;
    entry.id = value("id").toLongLong();
    entry.uid = value("uid").toString();
    entry.jobKey = value("job_key").toString();
    entry.printerId = value("printer_id").toString();
    entry.slot = value("slot").toInt();
    entry.trayUuid = value("tray_uuid").toString();
    entry.spoolId = value("spool_id").toInt();
    entry.spoolRegistered = value("spool_registered").toString();
    entry.spoolLabel = value("spool_label").toString();
    entry.grams = value("grams").toDouble();
    entry.method = value("method").toString();
    entry.detail = value("detail").toString();
    entry.createdAt = QDateTime::fromString(value("created_at").toString(), Qt::ISODateWithMs);
    entry.state = ledgerStateFromName(value("state").toString());
    entry.attempts = value("attempts").toInt();
    entry.lastError = value("last_error").toString();
    entry.nextAttemptAt = QDateTime::fromString(value("next_attempt_at").toString(), Qt::ISODateWithMs);
    entry.deliveredAt = QDateTime::fromString(value("delivered_at").toString(), Qt::ISODateWithMs);
    entry.appliedGrams = value("applied_grams").toDouble();
    entry.undoOf = value("undo_of").toLongLong();
    entry.undoneBy = value("undone_by").toLongLong();
    entry.freshIntent = value("fresh_intent").toInt() != 0;
    return entry;
}

} // namespace

QString ledgerStateName(LedgerState state)
{
    switch (state) {
    case LedgerState::Pending:
        return QStringLiteral("pending");
    case LedgerState::Delivered:
        return QStringLiteral("delivered");
    case LedgerState::Undone:
        return QStringLiteral("undone");
    case LedgerState::Attention:
        return QStringLiteral("attention");
    case LedgerState::Discarded:
        return QStringLiteral("discarded");
    }
    return QStringLiteral("pending");
}

LedgerState ledgerStateFromName(const QString &name)
{
    for (LedgerState state : {LedgerState::Pending, LedgerState::Delivered, LedgerState::Undone, LedgerState::Attention,
             LedgerState::Discarded}) {
        if (ledgerStateName(state) == name)
            return state;
    }
    return LedgerState::Attention;
}

LedgerStore::LedgerStore()
    : m_connection(QStringLiteral("spoolbridge-ledger-%1").arg(s_connections.fetch_add(1)))
{ }

LedgerStore::~LedgerStore()
{
    close();
}

bool LedgerStore::open(const QString &filePath)
{
    close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(filePath);
        if (!db.open()) {
            m_error = tr("The usage ledger %1 cannot be opened (%2). Check that the folder is writable.")
                          .arg(filePath, db.lastError().text());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connection);
            return false;
        }
    }
    // WAL keeps readers and the writer apart; FULL syncs the WAL on every commit, so a commit
    // that returned survives a crash or power loss.
    QSqlQuery mode(QSqlDatabase::database(m_connection, false));
    if (!mode.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !mode.next()
        || mode.value(0).toString().toLower() != QLatin1String("wal")) {
        m_error = tr("The usage ledger %1 cannot use a write-ahead log. Keep it on a local disk.").arg(filePath);
        close();
        return false;
    }
    bool ok = exec(QStringLiteral("PRAGMA synchronous=FULL")) && exec(QStringLiteral("PRAGMA busy_timeout=5000"))
        && exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    for (const char *statement : Schema)
        ok = ok && exec(QString::fromLatin1(statement));
    if (!ok) {
        m_error = tr("The usage ledger %1 is damaged or from a newer version: %2").arg(filePath, m_error);
        close();
        return false;
    }
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.exec(QStringLiteral("SELECT value FROM meta WHERE key='instance'"));
    if (query.next()) {
        m_instanceId = query.value(0).toString();
    } else {
        m_instanceId = QUuid::createUuid().toString(QUuid::Id128).left(8);
        exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('instance', ?), ('schema', '1')"), {m_instanceId});
    }
    qCDebug(lcLedger) << "opened usage ledger" << filePath << "instance" << m_instanceId;
    return true;
}

void LedgerStore::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool LedgerStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

bool LedgerStore::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.prepare(sql)) {
        m_error = query.lastError().text();
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        m_error = query.lastError().text();
        qCWarning(lcLedger) << "ledger statement failed:" << m_error;
        return false;
    }
    return true;
}

LedgerStore::Inserted LedgerStore::insert(const QList<UsageCharge> &charges, const std::function<void()> &beforeCommit)
{
    Inserted result;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        m_error = db.lastError().text();
        return result;
    }
    const QString now = isoNow();
    for (const UsageCharge &charge : charges) {
        const QString spoolKey = charge.spool.key();
        QSqlQuery existing(db);
        existing.prepare(QStringLiteral("SELECT id FROM usage_entries WHERE job_key=? AND slot=? AND spool_key=?"));
        existing.addBindValue(charge.jobKey);
        existing.addBindValue(charge.slot);
        existing.addBindValue(spoolKey);
        if (existing.exec() && existing.next()) {
            result.duplicates.append(existing.value(0).toLongLong());
            continue;
        }
        const LedgerState state = charge.spool.isKnown() ? LedgerState::Pending : LedgerState::Attention;
        const QString error = charge.spool.isKnown()
            ? QString()
            : tr("No spool is known for slot %1; pick the spool to charge.").arg(charge.slot);
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO usage_entries (job_key, printer_id, slot, spool_key, tray_uuid, spool_id, spool_label,"
            " grams, method, detail, created_at, state, last_error) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        for (const QVariant &value : QVariantList {nn(charge.jobKey), nn(charge.printerId), charge.slot, spoolKey,
                 nn(charge.spool.trayUuid.toUpper()), charge.spool.spoolmanId, nn(charge.spool.label), charge.grams,
                 usageMethodName(charge.method), nn(charge.detail), now, ledgerStateName(state), nn(error)})
            insert.addBindValue(value);
        if (!insert.exec()) {
            m_error = insert.lastError().text();
            db.rollback();
            return result;
        }
        const qint64 id = insert.lastInsertId().toLongLong();
        if (!exec(QStringLiteral("UPDATE usage_entries SET uid=? WHERE id=?"),
                {QStringLiteral("%1.%2").arg(m_instanceId).arg(id), id})) {
            db.rollback();
            return result;
        }
        result.added.append(id);
    }
    if (beforeCommit)
        beforeCommit();
    if (!db.commit()) {
        m_error = db.lastError().text();
        db.rollback();
        result.added.clear();
        return result;
    }
    result.ok = true;
    return result;
}

std::optional<LedgerEntry> LedgerStore::entry(qint64 id) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT * FROM usage_entries WHERE id=?"));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return entryFrom(query);
    return std::nullopt;
}

std::optional<LedgerEntry> LedgerStore::entryByUid(const QString &uid) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT * FROM usage_entries WHERE uid=?"));
    query.addBindValue(uid);
    if (query.exec() && query.next())
        return entryFrom(query);
    return std::nullopt;
}

QList<LedgerEntry> LedgerStore::entries() const
{
    QList<LedgerEntry> result;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.exec(QStringLiteral("SELECT * FROM usage_entries ORDER BY id DESC"));
    while (query.next())
        result.append(entryFrom(query));
    return result;
}

int LedgerStore::countInState(LedgerState state) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM usage_entries WHERE state=?"));
    query.addBindValue(ledgerStateName(state));
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

std::optional<LedgerEntry> LedgerStore::nextDeliverable(const QDateTime &now) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT e.* FROM usage_entries e LEFT JOIN usage_entries o ON o.id = e.undo_of"
                                 " WHERE e.state='pending' AND (e.next_attempt_at='' OR e.next_attempt_at<=?)"
                                 " AND (e.undo_of IS NULL OR o.delivered_at<>'') ORDER BY e.id LIMIT 1"));
    query.addBindValue(iso(now));
    if (query.exec() && query.next())
        return entryFrom(query);
    return std::nullopt;
}

std::optional<QDateTime> LedgerStore::nextRetryTime() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.exec(QStringLiteral("SELECT MIN(next_attempt_at) FROM usage_entries WHERE state='pending'"
                              " AND next_attempt_at<>''"));
    if (query.next() && !query.value(0).isNull())
        return QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
    return std::nullopt;
}

bool LedgerStore::update(qint64 id, const QString &assignments, const QVariantList &values)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return false;
    QVariantList all = values;
    all.append(id);
    if (!exec(QStringLiteral("UPDATE usage_entries SET %1 WHERE id=?").arg(assignments), all) || !db.commit()) {
        db.rollback();
        return false;
    }
    return true;
}

bool LedgerStore::beginAttempt(qint64 id)
{
    return update(id, QStringLiteral("attempts=attempts+1"), {});
}

bool LedgerStore::setSpool(qint64 id, int spoolId, const QString &registered)
{
    return update(id, QStringLiteral("spool_id=?, spool_registered=?"), {spoolId, nn(registered)});
}

bool LedgerStore::markDelivered(qint64 id, double appliedGrams, const QString &note)
{
    // An entry an undo was recorded for while it was still on its way ends as "undone".
    return update(id,
        QStringLiteral("state=CASE WHEN undone_by<>0 THEN 'undone' ELSE 'delivered' END, delivered_at=?,"
                       " applied_grams=?, last_error=?, next_attempt_at='', fresh_intent=0"),
        {isoNow(), appliedGrams, nn(note)});
}

bool LedgerStore::markRetry(qint64 id, const QString &error, const QDateTime &nextAttempt)
{
    return update(id, QStringLiteral("last_error=?, next_attempt_at=?"), {nn(error), iso(nextAttempt)});
}

bool LedgerStore::markAttention(qint64 id, const QString &error)
{
    return update(id, QStringLiteral("state='attention', last_error=?, next_attempt_at=''"), {nn(error)});
}

bool LedgerStore::setState(qint64 id, LedgerState state, const QString &note, bool freshIntent)
{
    return update(id, QStringLiteral("state=?, last_error=?, next_attempt_at='', fresh_intent=?"),
        {ledgerStateName(state), nn(note), freshIntent ? 1 : 0});
}

bool LedgerStore::clearFreshIntent(qint64 id)
{
    return update(id, QStringLiteral("fresh_intent=0"), {});
}

bool LedgerStore::clearRetryTimes()
{
    return exec(QStringLiteral("UPDATE usage_entries SET next_attempt_at='' WHERE state='pending'"));
}

bool LedgerStore::assignSpool(qint64 id, int spoolId, const QString &trayUuid, const QString &registered)
{
    SpoolIdentity spool;
    spool.trayUuid = trayUuid;
    spool.spoolmanId = spoolId;
    return update(id,
        QStringLiteral("spool_id=?, tray_uuid=?, spool_registered=?, spool_key=?, state='pending',"
                       " last_error='', next_attempt_at=''"),
        {spoolId, nn(trayUuid.toUpper()), nn(registered), spool.key()});
}

bool LedgerStore::cancel(qint64 id)
{
    return update(id, QStringLiteral("state='undone', last_error=?"), {tr("Cancelled before it reached Spoolman.")});
}

std::optional<qint64> LedgerStore::insertCompensation(const LedgerEntry &original)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return std::nullopt;
    const double grams = original.state == LedgerState::Delivered ? -original.appliedGrams : -original.grams;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO usage_entries (job_key, printer_id, slot, spool_key, tray_uuid, spool_id, spool_registered,"
        " spool_label, grams, method, detail, created_at, state, undo_of)"
        " SELECT job_key, printer_id, slot, spool_key || '#undo', tray_uuid, spool_id, spool_registered, spool_label,"
        " ?, 'undo', ?, ?, 'pending', id FROM usage_entries WHERE id=?"));
    insert.addBindValue(grams);
    insert.addBindValue(tr("undo of entry %1").arg(original.id));
    insert.addBindValue(isoNow());
    insert.addBindValue(original.id);
    if (!insert.exec()) {
        m_error = insert.lastError().text();
        db.rollback();
        return std::nullopt;
    }
    const qint64 id = insert.lastInsertId().toLongLong();
    const bool ok = exec(QStringLiteral("UPDATE usage_entries SET uid=? WHERE id=?"),
                        {QStringLiteral("%1.%2").arg(m_instanceId).arg(id), id})
        && exec(QStringLiteral("UPDATE usage_entries SET undone_by=?, state=CASE WHEN state='delivered' THEN 'undone'"
                               " ELSE state END WHERE id=?"),
            {id, original.id});
    if (!ok || !db.commit()) {
        db.rollback();
        return std::nullopt;
    }
    return id;
}

} // namespace Spoolbridge
