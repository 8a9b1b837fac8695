#include "ui/dialogs/spoolmansettingspage.h"

#include "core/settings/secretstore.h"
#include "core/settings/settings.h"
#include "core/settings/settingsvalidation.h"
#include "ui/dialogs/connectiontestwidget.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Spoolbridge::Ui {

namespace {

QWidget *pair(
    QWidget *parent, const QString &firstLabel, QLineEdit *first, const QString &secondLabel, QLineEdit *second)
{
    auto *row = new QWidget(parent);
    auto *layout = new QFormLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(firstLabel, first);
    layout->addRow(secondLabel, second);
    return row;
}

} // namespace

SpoolmanSettingsPage::SpoolmanSettingsPage(QWidget *parent)
    : SettingsPage(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_url = new QLineEdit(this);
    m_url->setPlaceholderText(tr("http://192.168.1.50:7912"));
    m_url->setAccessibleName(tr("Spoolman address"));
    m_url->setToolTip(tr("Spoolman's address, with a path if it runs behind a reverse proxy. Leave empty to use "
                         "Spoolbridge without Spoolman."));
    m_urlError = makeErrorLabel(this);
    auto *urlColumn = new QVBoxLayout;
    urlColumn->addWidget(m_url);
    urlColumn->addWidget(m_urlError);
    form->addRow(tr("&Address:"), urlColumn);
    qobject_cast<QLabel *>(form->labelForField(urlColumn))->setBuddy(m_url);

    m_auth = new QComboBox(this);
    m_auth->setAccessibleName(tr("Authentication"));
    m_auth->addItem(tr("None (Spoolman itself has no login)"), QStringLiteral("none"));
    m_auth->addItem(tr("Header (API key of a reverse proxy)"), QStringLiteral("header"));
    m_auth->addItem(tr("User name and password (basic)"), QStringLiteral("basic"));
    form->addRow(tr("A&uthentication:"), m_auth);

    m_headerName = new QLineEdit(this);
    m_headerName->setAccessibleName(tr("Header name"));
    m_headerName->setPlaceholderText(tr("X-Api-Key"));
    m_headerValue = new QLineEdit(this);
    m_headerValue->setEchoMode(QLineEdit::Password);
    m_headerValue->setAccessibleName(tr("Header value"));
    m_headerRow = pair(this, tr("Header &name:"), m_headerName, tr("Header &value:"), m_headerValue);
    form->addRow(QString(), m_headerRow);
    m_user = new QLineEdit(this);
    m_user->setAccessibleName(tr("User name"));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_basicRow = pair(this, tr("U&ser name:"), m_user, tr("Pass&word:"), m_password);
    form->addRow(QString(), m_basicRow);
    m_authError = makeErrorLabel(this);
    form->addRow(QString(), m_authError);

    m_timeout = new QSpinBox(this);
    m_timeout->setRange(1, 300);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setAccessibleName(tr("Timeout in seconds"));
    m_timeout->setToolTip(tr("How long to wait for an answer before giving up."));
    form->addRow(tr("&Timeout:"), m_timeout);

    auto *caRow = new QHBoxLayout;
    m_caFile = new QLineEdit(this);
    m_caFile->setPlaceholderText(tr("Only for a self-signed https certificate"));
    m_caFile->setAccessibleName(tr("CA certificate file"));
    caRow->addWidget(m_caFile, 1);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setAccessibleName(tr("Choose the CA certificate file"));
    caRow->addWidget(browse);
    m_caError = makeErrorLabel(this);
    auto *caColumn = new QVBoxLayout;
    caColumn->addLayout(caRow);
    caColumn->addWidget(m_caError);
    form->addRow(tr("&CA certificate:"), caColumn);
    qobject_cast<QLabel *>(form->labelForField(caColumn))->setBuddy(m_caFile);
    layout->addLayout(form);

    m_tester = new ConnectionTestWidget(this);
    m_tester->setConfigProvider([this](QString *error) { return config(error); });
    layout->addWidget(m_tester);
    layout->addStretch();

    connect(m_url, &QLineEdit::textChanged, this, [this] {
        m_tester->reset();
        if (m_urlError->isVisible())
            setError(m_urlError, checkUrl());
    });
    connect(m_url, &QLineEdit::editingFinished, this, [this] { setError(m_urlError, checkUrl()); });
    connect(m_auth, &QComboBox::currentIndexChanged, this, &SpoolmanSettingsPage::updateAuthFields);
    connect(m_headerValue, &QLineEdit::textEdited, this, [this] { m_headerValueEdited = true; });
    connect(m_password, &QLineEdit::textEdited, this, [this] { m_passwordEdited = true; });
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(
            this, tr("CA certificate"), QString(), tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, m_caFile, &QLineEdit::setText);
        dialog->open();
    });
    updateAuthFields();
}

SpoolmanSettingsPage::~SpoolmanSettingsPage()
{
    // Closing a top-level page in ~QWidget moves the focus out of the address field, which emits
    // editingFinished after this object's own part is gone (UBSan: member call on a destroyed
    // SpoolmanSettingsPage). Nothing from the fields matters once we are being destroyed.
    disconnect(m_url, nullptr, this, nullptr);
}

QString SpoolmanSettingsPage::title() const
{
    return tr("Spoolman");
}

void SpoolmanSettingsPage::load(const Settings &settings)
{
    m_url->setText(settings.text(SettingKey::SpoolmanUrl));
    m_auth->setCurrentIndex(std::max(0, m_auth->findData(settings.text(SettingKey::SpoolmanAuthKind))));
    m_headerName->setText(settings.text(SettingKey::SpoolmanHeaderName));
    m_user->setText(settings.text(SettingKey::SpoolmanUsername));
    m_timeout->setValue(settings.number(SettingKey::SpoolmanTimeoutS));
    m_caFile->setText(settings.text(SettingKey::SpoolmanCaFile));
    setError(m_urlError, QString());
    m_tester->reset();
    updateAuthFields();
}

void SpoolmanSettingsPage::loadSecrets(SecretStore *store)
{
    if (!store)
        return;
    m_headerValueEdited = m_passwordEdited = false;
    store->read(SecretStore::spoolmanHeaderValueKey(), this, [this](const SecretResult &r) {
        if (r.ok && !m_headerValueEdited)
            m_headerValue->setText(r.value);
    });
    store->read(SecretStore::spoolmanPasswordKey(), this, [this](const SecretResult &r) {
        if (r.ok && !m_passwordEdited)
            m_password->setText(r.value);
    });
}

void SpoolmanSettingsPage::updateAuthFields()
{
    const QString kind = m_auth->currentData().toString();
    m_headerRow->setVisible(kind == QStringLiteral("header"));
    m_basicRow->setVisible(kind == QStringLiteral("basic"));
    setError(m_authError, QString());
}

QString SpoolmanSettingsPage::checkUrl() const
{
    const QString text = m_url->text().trimmed();
    if (text.isEmpty())
        return QString(); // Spoolman not used
    // "htp:/host", "ftp://host", "http:/host": a scheme was meant but mistyped.
    static const QRegularExpression schemeLike(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:/"));
    static const QRegularExpression httpScheme(QStringLiteral("^https?://"), QRegularExpression::CaseInsensitiveOption);
    if (schemeLike.match(text).hasMatch() && !httpScheme.match(text).hasMatch())
        return tr("\"%1\" does not start with http:// or https:// — Spoolman is reached over HTTP, e.g. "
                  "http://192.168.1.50:7912.")
            .arg(text);
    QString error;
    if (!SpoolmanConfig::fromUserUrl(text, &error))
        return error;
    return QString();
}

std::optional<SpoolmanConfig> SpoolmanSettingsPage::config(QString *error) const
{
    const QString text = m_url->text().trimmed();
    if (text.isEmpty()) {
        if (error)
            *error = tr("Enter Spoolman's address first, for example http://192.168.1.50:7912.");
        return std::nullopt;
    }
    std::optional<SpoolmanConfig> config = SpoolmanConfig::fromUserUrl(text, error);
    if (!config)
        return std::nullopt;
    config->timeoutMs = m_timeout->value() * 1000;
    config->caFile = m_caFile->text().trimmed();
    const QString kind = m_auth->currentData().toString();
    if (kind == QStringLiteral("header")) {
        config->headerName = m_headerName->text().trimmed().toUtf8();
        config->headerValue = m_headerValue->text().toUtf8();
    } else if (kind == QStringLiteral("basic")) {
        config->user = m_user->text().trimmed();
        config->password = m_password->text();
    }
    return config;
}

QString SpoolmanSettingsPage::validate()
{
    // Credentials typed into the URL (http://user:pass@host) move to the basic-auth fields, so
    // the password ends up in the SecretStore and not in the settings file.
    QString ignored;
    if (const auto parsed = SpoolmanConfig::fromUserUrl(m_url->text().trimmed(), &ignored);
        parsed && !parsed->user.isEmpty()) {
        m_auth->setCurrentIndex(m_auth->findData(QStringLiteral("basic")));
        m_user->setText(parsed->user);
        if (!parsed->password.isEmpty()) {
            m_password->setText(parsed->password);
            m_passwordEdited = true;
        }
        m_url->setText(parsed->baseUrl.toString());
    }
    const QString urlProblem = checkUrl();
    setError(m_urlError, urlProblem);
    QString authProblem;
    const QString kind = m_auth->currentData().toString();
    if (kind == QStringLiteral("header"))
        authProblem = SettingsValidation::checkHeaderName(m_headerName->text().trimmed());
    else if (kind == QStringLiteral("basic") && m_user->text().trimmed().isEmpty())
        authProblem = tr("Enter the user name the reverse proxy expects, or choose no authentication.");
    setError(m_authError, authProblem);
    const QString caProblem = SettingsValidation::checkReadableFile(m_caFile->text().trimmed());
    setError(m_caError, caProblem);
    for (const QString &p : {urlProblem, authProblem, caProblem}) {
        if (!p.isEmpty())
            return p;
    }
    return QString();
}

void SpoolmanSettingsPage::collect(QHash<SettingKey, QVariant> &values) const
{
    QString url = m_url->text().trimmed();
    QString ignored;
    if (const auto config = SpoolmanConfig::fromUserUrl(url, &ignored))
        url = config->baseUrl.toString();
    values.insert(SettingKey::SpoolmanUrl, url);
    values.insert(SettingKey::SpoolmanAuthKind, m_auth->currentData().toString());
    if (!m_headerName->text().trimmed().isEmpty())
        values.insert(SettingKey::SpoolmanHeaderName, m_headerName->text().trimmed());
    values.insert(SettingKey::SpoolmanUsername, m_user->text().trimmed());
    values.insert(SettingKey::SpoolmanTimeoutS, m_timeout->value());
    values.insert(SettingKey::SpoolmanCaFile, m_caFile->text().trimmed());
}

void SpoolmanSettingsPage::saveSecrets(SecretStore *store, const std::function<void(const QString &)> &report)
{
    if (!store)
        return;
    auto done = [report](const SecretResult &r) {
        if (!r.ok)
            report(r.message);
    };
    if (m_headerValueEdited) {
        if (m_headerValue->text().isEmpty())
            store->remove(SecretStore::spoolmanHeaderValueKey(), this, done);
        else
            store->write(SecretStore::spoolmanHeaderValueKey(), m_headerValue->text(), this, done);
    }
    if (m_passwordEdited) {
        if (m_password->text().isEmpty())
            store->remove(SecretStore::spoolmanPasswordKey(), this, done);
        else
            store->write(SecretStore::spoolmanPasswordKey(), m_password->text(), this, done);
    }
    m_headerValueEdited = m_passwordEdited = false;
}

} // namespace Spoolbridge::Ui
