#include "ui/dialogs/printereditdialog.h"

#include "ui/dialogs/settingspage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace Spoolbridge::Ui {

PrinterEditDialog::PrinterEditDialog(QWidget *parent)
    : QDialog(parent)
    , m_entry(PrinterEntry::create())
{
    setWindowTitle(tr("Add printer"));
    setAccessibleName(tr("Printer"));
    resize(520, 0);
    auto *layout = new QVBoxLayout(this);

    auto *foundHeading = new QLabel(tr("Found on your network:"), this);
    layout->addWidget(foundHeading);
    m_found = new QListWidget(this);
    m_found->setAccessibleName(tr("Printers found on your network"));
    m_found->setSpacing(2);
    m_found->setMaximumHeight(110);
    foundHeading->setBuddy(m_found);
    layout->addWidget(m_found);
    auto *foundRow = new QHBoxLayout;
    m_foundHint = new QLabel(this);
    m_foundHint->setWordWrap(true);
    m_foundHint->setForegroundRole(QPalette::PlaceholderText);
    foundRow->addWidget(m_foundHint, 1);
    auto *rescan = new QPushButton(tr("Search &again"), this);
    foundRow->addWidget(rescan);
    layout->addLayout(foundRow);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Printer name"));
    m_name->setPlaceholderText(tr("Workshop X1C"));
    form->addRow(tr("&Name:"), m_name);
    auto *modeRow = new QHBoxLayout;
    m_lan = new QRadioButton(tr("&LAN (direct, needs the access code)"), this);
    m_cloud = new QRadioButton(tr("Bambu &cloud"), this);
    m_lan->setChecked(true);
    modeRow->addWidget(m_lan);
    modeRow->addWidget(m_cloud);
    modeRow->addStretch();
    form->addRow(tr("Connection:"), modeRow);
    m_host = new QLineEdit(this);
    m_host->setAccessibleName(tr("Printer address"));
    m_host->setPlaceholderText(tr("192.168.1.60"));
    form->addRow(tr("&Address:"), m_host);
    m_serial = new QLineEdit(this);
    m_serial->setAccessibleName(tr("Serial number"));
    m_serial->setPlaceholderText(tr("00M09A123456789"));
    form->addRow(tr("&Serial number:"), m_serial);
    m_code = new QLineEdit(this);
    m_code->setEchoMode(QLineEdit::Password);
    m_code->setAccessibleName(tr("Access code"));
    m_code->setToolTip(tr("Shown on the printer's screen under Settings → Network (LAN only mode)."));
    m_code->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9A-Za-z]{0,32}")), m_code));
    form->addRow(tr("A&ccess code:"), m_code);
    layout->addLayout(form);
    m_error = SettingsPage::makeErrorLabel(this);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problems().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(rescan, &QPushButton::clicked, this, &PrinterEditDialog::rescanRequested);
    connect(m_found, &QListWidget::itemActivated, this, &PrinterEditDialog::useDiscovered);
    connect(m_found, &QListWidget::currentRowChanged, this, &PrinterEditDialog::useDiscovered);
    for (QLineEdit *edit : {m_name, m_host, m_serial})
        connect(edit, &QLineEdit::textChanged, this, &PrinterEditDialog::validate);
    connect(m_code, &QLineEdit::textEdited, this, [this] {
        m_codeEdited = true;
        validate();
    });
    connect(m_lan, &QRadioButton::toggled, this, &PrinterEditDialog::validate);
    setDiscovered({});
    validate();
}

PrinterEditDialog::~PrinterEditDialog() = default;

void PrinterEditDialog::setEntry(const PrinterEntry &entry)
{
    m_entry = entry;
    m_isNew = false;
    setWindowTitle(tr("Edit printer"));
    m_name->setText(entry.name);
    m_host->setText(entry.host);
    m_serial->setText(entry.serial);
    (entry.mode == PrinterEntry::Mode::Cloud ? m_cloud : m_lan)->setChecked(true);
    m_code->setPlaceholderText(tr("Unchanged"));
    validate();
}

PrinterEntry PrinterEditDialog::entry() const
{
    PrinterEntry e = m_entry;
    e.name = m_name->text().trimmed();
    e.host = m_host->text().trimmed();
    e.serial = m_serial->text().trimmed().toUpper();
    e.mode = m_cloud->isChecked() ? PrinterEntry::Mode::Cloud : PrinterEntry::Mode::Lan;
    for (const DiscoveredPrinter &d : m_discovered) {
        if (d.serial.compare(e.serial, Qt::CaseInsensitive) == 0 && e.model.isEmpty())
            e.model = d.model;
    }
    return e;
}

void PrinterEditDialog::setAccessCode(const QString &code)
{
    m_code->setText(code);
    m_codeEdited = false;
    validate();
}

QString PrinterEditDialog::accessCode() const
{
    return m_code->text().trimmed();
}

void PrinterEditDialog::setDiscovered(const QList<DiscoveredPrinter> &printers)
{
    m_discovered = printers;
    m_found->blockSignals(true);
    m_found->clear();
    for (const DiscoveredPrinter &p : printers) {
        m_found->addItem(tr("%1 · %2 · %3 (%4)")
                             .arg(p.name, p.model.isEmpty() ? tr("Bambu Lab printer") : p.model, p.host, p.serial));
    }
    m_found->blockSignals(false);
    m_found->setVisible(!printers.isEmpty());
    m_foundHint->setText(printers.isEmpty()
            ? tr("No printer answered yet. Printers in LAN mode announce themselves every few seconds; you can "
                 "also enter the address yourself.")
            : tr("Choose a printer to fill in its address and serial number."));
}

void PrinterEditDialog::useDiscovered()
{
    const int row = m_found->currentRow();
    if (row < 0 || row >= m_discovered.size())
        return;
    const DiscoveredPrinter &p = m_discovered.at(row);
    m_host->setText(p.host);
    m_serial->setText(p.serial);
    if (m_name->text().trimmed().isEmpty())
        m_name->setText(p.name);
    m_lan->setChecked(true);
    m_code->setFocus();
}

QStringList PrinterEditDialog::problems() const
{
    QStringList list = entry().validate();
    const bool lan = m_lan->isChecked();
    if (lan && (m_isNew || m_codeEdited) && accessCode().isEmpty())
        list << tr("Enter the printer's access code (on its screen under Settings → Network).");
    else if (lan && !accessCode().isEmpty() && accessCode().size() != 8)
        list << tr("The access code has 8 characters; check it on the printer's screen.");
    return list;
}

void PrinterEditDialog::validate()
{
    const QStringList list = problems();
    // Only the first problem, once the user has typed something (a fresh form is not an error).
    const bool touched = !m_name->text().isEmpty() || !m_host->text().isEmpty() || !m_serial->text().isEmpty();
    SettingsPage::setError(m_error, touched ? list.value(0) : QString());
    m_ok->setEnabled(list.isEmpty());
    m_host->setEnabled(m_lan->isChecked());
}

} // namespace Spoolbridge::Ui
