#pragma once

#include "core/printer/printerstate.h"
#include "ui/slotlinkinfo.h"

#include <QString>

// Small builders for UI tests: slots and units shaped like the printer model's output for the
// fixtures (values taken from tests/fixtures/bambu-reports/x1c-pushall-2ams-ams2pro-amsht.json).
namespace Spoolbridge::Test::UiData {

inline Slot rfidSlot(int unitId, int slotIndex, int remain = 93)
{
    Slot s;
    s.unitId = unitId;
    s.slotIndex = slotIndex;
    s.globalId = unitId * 4 + slotIndex;
    s.present = true;
    s.material = QStringLiteral("PLA");
    s.profile = QStringLiteral("PLA Matte");
    s.presetId = QStringLiteral("GFA01");
    s.color = QStringLiteral("000000FF");
    s.colors = {s.color};
    s.trayUuid = QStringLiteral("5F3D8925633343C29FB9A97FA9125971");
    s.tagUid = QStringLiteral("A1B2C3D4E5F60708");
    s.isBambuRfid = true;
    s.remainPercent = remain;
    s.labelWeightG = 1000;
    s.k = 0.02;
    return s;
}

inline Slot thirdPartySlot(int unitId, int slotIndex)
{
    Slot s;
    s.unitId = unitId;
    s.slotIndex = slotIndex;
    s.globalId = unitId * 4 + slotIndex;
    s.present = true;
    s.material = QStringLiteral("PLA");
    s.profile = QStringLiteral("PLA");
    s.presetId = QStringLiteral("GFL96");
    s.color = QStringLiteral("D357FEFF");
    s.colors = {s.color};
    return s;
}

inline Slot emptySlot(int unitId, int slotIndex)
{
    Slot s;
    s.unitId = unitId;
    s.slotIndex = slotIndex;
    s.globalId = unitId * 4 + slotIndex;
    return s;
}

inline AmsUnit unit(int id, UnitType type = UnitType::Ams)
{
    AmsUnit u;
    u.id = id;
    u.type = type;
    u.humidityLevel = 5;
    u.humidityPercent = 8;
    u.temperatureC = 26.2;
    for (int i = 0; i < 4; ++i)
        u.slots.append(rfidSlot(id, i, 90 - i * 10));
    return u;
}

inline Ui::SlotLinkInfo linkedInfo(int spoolId, double grams = 812)
{
    Ui::SlotLinkInfo info;
    info.state = Ui::SlotLinkInfo::Linked;
    info.spoolId = spoolId;
    info.remainingG = grams;
    info.spoolmanUrl = QStringLiteral("http://spoolman.test:7912/");
    info.vendor = QStringLiteral("Bambu Lab");
    return info;
}

inline Ui::SlotLinkInfo unlinkedInfo(bool available)
{
    Ui::SlotLinkInfo info;
    info.state = Ui::SlotLinkInfo::Unlinked;
    info.spoolmanUrl = QStringLiteral("http://spoolman.test:7912");
    info.unlinkedSpoolsAvailable = available;
    return info;
}

inline Ui::SlotLinkInfo skippedInfo(const QString &reason)
{
    Ui::SlotLinkInfo info;
    info.state = Ui::SlotLinkInfo::Skipped;
    info.spoolmanUrl = QStringLiteral("http://spoolman.test:7912");
    info.skipReason = reason;
    return info;
}

} // namespace Spoolbridge::Test::UiData
