// The dialogs, views and tray of ui/dialogs, ui/views and ui/tray with sample data, and the main
// window's tabs with the views filled.
#include "samples.h"
#include "shooter.h"
#include "shots.h"
#include "viewsamples.h"

#include "core/history/environmenthistory.h"
#include "core/settings/settings.h"
#include "core/standin/spoolmanstandin.h"
#include "ui/dialogs/addspooldialog.h"
#include "ui/dialogs/appsettingspage.h"
#include "ui/dialogs/connectiontestwidget.h"
#include "ui/dialogs/firstrunwizard.h"
#include "ui/dialogs/linkspooldialog.h"
#include "ui/dialogs/printereditdialog.h"
#include "ui/dialogs/printerssettingspage.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/dialogs/spoolmansettingspage.h"
#include "ui/dialogs/syncsettingspage.h"
#include "ui/mainwindow.h"
#include "ui/tray/traycontroller.h"
#include "ui/views/environmentchartview.h"
#include "ui/views/historyview.h"
#include "ui/views/inventoryview.h"
#include "ui/views/mainwindowviews.h"
#include "ui/views/syncresultsview.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

namespace Spoolbridge::Screenshots {

namespace {

const QDateTime kNow(QDate(2026, 11, 21), QTime(13, 5), Qt::UTC);

void spin(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
}

} // namespace

void shootDialogs(Shooter &shooter, const QString &standinUrl)
{
    {
        Ui::LinkSpoolDialog dialog;
        dialog.setSlotDescription(QStringLiteral("Workshop X1C · AMS A Slot 3"));
        dialog.setSlotFilament(QStringLiteral("PLA"), QStringLiteral("000000FF"));
        dialog.setSpools(unlinkedSpools());
        dialog.resize(780, 420);
        dialog.table()->selectRow(0);
        shooter.save(&dialog, QStringLiteral("dialog-link-spool"));
        dialog.filterEdit()->setText(QStringLiteral("bambu"));
        shooter.save(&dialog, QStringLiteral("dialog-link-spool-filtered"));
    }
    {
        Ui::LinkSpoolDialog dialog;
        dialog.setSlotDescription(QStringLiteral("Garage P1P · External"));
        dialog.setSpools({});
        dialog.resize(780, 420);
        shooter.save(&dialog, QStringLiteral("dialog-link-spool-empty"));
    }
    {
        Ui::AddSpoolDialog dialog;
        dialog.setSlotDescription(QStringLiteral("Workshop X1C · AMS A Slot 3"));
        dialog.setVendors(vendors());
        dialog.prefill(QStringLiteral("PLA"), QStringLiteral("F4EE2AFF"), QStringLiteral("Bambu Lab"),
            QStringLiteral("PLA Basic Sunflower Yellow"), 1000);
        dialog.costBox()->setValue(19.99);
        dialog.resize(520, dialog.sizeHint().height());
        shooter.save(&dialog, QStringLiteral("dialog-add-spool"));
        dialog.colorEdit()->setText(QStringLiteral("F4E"));
        dialog.vendorBox()->setCurrentIndex(dialog.vendorBox()->count() - 1);
        dialog.resize(520, dialog.sizeHint().height());
        shooter.save(&dialog, QStringLiteral("dialog-add-spool-invalid"));
    }

    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("spoolbridge.conf")));
    settings.setValue(SettingKey::SpoolmanUrl, standinUrl);
    PrinterEntry x1c = PrinterEntry::create();
    x1c.name = QStringLiteral("Workshop X1C");
    x1c.host = QStringLiteral("192.168.1.60");
    x1c.serial = QStringLiteral("00M09A350100412");
    x1c.model = QStringLiteral("X1C");
    PrinterEntry p1p = PrinterEntry::create();
    p1p.name = QStringLiteral("Garage P1P");
    p1p.host = QStringLiteral("192.168.1.71");
    p1p.serial = QStringLiteral("01S00A210300099");
    p1p.model = QStringLiteral("P1P");
    settings.setPrinters({x1c, p1p});
    {
        Ui::SettingsDialog dialog(&settings, nullptr);
        dialog.resize(820, 640);
        dialog.show();
        Ui::ConnectionTestWidget *tester = dialog.spoolmanPage()->tester();
        tester->start();
        spin([&] { return tester->lastResult().has_value(); }, 10000);
        shooter.save(&dialog, QStringLiteral("settings-spoolman"));
        dialog.spoolmanPage()->urlEdit()->setText(QStringLiteral("htp:/192.168.1.50"));
        dialog.apply();
        shooter.save(&dialog, QStringLiteral("settings-spoolman-invalid"));
        dialog.reload();
        dialog.showPage(Ui::SettingsDialog::PrintersPage);
        shooter.save(&dialog, QStringLiteral("settings-printers"));
        dialog.showPage(Ui::SettingsDialog::SyncPage);
        shooter.save(&dialog, QStringLiteral("settings-sync"));
        dialog.showPage(Ui::SettingsDialog::AppPage);
        shooter.save(&dialog, QStringLiteral("settings-app"));
    }
    {
        Ui::PrinterEditDialog dialog;
        dialog.setDiscovered(discovered());
        dialog.discoveredList()->setCurrentRow(1);
        dialog.accessCodeEdit()->setText(QStringLiteral("1234"));
        Q_EMIT dialog.accessCodeEdit()->textEdited(QStringLiteral("1234"));
        shooter.save(&dialog, QStringLiteral("dialog-printer-edit"));
    }
    {
        Ui::FirstRunWizard wizard;
        wizard.setDiscoveredPrinters(discovered());
        shooter.save(&wizard, QStringLiteral("wizard-1-printer"));
        wizard.next();
        wizard.accessCodeEdit()->setText(QStringLiteral("8F3A21"));
        shooter.save(&wizard, QStringLiteral("wizard-2-access-code"));
        wizard.accessCodeEdit()->setText(QStringLiteral("8F3A21C7"));
        wizard.next();
        wizard.spoolmanUrlEdit()->setText(standinUrl);
        wizard.tester()->start();
        spin([&] { return wizard.tester()->lastResult().has_value(); }, 10000);
        shooter.save(&wizard, QStringLiteral("wizard-3-spoolman"));
    }
}

void shootViews(Shooter &shooter)
{
    {
        Ui::SyncResultsView view;
        view.resize(1000, 560);
        shooter.save(&view, QStringLiteral("view-sync-results-empty"));
        for (const Ui::SyncResultRow &row : syncResults())
            view.addResult(row);
        shooter.save(&view, QStringLiteral("view-sync-results"));
        view.setAutoSync(false);
        view.setSyncRunning(true);
        shooter.save(&view, QStringLiteral("view-sync-results-running"));
    }
    {
        Ui::InventoryView view;
        view.setLowStockThreshold(100);
        view.setRows(inventory());
        view.resize(1000, 420);
        shooter.save(&view, QStringLiteral("view-inventory"));
    }
    {
        Ui::HistoryView view;
        view.setEntries(history(kNow));
        view.resize(1000, 360);
        shooter.save(&view, QStringLiteral("view-history"));
    }
    {
        EnvironmentHistory history;
        history.open(QStringLiteral(":memory:"));
        fillEnvironment(history, kNow);
        Ui::EnvironmentChartView view;
        view.setNow(kNow);
        view.setHistory(&history);
        view.setUnitName(0, QStringLiteral("AMS 2 Pro A"));
        view.setUnitName(1, QStringLiteral("AMS HT B"));
        view.setPrinter(QStringLiteral("x1c"), QStringLiteral("Workshop X1C"));
        view.resize(1000, 520);
        shooter.save(&view, QStringLiteral("view-environment-chart"));
        view.setRange(Ui::EnvironmentChartView::Range::Week);
        view.unitBox()->setCurrentIndex(1);
        shooter.save(&view, QStringLiteral("view-environment-chart-week-unit"));
        Ui::EnvironmentChartView empty;
        empty.resize(1000, 520);
        shooter.save(&empty, QStringLiteral("view-environment-chart-empty"));
    }
    {
        Ui::TrayController tray;
        tray.setState(Ui::TrayController::State::Syncing);
        QWidget strip;
        strip.setAutoFillBackground(true);
        auto *row = new QHBoxLayout(&strip);
        for (const char *name : {"tray-ok", "tray-syncing", "tray-error", "tray-paused"}) {
            auto *label = new QLabel(&strip);
            label->setPixmap(QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name))).pixmap(48, 48));
            label->setToolTip(QLatin1String(name));
            row->addWidget(label);
        }
        tray.menu()->ensurePolished();
        auto *menuShot = new QLabel(&strip);
        menuShot->setPixmap(tray.menu()->grab());
        row->addSpacing(24);
        row->addWidget(menuShot);
        shooter.save(&strip, QStringLiteral("tray-icons-and-menu"));
    }
}

void shootMainWindowTabs(Shooter &shooter, const QString &fixturesDir)
{
    Ui::MainWindow window;
    window.setSpoolmanUrl(kSpoolmanUrl);
    window.setSpoolmanStatus(true, QStringLiteral("Spoolman 0.26.1 · 64 spools"));
    for (const SamplePrinter &p : samplePrinters(fixturesDir)) {
        window.addPrinter(p.id, p.name);
        window.setConnectionState(p.id, p.connection, p.connectionMessage);
        window.setPrinterState(p.id, p.state);
    }
    window.selectPrinter(QStringLiteral("workshop-x1c"));
    const Ui::MainWindowViews views = Ui::installViews(&window);
    for (const Ui::SyncResultRow &row : syncResults())
        views.syncResults->addResult(row);
    views.inventory->setRows(inventory());
    views.history->setEntries(history(kNow));
    EnvironmentHistory climate;
    climate.open(QStringLiteral(":memory:"));
    fillEnvironment(climate, kNow);
    views.charts->setNow(kNow);
    views.charts->setHistory(&climate);
    views.charts->setPrinter(QStringLiteral("x1c"), QStringLiteral("Workshop X1C"));
    window.resize(1280, 820);
    window.move(300, 300);
    const QStringList names = {QString(), QStringLiteral("main-tab-sync-results"), QStringLiteral("main-tab-inventory"),
        QStringLiteral("main-tab-history"), QStringLiteral("main-tab-charts")};
    for (int i = 1; i < window.tabs()->count(); ++i) {
        window.tabs()->setCurrentIndex(i);
        shooter.save(&window, names.value(i));
    }
}

} // namespace Spoolbridge::Screenshots
