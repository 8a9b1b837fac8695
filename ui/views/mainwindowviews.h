#pragma once

namespace Spoolbridge::Ui {

class EnvironmentChartView;
class HistoryView;
class InventoryView;
class MainWindow;
class SyncResultsView;

// The views of the main window's Sync results, Inventory, History and Charts tabs.
struct MainWindowViews {
    SyncResultsView *syncResults = nullptr;
    InventoryView *inventory = nullptr;
    HistoryView *history = nullptr;
    EnvironmentChartView *charts = nullptr;
};

// Replaces the placeholder pages of the main window's tabs with the real views (same tab
// titles and icons; the window owns them) and wires what belongs to the window: the view's
// Sync now button emits the window's syncNowRequested(), and the view shows the window's
// Auto/Manual mode when the user switches it in the toolbar (call setAutoSync on the view
// as well when the mode changes from elsewhere). The chart follows the printer selected in the
// sidebar (printer ids are the window's ids; record the history under the same ids).
MainWindowViews installViews(MainWindow *window);

} // namespace Spoolbridge::Ui
