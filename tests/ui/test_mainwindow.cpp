#include "uitestdata.h"

#include "ui/emptystate.h"
#include "ui/mainwindow.h"
#include "ui/printerlistdelegate.h"
#include "ui/printerview.h"
#include "ui/slotcard.h"
#include "ui/slothovercard.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QDesktopServices>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using namespace Spoolbridge;
using namespace Spoolbridge::Ui;
using namespace Spoolbridge::Test::UiData;

namespace {

// Receives the URLs the window asks the desktop to open (instead of a real browser).
class UrlCatcher final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

PrinterState sampleState(int progress)
{
    PrinterState state;
    state.modelName = QStringLiteral("H2D");
    state.units = {unit(0)};
    state.job.state = JobState::Running;
    state.job.name = QStringLiteral("riser");
    state.job.progressPercent = progress;
    return state;
}

} // namespace

TEST_CASE("main window: selecting a printer in the sidebar switches the view")
{
    MainWindow window;
    window.show();
    window.addPrinter(QStringLiteral("p1"), QStringLiteral("Workshop X1C"));
    window.addPrinter(QStringLiteral("p2"), QStringLiteral("H2D Farm 1"));
    REQUIRE(window.printerIds() == QStringList {QStringLiteral("p1"), QStringLiteral("p2")});
    CHECK(window.currentPrinterId() == QStringLiteral("p1")); // the first printer is selected
    CHECK(window.currentPrinterView() == window.printerView(QStringLiteral("p1")));

    QListWidget *list = window.printerList();
    const QRect second = list->visualItemRect(list->item(1));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, second.center());
    CHECK(window.currentPrinterId() == QStringLiteral("p2"));
    CHECK(window.currentPrinterView() == window.printerView(QStringLiteral("p2")));
    CHECK(window.currentPrinterView()->printerName() == QStringLiteral("H2D Farm 1"));

    window.selectPrinter(QStringLiteral("p1"));
    CHECK(window.currentPrinterView() == window.printerView(QStringLiteral("p1")));
    window.setPrinterName(QStringLiteral("p1"), QStringLiteral("Workshop X1C (renamed)"));
    CHECK(list->item(0)->text() == QStringLiteral("Workshop X1C (renamed)"));
    CHECK(window.printerView(QStringLiteral("p1"))->printerName() == QStringLiteral("Workshop X1C (renamed)"));

    window.removePrinter(QStringLiteral("p1"));
    window.removePrinter(QStringLiteral("p2"));
    CHECK(window.printerIds().isEmpty());
    CHECK(window.currentPrinterView() == nullptr); // back to the "No printers yet" state
}

TEST_CASE("main window: many printers get a filter over name and model")
{
    MainWindow window;
    window.show();
    window.addPrinter(QStringLiteral("p0"), QStringLiteral("Printer 0"));
    CHECK_FALSE(window.printerFilter()->isVisible());
    for (int i = 1; i < 9; ++i)
        window.addPrinter(QStringLiteral("p%1").arg(i), QStringLiteral("Printer %1").arg(i));
    PrinterState h2d;
    h2d.modelName = QStringLiteral("H2D");
    window.setPrinterState(QStringLiteral("p5"), h2d);
    REQUIRE(window.printerFilter()->isVisible());
    QTest::keyClicks(window.printerFilter(), QStringLiteral("h2d"));
    QStringList shown;
    for (int i = 0; i < window.printerList()->count(); ++i) {
        if (!window.printerList()->item(i)->isHidden())
            shown << window.printerList()->item(i)->text();
    }
    CHECK(shown == QStringList {QStringLiteral("Printer 5")});
    window.printerFilter()->clear();
    int visible = 0;
    for (int i = 0; i < window.printerList()->count(); ++i)
        visible += window.printerList()->item(i)->isHidden() ? 0 : 1;
    CHECK(visible == 9);
}

TEST_CASE("main window: state and connection updates reach the view and the sidebar")
{
    MainWindow window;
    window.addPrinter(QStringLiteral("p1"), QStringLiteral("H2D Farm 1"));
    window.setConnectionState(QStringLiteral("p1"), ConnectionState::Connected);
    window.setPrinterState(QStringLiteral("p1"), sampleState(6));
    PrinterView *view = window.printerView(QStringLiteral("p1"));
    SlotCard *a1 = view->card({0, 0});
    REQUIRE(a1);
    const QListWidgetItem *item = window.printerList()->item(0);
    CHECK(item->data(PrinterListDelegate::ModelRole).toString() == QStringLiteral("H2D"));
    CHECK(item->data(PrinterListDelegate::JobLineRole).toString() == QStringLiteral("Printing · 6 %"));
    CHECK(item->data(PrinterListDelegate::ProgressRole).toInt() == 6);

    window.setPrinterState(QStringLiteral("p1"), sampleState(40));
    CHECK(view->card({0, 0}) == a1);
    CHECK(item->data(PrinterListDelegate::ProgressRole).toInt() == 40);

    window.setConnectionState(QStringLiteral("p1"), ConnectionState::Error, QStringLiteral("Access code refused."));
    CHECK(view->connectionState() == ConnectionState::Error);
    CHECK(item->data(PrinterListDelegate::ConnectionRole).toInt() == int(ConnectionState::Error));
    CHECK(item->data(PrinterListDelegate::JobLineRole).toString() == QStringLiteral("Connection problem"));

    window.setSlotLinkInfo(QStringLiteral("p1"), 0, 0, linkedInfo(3));
    CHECK(a1->badgeText() == QStringLiteral("Linked"));
}

TEST_CASE("main window: later views are tabs with an honest empty state")
{
    MainWindow window;
    QTabWidget *tabs = window.tabs();
    REQUIRE(tabs->count() == 5);
    CHECK(tabs->tabText(MainWindow::SyncResultsTab) == QStringLiteral("Sync results"));
    CHECK(tabs->tabText(MainWindow::InventoryTab) == QStringLiteral("Inventory"));
    CHECK(tabs->tabText(MainWindow::HistoryTab) == QStringLiteral("History"));
    CHECK(tabs->tabText(MainWindow::ChartsTab) == QStringLiteral("Charts"));
    auto *sync = qobject_cast<EmptyState *>(tabs->widget(MainWindow::SyncResultsTab));
    REQUIRE(sync);
    CHECK(sync->headline() == QStringLiteral("No sync has run yet"));
    for (int i = MainWindow::InventoryTab; i <= MainWindow::ChartsTab; ++i)
        CHECK(qobject_cast<EmptyState *>(tabs->widget(i)) != nullptr);
}

TEST_CASE("main window: toolbar actions and the sync mode indicator")
{
    MainWindow window;
    QSignalSpy sync(&window, &MainWindow::syncNowRequested);
    QSignalSpy settings(&window, &MainWindow::settingsRequested);
    QSignalSpy mode(&window, &MainWindow::autoSyncChanged);
    window.syncNowAction()->trigger();
    window.settingsAction()->trigger();
    CHECK(sync.count() == 1);
    CHECK(settings.count() == 1);

    CHECK(window.modeButton()->text() == QStringLiteral("Auto sync"));
    const QList<QAction *> modes = window.modeButton()->menu()->actions();
    REQUIRE(modes.size() == 2);
    modes.at(1)->trigger(); // Manual
    REQUIRE(mode.count() == 1);
    CHECK(mode.at(0).at(0).toBool() == false);
    CHECK_FALSE(window.autoSync());
    CHECK(window.modeButton()->text() == QStringLiteral("Manual sync"));

    // The "No printers yet" page leads to Settings too.
    auto *noPrinters
        = qobject_cast<EmptyState *>(window.tabs()->widget(MainWindow::SlotsTab)->findChild<EmptyState *>());
    REQUIRE(noPrinters);
    REQUIRE(noPrinters->actionButton());
    QTest::mouseClick(noPrinters->actionButton(), Qt::LeftButton);
    CHECK(settings.count() == 2);

    window.setSyncRunning(true);
    CHECK_FALSE(window.syncNowAction()->isEnabled());
    window.setSyncRunning(false);
    CHECK(window.syncNowAction()->isEnabled());
}

TEST_CASE("main window: Open in Spoolman opens <spoolman>/spool/show/<id>, other actions carry the printer")
{
    CHECK(MainWindow::spoolPageUrl(QStringLiteral("http://spoolman.test:7912/"), 13)
        == QUrl(QStringLiteral("http://spoolman.test:7912/spool/show/13")));

    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &catcher, "open");
    MainWindow window;
    window.show();
    window.setSpoolmanUrl(QStringLiteral("http://spoolman.test:7912"));
    window.addPrinter(QStringLiteral("p1"), QStringLiteral("H2D Farm 1"));
    window.setPrinterState(QStringLiteral("p1"), sampleState(6));
    window.setSlotLinkInfo(QStringLiteral("p1"), 0, 1, linkedInfo(13));
    window.setSlotLinkInfo(QStringLiteral("p1"), 0, 2, unlinkedInfo(true));
    QSignalSpy opened(&window, &MainWindow::spoolPageOpened);
    QSignalSpy link(&window, &MainWindow::linkRequested);
    QSignalSpy add(&window, &MainWindow::addToSpoolmanRequested);
    QSignalSpy unlink(&window, &MainWindow::unlinkRequested);

    PrinterView *view = window.printerView(QStringLiteral("p1"));
    QTest::mouseClick(view->card({0, 1}), Qt::LeftButton);
    QTest::mouseClick(view->hoverCard()->openButton(), Qt::LeftButton);
    QTest::mouseClick(view->card({0, 1}), Qt::LeftButton);
    QTest::mouseClick(view->hoverCard()->unlinkButton(), Qt::LeftButton);
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    REQUIRE(catcher.urls.size() == 1);
    CHECK(catcher.urls.first() == QUrl(QStringLiteral("http://spoolman.test:7912/spool/show/13")));
    REQUIRE(opened.count() == 1);
    REQUIRE(unlink.count() == 1);
    CHECK(unlink.at(0) == QVariantList {QStringLiteral("p1"), 0, 1});

    QTest::mouseClick(view->card({0, 2}), Qt::LeftButton);
    QTest::mouseClick(view->hoverCard()->linkButton(), Qt::LeftButton);
    QTest::mouseClick(view->card({0, 2}), Qt::LeftButton);
    QTest::mouseClick(view->hoverCard()->addButton(), Qt::LeftButton);
    REQUIRE(link.count() == 1);
    CHECK(link.at(0) == QVariantList {QStringLiteral("p1"), 0, 2});
    REQUIRE(add.count() == 1);
    CHECK(add.at(0) == QVariantList {QStringLiteral("p1"), 0, 2});
}

#include "test_mainwindow.moc"
