#include "fixturestate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Spoolbridge::Screenshots {

namespace {

int toInt(const QJsonValue &v, int fallback = 0)
{
    if (v.isString()) {
        bool ok = false;
        const int n = v.toString().toInt(&ok);
        return ok ? n : fallback;
    }
    return v.isDouble() ? v.toInt() : fallback;
}

QString idOrEmpty(const QString &hex)
{
    return hex.count(QLatin1Char('0')) == hex.size() ? QString() : hex;
}

Slot readTray(const QJsonObject &t, int unitId, bool amsLite)
{
    Slot s;
    s.unitId = unitId;
    s.slotIndex = unitId >= 128 ? 0 : toInt(t.value(QStringLiteral("id")));
    s.globalId = unitId < 4 ? unitId * 4 + s.slotIndex : unitId;
    s.material = t.value(QStringLiteral("tray_type")).toString();
    s.present = !s.material.isEmpty();
    s.profile = t.value(QStringLiteral("tray_sub_brands")).toString();
    if (s.profile.isEmpty())
        s.profile = s.material;
    s.presetId = t.value(QStringLiteral("tray_info_idx")).toString();
    s.trayIdName = t.value(QStringLiteral("tray_id_name")).toString();
    s.color = t.value(QStringLiteral("tray_color")).toString().toUpper();
    for (const QJsonValue &c : t.value(QStringLiteral("cols")).toArray())
        s.colors << c.toString().toUpper();
    s.trayUuid = idOrEmpty(t.value(QStringLiteral("tray_uuid")).toString());
    s.tagUid = idOrEmpty(t.value(QStringLiteral("tag_uid")).toString());
    s.isBambuRfid = !s.trayUuid.isEmpty() || !s.tagUid.isEmpty();
    const int remain = toInt(t.value(QStringLiteral("remain")), -1);
    if (remain >= 0 && !amsLite && s.isBambuRfid)
        s.remainPercent = remain;
    s.labelWeightG = toInt(t.value(QStringLiteral("tray_weight")));
    if (t.contains(QStringLiteral("k")))
        s.k = t.value(QStringLiteral("k")).toDouble();
    s.state = toInt(t.value(QStringLiteral("state")), -1);
    return s;
}

} // namespace

PrinterState stateFromFixture(const QString &path, const QString &modelName, bool dualNozzle)
{
    PrinterState state;
    state.modelName = modelName;
    state.dualNozzle = dualNozzle;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return state;
    const QJsonObject print
        = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("print")).toObject();
    const QJsonObject ams = print.value(QStringLiteral("ams")).toObject();
    state.trayNow = toInt(ams.value(QStringLiteral("tray_now")), TrayId::None);

    for (const QJsonValue &uv : ams.value(QStringLiteral("ams")).toArray()) {
        const QJsonObject u = uv.toObject();
        AmsUnit unit;
        unit.id = toInt(u.value(QStringLiteral("id")));
        const uint info = u.value(QStringLiteral("info")).toString().toUInt(nullptr, 16);
        switch (info & 0xF) {
        case 2:
        case 5:
            unit.type = UnitType::AmsLite;
            break;
        case 3:
            unit.type = UnitType::Ams2Pro;
            break;
        case 4:
            unit.type = UnitType::AmsHt;
            break;
        default:
            // Old firmware sends no "info": an AMS Lite on A1-class printers, else an AMS.
            unit.type = !u.contains(QStringLiteral("info")) && modelName.startsWith(QLatin1String("A1"))
                ? UnitType::AmsLite
                : UnitType::Ams;
        }
        const uint extruder = (info >> 8) & 0xF;
        if (dualNozzle && u.contains(QStringLiteral("info")))
            unit.extruder = extruder == 1 ? Extruder::Left : extruder == 0 ? Extruder::Right : Extruder::Unknown;
        unit.humidityLevel = toInt(u.value(QStringLiteral("humidity")));
        const int humidityRaw = toInt(u.value(QStringLiteral("humidity_raw")));
        if (humidityRaw > 0 && humidityRaw <= 100)
            unit.humidityPercent = humidityRaw;
        const double temp = u.value(QStringLiteral("temp")).toString().toDouble();
        if (temp > 0.0)
            unit.temperatureC = temp;
        unit.dryMinutesLeft = toInt(u.value(QStringLiteral("dry_time")));
        unit.drying = unit.dryMinutesLeft > 0;
        for (const QJsonValue &tv : u.value(QStringLiteral("tray")).toArray())
            unit.slots.append(readTray(tv.toObject(), unit.id, unit.type == UnitType::AmsLite));
        state.units.append(unit);
    }

    QJsonArray external = print.value(QStringLiteral("vir_slot")).toArray();
    if (external.isEmpty() && print.contains(QStringLiteral("vt_tray")))
        external.append(print.value(QStringLiteral("vt_tray")));
    for (const QJsonValue &ev : external) {
        const QJsonObject e = ev.toObject();
        const int id = toInt(e.value(QStringLiteral("id")), TrayId::ExternalRight);
        Slot s = readTray(e, id, false);
        s.slotIndex = 0;
        s.globalId = id;
        s.external = true;
        state.external.append(s);
    }
    // Which tray feeds: per extruder on dual-nozzle printers (snow = ams << 8 | slot).
    const QJsonArray extruders = print.value(QStringLiteral("device"))
                                     .toObject()
                                     .value(QStringLiteral("extruder"))
                                     .toObject()
                                     .value(QStringLiteral("info"))
                                     .toArray();
    QList<QPair<int, int>> active;
    for (const QJsonValue &xv : extruders) {
        const int snow = toInt(xv.toObject().value(QStringLiteral("snow")), 0xFFFF);
        if (snow != 0xFFFF && (snow >> 8) != 0xFE && (snow & 0xFF) != 0xFF)
            active.append({snow >> 8, snow & 0xFF});
    }
    if (active.isEmpty() && state.trayNow != TrayId::None) {
        const int now = state.trayNow;
        active.append(now >= 128 && now < 254 ? qMakePair(now, 0) : qMakePair(now / 4, now % 4));
    }
    for (AmsUnit &unit : state.units) {
        for (Slot &s : unit.slots)
            s.active = active.contains({unit.id, s.slotIndex});
    }
    for (Slot &s : state.external)
        s.active = active.contains({s.unitId, 0}) || (state.trayNow == 254 && s.present);

    auto jobState = [](const QString &g) {
        if (g == QLatin1String("RUNNING"))
            return JobState::Running;
        if (g == QLatin1String("PREPARE"))
            return JobState::Prepare;
        if (g == QLatin1String("PAUSE"))
            return JobState::Pause;
        if (g == QLatin1String("FINISH"))
            return JobState::Finish;
        if (g == QLatin1String("FAILED"))
            return JobState::Failed;
        if (g == QLatin1String("IDLE"))
            return JobState::Idle;
        return JobState::Unknown;
    };
    state.job.gcodeState = print.value(QStringLiteral("gcode_state")).toString();
    state.job.state = jobState(state.job.gcodeState);
    state.job.name = print.value(QStringLiteral("subtask_name")).toString();
    state.job.progressPercent = toInt(print.value(QStringLiteral("mc_percent")));
    state.job.layer = toInt(print.value(QStringLiteral("layer_num")));
    state.job.totalLayers = toInt(print.value(QStringLiteral("total_layer_num")));
    state.job.remainingMinutes = toInt(print.value(QStringLiteral("mc_remaining_time")));
    return state;
}

} // namespace Spoolbridge::Screenshots
