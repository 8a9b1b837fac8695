#pragma once

#include "ui/dialogs/settingspage.h"

class QCheckBox;
class QComboBox;

namespace Spoolbridge::Ui {

// Application: language, start at login, start minimised to the tray, notifications.
class AppSettingsPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSettingsPage)

public:
    explicit AppSettingsPage(QWidget *parent = nullptr);
    ~AppSettingsPage() override;

    QString title() const override;
    QString iconName() const override { return QStringLiteral("settings"); }
    void load(const Settings &settings) override;
    QString validate() override { return QString(); }
    void collect(QHash<SettingKey, QVariant> &values) const override;

    QComboBox *languageBox() const { return m_language; }

private:
    QComboBox *m_language = nullptr;
    QCheckBox *m_startAtLogin = nullptr;
    QCheckBox *m_startMinimised = nullptr;
    QHash<SettingKey, QCheckBox *> m_notifications;
};

} // namespace Spoolbridge::Ui
