#pragma once

#include <QString>

namespace Spoolbridge::Screenshots {

class Shooter;

// The main window with the fixture printers, slot cards and hover cards (windowshots.cpp).
void shootWindows(Shooter &shooter, const QString &fixturesDir);

// The dialogs (link, add spool, settings, printer, first-run wizard); the Spoolman connection
// test runs for real against the stand-in at `standinUrl` (viewshots.cpp).
void shootDialogs(Shooter &shooter, const QString &standinUrl);
// The views with sample data, empty and filled, and the tray icons and menu.
void shootViews(Shooter &shooter);
// The main window's tabs with the views installed and filled.
void shootMainWindowTabs(Shooter &shooter, const QString &fixturesDir);

} // namespace Spoolbridge::Screenshots
