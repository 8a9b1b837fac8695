#pragma once

#include "core/sync/ledgerentry.h"
#include "core/sync/ledgermarker.h"
#include "core/sync/ledgerstore.h"
#include "core/sync/usagetypes.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace Spoolbridge {

struct SinkReply;
class UsageDeliverySink;

// The durable usage ledger and outbox. Every usage entry is written to SQLite first, then applied
// to its spool in Spoolman through a UsageDeliverySink with retries and a capped backoff; entries
// survive restarts, the same job end recorded twice creates nothing new, and a delivery
// interrupted at any point (crash, kill, lost reply) is completed exactly once — the protocol and
// its argument are in docs/ledger.md.
class UsageLedger final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageLedger)

public:
    struct RetryPolicy {
        int initialMs = 2000;
        int maxMs = 5 * 60 * 1000;
        int missingSpoolMs = 10 * 60 * 1000; // a tag no spool carries yet
    };
    struct RecordResult {
        bool ok = false;
        QString error;
        QList<qint64> added;
        QList<qint64> duplicates; // charges already recorded for this job, slot and spool
    };
    enum class Resolution { AlreadyApplied, ApplyAgain };

    static constexpr const char *DefaultMarkerKey = "spoolbridge_ledger";
    static constexpr const char *FileName = "usage-ledger.sqlite";

    explicit UsageLedger(QObject *parent = nullptr);
    ~UsageLedger() override;

    // The data directory shared by the app and the CLI: <generic data location>/spoolbridge
    // (~/.local/share/spoolbridge on Linux).
    static QString defaultDirectory();

    bool open(const QString &directory);
    QString errorString() const { return m_error; }
    bool isOpen() const { return m_store.isOpen(); }
    QString instanceId() const { return m_store.instanceId(); }

    // The sink is not owned; pending entries start moving as soon as one is set.
    void setSink(UsageDeliverySink *sink);
    void setMarkerKey(const QString &key) { m_markerKey = key; }
    QString markerKey() const { return m_markerKey; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }

    RecordResult record(const QList<UsageCharge> &charges);

    QList<LedgerEntry> entries() const { return m_store.entries(); }
    std::optional<LedgerEntry> entry(qint64 id) const { return m_store.entry(id); }
    int pendingCount() const { return m_store.countInState(LedgerState::Pending); }
    int attentionCount() const { return m_store.countInState(LedgerState::Attention); }
    bool isDelivering() const { return m_busy; }

    // Undo: an entry Spoolman never saw is cancelled; otherwise a compensating negative entry is
    // recorded (and delivered after the original). Returns the compensating entry's id, or 0.
    std::optional<qint64> undo(qint64 id, QString *error = nullptr);
    bool assignSpool(qint64 id, int spoolId, const QString &trayUuid, QString *error = nullptr);
    bool resolve(qint64 id, Resolution resolution, QString *error = nullptr);
    bool discard(qint64 id, QString *error = nullptr);

    // Tries pending entries now (e.g. Spoolman came back), ignoring the backoff.
    void deliverNow();

    // Test hook: called with a step name ("attempt.begin", "spool.read", "intent.written",
    // "use.applied", "marker.committed", "local.committed", "record.beforeCommit").
    void setFaultHook(std::function<void(const QString &)> hook) { m_faultHook = std::move(hook); }

Q_SIGNALS:
    void entryAdded(qint64 id);
    void entryChanged(qint64 id);
    void pendingCountChanged(int count);
    // Nothing can be delivered right now: all done, or waiting for a retry.
    void deliveryIdle();
    void deliveryProblem(qint64 id, const QString &message);

private:
    struct Delivery {
        LedgerEntry entry;
        LedgerMarker marker;
        double used = 0; // the spool's used_weight as last seen
        double applied = 0; // what the use changed used_weight by
        bool appliedKnown = false;
        int intentTries = 0;
        quint64 generation = 0;
    };

    void scheduleDelivery(int delayMs = 0);
    void deliverNext();
    void proceed(const Delivery &ctx);
    void lookUpTag(Delivery ctx);
    void readSpool(const Delivery &ctx);
    void onSpoolRead(Delivery ctx, const QJsonObject &spool);
    void writeIntent(Delivery ctx);
    void applyUse(Delivery ctx);
    void commitMarker(Delivery ctx, const QString &note);
    void pruneMarker(LedgerMarker &marker) const;
    void finishLocal(const Delivery &ctx, const QString &note);
    void failTransient(const Delivery &ctx, const QString &message, int delayMs = -1);
    void failAttention(const Delivery &ctx, const QString &message);
    void fail(const Delivery &ctx, int status, const QString &message);
    void endAttempt(qint64 id);
    void fault(const QString &point) const;
    // Wraps a sink callback: dropped when the ledger is gone or was reopened meanwhile.
    template<typename Function> std::function<void(const SinkReply &)> guarded(const Delivery &ctx, Function function)
    {
        std::weak_ptr<int> token = m_lifetime;
        const quint64 generation = ctx.generation;
        const quint64 *current = &m_generation;
        return [token, generation, current, function](const SinkReply &reply) mutable {
            if (token.expired() || *current != generation)
                return;
            function(reply);
        };
    }

    LedgerStore m_store;
    UsageDeliverySink *m_sink = nullptr;
    QString m_error;
    QString m_markerKey = QString::fromLatin1(DefaultMarkerKey);
    RetryPolicy m_policy;
    QTimer m_timer;
    QDateTime m_pausedUntil;
    bool m_busy = false;
    bool m_fieldReady = false;
    int m_failures = 0;
    quint64 m_generation = 1;
    std::shared_ptr<int> m_lifetime = std::make_shared<int>(0);
    std::function<void(const QString &)> m_faultHook;
};

} // namespace Spoolbridge
