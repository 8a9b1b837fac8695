#include "ui/dialogs/settingsdialog.h"

#include "core/settings/secretstore.h"
#include "core/settings/settings.h"
#include "ui/dialogs/appsettingspage.h"
#include "ui/dialogs/printerssettingspage.h"
#include "ui/dialogs/spoolmansettingspage.h"
#include "ui/dialogs/syncsettingspage.h"
#include "ui/theme.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Spoolbridge::Ui {

SettingsDialog::SettingsDialog(Settings *settings, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_secrets(secrets)
{
    setWindowTitle(tr("Spoolbridge Settings"));
    setAccessibleName(tr("Settings"));
    resize(820, 600);
    auto *layout = new QVBoxLayout(this);
    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setAccessibleName(tr("Settings message"));
    m_banner->setMargin(8);
    m_banner->setAutoFillBackground(true);
    m_banner->hide();
    layout->addWidget(m_banner);

    auto *row = new QHBoxLayout;
    m_nav = new QListWidget(this);
    m_nav->setAccessibleName(tr("Settings pages"));
    m_nav->setFixedWidth(180);
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setSpacing(2);
    row->addWidget(m_nav);
    m_stack = new QStackedWidget(this);
    row->addWidget(m_stack, 1);
    layout->addLayout(row, 1);

    m_spoolman = new SpoolmanSettingsPage(this);
    m_printers = new PrintersSettingsPage(this);
    m_sync = new SyncSettingsPage(this);
    m_app = new AppSettingsPage(this);
    m_pages = {m_spoolman, m_printers, m_sync, m_app};
    for (SettingsPage *page : std::as_const(m_pages)) {
        auto *scroll = new QScrollArea(this);
        scroll->setWidget(page);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        m_stack->addWidget(scroll);
        m_nav->addItem(new QListWidgetItem(page->title()));
    }
    refreshIcons();
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_printers, &PrintersSettingsPage::rescanRequested, this, &SettingsDialog::discoveryRequested);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] { apply(); });

    reload();
    m_nav->setCurrentRow(0);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::refreshIcons()
{
    const QColor color = palette().color(QPalette::Text);
    for (int i = 0; i < m_pages.size(); ++i)
        m_nav->item(i)->setIcon(Theme::icon(m_pages.at(i)->iconName(), color));
}

void SettingsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refreshIcons();
}

void SettingsDialog::showPage(Page page)
{
    m_nav->setCurrentRow(int(page));
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    return Page(m_nav->currentRow());
}

void SettingsDialog::setDiscoveredPrinters(const QList<DiscoveredPrinter> &printers)
{
    m_printers->setDiscovered(printers);
}

void SettingsDialog::reload()
{
    if (!m_settings)
        return;
    for (SettingsPage *page : std::as_const(m_pages)) {
        page->load(*m_settings);
        page->loadSecrets(m_secrets);
    }
    m_banner->hide();
}

QString SettingsDialog::bannerText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

void SettingsDialog::showBanner(const QString &text, bool error)
{
    QPalette p = m_banner->palette();
    const QColor accent = Theme::fillColor(p, error ? 0 : 100);
    QColor background = accent;
    background.setAlpha(40);
    p.setColor(QPalette::Window, background);
    m_banner->setPalette(p);
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

bool SettingsDialog::apply()
{
    if (!m_settings)
        return false;
    for (int i = 0; i < m_pages.size(); ++i) {
        const QString problem = m_pages.at(i)->validate();
        if (!problem.isEmpty()) {
            showPage(Page(i));
            showBanner(tr("%1: %2").arg(m_pages.at(i)->title(), problem), true);
            return false;
        }
    }
    QHash<SettingKey, QVariant> values;
    for (SettingsPage *page : std::as_const(m_pages))
        page->collect(values);
    QString error;
    if (!m_settings->setValues(values, &error) || !m_settings->setPrinters(m_printers->printers(), &error)) {
        showBanner(error, true);
        return false;
    }
    // Secrets: asynchronous; a failure shows in the banner when it comes back. The pages are the
    // callbacks' context objects and children of this dialog, so `this` is alive whenever the
    // report runs.
    auto report = [this](const QString &message) {
        showBanner(tr("A password or access code could not be stored: %1").arg(message), true);
    };
    for (SettingsPage *page : std::as_const(m_pages))
        page->saveSecrets(m_secrets, report);
    showBanner(QString(), false);
    Q_EMIT applied();
    return true;
}

} // namespace Spoolbridge::Ui
