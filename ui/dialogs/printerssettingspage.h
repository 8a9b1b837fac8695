#pragma once

#include "core/settings/printerentry.h"
#include "ui/dialogs/discoveredprinter.h"
#include "ui/dialogs/settingspage.h"

#include <QSet>

class QListWidget;
class QPushButton;

namespace Spoolbridge::Ui {

class PrinterEditDialog;

// The printers: a list with Add, Edit and Remove. Access codes entered here go to the
// SecretStore on save; removing a printer also removes its stored code.
class PrintersSettingsPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrintersSettingsPage)

public:
    explicit PrintersSettingsPage(QWidget *parent = nullptr);
    ~PrintersSettingsPage() override;

    QString title() const override;
    QString iconName() const override { return QStringLiteral("printer"); }
    void load(const Settings &settings) override;
    QString validate() override;
    void collect(QHash<SettingKey, QVariant> &) const override { }
    void saveSecrets(SecretStore *store, const std::function<void(const QString &)> &report) override;

    QList<PrinterEntry> printers() const { return m_printers; }
    void setDiscovered(const QList<DiscoveredPrinter> &printers);
    // Opens the edit dialog for a new printer / the selected one (non-modal to the event loop).
    void addPrinter();
    void editPrinter();
    void removePrinter();
    PrinterEditDialog *openEditor() const { return m_editor; }

    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void rescanRequested();

private:
    void refresh();
    void openEditor(int row);

    QList<PrinterEntry> m_printers;
    QHash<QString, QString> m_newCodes; // printer id → access code typed in this session
    QSet<QString> m_removed; // ids whose stored codes go away on save
    QList<DiscoveredPrinter> m_discovered;
    QListWidget *m_list = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_error = nullptr;
    PrinterEditDialog *m_editor = nullptr;
};

} // namespace Spoolbridge::Ui
