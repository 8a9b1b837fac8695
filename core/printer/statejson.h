#pragma once

#include "core/printer/jobrecord.h"
#include "core/printer/printerstate.h"

#include <QJsonObject>

namespace Spoolbridge {

// The machine-readable form of the derived printer state (schema in docs/cli.md, "inspect").
QJsonObject printerStateToJson(const PrinterState &state);
QJsonObject slotToJson(const Slot &slot);
QJsonObject jobRecordToJson(const JobRecord &record);

} // namespace Spoolbridge
