#pragma once

#include "core/spoolman/spoolmanconfig.h"
#include "ui/dialogs/settingspage.h"

#include <optional>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QWidget;

namespace Spoolbridge::Ui {

class ConnectionTestWidget;

// Spoolman: address, authentication for a reverse proxy (none / header / basic), timeout,
// CA file and Test Connection. The header value and the password are secrets.
class SpoolmanSettingsPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpoolmanSettingsPage)

public:
    explicit SpoolmanSettingsPage(QWidget *parent = nullptr);
    ~SpoolmanSettingsPage() override;

    QString title() const override;
    QString iconName() const override { return QStringLiteral("link"); }
    void load(const Settings &settings) override;
    void loadSecrets(SecretStore *store) override;
    QString validate() override;
    void collect(QHash<SettingKey, QVariant> &values) const override;
    void saveSecrets(SecretStore *store, const std::function<void(const QString &)> &report) override;

    // The configuration the fields describe; nullopt with a message when the URL is unusable.
    std::optional<SpoolmanConfig> config(QString *error) const;

    QLineEdit *urlEdit() const { return m_url; }
    QLabel *urlError() const { return m_urlError; }
    QComboBox *authBox() const { return m_auth; }
    QSpinBox *timeoutBox() const { return m_timeout; }
    ConnectionTestWidget *tester() const { return m_tester; }

private:
    QString checkUrl() const;
    void updateAuthFields();

    QLineEdit *m_url = nullptr;
    QLabel *m_urlError = nullptr;
    QComboBox *m_auth = nullptr;
    QWidget *m_headerRow = nullptr;
    QLineEdit *m_headerName = nullptr;
    QLineEdit *m_headerValue = nullptr;
    QWidget *m_basicRow = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_authError = nullptr;
    QSpinBox *m_timeout = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLabel *m_caError = nullptr;
    ConnectionTestWidget *m_tester = nullptr;
    bool m_headerValueEdited = false;
    bool m_passwordEdited = false;
};

} // namespace Spoolbridge::Ui
