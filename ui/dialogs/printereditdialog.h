#pragma once

#include "core/settings/printerentry.h"
#include "ui/dialogs/discoveredprinter.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace Spoolbridge::Ui {

// Adds or edits one printer: name, host, serial, access code (hidden as typed), LAN or cloud,
// and a "found on your network" list that fills in host, serial and name.
class PrinterEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrinterEditDialog)

public:
    explicit PrinterEditDialog(QWidget *parent = nullptr);
    ~PrinterEditDialog() override;

    void setEntry(const PrinterEntry &entry);
    PrinterEntry entry() const;
    // Empty = unchanged (an existing printer keeps its stored code).
    void setAccessCode(const QString &code);
    QString accessCode() const;
    bool accessCodeEdited() const { return m_codeEdited; }
    void setDiscovered(const QList<DiscoveredPrinter> &printers);
    // Problems that keep OK disabled, also shown inline.
    QStringList problems() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *hostEdit() const { return m_host; }
    QLineEdit *serialEdit() const { return m_serial; }
    QLineEdit *accessCodeEdit() const { return m_code; }
    QListWidget *discoveredList() const { return m_found; }
    QPushButton *okButton() const { return m_ok; }

Q_SIGNALS:
    // The user asked to look for printers again.
    void rescanRequested();

private:
    void validate();
    void useDiscovered();

    PrinterEntry m_entry;
    bool m_isNew = true;
    bool m_codeEdited = false;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_serial = nullptr;
    QLineEdit *m_code = nullptr;
    QRadioButton *m_lan = nullptr;
    QRadioButton *m_cloud = nullptr;
    QListWidget *m_found = nullptr;
    QLabel *m_foundHint = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
    QList<DiscoveredPrinter> m_discovered;
};

} // namespace Spoolbridge::Ui
