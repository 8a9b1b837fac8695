#pragma once

#include "core/printer/printerstate.h"
#include "ui/slotlinkinfo.h"

#include <QHash>
#include <QMainWindow>
#include <QUrl>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace Spoolbridge::Ui {

class EmptyState;
class PrinterView;

// The main window: printers in a sidebar, the selected printer's slots in the centre, tabs for
// sync results, inventory, history and charts, a toolbar with Sync now / mode / Settings.
// The application feeds it through the narrow API below and reacts to its signals.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum Tab {
        SlotsTab,
        SyncResultsTab,
        InventoryTab,
        HistoryTab,
        ChartsTab,
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // --- data in -------------------------------------------------------------------------
    void addPrinter(const QString &id, const QString &name);
    void removePrinter(const QString &id);
    void setPrinterName(const QString &id, const QString &name);
    void setPrinterState(const QString &id, const PrinterState &state);
    void setConnectionState(const QString &id, ConnectionState state, const QString &message = QString());
    void setSlotLinkInfo(const QString &id, int unitId, int slotIndex, const SlotLinkInfo &info);
    // Spoolman's base URL; empty when Spoolman is not configured.
    void setSpoolmanUrl(const QString &url);
    // One line for the status bar about Spoolman ("Spoolman 0.22.1 connected", an error…).
    void setSpoolmanStatus(bool ok, const QString &message);
    void setAutoSync(bool autoSync);
    void setSyncRunning(bool running);
    void showStatusMessage(const QString &message, int timeoutMs = 0);

    // --- queries (tests, app wiring) -------------------------------------------------------
    QStringList printerIds() const;
    QString currentPrinterId() const;
    void selectPrinter(const QString &id);
    PrinterView *printerView(const QString &id) const;
    PrinterView *currentPrinterView() const;
    QListWidget *printerList() const { return m_printerList; }
    QLineEdit *printerFilter() const { return m_filter; } // shown from kFilterThreshold printers on
    QTabWidget *tabs() const { return m_tabs; }
    QAction *syncNowAction() const { return m_syncNow; }
    QAction *settingsAction() const { return m_settings; }
    QToolButton *modeButton() const { return m_modeButton; }
    bool autoSync() const { return m_autoSync; }

    // The Spoolman page of a spool: <spoolman>/spool/show/<id>.
    static QUrl spoolPageUrl(const QString &spoolmanUrl, int spoolId);

Q_SIGNALS:
    void syncNowRequested();
    void settingsRequested();
    void autoSyncChanged(bool autoSync); // the user switched the sync mode
    void linkRequested(const QString &printerId, int unitId, int slotIndex);
    void addToSpoolmanRequested(const QString &printerId, int unitId, int slotIndex);
    void unlinkRequested(const QString &printerId, int unitId, int slotIndex);
    // Emitted after the window asked the desktop to open a spool's Spoolman page.
    void spoolPageOpened(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void buildToolBar();
    QWidget *buildSidebar();
    void refreshIcons();
    void updateModeButton();
    void updateSidebarItem(const QString &id);
    void onCurrentRowChanged(int row);
    void openSpoolPage(const QString &printerId, SlotKey key, int spoolId);
    QListWidgetItem *itemFor(const QString &id) const;
    void applyFilter();

    static constexpr int kFilterThreshold = 8;

    QString m_spoolmanUrl;
    bool m_autoSync = true;
    bool m_syncRunning = false;
    QHash<QString, PrinterView *> m_views;
    QListWidget *m_printerList = nullptr;
    QLineEdit *m_filter = nullptr;
    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_printerStack = nullptr;
    EmptyState *m_noPrinters = nullptr;
    QAction *m_syncNow = nullptr;
    QAction *m_settings = nullptr;
    QToolButton *m_modeButton = nullptr;
    QAction *m_modeAuto = nullptr;
    QAction *m_modeManual = nullptr;
    QLabel *m_spoolmanStatus = nullptr;
    QLabel *m_spoolmanIcon = nullptr;
    bool m_spoolmanOk = false;
};

} // namespace Spoolbridge::Ui
