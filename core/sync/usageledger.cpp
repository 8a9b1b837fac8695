#include "core/sync/usageledger.h"

#include "core/util/logging.h"

#include <QDir>
#include <QStandardPaths>

namespace Spoolbridge {

UsageLedger::UsageLedger(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &UsageLedger::deliverNext);
}

UsageLedger::~UsageLedger() = default;

QString UsageLedger::defaultDirectory()
{
    // One place for the desktop app and the CLI/daemon (their application names differ).
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/spoolbridge");
}

bool UsageLedger::open(const QString &directory)
{
    ++m_generation; // replies to requests of an earlier session are ignored
    m_busy = false;
    if (!QDir().mkpath(directory)) {
        m_error = tr("The folder %1 for the usage ledger cannot be created. Check the permissions.").arg(directory);
        return false;
    }
    if (!m_store.open(QDir(directory).filePath(QString::fromLatin1(FileName)))) {
        m_error = m_store.errorString();
        return false;
    }
    m_error.clear();
    scheduleDelivery();
    return true;
}

void UsageLedger::setSink(UsageDeliverySink *sink)
{
    // A request still out with the previous sink is abandoned; its effect, if any, is settled by
    // the next attempt like a lost reply (docs/ledger.md, 3.4).
    ++m_generation;
    m_busy = false;
    m_sink = sink;
    m_fieldReady = false;
    scheduleDelivery();
}

UsageLedger::RecordResult UsageLedger::record(const QList<UsageCharge> &charges)
{
    RecordResult result;
    if (!m_store.isOpen()) {
        result.error = tr("The usage ledger is not open, so the usage was not recorded.");
        return result;
    }
    const LedgerStore::Inserted inserted
        = m_store.insert(charges, [this] { fault(QStringLiteral("record.beforeCommit")); });
    if (!inserted.ok) {
        result.error = tr("The usage could not be written to the ledger: %1").arg(m_store.errorString());
        qCWarning(lcLedger) << result.error;
        return result;
    }
    result.ok = true;
    result.added = inserted.added;
    result.duplicates = inserted.duplicates;
    for (qint64 id : result.added) {
        qCInfo(lcLedger) << "recorded usage entry" << id;
        Q_EMIT entryAdded(id);
    }
    if (!result.duplicates.isEmpty())
        qCInfo(lcLedger) << "ignored" << result.duplicates.size() << "usage charges already in the ledger";
    if (!result.added.isEmpty()) {
        Q_EMIT pendingCountChanged(pendingCount());
        scheduleDelivery();
    }
    return result;
}

std::optional<qint64> UsageLedger::undo(qint64 id, QString *error)
{
    auto setError = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const std::optional<LedgerEntry> entry = m_store.entry(id);
    if (!entry)
        return setError(tr("There is no usage entry %1.").arg(id));
    if (entry->undoOf != 0)
        return setError(tr("Entry %1 is itself an undo; record the usage again instead of undoing it.").arg(id));
    if (entry->undoneBy != 0 || entry->state == LedgerState::Undone || entry->state == LedgerState::Discarded)
        return setError(tr("Entry %1 is already undone.").arg(id));
    const bool neverSent
        = entry->attempts == 0 && (entry->state == LedgerState::Pending || entry->state == LedgerState::Attention);
    if (neverSent) {
        if (!m_store.cancel(id))
            return setError(tr("The ledger could not be updated: %1").arg(m_store.errorString()));
        Q_EMIT entryChanged(id);
        Q_EMIT pendingCountChanged(pendingCount());
        return qint64(0);
    }
    if (entry->state == LedgerState::Attention)
        return setError(tr("Entry %1 needs attention first: %2").arg(id).arg(entry->lastError));
    const std::optional<qint64> compensation = m_store.insertCompensation(*entry);
    if (!compensation)
        return setError(tr("The undo could not be written to the ledger: %1").arg(m_store.errorString()));
    Q_EMIT entryChanged(id);
    Q_EMIT entryAdded(*compensation);
    Q_EMIT pendingCountChanged(pendingCount());
    scheduleDelivery();
    return compensation;
}

bool UsageLedger::assignSpool(qint64 id, int spoolId, const QString &trayUuid, QString *error)
{
    const std::optional<LedgerEntry> entry = m_store.entry(id);
    if (!entry || entry->state != LedgerState::Attention) {
        if (error)
            *error = tr("Only an entry that needs attention can be given another spool.");
        return false;
    }
    if (spoolId <= 0 && trayUuid.trimmed().isEmpty()) {
        if (error)
            *error = tr("Give the Spoolman spool id or the spool's tag to charge the entry to.");
        return false;
    }
    if (!m_store.assignSpool(id, spoolId, trayUuid, QString())) {
        if (error)
            *error = tr("The spool could not be assigned: %1").arg(m_store.errorString());
        return false;
    }
    Q_EMIT entryChanged(id);
    Q_EMIT pendingCountChanged(pendingCount());
    scheduleDelivery();
    return true;
}

bool UsageLedger::resolve(qint64 id, Resolution resolution, QString *error)
{
    const std::optional<LedgerEntry> entry = m_store.entry(id);
    if (!entry || entry->state != LedgerState::Attention) {
        if (error)
            *error = tr("Only an entry that needs attention can be resolved.");
        return false;
    }
    const bool ok = resolution == Resolution::AlreadyApplied
        ? m_store.markDelivered(id, entry->grams, tr("Confirmed as applied by a person."))
        : m_store.setState(id, LedgerState::Pending, tr("To be applied again, as a person decided."), true);
    if (!ok) {
        if (error)
            *error = tr("The ledger could not be updated: %1").arg(m_store.errorString());
        return false;
    }
    Q_EMIT entryChanged(id);
    Q_EMIT pendingCountChanged(pendingCount());
    scheduleDelivery();
    return true;
}

bool UsageLedger::discard(qint64 id, QString *error)
{
    const std::optional<LedgerEntry> entry = m_store.entry(id);
    const bool allowed = entry
        && (entry->state == LedgerState::Attention || (entry->state == LedgerState::Pending && entry->attempts == 0));
    if (!allowed) {
        if (error)
            *error = tr("Only an entry that needs attention, or one never sent, can be discarded.");
        return false;
    }
    if (!m_store.setState(id, LedgerState::Discarded, tr("Discarded by a person."))) {
        if (error)
            *error = tr("The ledger could not be updated: %1").arg(m_store.errorString());
        return false;
    }
    Q_EMIT entryChanged(id);
    Q_EMIT pendingCountChanged(pendingCount());
    return true;
}

void UsageLedger::deliverNow()
{
    m_pausedUntil = QDateTime();
    m_failures = 0;
    m_store.clearRetryTimes();
    scheduleDelivery();
}

void UsageLedger::fault(const QString &point) const
{
    if (m_faultHook)
        m_faultHook(point);
}

} // namespace Spoolbridge
