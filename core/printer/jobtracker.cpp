#include "core/printer/jobtracker.h"

#include "core/printer/statederiver.h"

namespace Spoolbridge {

namespace {

bool isNonZeroId(const QString &id)
{
    return !id.isEmpty() && id != QLatin1String("0");
}

QString jobKey(const JobInfo &job, const QDateTime &startedAt)
{
    if (isNonZeroId(job.taskId))
        return QStringLiteral("task:%1/%2")
            .arg(job.taskId, isNonZeroId(job.subtaskId) ? job.subtaskId : QStringLiteral("0"));
    return QStringLiteral("lan:%1|%2|%3")
        .arg(job.name, job.gcodeFile, startedAt.isValid() ? startedAt.toString(Qt::ISODateWithMs) : QString());
}

} // namespace

QList<int> JobRecord::loads() const
{
    QList<int> result;
    for (const ActiveSlotChange &change : activeHistory) {
        if (change.globalId >= 0)
            result.append(change.globalId);
    }
    return result;
}

QList<int> JobRecord::traysUsed() const
{
    QList<int> result;
    for (int id : loads()) {
        if (!result.contains(id))
            result.append(id);
    }
    return result;
}

QString mappingSourceKey(MappingSource source)
{
    switch (source) {
    case MappingSource::Report:
        return QStringLiteral("report");
    case MappingSource::ProjectFileEcho:
        return QStringLiteral("project_file");
    case MappingSource::TrayHistory:
        return QStringLiteral("tray_history");
    case MappingSource::None:
        break;
    }
    return QStringLiteral("none");
}

QList<JobTracker::Event> JobTracker::update(PrinterState &state, const ReportMerger &merger, const QDateTime &now)
{
    QList<Event> events;
    const JobInfo &job = state.job;
    if (job.state == JobState::Unknown) {
        applyToState(state);
        return events;
    }
    const bool firstKnownState = !m_seenAnything;
    m_seenAnything = true;

    if (isJobActive(job.state)) {
        if (m_current && !sameJob(*m_current, job))
            events.append({Event::Type::Interrupted, finish(state, JobState::Unknown, now)});
        // Wait for an identity (a name or a cloud id): a delta can carry gcode_state before the
        // full report that names the job.
        const bool identified = !job.name.isEmpty() || isNonZeroId(job.taskId);
        const bool starting = !m_current && identified;
        if (!m_current && !identified) {
            m_seenAnything = !firstKnownState;
            applyToState(state);
            return events;
        }
        if (starting)
            m_current = begin(state, now, !firstKnownState);
        track(state, merger, now);
        if (starting)
            events.append({Event::Type::Started, *m_current});
    } else if (job.state == JobState::Finish || job.state == JobState::Failed) {
        if (m_current && !sameJob(*m_current, job)) {
            // A job taken up after a restart, and the printer shows another one's end.
            events.append({Event::Type::Interrupted, finish(state, JobState::Unknown, now)});
        } else if (m_current) {
            track(state, merger, now);
            const Event::Type type = job.state == JobState::Finish ? Event::Type::Finished : Event::Type::Failed;
            events.append({type, finish(state, job.state, now)});
        }
        // No current job: either already reported or old (first seen ended): no event.
    } else if (job.state == JobState::Idle && m_current) {
        events.append({Event::Type::Interrupted, finish(state, JobState::Unknown, now)});
    }
    applyToState(state);
    return events;
}

JobRecord JobTracker::begin(const PrinterState &state, const QDateTime &now, bool fromStart)
{
    const JobInfo &job = state.job;
    JobRecord record;
    record.startedAt = now.toUTC();
    record.key = jobKey(job, now.toLocalTime());
    record.name = job.name;
    record.gcodeFile = job.gcodeFile;
    record.taskId = job.taskId;
    record.subtaskId = job.subtaskId;
    record.projectId = job.projectId;
    record.printType = job.printType;
    record.observedFromStart = fromStart;
    m_startSlots.clear();
    m_lastRight = -1;
    m_lastLeft = -1;
    return record;
}

void JobTracker::track(const PrinterState &state, const ReportMerger &merger, const QDateTime &now)
{
    JobRecord &record = *m_current;
    const JobInfo &job = state.job;
    // In PREPARE the progress fields still hold the previous job's values.
    if (job.state != JobState::Prepare) {
        if (job.progressPercent > 0)
            record.lastProgress = job.progressPercent;
        if (job.layer > 0)
            record.lastLayer = job.layer;
        if (job.totalLayers > 0)
            record.totalLayers = job.totalLayers;
    }
    if (record.gcodeFile.isEmpty() && !job.gcodeFile.isEmpty() && isJobActive(job.state))
        record.gcodeFile = job.gcodeFile;
    if (record.name.isEmpty() && !job.name.isEmpty())
        record.name = job.name;

    // Slots as they were when first seen during the job (remain % at start).
    auto remember = [this](const Slot &slot) {
        if (slot.present && !m_startSlots.contains(slot.globalId))
            m_startSlots.insert(slot.globalId, slot);
    };
    for (const AmsUnit &unit : state.units) {
        for (const Slot &slot : unit.trays)
            remember(slot);
    }
    for (const Slot &slot : state.external)
        remember(slot);

    if (state.activeTrayRight != m_lastRight) {
        record.activeHistory.append({now.toUTC(), Extruder::Right, state.activeTrayRight});
        m_lastRight = state.activeTrayRight;
    }
    if (state.activeTrayLeft != m_lastLeft) {
        record.activeHistory.append({now.toUTC(), Extruder::Left, state.activeTrayLeft});
        m_lastLeft = state.activeTrayLeft;
    }

    // Mapping: the report's mapping[], else the matching project_file echo, else the history.
    QList<int> reportMapping;
    if (const JsonNode *mapping = merger.print().find("mapping"); mapping && mapping->isArray()) {
        bool any = false;
        for (const JsonNode &entry : mapping->items) {
            const std::optional<qint64> value = entry.toInt();
            reportMapping.append(value ? StateDeriver::globalIdFromSnow(*value) : -1);
            any = any || reportMapping.back() >= 0;
        }
        if (!any)
            reportMapping.clear();
    }
    if (!reportMapping.isEmpty()) {
        record.mapping = reportMapping;
        record.mappingSource = MappingSource::Report;
        return;
    }
    if (record.mappingSource == MappingSource::Report)
        return;
    const JsonNode &echo = merger.projectFileEcho();
    if (echo.isObject()) {
        const QString echoTask = echo.find("task_id") ? echo.find("task_id")->toQString() : QString();
        const QString echoName = echo.find("subtask_name") ? echo.find("subtask_name")->toQString() : QString();
        const bool matches
            = isNonZeroId(echoTask) ? echoTask == record.taskId : (!echoName.isEmpty() && echoName == record.name);
        const JsonNode *amsMapping = echo.find("ams_mapping");
        if (matches && amsMapping && amsMapping->isArray()) {
            QList<int> mapping;
            for (const JsonNode &entry : amsMapping->items) {
                const std::optional<qint64> value = entry.toInt();
                mapping.append(value && *value >= 0 && *value <= 255 ? int(*value) : -1);
            }
            record.mapping = mapping;
            record.mappingSource = MappingSource::ProjectFileEcho;
            return;
        }
    }
    if (record.mappingSource == MappingSource::ProjectFileEcho)
        return;
    const QList<int> used = record.traysUsed();
    record.mapping = used;
    record.mappingSource = used.isEmpty() ? MappingSource::None : MappingSource::TrayHistory;
}

JobRecord JobTracker::finish(const PrinterState &state, JobState endState, const QDateTime &now)
{
    JobRecord record = *m_current;
    record.endState = endState;
    record.endedAt = now.toUTC();
    QList<int> ids;
    for (int id : record.mapping) {
        if (id >= 0 && !ids.contains(id))
            ids.append(id);
    }
    for (int id : record.traysUsed()) {
        if (!ids.contains(id))
            ids.append(id);
    }
    for (int id : ids) {
        JobSlotUsage usage;
        usage.globalId = id;
        const Slot *current = state.slotByGlobalId(id);
        const Slot start = m_startSlots.value(id, current ? *current : Slot());
        usage.unitId = current ? current->unitId : start.unitId;
        usage.slotIndex = current ? current->slotIndex : start.slotIndex;
        usage.trayUuid = start.trayUuid;
        usage.tagUid = start.tagUid;
        usage.material = start.material;
        usage.color = start.color;
        usage.remainAtStart = start.remainPercent;
        // Only when the same spool is still there.
        if (current && current->present && current->identity() == start.identity())
            usage.remainAtEnd = current->remainPercent;
        record.slotsUsed.append(usage);
    }
    m_lastEnded = record;
    m_current.reset();
    m_startSlots.clear();
    return record;
}

std::optional<JobSnapshot> JobTracker::snapshot() const
{
    if (!m_current)
        return std::nullopt;
    return JobSnapshot {*m_current, m_startSlots};
}

void JobTracker::restore(const JobSnapshot &snapshot)
{
    m_current = snapshot.record;
    m_startSlots = snapshot.startSlots;
    m_seenAnything = true;
}

bool JobTracker::sameJob(const JobRecord &record, const JobInfo &job) const
{
    if (isNonZeroId(record.taskId) || isNonZeroId(job.taskId))
        return record.taskId == job.taskId;
    return job.name.isEmpty() || record.name.isEmpty() || job.name == record.name;
}

void JobTracker::applyToState(PrinterState &state) const
{
    JobInfo &job = state.job;
    const JobRecord *record = nullptr;
    if (m_current)
        record = &*m_current;
    else if (m_lastEnded && (job.state == JobState::Finish || job.state == JobState::Failed)
        && sameJob(*m_lastEnded, job))
        record = &*m_lastEnded;
    if (!record) {
        job.identity = job.state == JobState::Idle || job.state == JobState::Unknown ? QString() : jobKey(job, {});
        job.startedAt = QDateTime();
        return;
    }
    job.identity = record->key;
    job.startedAt = record->startedAt;
    job.mapping = record->mapping;
    const bool preparing = job.state == JobState::Prepare;
    if (preparing || job.progressPercent == 0)
        job.progressPercent = record->lastProgress;
    if (preparing || job.layer == 0)
        job.layer = record->lastLayer;
    if (preparing || job.totalLayers == 0)
        job.totalLayers = record->totalLayers;
}

} // namespace Spoolbridge
