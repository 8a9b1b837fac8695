#include "ui/dialogs/firstrunwizard.h"

#include "core/settings/secretstore.h"
#include "core/settings/settings.h"
#include "core/spoolman/spoolmanconfig.h"
#include "ui/dialogs/connectiontestwidget.h"
#include "ui/dialogs/settingspage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace Spoolbridge::Ui {

namespace {

// A wizard page whose Next button follows a predicate.
class CheckedPage final : public QWizardPage
{
public:
    explicit CheckedPage(std::function<bool()> complete, QWidget *parent = nullptr)
        : QWizardPage(parent)
        , m_complete(std::move(complete))
    { }
    bool isComplete() const override { return m_complete(); }
    void changed() { Q_EMIT completeChanged(); }

private:
    std::function<bool()> m_complete;
};

} // namespace

FirstRunWizard::FirstRunWizard(QWidget *parent)
    : QWizard(parent)
    , m_entry(PrinterEntry::create())
{
    setWindowTitle(tr("Welcome to Spoolbridge"));
    setAccessibleName(tr("First start"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    resize(640, 520);
    setPage(PrinterPageId, buildPrinterPage());
    setPage(AccessCodePageId, buildAccessCodePage());
    setPage(SpoolmanPageId, buildSpoolmanPage());
    setDiscoveredPrinters({});
}

FirstRunWizard::~FirstRunWizard() = default;

QWizardPage *FirstRunWizard::buildPrinterPage()
{
    auto *page = new CheckedPage([this] { return printerEntry().validate().isEmpty(); }, this);
    page->setTitle(tr("Your printer"));
    page->setSubTitle(tr("Choose a printer found on your network, or enter its details."));
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("Printers in <b>LAN mode</b> found on your network:"), page);
    layout->addWidget(intro);
    m_found = new QListWidget(page);
    m_found->setAccessibleName(tr("Printers found on your network"));
    m_found->setSpacing(2);
    intro->setBuddy(m_found);
    layout->addWidget(m_found, 1);
    auto *hintRow = new QHBoxLayout;
    m_foundHint = new QLabel(page);
    m_foundHint->setWordWrap(true);
    m_foundHint->setForegroundRole(QPalette::PlaceholderText);
    hintRow->addWidget(m_foundHint, 1);
    auto *rescan = new QPushButton(tr("Search &again"), page);
    hintRow->addWidget(rescan);
    layout->addLayout(hintRow);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(page);
    m_name->setAccessibleName(tr("Printer name"));
    m_name->setPlaceholderText(tr("Workshop X1C"));
    form->addRow(tr("&Name:"), m_name);
    m_host = new QLineEdit(page);
    m_host->setAccessibleName(tr("Printer address"));
    m_host->setPlaceholderText(tr("192.168.1.60"));
    form->addRow(tr("&Address:"), m_host);
    m_serial = new QLineEdit(page);
    m_serial->setAccessibleName(tr("Serial number"));
    m_serial->setPlaceholderText(tr("On the printer's screen under Settings → Device"));
    form->addRow(tr("&Serial number:"), m_serial);
    layout->addLayout(form);

    connect(rescan, &QPushButton::clicked, this, &FirstRunWizard::discoveryRequested);
    connect(m_found, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_discovered.size())
            return;
        const DiscoveredPrinter &p = m_discovered.at(row);
        m_name->setText(p.name);
        m_host->setText(p.host);
        m_serial->setText(p.serial);
        m_entry.model = p.model;
    });
    for (QLineEdit *e : {m_name, m_host, m_serial})
        connect(e, &QLineEdit::textChanged, page, &CheckedPage::changed);
    return page;
}

QWizardPage *FirstRunWizard::buildAccessCodePage()
{
    auto *page = new CheckedPage([this] { return accessCode().size() == 8; }, this);
    page->setTitle(tr("Access code"));
    page->setSubTitle(tr("The printer only lets Spoolbridge in with its LAN access code."));
    auto *layout = new QVBoxLayout(page);
    auto *where = new QLabel(tr("Find the 8-character code on the printer's screen: <b>Settings → Network → "
                                "Access Code</b> (X1, P1) or <b>Settings → LAN Only Mode</b> (A1). It changes "
                                "when you turn LAN mode off and on."),
        page);
    where->setWordWrap(true);
    layout->addWidget(where);
    auto *form = new QFormLayout;
    m_code = new QLineEdit(page);
    m_code->setEchoMode(QLineEdit::Password);
    m_code->setAccessibleName(tr("Access code"));
    m_code->setMaxLength(8);
    m_code->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9A-Za-z]{0,8}")), m_code));
    form->addRow(tr("A&ccess code:"), m_code);
    auto *show = new QCheckBox(tr("S&how the code"), page);
    form->addRow(QString(), show);
    layout->addLayout(form);
    m_codeError = SettingsPage::makeErrorLabel(page);
    layout->addWidget(m_codeError);
    auto *stored = new QLabel(tr("The code is kept in your system's keychain, not in the settings file."), page);
    stored->setForegroundRole(QPalette::PlaceholderText);
    stored->setWordWrap(true);
    layout->addWidget(stored);
    layout->addStretch();
    connect(show, &QCheckBox::toggled, this,
        [this](bool on) { m_code->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_code, &QLineEdit::textChanged, page, [this, page](const QString &text) {
        SettingsPage::setError(
            m_codeError, !text.isEmpty() && text.size() < 8 ? tr("The access code has 8 characters.") : QString());
        page->changed();
    });
    return page;
}

QWizardPage *FirstRunWizard::buildSpoolmanPage()
{
    auto *page = new CheckedPage([this] { return m_urlError->text().isEmpty(); }, this);
    page->setTitle(tr("Spoolman"));
    page->setSubTitle(tr("Where your Spoolman inventory runs. Leave it empty to set it up later."));
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_url = new QLineEdit(page);
    m_url->setAccessibleName(tr("Spoolman address"));
    m_url->setPlaceholderText(tr("http://192.168.1.50:7912"));
    form->addRow(tr("&Address:"), m_url);
    layout->addLayout(form);
    m_urlError = SettingsPage::makeErrorLabel(page);
    layout->addWidget(m_urlError);
    m_tester = new ConnectionTestWidget(page);
    m_tester->setConfigProvider([this](QString *error) -> std::optional<SpoolmanConfig> {
        if (m_url->text().trimmed().isEmpty()) {
            *error = tr("Enter Spoolman's address first, for example http://192.168.1.50:7912.");
            return std::nullopt;
        }
        return SpoolmanConfig::fromUserUrl(m_url->text().trimmed(), error);
    });
    layout->addWidget(m_tester);
    layout->addStretch();
    connect(m_url, &QLineEdit::textChanged, page, [this, page](const QString &text) {
        QString error;
        if (!text.trimmed().isEmpty() && !SpoolmanConfig::fromUserUrl(text.trimmed(), &error))
            SettingsPage::setError(m_urlError, error);
        else
            SettingsPage::setError(m_urlError, QString());
        m_tester->reset();
        page->changed();
    });
    return page;
}

void FirstRunWizard::setDiscoveredPrinters(const QList<DiscoveredPrinter> &printers)
{
    m_discovered = printers;
    m_found->blockSignals(true);
    m_found->clear();
    for (const DiscoveredPrinter &p : printers)
        m_found->addItem(tr("%1 · %2 · %3").arg(p.name, p.model.isEmpty() ? tr("Bambu Lab printer") : p.model, p.host));
    m_found->blockSignals(false);
    // The first printer found fills the form while the user has not typed anything.
    if (!printers.isEmpty() && m_name->text().isEmpty() && m_host->text().isEmpty() && m_serial->text().isEmpty())
        m_found->setCurrentRow(0);
    m_foundHint->setText(printers.isEmpty()
            ? tr("Searching… Printers in LAN mode announce themselves every few seconds. You can also enter "
                 "the address and serial number below.")
            : tr("%n printer(s) found. Choose one, or enter another below.", nullptr, int(printers.size())));
}

PrinterEntry FirstRunWizard::printerEntry() const
{
    PrinterEntry e = m_entry;
    e.name = m_name->text().trimmed();
    e.host = m_host->text().trimmed();
    e.serial = m_serial->text().trimmed().toUpper();
    e.mode = PrinterEntry::Mode::Lan;
    return e;
}

QString FirstRunWizard::accessCode() const
{
    return m_code->text().trimmed();
}

QString FirstRunWizard::spoolmanUrl() const
{
    QString error;
    const auto config = SpoolmanConfig::fromUserUrl(m_url->text().trimmed(), &error);
    return config ? config->baseUrl.toString() : QString();
}

bool FirstRunWizard::applyTo(Settings *settings, SecretStore *secrets, QString *error)
{
    const PrinterEntry entry = printerEntry();
    if (!settings->savePrinter(entry, error))
        return false;
    if (!settings->setValue(SettingKey::SpoolmanUrl, spoolmanUrl(), error))
        return false;
    if (secrets && !accessCode().isEmpty())
        secrets->write(SecretStore::printerAccessCodeKey(entry.id), accessCode(), this,
            [this](const SecretResult &r) { Q_EMIT accessCodeStored(r.ok, r.message); });
    return true;
}

} // namespace Spoolbridge::Ui
