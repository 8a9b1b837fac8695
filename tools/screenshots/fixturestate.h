#pragma once

#include "core/printer/printerstate.h"

#include <QString>

namespace Spoolbridge::Screenshots {

// TEMPORARY (screenshot tool only): a minimal reading of a pushall fixture into a PrinterState,
// just enough for realistic sample screens. It is not the printer model: no delta merging, no
// quirks beyond the few the screens need. Replace with core/printer's parser once it is merged.
PrinterState stateFromFixture(const QString &path, const QString &modelName, bool dualNozzle);

} // namespace Spoolbridge::Screenshots
