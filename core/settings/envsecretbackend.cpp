#include "core/settings/envsecretbackend.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Spoolbridge {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Spoolbridge::EnvSecretBackend)
};

QString sanitise(const QString &text)
{
    static const QRegularExpression other(QStringLiteral("[^A-Z0-9]"));
    return text.toUpper().replace(other, QStringLiteral("_"));
}

} // namespace

EnvSecretBackend::EnvSecretBackend(SerialLookup serialOf)
    : m_serialOf(std::move(serialOf))
{ }

QString EnvSecretBackend::name() const
{
    return QStringLiteral("env");
}

QString EnvSecretBackend::variableFor(const QString &key) const
{
    static const QRegularExpression accessCode(QStringLiteral("^printer/([^/]+)/access_code$"));
    const QRegularExpressionMatch match = accessCode.match(key);
    if (match.hasMatch()) {
        const QString id = match.captured(1);
        const QString serial = m_serialOf ? m_serialOf(id) : QString();
        return QStringLiteral("SPOOLBRIDGE_ACCESS_CODE_") + sanitise(serial.isEmpty() ? id : serial);
    }
    return QStringLiteral("SPOOLBRIDGE_") + sanitise(key);
}

void EnvSecretBackend::read(const QString &key, const Callback &done)
{
    const QString variable = variableFor(key);
    if (!qEnvironmentVariableIsSet(variable.toLatin1().constData()))
        return done(SecretResult::missing(key));
    done(SecretResult::success(key, qEnvironmentVariable(variable.toLatin1().constData())));
}

void EnvSecretBackend::write(const QString &key, const QString &, const Callback &done)
{
    done(SecretResult::failure(key, SecretResult::ErrorKind::ReadOnly,
        Text::tr("Secrets come from environment variables, so Spoolbridge cannot store this one: set %1 in the "
                 "environment that starts Spoolbridge (for the systemd service, in its EnvironmentFile).")
            .arg(variableFor(key))));
}

void EnvSecretBackend::remove(const QString &key, const Callback &done)
{
    if (!qEnvironmentVariableIsSet(variableFor(key).toLatin1().constData()))
        return done(SecretResult::success(key));
    done(SecretResult::failure(key, SecretResult::ErrorKind::ReadOnly,
        Text::tr("Secrets come from environment variables: remove %1 from the environment that starts "
                 "Spoolbridge.")
            .arg(variableFor(key))));
}

void EnvSecretBackend::probe(const Callback &done)
{
    done(SecretResult::success(QString()));
}

} // namespace Spoolbridge
