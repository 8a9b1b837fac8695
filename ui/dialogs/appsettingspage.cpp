#include "ui/dialogs/appsettingspage.h"

#include "core/settings/settings.h"
#include "core/settings/translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

namespace Spoolbridge::Ui {

AppSettingsPage::AppSettingsPage(QWidget *parent)
    : SettingsPage(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->setAccessibleName(tr("Language"));
    m_language->setMinimumWidth(260);
    m_language->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (const QString &code : Translations::available()) {
        if (code != QStringLiteral("en"))
            m_language->addItem(Translations::displayName(code), code);
    }
    form->addRow(tr("&Language:"), m_language);
    auto *hint = new QLabel(tr("A new language applies after Spoolbridge restarts."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), hint);
    layout->addLayout(form);

    m_startAtLogin = new QCheckBox(tr("Start Spoolbridge when I &log in"), this);
    m_startMinimised = new QCheckBox(tr("Start &minimised to the system tray"), this);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        m_startMinimised->setToolTip(tr("This desktop has no system tray; the window starts minimised instead."));
    layout->addWidget(m_startAtLogin);
    layout->addWidget(m_startMinimised);

    auto *notify = new QGroupBox(tr("Notify me about"), this);
    auto *notifyLayout = new QVBoxLayout(notify);
    const QList<QPair<SettingKey, QString>> kinds = {
        {SettingKey::NotifySyncErrors, tr("Sync &errors")},
        {SettingKey::NotifyLowStock, tr("Low &filament (below the low-stock threshold)")},
        {SettingKey::NotifyPrinterOffline, tr("A printer going &offline")},
        {SettingKey::NotifySpoolChanges, tr("Spools loaded or &unloaded (including unlinked spools)")},
        {SettingKey::NotifyPrintFinished, tr("&Finished prints and usage waiting for Spoolman")},
    };
    for (const auto &kind : kinds) {
        auto *box = new QCheckBox(kind.second, notify);
        notifyLayout->addWidget(box);
        m_notifications.insert(kind.first, box);
    }
    layout->addWidget(notify);
    layout->addStretch();
}

AppSettingsPage::~AppSettingsPage() = default;

QString AppSettingsPage::title() const
{
    return tr("Application");
}

void AppSettingsPage::load(const Settings &settings)
{
    const int index = m_language->findData(settings.text(SettingKey::AppLanguage));
    m_language->setCurrentIndex(index >= 0 ? index : 0);
    m_startAtLogin->setChecked(settings.flag(SettingKey::AppStartAtLogin));
    m_startMinimised->setChecked(settings.flag(SettingKey::AppStartMinimised));
    for (auto it = m_notifications.cbegin(); it != m_notifications.cend(); ++it)
        it.value()->setChecked(settings.flag(it.key()));
}

void AppSettingsPage::collect(QHash<SettingKey, QVariant> &values) const
{
    values.insert(SettingKey::AppLanguage, m_language->currentData().toString());
    values.insert(SettingKey::AppStartAtLogin, m_startAtLogin->isChecked());
    values.insert(SettingKey::AppStartMinimised, m_startMinimised->isChecked());
    for (auto it = m_notifications.cbegin(); it != m_notifications.cend(); ++it)
        values.insert(it.key(), it.value()->isChecked());
}

} // namespace Spoolbridge::Ui
