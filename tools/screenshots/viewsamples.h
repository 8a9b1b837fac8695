#pragma once

#include "core/spoolman/spool.h"
#include "ui/dialogs/discoveredprinter.h"
#include "ui/views/historyentry.h"
#include "ui/views/inventoryrow.h"
#include "ui/views/syncresultrow.h"

namespace Spoolbridge {
class EnvironmentHistory;
}

namespace Spoolbridge::Screenshots {

// Sample data for the view screenshots: plausible spools, syncs, jobs and sensor readings.
QList<Spool> unlinkedSpools();
QList<Vendor> vendors();
QList<Ui::SyncResultRow> syncResults();
QList<Ui::InventoryRow> inventory();
QList<Ui::HistoryEntry> history(const QDateTime &now);
QList<Ui::DiscoveredPrinter> discovered();
// A day and a half of readings, one per minute, for two AMS units of printer "x1c".
void fillEnvironment(EnvironmentHistory &history, const QDateTime &now);

} // namespace Spoolbridge::Screenshots
