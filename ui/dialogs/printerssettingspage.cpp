#include "ui/dialogs/printerssettingspage.h"

#include "core/settings/secretstore.h"
#include "core/settings/settings.h"
#include "ui/dialogs/printereditdialog.h"
#include "ui/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Spoolbridge::Ui {

PrintersSettingsPage::PrintersSettingsPage(QWidget *parent)
    : SettingsPage(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Printers Spoolbridge connects to. In LAN mode it talks to the printer directly "
                                "and needs the access code shown on the printer's screen."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *row = new QHBoxLayout;
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Configured printers"));
    m_list->setSpacing(3);
    m_list->setIconSize(QSize(24, 24));
    row->addWidget(m_list, 1);
    auto *buttons = new QVBoxLayout;
    auto *add = new QPushButton(tr("&Add…"), this);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    for (QPushButton *b : {add, m_edit, m_remove})
        buttons->addWidget(b);
    buttons->addStretch();
    row->addLayout(buttons);
    layout->addLayout(row, 1);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);

    connect(add, &QPushButton::clicked, this, &PrintersSettingsPage::addPrinter);
    connect(m_edit, &QPushButton::clicked, this, &PrintersSettingsPage::editPrinter);
    connect(m_remove, &QPushButton::clicked, this, &PrintersSettingsPage::removePrinter);
    connect(m_list, &QListWidget::itemActivated, this, &PrintersSettingsPage::editPrinter);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int r) {
        m_edit->setEnabled(r >= 0);
        m_remove->setEnabled(r >= 0);
    });
    refresh();
}

PrintersSettingsPage::~PrintersSettingsPage() = default;

QString PrintersSettingsPage::title() const
{
    return tr("Printers");
}

void PrintersSettingsPage::load(const Settings &settings)
{
    m_printers = settings.printers();
    m_newCodes.clear();
    m_removed.clear();
    refresh();
}

void PrintersSettingsPage::setDiscovered(const QList<DiscoveredPrinter> &printers)
{
    m_discovered = printers;
    if (m_editor)
        m_editor->setDiscovered(printers);
}

void PrintersSettingsPage::refresh()
{
    const int current = m_list->currentRow();
    m_list->clear();
    const QIcon icon = Theme::icon(QStringLiteral("printer"), palette().color(QPalette::Text));
    for (const PrinterEntry &p : std::as_const(m_printers)) {
        const QString where = p.mode == PrinterEntry::Mode::Lan ? tr("LAN %1").arg(p.host) : tr("Bambu cloud");
        const QString model = p.model.isEmpty() ? tr("Bambu Lab printer") : p.model;
        auto *item = new QListWidgetItem(icon, tr("%1\n%2 · %3 · %4").arg(p.name, model, where, p.serial), m_list);
        item->setToolTip(p.validate().join(QLatin1Char('\n')));
    }
    m_list->setCurrentRow(std::clamp(current, m_list->count() > 0 ? 0 : -1, int(m_list->count()) - 1));
    m_edit->setEnabled(m_list->currentRow() >= 0);
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

void PrintersSettingsPage::addPrinter()
{
    openEditor(-1);
}

void PrintersSettingsPage::editPrinter()
{
    if (m_list->currentRow() >= 0)
        openEditor(m_list->currentRow());
}

void PrintersSettingsPage::openEditor(int row)
{
    if (m_editor)
        return;
    m_editor = new PrinterEditDialog(this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editor->setDiscovered(m_discovered);
    QString id;
    if (row >= 0) {
        const PrinterEntry &entry = m_printers.at(row);
        id = entry.id;
        m_editor->setEntry(entry);
        if (m_newCodes.contains(id))
            m_editor->setAccessCode(m_newCodes.value(id));
    }
    connect(m_editor, &PrinterEditDialog::rescanRequested, this, &PrintersSettingsPage::rescanRequested);
    connect(m_editor, &QDialog::finished, this, [this](int) { m_editor = nullptr; });
    connect(m_editor, &QDialog::accepted, this, [this, row] {
        const PrinterEntry entry = m_editor->entry();
        if (m_editor->accessCodeEdited() || row < 0)
            m_newCodes.insert(entry.id, m_editor->accessCode());
        if (row >= 0 && row < m_printers.size())
            m_printers[row] = entry;
        else
            m_printers.append(entry);
        m_removed.remove(entry.id);
        refresh();
        m_list->setCurrentRow(row >= 0 ? row : int(m_printers.size()) - 1);
        validate();
    });
    m_editor->open();
}

void PrintersSettingsPage::removePrinter()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_printers.size())
        return;
    const QString id = m_printers.takeAt(row).id;
    m_newCodes.remove(id);
    m_removed.insert(id);
    refresh();
    validate();
}

QString PrintersSettingsPage::validate()
{
    QString problem;
    QSet<QString> serials;
    for (const PrinterEntry &p : std::as_const(m_printers)) {
        const QStringList list = p.validate();
        if (!list.isEmpty()) {
            problem = list.first();
            break;
        }
        if (serials.contains(p.serial.toUpper())) {
            problem = tr("Two printers have the serial number %1; remove one of them.").arg(p.serial);
            break;
        }
        serials.insert(p.serial.toUpper());
    }
    setError(m_error, problem);
    return problem;
}

void PrintersSettingsPage::saveSecrets(SecretStore *store, const std::function<void(const QString &)> &report)
{
    if (!store)
        return;
    auto done = [report](const SecretResult &r) {
        if (!r.ok)
            report(r.message);
    };
    for (auto it = m_newCodes.cbegin(); it != m_newCodes.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        store->write(SecretStore::printerAccessCodeKey(it.key()), it.value(), this, done);
    }
    for (const QString &id : std::as_const(m_removed))
        store->remove(SecretStore::printerAccessCodeKey(id), this, done);
    m_newCodes.clear();
    m_removed.clear();
}

} // namespace Spoolbridge::Ui
