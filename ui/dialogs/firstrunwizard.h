#pragma once

#include "core/settings/printerentry.h"
#include "ui/dialogs/discoveredprinter.h"

#include <QWizard>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Spoolbridge {
class SecretStore;
class Settings;
} // namespace Spoolbridge

namespace Spoolbridge::Ui {

class ConnectionTestWidget;

// First start: pick a printer found on the network (or enter it by hand), give its access code,
// then Spoolman's address with a connection test (may be left empty to add Spoolman later).
// applyTo() stores the printer and the URL in the settings and the code in the SecretStore.
class FirstRunWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunWizard)

public:
    enum PageId {
        PrinterPageId,
        AccessCodePageId,
        SpoolmanPageId,
    };

    explicit FirstRunWizard(QWidget *parent = nullptr);
    ~FirstRunWizard() override;

    void setDiscoveredPrinters(const QList<DiscoveredPrinter> &printers);

    PrinterEntry printerEntry() const;
    QString accessCode() const;
    QString spoolmanUrl() const; // normalised; empty when skipped
    // Stores the result (call it before deleting the wizard; the code is written asynchronously
    // and reported by accessCodeStored()); false with a readable message when the settings refuse a value.
    bool applyTo(Settings *settings, SecretStore *secrets, QString *error);

    QListWidget *discoveredList() const { return m_found; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *hostEdit() const { return m_host; }
    QLineEdit *serialEdit() const { return m_serial; }
    QLineEdit *accessCodeEdit() const { return m_code; }
    QLineEdit *spoolmanUrlEdit() const { return m_url; }
    ConnectionTestWidget *tester() const { return m_tester; }

Q_SIGNALS:
    void discoveryRequested();
    // After applyTo(): whether the access code reached the SecretStore (else `message` says why).
    void accessCodeStored(bool ok, const QString &message);

private:
    QWizardPage *buildPrinterPage();
    QWizardPage *buildAccessCodePage();
    QWizardPage *buildSpoolmanPage();

    QList<DiscoveredPrinter> m_discovered;
    PrinterEntry m_entry;
    QListWidget *m_found = nullptr;
    QLabel *m_foundHint = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_serial = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_codeError = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_urlError = nullptr;
    ConnectionTestWidget *m_tester = nullptr;
};

} // namespace Spoolbridge::Ui
