// spoolbridge-viewshots: renders the dialogs and views of ui/dialogs, ui/views and ui/tray with
// sample data, in light and dark palettes, to PNG files (docs and review).
//   QT_QPA_PLATFORM=offscreen spoolbridge-viewshots <output-dir>
// The Spoolman connection test runs for real against a stand-in server on 127.0.0.1.
#include "samples.h"
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

using namespace Spoolbridge;
using namespace Spoolbridge::ViewShots;

namespace {

const QDateTime kNow(QDate(2026, 11, 21), QTime(13, 5), Qt::UTC);

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2A, 0x2C, 0x30), base(0x1E, 0x1F, 0x22), text(0xE8, 0xE9, 0xEB);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2B));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x36, 0x38, 0x3D));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3B, 0x8E, 0xEA));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0xA0, 0xA4, 0xAB));
    p.setColor(QPalette::ToolTipBase, QColor(0x36, 0x38, 0x3D));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Light, QColor(0x4A, 0x4D, 0x53));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x48));
    p.setColor(QPalette::Mid, QColor(0x33, 0x35, 0x3A));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1B));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Link, QColor(0x6C, 0xB2, 0xFF));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x84, 0x8A));
    return p;
}

void spin(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
}

class Shooter
{
public:
    Shooter(QString dir, QString suffix)
        : m_dir(std::move(dir))
        , m_suffix(std::move(suffix))
    { }
    void save(QWidget *w, const QString &name)
    {
        w->show();
        QApplication::processEvents();
        QApplication::processEvents();
        const QString path = QDir(m_dir).filePath(QStringLiteral("%1-%2.png").arg(name, m_suffix));
        const bool ok = w->grab().save(path);
        QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << '\n';
        m_ok = m_ok && ok;
    }
    bool ok() const { return m_ok; }

private:
    QString m_dir;
    QString m_suffix;
    bool m_ok = true;
};

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

void shootMainWindow(Shooter &shooter)
{
    using namespace Spoolbridge::Screenshots;
    Ui::MainWindow window;
    window.setSpoolmanUrl(kSpoolmanUrl);
    window.setSpoolmanStatus(true, QStringLiteral("Spoolman 0.26.1 · 64 spools"));
    for (const SamplePrinter &p : samplePrinters(QStringLiteral(SB_DEFAULT_FIXTURES_DIR))) {
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

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("spoolbridge-viewshots"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QStringList args = QApplication::arguments();
    if (args.size() != 2) {
        QTextStream(stderr) << "Usage: spoolbridge-viewshots <output-dir>\n";
        return 2;
    }
    const QString outDir = args.at(1);
    if (!QDir().mkpath(outDir)) {
        QTextStream(stderr) << "Cannot create " << outDir << ": check the path and its permissions.\n";
        return 1;
    }
    SpoolmanStandin standin;
    if (!standin.listen()) {
        QTextStream(stderr) << "The Spoolman stand-in could not start: " << standin.errorString() << '\n';
        return 1;
    }
    const QString url = standin.baseUrl().toString();
    bool ok = true;
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        Shooter shooter(outDir, dark ? QStringLiteral("dark") : QStringLiteral("light"));
        shootDialogs(shooter, url);
        shootViews(shooter);
        shootMainWindow(shooter);
        ok = ok && shooter.ok();
    }
    return ok ? 0 : 1;
}
