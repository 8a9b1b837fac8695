#include "ui/views/mainwindowviews.h"

#include "ui/mainwindow.h"
#include "ui/views/environmentchartview.h"
#include "ui/views/historyview.h"
#include "ui/views/inventoryview.h"
#include "ui/views/syncresultsview.h"

#include <QListWidget>
#include <QTabWidget>

namespace Spoolbridge::Ui {

namespace {

void replaceTab(QTabWidget *tabs, int index, QWidget *view)
{
    QWidget *placeholder = tabs->widget(index);
    const QString title = tabs->tabText(index);
    const QIcon icon = tabs->tabIcon(index);
    const QString tip = tabs->tabToolTip(index);
    const bool current = tabs->currentIndex() == index;
    tabs->removeTab(index);
    tabs->insertTab(index, view, icon, title);
    tabs->setTabToolTip(index, tip);
    if (current)
        tabs->setCurrentIndex(index);
    delete placeholder;
}

} // namespace

MainWindowViews installViews(MainWindow *window)
{
    MainWindowViews views;
    QTabWidget *tabs = window->tabs();
    views.syncResults = new SyncResultsView;
    views.inventory = new InventoryView;
    views.history = new HistoryView;
    views.charts = new EnvironmentChartView;
    replaceTab(tabs, MainWindow::SyncResultsTab, views.syncResults);
    replaceTab(tabs, MainWindow::InventoryTab, views.inventory);
    replaceTab(tabs, MainWindow::HistoryTab, views.history);
    replaceTab(tabs, MainWindow::ChartsTab, views.charts);

    views.syncResults->setAutoSync(window->autoSync());
    QObject::connect(views.syncResults, &SyncResultsView::syncNowRequested, window, &MainWindow::syncNowRequested);
    QObject::connect(window, &MainWindow::autoSyncChanged, views.syncResults, &SyncResultsView::setAutoSync);
    // The chart follows the printer selected in the sidebar.
    EnvironmentChartView *charts = views.charts;
    auto follow = [window, charts] {
        const QListWidgetItem *item = window->printerList()->currentItem();
        charts->setPrinter(window->currentPrinterId(), item ? item->text() : QString());
    };
    QObject::connect(window->printerList(), &QListWidget::currentRowChanged, charts, follow);
    follow();
    return views;
}

} // namespace Spoolbridge::Ui
