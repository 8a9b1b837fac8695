#include "core/printer/statejson.h"

#include <QJsonArray>

namespace Spoolbridge {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue trayOrNull(int globalId)
{
    return globalId < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(globalId);
}

QJsonArray intArray(const QList<int> &values)
{
    QJsonArray array;
    for (int value : values)
        array.append(value);
    return array;
}

} // namespace

QJsonObject slotToJson(const Slot &slot)
{
    QJsonObject object;
    object.insert(QStringLiteral("slot"), slot.slotIndex);
    object.insert(QStringLiteral("global_id"), slot.globalId);
    object.insert(QStringLiteral("present"), slot.present);
    object.insert(QStringLiteral("material"), orNull(slot.material));
    object.insert(QStringLiteral("profile"), orNull(slot.profile));
    object.insert(QStringLiteral("preset_id"), orNull(slot.presetId));
    object.insert(QStringLiteral("color"), orNull(slot.color));
    QJsonArray colors;
    for (const QString &color : slot.colors)
        colors.append(color);
    object.insert(QStringLiteral("colors"), colors);
    object.insert(QStringLiteral("tray_uuid"), orNull(slot.trayUuid));
    object.insert(QStringLiteral("tag_uid"), orNull(slot.tagUid));
    object.insert(QStringLiteral("is_bambu_rfid"), slot.isBambuRfid);
    object.insert(QStringLiteral("remain_percent"),
        slot.remainPercent ? QJsonValue(*slot.remainPercent) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("label_weight_g"), slot.labelWeightG);
    object.insert(QStringLiteral("diameter_mm"),
        slot.diameterMm > 0.0 ? QJsonValue(slot.diameterMm) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("k"), slot.k ? QJsonValue(*slot.k) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("state"), slot.state < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(slot.state));
    object.insert(QStringLiteral("active"), slot.active);
    return object;
}

QJsonObject printerStateToJson(const PrinterState &state)
{
    QJsonObject job;
    job.insert(QStringLiteral("name"), orNull(state.job.name));
    job.insert(QStringLiteral("state"), jobStateKey(state.job.state));
    job.insert(QStringLiteral("gcode_file"), orNull(state.job.gcodeFile));
    job.insert(QStringLiteral("task_id"), orNull(state.job.taskId));
    job.insert(QStringLiteral("identity"), orNull(state.job.identity));
    job.insert(QStringLiteral("progress"), state.job.progressPercent);
    job.insert(QStringLiteral("layer"), state.job.layer);
    job.insert(QStringLiteral("total_layers"), state.job.totalLayers);
    job.insert(QStringLiteral("mapping"), intArray(state.job.mapping));
    job.insert(QStringLiteral("started_at"),
        state.job.startedAt.isValid() ? QJsonValue(state.job.startedAt.toString(Qt::ISODate))
                                      : QJsonValue(QJsonValue::Null));

    QJsonObject active;
    active.insert(QStringLiteral("right"), trayOrNull(state.activeTrayRight));
    active.insert(QStringLiteral("left"), trayOrNull(state.activeTrayLeft));

    QJsonObject printer;
    printer.insert(QStringLiteral("serial"), orNull(state.serial));
    printer.insert(QStringLiteral("model"), orNull(state.modelName));
    printer.insert(QStringLiteral("model_code"), orNull(state.modelCode));
    printer.insert(QStringLiteral("firmware"), orNull(state.firmware));
    printer.insert(QStringLiteral("gcode_state"), orNull(state.job.gcodeState));
    printer.insert(QStringLiteral("dual_nozzle"), state.dualNozzle);
    printer.insert(QStringLiteral("tray_now"), state.trayNow);
    printer.insert(QStringLiteral("active_tray"), active);
    printer.insert(QStringLiteral("job"), job);

    QJsonArray units;
    for (const AmsUnit &unit : state.units) {
        QJsonObject object;
        object.insert(QStringLiteral("id"), unit.id);
        object.insert(QStringLiteral("type"), unitTypeKey(unit.type));
        object.insert(QStringLiteral("extruder"), orNull(extruderKey(unit.extruder)));
        object.insert(QStringLiteral("humidity_level"), unit.humidityLevel);
        object.insert(QStringLiteral("humidity_percent"),
            unit.humidityPercent ? QJsonValue(*unit.humidityPercent) : QJsonValue(QJsonValue::Null));
        object.insert(QStringLiteral("temperature_c"),
            unit.temperatureC ? QJsonValue(*unit.temperatureC) : QJsonValue(QJsonValue::Null));
        object.insert(QStringLiteral("drying"), unit.drying);
        object.insert(QStringLiteral("dry_minutes_left"), unit.dryMinutesLeft);
        QJsonArray slots;
        for (const Slot &slot : unit.slots)
            slots.append(slotToJson(slot));
        object.insert(QStringLiteral("slots"), slots);
        units.append(object);
    }
    QJsonArray external;
    for (const Slot &slot : state.external)
        external.append(slotToJson(slot));

    QJsonObject root;
    root.insert(QStringLiteral("printer"), printer);
    root.insert(QStringLiteral("units"), units);
    root.insert(QStringLiteral("external"), external);
    return root;
}

QJsonObject jobRecordToJson(const JobRecord &record)
{
    QJsonObject object;
    object.insert(QStringLiteral("key"), record.key);
    object.insert(QStringLiteral("name"), orNull(record.name));
    object.insert(QStringLiteral("gcode_file"), orNull(record.gcodeFile));
    object.insert(QStringLiteral("task_id"), orNull(record.taskId));
    object.insert(QStringLiteral("end_state"), jobStateKey(record.endState));
    object.insert(QStringLiteral("observed_from_start"), record.observedFromStart);
    object.insert(QStringLiteral("mapping"), intArray(record.mapping));
    object.insert(QStringLiteral("mapping_source"), mappingSourceKey(record.mappingSource));
    object.insert(QStringLiteral("loads"), intArray(record.loads()));
    object.insert(QStringLiteral("last_progress"), record.lastProgress);
    object.insert(QStringLiteral("last_layer"), record.lastLayer);
    object.insert(QStringLiteral("total_layers"), record.totalLayers);
    object.insert(QStringLiteral("started_at"), record.startedAt.toString(Qt::ISODate));
    object.insert(QStringLiteral("ended_at"),
        record.endedAt.isValid() ? QJsonValue(record.endedAt.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null));
    QJsonArray slotsUsed;
    for (const JobSlotUsage &usage : record.slotsUsed) {
        QJsonObject slot;
        slot.insert(QStringLiteral("global_id"), usage.globalId);
        slot.insert(QStringLiteral("tray_uuid"), orNull(usage.trayUuid));
        slot.insert(QStringLiteral("material"), orNull(usage.material));
        slot.insert(QStringLiteral("remain_at_start"),
            usage.remainAtStart ? QJsonValue(*usage.remainAtStart) : QJsonValue(QJsonValue::Null));
        slot.insert(QStringLiteral("remain_at_end"),
            usage.remainAtEnd ? QJsonValue(*usage.remainAtEnd) : QJsonValue(QJsonValue::Null));
        slotsUsed.append(slot);
    }
    object.insert(QStringLiteral("slots_used"), slotsUsed);
    return object;
}

} // namespace Spoolbridge
