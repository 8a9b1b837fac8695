// The delivery half of UsageLedger: the exactly-once protocol of docs/ledger.md.
#include "core/sync/usagedeliverysink.h"
#include "core/sync/usageledger.h"
#include "core/util/logging.h"

#include <cmath>

namespace Spoolbridge {

namespace {

constexpr double Tolerance = 0.001; // grams; Spoolman stores used_weight as a double

bool near(double a, double b)
{
    return std::abs(a - b) <= Tolerance;
}

// What a /use of `grams` changes used_weight by: Spoolman never lets used_weight go below 0.
double effectOf(double used, double grams)
{
    return std::max(used + grams, 0.0) - used;
}

QString tagOf(const QJsonObject &spool)
{
    return LedgerMarker::decodeText(
        spool.value(QLatin1String("extra")).toObject().value(QLatin1String("tag")).toString())
        .trimmed()
        .toUpper();
}

QString grams(double value)
{
    return QString::number(value, 'f', 2);
}

} // namespace

void UsageLedger::scheduleDelivery(int delayMs)
{
    if (m_busy)
        return;
    if (!m_timer.isActive() || m_timer.remainingTime() > delayMs)
        m_timer.start(std::max(0, delayMs));
}

void UsageLedger::deliverNext()
{
    if (m_busy || !m_sink || !m_store.isOpen())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_pausedUntil.isValid() && m_pausedUntil > now) {
        scheduleDelivery(static_cast<int>(now.msecsTo(m_pausedUntil)));
        Q_EMIT deliveryIdle();
        return;
    }
    const std::optional<LedgerEntry> next = m_store.nextDeliverable(now);
    if (!next) {
        if (const std::optional<QDateTime> retry = m_store.nextRetryTime())
            scheduleDelivery(static_cast<int>(std::clamp<qint64>(now.msecsTo(*retry), 0, m_policy.maxMs)));
        Q_EMIT deliveryIdle();
        return;
    }
    m_busy = true;
    Delivery ctx;
    ctx.entry = *next;
    ctx.generation = m_generation;
    m_store.beginAttempt(ctx.entry.id);
    ++ctx.entry.attempts;
    fault(QStringLiteral("attempt.begin"));
    if (!m_fieldReady) {
        m_sink->ensureTextField(
            m_markerKey, tr("Spoolbridge ledger"), guarded(ctx, [this, ctx](const SinkReply &reply) {
                if (reply.status != SinkReply::Status::Ok) {
                    // The marker field is needed by every delivery: wait like for an outage.
                    failTransient(ctx, tr("Spoolman did not accept the ledger field: %1").arg(reply.message));
                    return;
                }
                m_fieldReady = true;
                proceed(ctx);
            }));
        return;
    }
    proceed(ctx);
}

void UsageLedger::proceed(const Delivery &ctx)
{
    if (ctx.entry.spoolId <= 0)
        lookUpTag(ctx);
    else
        readSpool(ctx);
}

void UsageLedger::lookUpTag(Delivery ctx)
{
    m_sink->findSpoolByTag(ctx.entry.trayUuid, guarded(ctx, [this, ctx](const SinkReply &reply) mutable {
        if (reply.status == SinkReply::Status::NotFound) {
            failTransient(ctx,
                tr("No spool in Spoolman carries the tag %1 yet; the usage is charged as soon as one "
                   "does.")
                    .arg(ctx.entry.trayUuid),
                m_policy.missingSpoolMs);
            return;
        }
        if (reply.status != SinkReply::Status::Ok) {
            fail(ctx, static_cast<int>(reply.status), reply.message);
            return;
        }
        ctx.entry.spoolId = reply.spool.value(QLatin1String("id")).toInt();
        ctx.entry.spoolRegistered = reply.spool.value(QLatin1String("registered")).toString();
        m_store.setSpool(ctx.entry.id, ctx.entry.spoolId, ctx.entry.spoolRegistered);
        onSpoolRead(ctx, reply.spool);
    }));
}

void UsageLedger::readSpool(const Delivery &ctx)
{
    m_sink->getSpool(ctx.entry.spoolId, guarded(ctx, [this, ctx](const SinkReply &reply) {
        if (reply.status == SinkReply::Status::NotFound) {
            failAttention(ctx,
                tr("Spool #%1 no longer exists in Spoolman. Pick the spool to charge %2 g to, or "
                   "discard the entry.")
                    .arg(ctx.entry.spoolId)
                    .arg(grams(ctx.entry.grams)));
            return;
        }
        if (reply.status != SinkReply::Status::Ok) {
            fail(ctx, static_cast<int>(reply.status), reply.message);
            return;
        }
        onSpoolRead(ctx, reply.spool);
    }));
}

void UsageLedger::onSpoolRead(Delivery ctx, const QJsonObject &spool)
{
    fault(QStringLiteral("spool.read"));
    // Spoolman reuses ids: make sure this is still the spool the usage belongs to.
    const QString tag = tagOf(spool);
    if (!ctx.entry.trayUuid.isEmpty() && tag != ctx.entry.trayUuid.toUpper()) {
        failAttention(ctx,
            tr("Spool #%1 in Spoolman no longer carries the tag %2 (its id was reused or the tag "
               "edited). Pick the spool to charge %3 g to.")
                .arg(ctx.entry.spoolId)
                .arg(ctx.entry.trayUuid, grams(ctx.entry.grams)));
        return;
    }
    const QString registered = spool.value(QLatin1String("registered")).toString();
    if (!ctx.entry.spoolRegistered.isEmpty() && registered != ctx.entry.spoolRegistered) {
        failAttention(ctx,
            tr("Spool #%1 in Spoolman was deleted and its id given to another spool. Pick the spool to "
               "charge %2 g to.")
                .arg(ctx.entry.spoolId)
                .arg(grams(ctx.entry.grams)));
        return;
    }
    if (ctx.entry.spoolRegistered.isEmpty() && !registered.isEmpty()) {
        ctx.entry.spoolRegistered = registered;
        m_store.setSpool(ctx.entry.id, ctx.entry.spoolId, registered);
    }
    bool markerOk = false;
    ctx.marker = LedgerMarker::fromExtraValue(
        spool.value(QLatin1String("extra")).toObject().value(m_markerKey).toString(), &markerOk);
    if (!markerOk) {
        failAttention(ctx,
            tr("The %1 field of spool #%2 was edited and cannot be read. Clear it in Spoolman, then "
               "retry.")
                .arg(m_markerKey)
                .arg(ctx.entry.spoolId));
        return;
    }
    ctx.used = spool.value(QLatin1String("used_weight")).toDouble();
    const QString &uid = ctx.entry.uid;

    // Crash after the marker said "applied" but before the ledger knew: settle locally.
    if (ctx.marker.isApplied(uid)) {
        finishLocal(ctx, tr("Already applied before an interruption (confirmed by the spool's ledger field)."));
        return;
    }
    // Crash between the intent and the marker commit: did the use arrive?
    if (ctx.marker.pending.contains(uid) && !ctx.entry.freshIntent) {
        const LedgerMarker::Intent intent = ctx.marker.pending.value(uid);
        const double expected = effectOf(intent.base, intent.grams);
        const double delta = ctx.used - intent.base;
        if (near(delta, expected) && !near(expected, 0)) {
            ctx.applied = expected;
            ctx.appliedKnown = true;
            commitMarker(ctx, tr("Applied before an interruption (used weight moved by exactly this entry)."));
        } else if (near(delta, 0)) {
            writeIntent(ctx); // the use never arrived: send it now
        } else {
            failAttention(ctx,
                tr("Spoolbridge was interrupted while charging %1 g to spool #%2, and other changes "
                   "(%3 g in total since) make it impossible to tell whether the charge arrived. Check "
                   "the spool, then choose \"already applied\" or \"apply again\".")
                    .arg(grams(ctx.entry.grams))
                    .arg(ctx.entry.spoolId)
                    .arg(grams(delta)));
        }
        return;
    }
    writeIntent(ctx);
}

void UsageLedger::writeIntent(Delivery ctx)
{
    const double effect = effectOf(ctx.used, ctx.entry.grams);
    if (near(effect, 0)) {
        // An undo on a spool Spoolman already shows as unused: nothing left to give back.
        ctx.applied = 0;
        ctx.appliedKnown = true;
        commitMarker(ctx, tr("Nothing to give back: Spoolman shows no use on this spool."));
        return;
    }
    ctx.marker.pending.insert(ctx.entry.uid, LedgerMarker::Intent {ctx.entry.grams, ctx.used});
    m_sink->writeExtra(ctx.entry.spoolId, m_markerKey, ctx.marker.toExtraValue(),
        guarded(ctx, [this, ctx](const SinkReply &reply) mutable {
            if (reply.status == SinkReply::Status::Rejected
                && reply.message.contains(QLatin1String("Unknown extra field"))) {
                // Someone removed the ledger field in Spoolman. Nothing was applied yet: register
                // it again and retry.
                m_fieldReady = false;
                failTransient(ctx,
                    tr("The %1 field was removed from Spoolman; it is registered again and the "
                       "usage sent then.")
                        .arg(m_markerKey));
                return;
            }
            if (reply.status != SinkReply::Status::Ok) {
                fail(ctx, static_cast<int>(reply.status), reply.message);
                return;
            }
            fault(QStringLiteral("intent.written"));
            if (ctx.entry.freshIntent) {
                // The new intent replaced the one a person ruled out; from here it counts again.
                m_store.clearFreshIntent(ctx.entry.id);
                ctx.entry.freshIntent = false;
            }
            // The intent's base must be the used weight at the moment the intent was stored; if
            // another tool used the spool in between, write it again with the new base.
            const double used = reply.spool.value(QLatin1String("used_weight")).toDouble(ctx.used);
            if (!near(used, ctx.used)) {
                if (++ctx.intentTries >= 3) {
                    failTransient(
                        ctx, tr("Spool #%1 is changing constantly; trying again later.").arg(ctx.entry.spoolId));
                    return;
                }
                ctx.used = used;
                writeIntent(ctx);
                return;
            }
            applyUse(ctx);
        }));
}

void UsageLedger::applyUse(Delivery ctx)
{
    m_sink->useWeight(ctx.entry.spoolId, ctx.entry.grams, guarded(ctx, [this, ctx](const SinkReply &reply) mutable {
        if (reply.status != SinkReply::Status::Ok) {
            // Whether it arrived or not, the next attempt finds the intent and settles it.
            fail(ctx, static_cast<int>(reply.status), reply.message);
            return;
        }
        fault(QStringLiteral("use.applied"));
        ctx.applied = effectOf(ctx.used, ctx.entry.grams);
        ctx.appliedKnown = true;
        commitMarker(ctx, QString());
    }));
}

void UsageLedger::pruneMarker(LedgerMarker &marker) const
{
    // Intents of our own entries that are settled locally (a person resolved them) are history.
    const QString prefix = m_store.instanceId() + u'.';
    for (const QString &uid : marker.pending.keys()) {
        if (!uid.startsWith(prefix))
            continue; // another installation's: not ours to touch
        const std::optional<LedgerEntry> entry = m_store.entryByUid(uid);
        if (!entry || entry->state == LedgerState::Delivered || entry->state == LedgerState::Undone
            || entry->state == LedgerState::Discarded)
            marker.pending.remove(uid);
    }
}

void UsageLedger::commitMarker(Delivery ctx, const QString &note)
{
    pruneMarker(ctx.marker);
    ctx.marker.markApplied(ctx.entry.uid);
    m_sink->writeExtra(ctx.entry.spoolId, m_markerKey, ctx.marker.toExtraValue(),
        guarded(ctx, [this, ctx, note](const SinkReply &reply) {
            if (reply.status != SinkReply::Status::Ok) {
                fail(ctx, static_cast<int>(reply.status), reply.message);
                return;
            }
            fault(QStringLiteral("marker.committed"));
            finishLocal(ctx, note);
        }));
}

void UsageLedger::finishLocal(const Delivery &ctx, const QString &note)
{
    const double applied = ctx.appliedKnown ? ctx.applied : ctx.entry.grams;
    m_store.markDelivered(ctx.entry.id, applied, note);
    fault(QStringLiteral("local.committed"));
    qCInfo(lcLedger) << "delivered usage entry" << ctx.entry.uid << applied << "g to spool" << ctx.entry.spoolId;
    m_failures = 0;
    m_pausedUntil = QDateTime();
    endAttempt(ctx.entry.id);
}

void UsageLedger::fail(const Delivery &ctx, int status, const QString &message)
{
    switch (static_cast<SinkReply::Status>(status)) {
    case SinkReply::Status::Rejected:
        failAttention(ctx, tr("Spoolman refused the change to spool #%1: %2").arg(ctx.entry.spoolId).arg(message));
        return;
    case SinkReply::Status::NotFound:
        failAttention(ctx,
            tr("Spool #%1 no longer exists in Spoolman. Pick the spool to charge %2 g to, or discard "
               "the entry.")
                .arg(ctx.entry.spoolId)
                .arg(grams(ctx.entry.grams)));
        return;
    case SinkReply::Status::Ok:
    case SinkReply::Status::Unreachable:
        break;
    }
    failTransient(
        ctx, message.isEmpty() ? tr("Spoolman is not reachable; the usage is kept and sent later.") : message);
}

void UsageLedger::failTransient(const Delivery &ctx, const QString &message, int delayMs)
{
    if (delayMs < 0) {
        // An outage holds back the whole queue, with a capped exponential backoff.
        const int shift = std::min(m_failures, 20);
        ++m_failures;
        delayMs = static_cast<int>(std::min<qint64>(qint64(m_policy.initialMs) << shift, m_policy.maxMs));
        m_pausedUntil = QDateTime::currentDateTimeUtc().addMSecs(delayMs);
    }
    qCInfo(lcLedger) << "usage entry" << ctx.entry.uid << "not delivered yet:" << message << "- retry in" << delayMs
                     << "ms";
    m_store.markRetry(ctx.entry.id, message, QDateTime::currentDateTimeUtc().addMSecs(delayMs));
    Q_EMIT deliveryProblem(ctx.entry.id, message);
    endAttempt(ctx.entry.id);
}

void UsageLedger::failAttention(const Delivery &ctx, const QString &message)
{
    qCWarning(lcLedger) << "usage entry" << ctx.entry.uid << "needs attention:" << message;
    m_store.markAttention(ctx.entry.id, message);
    Q_EMIT deliveryProblem(ctx.entry.id, message);
    endAttempt(ctx.entry.id);
}

void UsageLedger::endAttempt(qint64 id)
{
    m_busy = false;
    Q_EMIT entryChanged(id);
    Q_EMIT pendingCountChanged(pendingCount());
    scheduleDelivery();
}

} // namespace Spoolbridge
