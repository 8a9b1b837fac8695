#pragma once

#include "core/printer/printerstate.h"
#include "ui/slotlinkinfo.h"

#include <QString>

namespace Spoolbridge::Ui::Labels {

// Translated names the widgets show for printer-model values.
QString unitTypeName(UnitType type); // "AMS", "AMS Lite", "AMS 2 Pro", "AMS HT"
QString unitLetter(int unitId); // "A"–"D" for 0–3, "HT-A"… for 128+, "A" for the A2L unit 16
QString unitTitle(const AmsUnit &unit); // "AMS 2 Pro B"
QString slotLabel(const Slot &slot, bool dualNozzle); // "A1", "HT-A", "External", "External L"
QString extruderName(Extruder extruder); // "Left nozzle", "Right nozzle", "" when unknown
QString jobStateName(JobState state);
QString connectionStateName(ConnectionState state);
QString linkStateName(SlotLinkInfo::State state); // badge text: "Linked", "Unlinked", "Skipped", ""
QString vendorName(const Slot &slot, const SlotLinkInfo &link); // Spoolman's vendor, Bambu Lab or Generic
QString profileName(const Slot &slot); // tray_sub_brands, else the material
QString durationText(int minutes); // "1 h 23 min", "45 min"
QString gramsText(double grams); // "812 g", "1.2 kg"

} // namespace Spoolbridge::Ui::Labels
