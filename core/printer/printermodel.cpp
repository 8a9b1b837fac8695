#include "core/printer/printermodel.h"

#include "core/printer/statederiver.h"
#include "core/util/logging.h"

namespace Spoolbridge {

namespace {

bool sameIgnoringActive(Slot a, const Slot &b)
{
    a.active = b.active;
    return a == b;
}

bool sameUnitFields(const AmsUnit &a, const AmsUnit &b)
{
    return a.type == b.type && a.extruder == b.extruder && a.humidityLevel == b.humidityLevel
        && a.humidityPercent == b.humidityPercent && a.temperatureC == b.temperatureC && a.drying == b.drying
        && a.dryMinutesLeft == b.dryMinutesLeft;
}

} // namespace

PrinterModel::PrinterModel(const QString &serial, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Spoolbridge::JobRecord>();
    m_state.serial = serial;
    StateDeriver::deriveModel(m_merger, m_state);
}

void PrinterModel::setSerial(const QString &serial)
{
    if (serial == m_state.serial)
        return;
    const PrinterState before = m_state;
    m_state.serial = serial;
    StateDeriver::deriveModel(m_merger, m_state);
    StateDeriver::deriveAms(m_merger, m_state); // the model decides AMS vs AMS Lite for old units
    emitChanges(before, {});
}

PrinterModel::IngestStatus PrinterModel::ingest(const QByteArray &payload, const QDateTime &receivedAt)
{
    return process(m_merger.ingest(payload), receivedAt);
}

PrinterModel::IngestStatus PrinterModel::ingest(const QJsonObject &payload, const QDateTime &receivedAt)
{
    return process(m_merger.ingest(payload), receivedAt);
}

PrinterModel::IngestStatus PrinterModel::ingest(JsonNode &&payload, const QDateTime &receivedAt)
{
    return process(m_merger.ingest(std::move(payload)), receivedAt);
}

PrinterModel::IngestStatus PrinterModel::process(const MergeResult &result, const QDateTime &receivedAt)
{
    IngestStatus status;
    status.kind = result.kind;
    if (!result.ok()) {
        status.ok = false;
        status.error = result.error;
        qCWarning(lcPrinter).noquote() << m_state.serial << result.error;
        return status;
    }
    if (!result.anyDirty())
        return status;

    // UTC: comparing or storing local-time QDateTimes costs a time-zone lookup each time.
    const QDateTime now = receivedAt.isValid() ? receivedAt : QDateTime::currentDateTimeUtc();
    PrinterState before = m_state;
    // The report's shape (A2L unit 16) names the model when get_version and the serial cannot.
    if (result.modelDirty || (result.amsDirty && m_state.modelName.isEmpty()))
        StateDeriver::deriveModel(m_merger, m_state);
    if (result.amsDirty || result.modelDirty) {
        QList<QPair<int, int>> staleTrays;
        StateDeriver::deriveAms(m_merger, m_state, &staleTrays);
        for (const QPair<int, int> &tray : staleTrays)
            m_merger.clearTray(tray.first, tray.second);
    }
    // The job tracker sees every report: active-slot history needs AMS-only deltas too.
    if (result.jobDirty)
        StateDeriver::deriveJob(m_merger.print(), m_state.job);
    const QList<JobTracker::Event> events = m_jobs.update(m_state, m_merger, now);

    status.changed = emitChanges(before, events);
    return status;
}

bool PrinterModel::emitChanges(const PrinterState &before, const QList<JobTracker::Event> &events)
{
    const bool changed = m_state != before;
    if (!changed && events.isEmpty())
        return false;
    // A receiver may call back into the model: work on a (shared, cheap) copy.
    const PrinterState after = m_state;
    // Units and slots.
    if (after.units != before.units) {
        for (const AmsUnit &old : before.units) {
            if (!after.unit(old.id)) {
                for (const Slot &slot : old.slots) {
                    if (slot.present)
                        Q_EMIT slotRemoved(old.id, slot.slotIndex);
                }
                Q_EMIT unitRemoved(old.id);
            }
        }
        for (const AmsUnit &unit : after.units) {
            const AmsUnit *old = before.unit(unit.id);
            if (!old) {
                Q_EMIT unitAdded(unit.id);
                for (const Slot &slot : unit.slots) {
                    if (slot.present)
                        Q_EMIT slotInserted(unit.id, slot.slotIndex);
                }
                continue;
            }
            if (!sameUnitFields(*old, unit))
                Q_EMIT unitChanged(unit.id);
            if (old->slots != unit.slots)
                emitSlotDiff(old->slots, unit.slots);
        }
    }
    if (after.external != before.external)
        emitSlotDiff(before.external, after.external);
    if (after.activeTrayRight != before.activeTrayRight || after.activeTrayLeft != before.activeTrayLeft)
        Q_EMIT activeSlotChanged();
    if (after.job != before.job)
        Q_EMIT jobChanged();
    if (changed)
        Q_EMIT stateChanged();

    for (const JobTracker::Event &event : events) {
        switch (event.type) {
        case JobTracker::Event::Type::Started:
            qCDebug(lcPrinter).noquote() << m_state.serial << "job started:" << event.record.key;
            Q_EMIT jobStarted(event.record);
            break;
        case JobTracker::Event::Type::Finished:
            qCDebug(lcPrinter).noquote() << m_state.serial << "job finished:" << event.record.key;
            Q_EMIT jobFinished(event.record);
            break;
        case JobTracker::Event::Type::Failed:
            qCDebug(lcPrinter).noquote() << m_state.serial << "job failed:" << event.record.key;
            Q_EMIT jobFailed(event.record);
            break;
        case JobTracker::Event::Type::Interrupted:
            qCDebug(lcPrinter).noquote() << m_state.serial << "job interrupted:" << event.record.key;
            Q_EMIT jobInterrupted(event.record);
            break;
        }
    }
    return changed;
}

void PrinterModel::emitSlotDiff(const QList<Slot> &before, const QList<Slot> &after)
{
    // Pair slots by (unitId, slotIndex): units carry one slot list each, the external list
    // carries 254/255 with slotIndex 0.
    auto find = [](const QList<Slot> &list, const Slot &key) -> const Slot * {
        for (const Slot &slot : list) {
            if (slot.unitId == key.unitId && slot.slotIndex == key.slotIndex)
                return &slot;
        }
        return nullptr;
    };
    for (const Slot &old : before) {
        const Slot *now = find(after, old);
        if (old.present && (!now || !now->present))
            Q_EMIT slotRemoved(old.unitId, old.slotIndex);
    }
    for (const Slot &now : after) {
        const Slot *old = find(before, now);
        const bool wasPresent = old && old->present;
        if (now.present && !wasPresent)
            Q_EMIT slotInserted(now.unitId, now.slotIndex);
        else if (now.present && wasPresent && !sameIgnoringActive(*old, now))
            Q_EMIT slotChanged(now.unitId, now.slotIndex);
    }
}

} // namespace Spoolbridge
