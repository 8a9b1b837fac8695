#pragma once

#include "ui/dialogs/discoveredprinter.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace Spoolbridge {
class SecretStore;
class Settings;
} // namespace Spoolbridge

namespace Spoolbridge::Ui {

class AppSettingsPage;
class PrintersSettingsPage;
class SettingsPage;
class SpoolmanSettingsPage;
class SyncSettingsPage;

// The settings: pages Spoolman, Printers, Sync and Application over one Settings object.
// OK and Apply validate every page (the first problem is shown on its page and in the banner),
// store all values at once and send the secrets (access codes, proxy password/header) to the
// SecretStore — never into the settings file.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    enum Page {
        SpoolmanPage,
        PrintersPage,
        SyncPage,
        AppPage,
    };

    // `secrets` may be null (secrets then cannot be edited).
    SettingsDialog(Settings *settings, SecretStore *secrets, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void showPage(Page page);
    Page currentPage() const;
    // Printers found on the network, for the printer editor's list.
    void setDiscoveredPrinters(const QList<DiscoveredPrinter> &printers);
    // Re-reads everything from the settings (and secrets).
    void reload();
    // Validates and stores; false (with the problem shown) when something is invalid.
    bool apply();
    QString bannerText() const;

    SpoolmanSettingsPage *spoolmanPage() const { return m_spoolman; }
    PrintersSettingsPage *printersPage() const { return m_printers; }
    SyncSettingsPage *syncPage() const { return m_sync; }
    AppSettingsPage *appPage() const { return m_app; }
    QDialogButtonBox *buttons() const { return m_buttons; }

Q_SIGNALS:
    void applied();
    // The user asked to search the network for printers again.
    void discoveryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshIcons();
    void showBanner(const QString &text, bool error);

    QPointer<Settings> m_settings;
    QPointer<SecretStore> m_secrets;
    QList<SettingsPage *> m_pages;
    SpoolmanSettingsPage *m_spoolman = nullptr;
    PrintersSettingsPage *m_printers = nullptr;
    SyncSettingsPage *m_sync = nullptr;
    AppSettingsPage *m_app = nullptr;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_banner = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Spoolbridge::Ui
