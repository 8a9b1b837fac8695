#include "ui/labels.h"

#include <QCoreApplication>
#include <QLocale>

namespace Spoolbridge::Ui::Labels {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Labels", text);
}
} // namespace

QString unitTypeName(UnitType type)
{
    switch (type) {
    case UnitType::Ams:
        return tr("AMS");
    case UnitType::AmsLite:
        return tr("AMS Lite");
    case UnitType::Ams2Pro:
        return tr("AMS 2 Pro");
    case UnitType::AmsHt:
        return tr("AMS HT");
    case UnitType::Unknown:
        break;
    }
    return tr("AMS");
}

QString unitLetter(int unitId)
{
    if (unitId >= 0 && unitId < 26)
        return unitId == 16 ? QStringLiteral("A") : QString(QChar('A' + unitId));
    if (unitId >= 128 && unitId < 128 + 26)
        return QStringLiteral("HT-%1").arg(QChar('A' + (unitId - 128)));
    return QString::number(unitId);
}

QString unitTitle(const AmsUnit &unit)
{
    if (unit.type == UnitType::AmsHt || unit.id >= 128)
        return QCoreApplication::translate("Labels", "AMS %1").arg(unitLetter(unit.id));
    return QCoreApplication::translate("Labels", "%1 %2").arg(unitTypeName(unit.type), unitLetter(unit.id));
}

QString slotLabel(const Slot &slot, bool dualNozzle)
{
    if (slot.external || slot.unitId >= 254) {
        if (!dualNozzle)
            return tr("External");
        return slot.unitId == TrayId::ExternalLeft ? tr("External L") : tr("External R");
    }
    if (slot.unitId >= 128)
        return unitLetter(slot.unitId);
    return unitLetter(slot.unitId) + QString::number(slot.slotIndex + 1);
}

QString extruderName(Extruder extruder)
{
    switch (extruder) {
    case Extruder::Left:
        return tr("Left nozzle");
    case Extruder::Right:
        return tr("Right nozzle");
    case Extruder::Unknown:
        break;
    }
    return {};
}

QString jobStateName(JobState state)
{
    switch (state) {
    case JobState::Idle:
        return tr("Idle");
    case JobState::Prepare:
        return tr("Preparing");
    case JobState::Running:
        return tr("Printing");
    case JobState::Pause:
        return tr("Paused");
    case JobState::Finish:
        return tr("Finished");
    case JobState::Failed:
        return tr("Failed");
    case JobState::Unknown:
        break;
    }
    return tr("Unknown");
}

QString connectionStateName(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Connected:
        return tr("Connected");
    case ConnectionState::Connecting:
        return tr("Connecting…");
    case ConnectionState::Error:
        return tr("Connection problem");
    case ConnectionState::Disconnected:
        break;
    }
    return tr("Offline");
}

QString linkStateName(SlotLinkInfo::State state)
{
    switch (state) {
    case SlotLinkInfo::Linked:
        return tr("Linked");
    case SlotLinkInfo::Unlinked:
        return tr("Unlinked");
    case SlotLinkInfo::Skipped:
        return tr("Skipped");
    case SlotLinkInfo::Unknown:
        break;
    }
    return {};
}

QString vendorName(const Slot &slot, const SlotLinkInfo &link)
{
    if (link.state == SlotLinkInfo::Linked && !link.vendor.isEmpty())
        return link.vendor;
    return slot.isBambuRfid ? tr("Bambu Lab") : tr("Generic");
}

QString profileName(const Slot &slot)
{
    return slot.profile.isEmpty() ? slot.material : slot.profile;
}

QString durationText(int minutes)
{
    if (minutes < 60)
        return QCoreApplication::translate("Labels", "%1 min").arg(minutes);
    return QCoreApplication::translate("Labels", "%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString gramsText(double grams)
{
    const QLocale locale;
    if (grams >= 10000)
        return QCoreApplication::translate("Labels", "%1 kg").arg(locale.toString(grams / 1000.0, 'f', 1));
    return QCoreApplication::translate("Labels", "%1 g").arg(locale.toString(grams, 'f', 0));
}

} // namespace Spoolbridge::Ui::Labels
