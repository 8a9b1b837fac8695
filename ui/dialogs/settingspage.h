#pragma once

#include "core/settings/settingkeys.h"

#include <QHash>
#include <QLabel>
#include <QVariant>
#include <QWidget>

#include <functional>

namespace Spoolbridge {
class SecretStore;
class Settings;
} // namespace Spoolbridge

namespace Spoolbridge::Ui {

// One page of the settings dialog. The dialog loads every page from the Settings object,
// asks each to validate (pages show their own inline errors), collects the values and stores
// them all at once, then lets each page write its secrets to the SecretStore.
class SettingsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(QWidget *parent = nullptr)
        : QWidget(parent)
    { }
    ~SettingsPage() override = default;

    virtual QString title() const = 0;
    virtual QString iconName() const = 0;
    virtual void load(const Settings &settings) = 0;
    // Reads this page's secrets (asynchronously; fields fill in when they arrive).
    virtual void loadSecrets(SecretStore *) { }
    // The first problem on the page (also shown inline), or an empty string.
    virtual QString validate() = 0;
    virtual void collect(QHash<SettingKey, QVariant> &values) const = 0;
    // Writes changed secrets; `report` receives a readable sentence per failure.
    virtual void saveSecrets(SecretStore *, const std::function<void(const QString &)> &) { }

    // A label for inline errors in the warning colour, hidden while empty.
    static QLabel *makeErrorLabel(QWidget *parent);
    static void setError(QLabel *label, const QString &text);
};

} // namespace Spoolbridge::Ui
