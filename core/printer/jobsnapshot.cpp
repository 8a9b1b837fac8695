#include "core/printer/jobsnapshot.h"

#include <QJsonArray>

namespace Spoolbridge {

namespace {

constexpr int Version = 1;

QJsonValue optionalInt(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

std::optional<int> intOrNothing(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<int>(value.toInt()) : std::nullopt;
}

QJsonObject slotToJson(const Slot &slot)
{
    return {{QStringLiteral("unit"), slot.unitId}, {QStringLiteral("slot"), slot.slotIndex},
        {QStringLiteral("global"), slot.globalId}, {QStringLiteral("external"), slot.external},
        {QStringLiteral("present"), slot.present}, {QStringLiteral("material"), slot.material},
        {QStringLiteral("profile"), slot.profile}, {QStringLiteral("color"), slot.color},
        {QStringLiteral("tray_uuid"), slot.trayUuid}, {QStringLiteral("tag_uid"), slot.tagUid},
        {QStringLiteral("remain"), optionalInt(slot.remainPercent)},
        {QStringLiteral("label_weight"), slot.labelWeightG}};
}

Slot slotFromJson(const QJsonObject &object)
{
    Slot slot;
    slot.unitId = object.value(QLatin1String("unit")).toInt();
    slot.slotIndex = object.value(QLatin1String("slot")).toInt();
    slot.globalId = object.value(QLatin1String("global")).toInt();
    slot.external = object.value(QLatin1String("external")).toBool();
    slot.present = object.value(QLatin1String("present")).toBool();
    slot.material = object.value(QLatin1String("material")).toString();
    slot.profile = object.value(QLatin1String("profile")).toString();
    slot.color = object.value(QLatin1String("color")).toString();
    slot.trayUuid = object.value(QLatin1String("tray_uuid")).toString();
    slot.tagUid = object.value(QLatin1String("tag_uid")).toString();
    slot.isBambuRfid = !slot.identity().isEmpty();
    slot.remainPercent = intOrNothing(object.value(QLatin1String("remain")));
    slot.labelWeightG = object.value(QLatin1String("label_weight")).toInt();
    return slot;
}

QJsonArray intsToJson(const QList<int> &values)
{
    QJsonArray array;
    for (int value : values)
        array.append(value);
    return array;
}

} // namespace

QJsonObject JobSnapshot::toJson() const
{
    QJsonArray slotsArray;
    for (const Slot &slot : startSlots)
        slotsArray.append(slotToJson(slot));
    QJsonArray history;
    for (const ActiveSlotChange &change : record.activeHistory) {
        history.append(QJsonObject {{QStringLiteral("at"), change.at.toString(Qt::ISODateWithMs)},
            {QStringLiteral("left"), change.extruder == Extruder::Left}, {QStringLiteral("global"), change.globalId}});
    }
    return {{QStringLiteral("version"), Version}, {QStringLiteral("key"), record.key},
        {QStringLiteral("name"), record.name}, {QStringLiteral("gcode_file"), record.gcodeFile},
        {QStringLiteral("task_id"), record.taskId}, {QStringLiteral("subtask_id"), record.subtaskId},
        {QStringLiteral("project_id"), record.projectId}, {QStringLiteral("print_type"), record.printType},
        {QStringLiteral("observed_from_start"), record.observedFromStart},
        {QStringLiteral("mapping"), intsToJson(record.mapping)},
        {QStringLiteral("mapping_source"), mappingSourceKey(record.mappingSource)},
        {QStringLiteral("active_history"), history}, {QStringLiteral("last_progress"), record.lastProgress},
        {QStringLiteral("last_layer"), record.lastLayer}, {QStringLiteral("total_layers"), record.totalLayers},
        {QStringLiteral("started_at"), record.startedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("start_slots"), slotsArray}};
}

std::optional<JobSnapshot> JobSnapshot::fromJson(const QJsonObject &object)
{
    if (object.value(QLatin1String("version")).toInt() != Version
        || object.value(QLatin1String("key")).toString().isEmpty())
        return std::nullopt;
    JobSnapshot snapshot;
    JobRecord &record = snapshot.record;
    record.key = object.value(QLatin1String("key")).toString();
    record.name = object.value(QLatin1String("name")).toString();
    record.gcodeFile = object.value(QLatin1String("gcode_file")).toString();
    record.taskId = object.value(QLatin1String("task_id")).toString();
    record.subtaskId = object.value(QLatin1String("subtask_id")).toString();
    record.projectId = object.value(QLatin1String("project_id")).toString();
    record.printType = object.value(QLatin1String("print_type")).toString();
    record.observedFromStart = object.value(QLatin1String("observed_from_start")).toBool();
    for (const auto &value : object.value(QLatin1String("mapping")).toArray())
        record.mapping.append(value.toInt(-1));
    const QString source = object.value(QLatin1String("mapping_source")).toString();
    for (MappingSource candidate :
        {MappingSource::Report, MappingSource::ProjectFileEcho, MappingSource::TrayHistory}) {
        if (mappingSourceKey(candidate) == source)
            record.mappingSource = candidate;
    }
    for (const auto &value : object.value(QLatin1String("active_history")).toArray()) {
        const QJsonObject change = value.toObject();
        record.activeHistory.append(
            {QDateTime::fromString(change.value(QLatin1String("at")).toString(), Qt::ISODateWithMs),
                change.value(QLatin1String("left")).toBool() ? Extruder::Left : Extruder::Right,
                change.value(QLatin1String("global")).toInt(-1)});
    }
    record.lastProgress = object.value(QLatin1String("last_progress")).toInt();
    record.lastLayer = object.value(QLatin1String("last_layer")).toInt();
    record.totalLayers = object.value(QLatin1String("total_layers")).toInt();
    record.startedAt = QDateTime::fromString(object.value(QLatin1String("started_at")).toString(), Qt::ISODateWithMs);
    for (const auto &value : object.value(QLatin1String("start_slots")).toArray()) {
        const Slot slot = slotFromJson(value.toObject());
        snapshot.startSlots.insert(slot.globalId, slot);
    }
    return snapshot;
}

} // namespace Spoolbridge
