#include "core/history/environmenthistory.h"
#include "support/testsupport.h"
#include "ui/mainwindow.h"
#include "ui/theme.h"
#include "ui/views/environmentchartview.h"
#include "ui/views/historyview.h"
#include "ui/views/inventorymodel.h"
#include "ui/views/inventoryview.h"
#include "ui/views/mainwindowviews.h"
#include "ui/views/swatchdelegate.h"
#include "ui/views/syncresultsview.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Spoolbridge;
using namespace Spoolbridge::Ui;

namespace {

SyncResultRow syncRow(const QString &printer, int synced, int created)
{
    SyncResultRow row;
    row.printerName = printer;
    row.time = QDateTime(QDate(2026, 11, 21), QTime(14, 30), Qt::UTC);
    row.synced = synced;
    row.created = created;
    return row;
}

} // namespace

TEST_CASE("sync results: counts, skipped spools with colour and reason, errors, history")
{
    SyncResultsView view;
    QSignalSpy syncNow(&view, &SyncResultsView::syncNowRequested);
    SyncResultRow first = syncRow(QStringLiteral("Workshop X1C"), 3, 1);
    first.skipped = {{QStringLiteral("AMS A Slot 1"), QStringLiteral("FF0000FF"),
                         QStringLiteral("Not a Bambu Lab spool (no RFID tag).")},
        {QStringLiteral("External"), QString(), QStringLiteral("Empty spool holder.")}};
    first.errors = {QStringLiteral("Spoolman refused the location update (HTTP 422).")};
    view.addResult(first);

    CHECK(view.syncedLabel()->text().contains(QStringLiteral(">3<")));
    CHECK(view.createdLabel()->text().contains(QStringLiteral(">1<")));
    QStandardItemModel *skipped = view.skippedModel();
    REQUIRE(skipped->rowCount() == 2);
    CHECK(skipped->index(0, 0).data().toString() == QStringLiteral("AMS A Slot 1"));
    CHECK(skipped->index(0, 0).data(SwatchDelegate::ColorsRole).toStringList()
        == QStringList {QStringLiteral("FF0000FF")});
    CHECK(skipped->index(0, 1).data().toString() == QStringLiteral("Not a Bambu Lab spool (no RFID tag)."));
    CHECK_FALSE(skipped->index(1, 0).data(SwatchDelegate::ColorsRole).isValid());
    REQUIRE(view.errorList()->count() == 1);
    CHECK(view.errorList()->item(0)->text().contains(QStringLiteral("HTTP 422")));

    // A newer sync becomes the latest; the history keeps both, newest first.
    view.addResult(syncRow(QStringLiteral("Garage P1P"), 4, 0));
    REQUIRE(view.historyList()->topLevelItemCount() == 2);
    CHECK(view.historyList()->topLevelItem(0)->text(1) == QStringLiteral("Garage P1P"));
    CHECK(view.historyList()->topLevelItem(1)->text(2) == QStringLiteral("3"));
    CHECK(view.historyList()->topLevelItem(1)->text(4) == QStringLiteral("2"));
    CHECK(skipped->rowCount() == 0);
    CHECK(view.errorList()->count() == 0);
    // Selecting the older entry shows its details again.
    view.historyList()->setCurrentItem(view.historyList()->topLevelItem(1));
    CHECK(skipped->rowCount() == 2);
    CHECK(view.errorList()->count() == 1);

    view.setAutoSync(false);
    CHECK(view.modeLabel()->text().contains(QStringLiteral("Manual")));
    view.setSyncRunning(true);
    CHECK_FALSE(view.syncNowButton()->isEnabled());
    view.setSyncRunning(false);
    QTest::mouseClick(view.syncNowButton(), Qt::LeftButton);
    CHECK(syncNow.count() == 1);

    for (int i = 0; i < SyncResultsView::kMaxHistory + 5; ++i)
        view.addResult(syncRow(QStringLiteral("P%1").arg(i), i, 0));
    CHECK(view.historyList()->topLevelItemCount() == SyncResultsView::kMaxHistory);
    CHECK(view.results().size() == SyncResultsView::kMaxHistory);
}

TEST_CASE("inventory: loaded-where, low-stock marks, filters and sorting")
{
    InventoryView view;
    InventoryRow a {12, QStringLiteral("PLA Basic"), QStringLiteral("PLA"), QStringLiteral("000000"),
        QStringLiteral("Bambu Lab"), 80.0, 1000.0, QStringLiteral("Workshop X1C"), QStringLiteral("AMS A Slot 2"),
        QStringLiteral("Workshop X1C - AMS A Slot 2")};
    InventoryRow b {13, QStringLiteral("PETG HF"), QStringLiteral("PETG"), QStringLiteral("FFFFFF"),
        QStringLiteral("Bambu Lab"), 640.0, 1000.0, QString(), QString(), QStringLiteral("Shelf 2")};
    InventoryRow c {14, QStringLiteral("Silk"), QStringLiteral("PLA"), QStringLiteral("C0C0C0"), QStringLiteral("eSun"),
        std::nullopt, std::nullopt, QStringLiteral("Garage P1P"), QStringLiteral("External"), QString()};
    c.multiColorHexes = QStringLiteral("C0C0C0,D4AF37"); // a dual-colour silk: both colours in the swatch
    view.setLowStockThreshold(100);
    view.setRows({a, b, c});
    InventoryProxy *proxy = view.proxy();
    REQUIRE(proxy->rowCount() == 3);

    auto rowOf = [&](int spoolId) {
        for (int r = 0; r < proxy->rowCount(); ++r) {
            if (proxy->index(r, 0).data(InventoryModel::SpoolIdRole).toInt() == spoolId)
                return r;
        }
        return -1;
    };
    const int ra = rowOf(12);
    CHECK(proxy->index(ra, InventoryModel::LoadedColumn).data().toString()
        == QStringLiteral("Workshop X1C · AMS A Slot 2"));
    CHECK(proxy->index(ra, InventoryModel::RemainingColumn).data().toString().contains(QStringLiteral("low")));
    CHECK(proxy->index(ra, InventoryModel::RemainingColumn).data(BarDelegate::FractionRole).toDouble() == Approx(0.08));
    CHECK(proxy->index(rowOf(13), InventoryModel::LoadedColumn).data().toString() == QStringLiteral("Not loaded"));
    CHECK_FALSE(proxy->index(rowOf(13), 0).data(InventoryModel::LowRole).toBool());
    CHECK(proxy->index(rowOf(14), InventoryModel::RemainingColumn).data().toString() == QStringLiteral("Unknown"));
    CHECK_FALSE(proxy->index(rowOf(14), InventoryModel::RemainingColumn).data(BarDelegate::FractionRole).isValid());
    CHECK(proxy->index(rowOf(12), 0).data().toString() == QStringLiteral("#12 PLA Basic"));
    CHECK(proxy->index(rowOf(12), 0).data(SwatchDelegate::ColorsRole).toStringList()
        == QStringList {QStringLiteral("000000")});
    CHECK(proxy->index(rowOf(14), 0).data(SwatchDelegate::ColorsRole).toStringList()
        == QStringList({QStringLiteral("C0C0C0"), QStringLiteral("D4AF37")}));

    // The threshold moves the mark.
    view.setLowStockThreshold(50);
    CHECK_FALSE(proxy->index(rowOf(12), 0).data(InventoryModel::LowRole).toBool());
    view.setLowStockThreshold(700);
    CHECK(proxy->index(rowOf(13), 0).data(InventoryModel::LowRole).toBool());
    view.setLowStockThreshold(100);

    view.lowOnlyBox()->setChecked(true);
    CHECK(proxy->rowCount() == 1);
    view.lowOnlyBox()->setChecked(false);
    view.loadedOnlyBox()->setChecked(true);
    CHECK(proxy->rowCount() == 2);
    view.loadedOnlyBox()->setChecked(false);
    QTest::keyClicks(view.filterEdit(), QStringLiteral("esun"));
    REQUIRE(proxy->rowCount() == 1);
    CHECK(proxy->index(0, 0).data(InventoryModel::SpoolIdRole).toInt() == 14);
    view.filterEdit()->clear();

    view.table()->sortByColumn(InventoryModel::RemainingColumn, Qt::DescendingOrder);
    CHECK(proxy->index(0, 0).data(InventoryModel::SpoolIdRole).toInt() == 13);
    CHECK(proxy->index(2, 0).data(InventoryModel::SpoolIdRole).toInt() == 14); // unknown last
}

TEST_CASE("history: usage per spool, method and delivery, Undo asks first, then signals the id")
{
    HistoryView view;
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    HistoryEntry job;
    job.id = 41;
    job.time = QDateTime::currentDateTimeUtc();
    job.printerName = QStringLiteral("Workshop X1C");
    job.jobName = QStringLiteral("Benchy");
    job.method = HistoryEntry::Method::ThreeMf;
    job.delivery = HistoryEntry::Delivery::Pending;
    job.usages = {{12, QStringLiteral("#12 PLA Basic"), QStringLiteral("000000"), 10.5},
        {13, QStringLiteral("#13 PETG HF"), QStringLiteral("FFFFFF"), 2.25}};
    HistoryEntry other = job;
    other.id = 40;
    other.jobName = QStringLiteral("Bracket");
    other.method = HistoryEntry::Method::RemainDelta;
    other.delivery = HistoryEntry::Delivery::Delivered;
    other.usages = {{12, QString(), QString(), 30}};
    view.setEntries({job, other});

    QTreeWidget *tree = view.tree();
    REQUIRE(tree->topLevelItemCount() == 2);
    QTreeWidgetItem *top = tree->topLevelItem(0);
    CHECK(top->text(1).contains(QStringLiteral("Benchy")));
    CHECK(top->text(2) == QStringLiteral("12.8 g"));
    CHECK(top->text(3) == QStringLiteral("3MF"));
    CHECK(top->text(4) == QStringLiteral("Pending"));
    REQUIRE(top->childCount() == 2);
    CHECK(top->child(0)->text(2) == QStringLiteral("10.5 g"));
    CHECK(tree->topLevelItem(1)->text(3) == QStringLiteral("AMS remain"));

    QSignalSpy undo(&view, &HistoryView::undoRequested);
    QPushButton *button = view.undoButton(41);
    REQUIRE(button);
    // Cancel: nothing happens.
    QTest::mouseClick(button, Qt::LeftButton);
    REQUIRE(view.confirmation());
    QTest::mouseClick(view.confirmation()->button(QMessageBox::Cancel), Qt::LeftButton);
    CHECK(undo.isEmpty());
    // Confirm: the entry's id comes out.
    QTest::mouseClick(button, Qt::LeftButton);
    REQUIRE(view.confirmation());
    CHECK(view.confirmation()->text().contains(QStringLiteral("Benchy")));
    QTest::mouseClick(view.confirmation()->button(QMessageBox::Yes), Qt::LeftButton);
    REQUIRE(undo.count() == 1);
    CHECK(undo.at(0).at(0).toLongLong() == 41);

    // Once undone the entry shows it and cannot be undone again.
    view.setDelivery(41, HistoryEntry::Delivery::Undone);
    CHECK(tree->topLevelItem(0)->text(4) == QStringLiteral("Undone"));
    CHECK_FALSE(view.undoButton(41)->isEnabled());
    CHECK(view.undoButton(40)->isEnabled());
}

TEST_CASE("history: state colours follow a runtime palette change")
{
    HistoryView view;
    HistoryEntry job;
    job.id = 1;
    job.printerName = QStringLiteral("P");
    job.jobName = QStringLiteral("J");
    job.delivery = HistoryEntry::Delivery::Delivered;
    view.setEntries({job});
    QPalette dark = view.palette();
    dark.setColor(QPalette::Window, QColor(0x2A, 0x2C, 0x30));
    dark.setColor(QPalette::WindowText, QColor(0xE8, 0xE9, 0xEB));
    dark.setColor(QPalette::Base, QColor(0x1E, 0x1F, 0x22));
    dark.setColor(QPalette::Text, QColor(0xE8, 0xE9, 0xEB));
    const QColor before = view.tree()->topLevelItem(0)->foreground(4).color();
    view.setPalette(dark);
    const QColor after = view.tree()->topLevelItem(0)->foreground(4).color();
    CHECK(after == Theme::fillColor(dark, 100));
    CHECK(before != after);
}

TEST_CASE("main window: the views replace the placeholder tabs and share Sync now and the mode")
{
    MainWindow window;
    const QString title = window.tabs()->tabText(MainWindow::HistoryTab);
    const MainWindowViews views = installViews(&window);
    CHECK(window.tabs()->widget(MainWindow::SyncResultsTab) == views.syncResults);
    CHECK(window.tabs()->widget(MainWindow::InventoryTab) == views.inventory);
    CHECK(window.tabs()->widget(MainWindow::HistoryTab) == views.history);
    CHECK(window.tabs()->widget(MainWindow::ChartsTab) == views.charts);
    CHECK(window.tabs()->tabText(MainWindow::HistoryTab) == title);
    QSignalSpy syncNow(&window, &MainWindow::syncNowRequested);
    QTest::mouseClick(views.syncResults->syncNowButton(), Qt::LeftButton);
    CHECK(syncNow.count() == 1);
    Q_EMIT window.autoSyncChanged(false);
    CHECK(views.syncResults->modeLabel()->text().contains(QStringLiteral("Manual")));

    // The chart shows the selected printer's units.
    EnvironmentHistory climate;
    REQUIRE(climate.open(QStringLiteral(":memory:")));
    EnvironmentSample s;
    s.time = QDateTime::currentDateTimeUtc().addSecs(-120);
    s.printerId = QStringLiteral("p2");
    s.humidityPercent = 30;
    REQUIRE(climate.record(s));
    views.charts->setHistory(&climate);
    window.addPrinter(QStringLiteral("p1"), QStringLiteral("One"));
    window.addPrinter(QStringLiteral("p2"), QStringLiteral("Two"));
    window.selectPrinter(QStringLiteral("p1"));
    CHECK(views.charts->isShowingEmptyState());
    window.selectPrinter(QStringLiteral("p2"));
    CHECK_FALSE(views.charts->isShowingEmptyState());
}
