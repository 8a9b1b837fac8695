#include "appcontroller.h"

#include "core/app/printersession.h"
#include "core/engine/syncengine.h"
#include "core/mqtt/printerdiscovery.h"
#include "core/printer/jobrecord.h"
#include "core/printer/printermodel.h"
#include "core/settings/secretstore.h"
#include "core/settings/settings.h"
#include "core/sync/usageledger.h"
#include "core/sync/usagetypes.h"
#include "core/util/logging.h"
#include "ui/dialogs/firstrunwizard.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/mainwindow.h"
#include "ui/tray/traycontroller.h"
#include "ui/views/environmentchartview.h"
#include "ui/views/historyview.h"
#include "ui/views/inventoryview.h"
#include "ui/views/syncresultsview.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QToolBar>

namespace Spoolbridge::Gui {

namespace {

Ui::ConnectionState uiState(PrinterConnection::State state)
{
    switch (state) {
    case PrinterConnection::State::Connected:
        return Ui::ConnectionState::Connected;
    case PrinterConnection::State::Connecting:
    case PrinterConnection::State::WaitingToReconnect:
        return Ui::ConnectionState::Connecting;
    case PrinterConnection::State::AccessCodeRejected:
    case PrinterConnection::State::CertificateRejected:
    case PrinterConnection::State::ConfigurationError:
        return Ui::ConnectionState::Error;
    case PrinterConnection::State::Idle:
        break;
    }
    return Ui::ConnectionState::Disconnected;
}

} // namespace

AppController::AppController(Settings *settings, SecretStore *secrets, Ui::MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_window(window)
    , m_views(Ui::installViews(window))
    , m_tray(new Ui::TrayController(this))
{
    m_window->installEventFilter(this);
    wireWindow();
    wireTray();
}

AppController::~AppController()
{
    if (m_core)
        m_core->shutdown();
}

void AppController::start(bool demo, int demoTickMs)
{
    m_demoTickMs = demoTickMs;
    if (m_core) {
        const QStringList ids = m_core->printerIds();
        for (const QString &id : ids)
            m_window->removePrinter(id);
        m_core->disconnect(this);
        m_core->shutdown();
        m_core->deleteLater();
        m_lastResults.clear();
        m_views.syncResults->clear();
        m_syncing = 0;
    }
    AppCore::Options options;
    options.demo = demo;
    options.demoTickMs = demoTickMs;
    m_core = new AppCore(m_settings, m_secrets, options, this);
    wireCore();
    m_window->setAutoSync(m_core->autoSync());
    m_views.syncResults->setAutoSync(m_core->autoSync());
    m_views.charts->setHistory(m_core->history());
    updateBanner();
    updateTitle();
    m_core->start();
    refreshHistory();
}

void AppController::wireWindow()
{
    connect(m_window, &Ui::MainWindow::syncNowRequested, this, [this] {
        if (m_core)
            m_core->syncNow();
    });
    connect(m_window, &Ui::MainWindow::autoSyncChanged, this, [this](bool autoSync) {
        if (m_core)
            m_core->setAutoSync(autoSync);
        m_views.syncResults->setAutoSync(autoSync);
    });
    connect(m_window, &Ui::MainWindow::settingsRequested, this, &AppController::openSettings);
    connect(m_window, &Ui::MainWindow::linkRequested, this, &AppController::openLinkDialog);
    connect(m_window, &Ui::MainWindow::addToSpoolmanRequested, this, &AppController::openAddDialog);
    connect(m_window, &Ui::MainWindow::unlinkRequested, this, &AppController::unlink);
    connect(m_views.inventory, &Ui::InventoryView::spoolActivated, this, [this](int spoolId) {
        if (m_core && !m_core->spoolmanUrl().isEmpty())
            QDesktopServices::openUrl(Ui::MainWindow::spoolPageUrl(m_core->spoolmanUrl().toString(), spoolId));
    });
    connect(m_views.history, &Ui::HistoryView::undoRequested, this, [this](qint64 id) {
        QString error;
        if (!m_core || !m_core->undoLedgerEntry(id, &error))
            m_window->showStatusMessage(error, 8000);
        refreshHistory();
    });

    m_banner = new QToolBar(tr("Demo"), m_window);
    m_banner->setObjectName(QStringLiteral("demoBanner"));
    m_banner->setMovable(false);
    m_banner->setFloatable(false);
    m_banner->setAutoFillBackground(true);
    QPalette palette = m_banner->palette();
    palette.setColor(QPalette::Window, QColor(0xFF, 0xF1, 0xC2));
    palette.setColor(QPalette::WindowText, QColor(0x4A, 0x37, 0x00));
    m_banner->setPalette(palette);
    auto *text = new QLabel(tr("<b>Demo mode</b> — a simulated X1 Carbon and a built-in Spoolman; nothing here "
                               "touches your printers or your inventory."),
        m_banner);
    text->setContentsMargins(8, 4, 12, 4);
    text->setPalette(palette);
    m_banner->addWidget(text);
    auto *setup = new QPushButton(tr("Set up my printer"), m_banner);
    setup->setObjectName(QStringLiteral("setupButton"));
    connect(setup, &QPushButton::clicked, this, &AppController::openSetupWizard);
    m_banner->addWidget(setup);
    m_window->addToolBarBreak(Qt::TopToolBarArea);
    m_window->addToolBar(Qt::TopToolBarArea, m_banner);
    m_banner->hide();
}

void AppController::wireTray()
{
    connect(m_tray, &Ui::TrayController::openRequested, this, &AppController::showWindow);
    connect(m_tray, &Ui::TrayController::syncNowRequested, this, [this] {
        if (m_core)
            m_core->syncNow();
    });
    connect(m_tray, &Ui::TrayController::pauseToggled, this, [this](bool paused) {
        if (m_core)
            m_core->setPaused(paused);
        refreshTrayState();
    });
    connect(m_tray, &Ui::TrayController::quitRequested, this, [this] {
        m_quitting = true;
        QApplication::quit();
    });
}

void AppController::wireCore()
{
    AppCore *core = m_core;
    connect(core, &AppCore::printerAdded, this, [this](const QString &id, const QString &name) {
        m_window->addPrinter(id, name);
        if (m_window->currentPrinterId().isEmpty())
            m_window->selectPrinter(id);
        onPrinterState(id);
    });
    connect(core, &AppCore::printerRemoved, m_window, &Ui::MainWindow::removePrinter);
    connect(core, &AppCore::printerStateChanged, this, &AppController::onPrinterState);
    connect(core, &AppCore::connectionChanged, this,
        [this](const QString &id, PrinterConnection::State state, const QString &message) {
            m_window->setConnectionState(id, uiState(state), message);
            refreshTrayState();
        });
    connect(core, &AppCore::syncStarted, this, [this] {
        ++m_syncing;
        m_window->setSyncRunning(true);
        m_views.syncResults->setSyncRunning(true);
        refreshTrayState();
    });
    connect(core, &AppCore::syncFinished, this, &AppController::onSyncFinished);
    connect(core, &AppCore::lowStock, this, [this](const QString &id, const Spool &spool) {
        m_tray->notifyLowFilament(m_core->printerName(id),
            spool.location.value_or(spool.filament.name.value_or(QString())), spool.remainingWeight.value_or(0));
    });
    connect(core, &AppCore::ledgerEntryChanged, this, &AppController::refreshHistory);
    connect(core, &AppCore::pendingCountChanged, this, [this](int count) {
        if (count > 0)
            m_tray->notifyUsagePending(count, tr("Spoolman cannot be reached or the spool is not known yet."));
    });
    connect(core, &AppCore::spoolmanStatusChanged, this, [this](bool reachable, const QString &message) {
        m_window->setSpoolmanUrl(m_core->spoolmanUrl().toString());
        m_window->setSpoolmanStatus(reachable, message);
        if (reachable)
            refreshInventory();
    });
    connect(core, &AppCore::errorOccurred, this, [this](const QString &id, const QString &message) {
        m_window->showStatusMessage(message, 10000);
        if (!id.isEmpty())
            m_tray->notifySyncError(m_core->printerName(id), message);
    });
    connect(core, &AppCore::certificateRejected, this,
        [this](const QString &id, const QString &fingerprint, const QString &, const QString &reason) {
            m_window->setConnectionState(id, Ui::ConnectionState::Error, reason);
            confirmCertificate(id, fingerprint, reason);
        });
}

void AppController::updateBanner()
{
    m_banner->setVisible(m_core && m_core->isDemo());
}

void AppController::updateTitle()
{
    const bool demo = m_core && m_core->isDemo();
    m_window->setWindowTitle(demo ? tr("Spoolbridge — Demo") : tr("Spoolbridge"));
}

void AppController::showWindow()
{
    if (m_window->isMinimized())
        m_window->showNormal();
    else
        m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

bool AppController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close && !m_quitting && m_tray->isAvailable()) {
        // Keep syncing in the tray; Quit in the tray menu ends the app.
        event->ignore();
        m_window->hide();
        if (!m_trayHintShown) {
            m_trayHintShown = true;
            qCInfo(lcUi) << "window closed; Spoolbridge keeps syncing in the tray";
        }
        return true;
    }
    if (watched == m_window && event->type() == QEvent::Close && !m_tray->isAvailable())
        QTimer::singleShot(0, qApp, &QApplication::quit); // no tray to keep running in
    return QObject::eventFilter(watched, event);
}

void AppController::openSettings()
{
    auto *dialog = new Ui::SettingsDialog(m_settings, m_secrets, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<Ui::SettingsDialog> settingsGuard(dialog);
    connect(dialog, &Ui::SettingsDialog::discoveryRequested, this, [this, settingsGuard] {
        startDiscovery(settingsGuard, [settingsGuard](const QList<Ui::DiscoveredPrinter> &found) {
            if (settingsGuard)
                settingsGuard->setDiscoveredPrinters(found);
        });
    });
    if (m_core && m_core->isDemo()) {
        // Saving real settings leaves the demo for the configuration.
        connect(dialog, &Ui::SettingsDialog::applied, this, [this] {
            if (AppCore::isConfigured(*m_settings))
                start(false);
        });
    }
    dialog->open();
}

void AppController::openSetupWizard()
{
    // Not deleted on close: the access code is written asynchronously with the wizard as context.
    auto *wizard = new Ui::FirstRunWizard(m_window);
    connect(wizard, &QDialog::rejected, wizard, &QObject::deleteLater);
    const QPointer<Ui::FirstRunWizard> wizardGuard(wizard);
    auto discover = [this, wizardGuard] {
        startDiscovery(wizardGuard, [wizardGuard](const QList<Ui::DiscoveredPrinter> &found) {
            if (wizardGuard)
                wizardGuard->setDiscoveredPrinters(found);
        });
    };
    connect(wizard, &Ui::FirstRunWizard::discoveryRequested, this, discover);
    discover();
    connect(wizard, &Ui::FirstRunWizard::accessCodeStored, this, [this, wizard](bool ok, const QString &message) {
        if (!ok)
            m_window->showStatusMessage(message, 10000);
        wizard->deleteLater();
        start(false);
    });
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        QString error;
        if (!wizard->applyTo(m_settings, m_secrets, &error)) {
            m_window->showStatusMessage(error, 10000);
            wizard->deleteLater();
            return;
        }
        if (wizard->accessCode().isEmpty()) {
            // Nothing to write: the configuration is complete already.
            wizard->deleteLater();
            start(!AppCore::isConfigured(*m_settings));
        }
    });
    wizard->open();
}

void AppController::startDiscovery(
    QObject *context, const std::function<void(const QList<Ui::DiscoveredPrinter> &)> &deliver)
{
    if (!m_discovery) {
        m_discovery = new PrinterDiscovery(this);
        connect(m_discovery, &PrinterDiscovery::errorOccurred, this,
            [this](const QString &message) { m_window->showStatusMessage(message, 10000); });
    }
    auto send = [this, deliver] {
        QList<Ui::DiscoveredPrinter> found;
        for (const DiscoveredPrinter &printer : m_discovery->printers())
            found.append({printer.name, printer.ip, printer.serial, printer.modelName});
        deliver(found);
    };
    connect(m_discovery, &PrinterDiscovery::printerDiscovered, context, send); // ends with the dialog
    if (!m_discovery->isListening())
        m_discovery->start();
    send();
}

void AppController::confirmCertificate(const QString &printerId, const QString &fingerprint, const QString &reason)
{
    const QString key = printerId + QLatin1Char('/') + fingerprint;
    if (fingerprint.isEmpty() || m_certificateAsked.contains(key))
        return;
    m_certificateAsked.insert(key);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Trust this printer?"),
        tr("%1 did not present a certificate Spoolbridge can verify.\n\n%2\n\nCertificate fingerprint "
           "(SHA-256):\n%3\n\nTrust it only if it matches your printer (for example on a network you control). "
           "Spoolbridge will then accept exactly this certificate for this printer.")
            .arg(m_core->printerName(printerId), reason, fingerprint),
        QMessageBox::NoButton, m_window);
    box->addButton(tr("Trust this printer"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this, printerId, fingerprint] {
        QString error;
        if (m_core && !m_core->pinCertificate(printerId, fingerprint, &error))
            m_window->showStatusMessage(error, 10000);
    });
    box->open();
}

void AppController::onPrinterState(const QString &printerId)
{
    PrinterSession *session = m_core ? m_core->session(printerId) : nullptr;
    if (!session)
        return;
    m_window->setPrinterState(printerId, session->model()->state());
    refreshLinks(printerId);
}

void AppController::onSyncFinished(const QString &printerId, const SyncResult &result)
{
    m_syncing = std::max(0, m_syncing - 1);
    m_window->setSyncRunning(m_syncing > 0);
    m_views.syncResults->setSyncRunning(m_syncing > 0);
    m_lastResults.insert(printerId, result);

    Ui::SyncResultRow row;
    row.printerName = result.printer;
    row.time = result.finishedAt;
    row.synced = result.synced;
    row.created = int(result.created.size());
    row.errors = result.errors;
    for (const SyncSkipped &skipped : result.skipped)
        row.skipped.append({skipped.location, skipped.color, skipped.reason});
    m_views.syncResults->addResult(row);

    for (const QString &error : result.errors)
        m_tray->notifySyncError(result.printer, error);
    PrinterSession *session = m_core->session(printerId);
    for (const SyncSkipped &skipped : result.skipped) {
        const QString key = printerId + QLatin1Char('/') + QString::number(skipped.unitId) + QLatin1Char('/')
            + QString::number(skipped.slotIndex);
        const Slot *slot = session ? session->model()->state().slot(skipped.unitId, skipped.slotIndex) : nullptr;
        const QString identity = slot ? slot->material + slot->color : QString();
        if (m_unlinkedNotified.value(key) != identity) {
            m_unlinkedNotified.insert(key, identity);
            m_tray->notifyUnlinkedSpool(result.printer, skipped.location, slot ? slot->material : QString());
        }
    }
    refreshLinks(printerId);
    refreshInventory();
    refreshTrayState();
}

void AppController::refreshTrayState()
{
    if (!m_core)
        return;
    if (m_core->isPaused()) {
        m_tray->setState(Ui::TrayController::State::Paused);
        return;
    }
    if (m_syncing > 0) {
        m_tray->setState(Ui::TrayController::State::Syncing);
        return;
    }
    for (auto it = m_lastResults.cbegin(); it != m_lastResults.cend(); ++it) {
        if (!it.value().ok()) {
            m_tray->setState(Ui::TrayController::State::Error, it.value().errors.first());
            return;
        }
    }
    m_tray->setState(Ui::TrayController::State::Ok);
}

} // namespace Spoolbridge::Gui
