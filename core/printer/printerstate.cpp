#include "core/printer/printerstate.h"

namespace Spoolbridge {

bool Slot::operator==(const Slot &o) const
{
    return unitId == o.unitId && slotIndex == o.slotIndex && globalId == o.globalId && external == o.external
        && present == o.present && material == o.material && profile == o.profile && presetId == o.presetId
        && trayIdName == o.trayIdName && color == o.color && colors == o.colors && trayUuid == o.trayUuid
        && tagUid == o.tagUid && isBambuRfid == o.isBambuRfid && remainPercent == o.remainPercent
        && labelWeightG == o.labelWeightG && diameterMm == o.diameterMm && k == o.k && nozzleTempMin == o.nozzleTempMin
        && nozzleTempMax == o.nozzleTempMax && state == o.state && active == o.active;
}

bool AmsUnit::operator==(const AmsUnit &o) const
{
    return id == o.id && type == o.type && extruder == o.extruder && humidityLevel == o.humidityLevel
        && humidityPercent == o.humidityPercent && temperatureC == o.temperatureC && drying == o.drying
        && dryMinutesLeft == o.dryMinutesLeft && slots == o.slots;
}

bool JobInfo::operator==(const JobInfo &o) const
{
    return state == o.state && gcodeState == o.gcodeState && name == o.name && gcodeFile == o.gcodeFile
        && taskId == o.taskId && subtaskId == o.subtaskId && projectId == o.projectId && printType == o.printType
        && progressPercent == o.progressPercent && layer == o.layer && totalLayers == o.totalLayers
        && remainingMinutes == o.remainingMinutes && mapping == o.mapping && startedAt == o.startedAt
        && identity == o.identity;
}

const AmsUnit *PrinterState::unit(int id) const
{
    for (const AmsUnit &u : units) {
        if (u.id == id)
            return &u;
    }
    return nullptr;
}

const Slot *PrinterState::slot(int unitId, int slotIndex) const
{
    if (unitId == TrayId::ExternalLeft || unitId == TrayId::ExternalRight) {
        for (const Slot &s : external) {
            if (s.unitId == unitId && s.slotIndex == slotIndex)
                return &s;
        }
        return nullptr;
    }
    const AmsUnit *u = unit(unitId);
    if (!u)
        return nullptr;
    for (const Slot &s : u->slots) {
        if (s.slotIndex == slotIndex)
            return &s;
    }
    return nullptr;
}

const Slot *PrinterState::slotByGlobalId(int globalId) const
{
    if (globalId < 0)
        return nullptr;
    for (const AmsUnit &u : units) {
        for (const Slot &s : u.slots) {
            if (s.globalId == globalId)
                return &s;
        }
    }
    for (const Slot &s : external) {
        if (s.globalId == globalId)
            return &s;
    }
    return nullptr;
}

bool PrinterState::operator==(const PrinterState &o) const
{
    return serial == o.serial && modelName == o.modelName && modelCode == o.modelCode && firmware == o.firmware
        && job == o.job && units == o.units && external == o.external && trayNow == o.trayNow && trayTar == o.trayTar
        && trayPre == o.trayPre && dualNozzle == o.dualNozzle && extruderCount == o.extruderCount
        && activeTrayRight == o.activeTrayRight && activeTrayLeft == o.activeTrayLeft;
}

QString unitTypeKey(UnitType type)
{
    switch (type) {
    case UnitType::Ams:
        return QStringLiteral("ams");
    case UnitType::AmsLite:
        return QStringLiteral("ams_lite");
    case UnitType::Ams2Pro:
        return QStringLiteral("ams_2_pro");
    case UnitType::AmsHt:
        return QStringLiteral("ams_ht");
    case UnitType::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString extruderKey(Extruder e)
{
    switch (e) {
    case Extruder::Right:
        return QStringLiteral("right");
    case Extruder::Left:
        return QStringLiteral("left");
    case Extruder::Unknown:
        break;
    }
    return QString();
}

QString jobStateKey(JobState s)
{
    switch (s) {
    case JobState::Idle:
        return QStringLiteral("IDLE");
    case JobState::Prepare:
        return QStringLiteral("PREPARE");
    case JobState::Running:
        return QStringLiteral("RUNNING");
    case JobState::Pause:
        return QStringLiteral("PAUSE");
    case JobState::Finish:
        return QStringLiteral("FINISH");
    case JobState::Failed:
        return QStringLiteral("FAILED");
    case JobState::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

JobState jobStateFromString(const QString &gcodeState)
{
    const QString s = gcodeState.trimmed().toUpper();
    if (s == QLatin1String("IDLE"))
        return JobState::Idle;
    if (s == QLatin1String("PREPARE") || s == QLatin1String("SLICING") || s == QLatin1String("INIT"))
        return JobState::Prepare;
    if (s == QLatin1String("RUNNING"))
        return JobState::Running;
    if (s == QLatin1String("PAUSE"))
        return JobState::Pause;
    if (s == QLatin1String("FINISH"))
        return JobState::Finish;
    if (s == QLatin1String("FAILED"))
        return JobState::Failed;
    return JobState::Unknown;
}

bool isJobActive(JobState s)
{
    return s == JobState::Prepare || s == JobState::Running || s == JobState::Pause;
}

} // namespace Spoolbridge
