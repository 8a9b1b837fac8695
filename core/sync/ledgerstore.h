#pragma once

#include "core/sync/ledgerentry.h"
#include "core/sync/usagetypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Spoolbridge {

// The SQLite side of the usage ledger: schema, one transaction per state change, WAL with
// synchronous=FULL so a committed change survives a killed process or a power cut.
class LedgerStore
{
    Q_DECLARE_TR_FUNCTIONS(LedgerStore)

public:
    LedgerStore();
    ~LedgerStore();
    LedgerStore(const LedgerStore &) = delete;
    LedgerStore &operator=(const LedgerStore &) = delete;

    bool open(const QString &filePath);
    void close();
    bool isOpen() const;
    QString errorString() const { return m_error; }
    QString instanceId() const { return m_instanceId; }

    // Inserts the charges in one transaction; a charge whose (job, slot, spool) is already
    // recorded is skipped. `beforeCommit` runs inside the transaction (fault injection).
    struct Inserted {
        bool ok = false;
        QList<qint64> added;
        QList<qint64> duplicates; // ids of the entries that already held these charges
    };
    Inserted insert(const QList<UsageCharge> &charges, const std::function<void()> &beforeCommit = {});

    std::optional<LedgerEntry> entry(qint64 id) const;
    std::optional<LedgerEntry> entryByUid(const QString &uid) const;
    QList<LedgerEntry> entries() const; // newest first
    int countInState(LedgerState state) const;
    // The oldest pending entry that may be tried now (an undo waits for its original).
    std::optional<LedgerEntry> nextDeliverable(const QDateTime &now) const;
    std::optional<QDateTime> nextRetryTime() const;

    bool beginAttempt(qint64 id);
    bool setSpool(qint64 id, int spoolId, const QString &registered);
    bool markDelivered(qint64 id, double appliedGrams, const QString &note);
    bool markRetry(qint64 id, const QString &error, const QDateTime &nextAttempt);
    bool markAttention(qint64 id, const QString &error);
    bool setState(qint64 id, LedgerState state, const QString &note, bool freshIntent = false);
    bool clearFreshIntent(qint64 id);
    bool clearRetryTimes();
    bool assignSpool(qint64 id, int spoolId, const QString &trayUuid, const QString &registered);
    // Undo: cancels an entry Spoolman never saw, or records a compensating entry.
    bool cancel(qint64 id);
    std::optional<qint64> insertCompensation(const LedgerEntry &original);

private:
    bool exec(const QString &sql, const QVariantList &values = {});
    bool update(qint64 id, const QString &assignments, const QVariantList &values);

    QString m_connection;
    QString m_error;
    QString m_instanceId;
};

} // namespace Spoolbridge
