#pragma once

#include "core/app/appcore.h"
#include "core/engine/syncresult.h"
#include "ui/dialogs/discoveredprinter.h"
#include "ui/slotlinkinfo.h"
#include "ui/views/mainwindowviews.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class QToolBar;

namespace Spoolbridge {
class PrinterDiscovery;
}

namespace Spoolbridge {
class SecretStore;
class Settings;
struct SyncResult;
} // namespace Spoolbridge

namespace Spoolbridge::Ui {
class MainWindow;
class TrayController;
} // namespace Spoolbridge::Ui

namespace Spoolbridge::Gui {

// Wires the desktop app together: the AppCore's printers, states, sync results, ledger and
// climate history into the MainWindow and its views, the window's and tray's actions back into
// the core, the Link/Add/Unlink dialogs, the settings dialog, the first-run wizard and the demo
// banner. Closing the window keeps Spoolbridge syncing in the tray when there is one.
class AppController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)

public:
    AppController(Settings *settings, SecretStore *secrets, Ui::MainWindow *window, QObject *parent = nullptr);
    ~AppController() override;

    // Builds the core (demo or the configuration) and shows what it has.
    void start(bool demo, int demoTickMs = 3000);
    AppCore *core() const { return m_core; }
    Ui::MainWindowViews views() const { return m_views; }
    Ui::TrayController *tray() const { return m_tray; }
    QToolBar *demoBanner() const { return m_banner; }

    void showWindow(); // restores, raises and activates the window
    void openSetupWizard();
    void openSettings();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void wireWindow();
    void wireTray();
    void wireCore();
    void updateBanner();
    void updateTitle();
    void onPrinterState(const QString &printerId);
    void onSyncFinished(const QString &printerId, const SyncResult &result);
    void refreshLinks(const QString &printerId);
    void refreshInventory();
    void refreshHistory();
    void refreshTrayState();
    void openLinkDialog(const QString &printerId, int unitId, int slotIndex);
    void openAddDialog(const QString &printerId, int unitId, int slotIndex);
    void unlink(const QString &printerId, int unitId, int slotIndex);
    void startDiscovery(QObject *context, const std::function<void(const QList<Ui::DiscoveredPrinter> &)> &deliver);
    void confirmCertificate(const QString &printerId, const QString &fingerprint, const QString &reason);
    QString printerNameFor(const QString &idOrSerial) const;
    QString slotDescription(const QString &printerId, int unitId, int slotIndex) const;

    Settings *m_settings;
    SecretStore *m_secrets;
    Ui::MainWindow *m_window;
    Ui::MainWindowViews m_views;
    Ui::TrayController *m_tray;
    PrinterDiscovery *m_discovery = nullptr;
    QSet<QString> m_certificateAsked; // printer/fingerprint pairs already put to the user
    QToolBar *m_banner = nullptr;
    AppCore *m_core = nullptr;
    QHash<QString, SyncResult> m_lastResults; // printer id → last sync
    QHash<int, QString> m_spoolLabels; // Spoolman spool id → "#12 PLA Basic Black" (from the inventory)
    QHash<QString, QString> m_unlinkedNotified; // printer/slot key → identity already announced
    int m_syncing = 0;
    int m_demoTickMs = 3000;
    bool m_quitting = false;
    bool m_trayHintShown = false;
};

} // namespace Spoolbridge::Gui
