#include "core/util/logging.h"

#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcApp, "spoolbridge.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMqtt, "spoolbridge.mqtt", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPrinter, "spoolbridge.printer", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSpoolman, "spoolbridge.spoolman", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStandin, "spoolbridge.standin", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "spoolbridge.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLedger, "spoolbridge.ledger", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "spoolbridge.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "spoolbridge.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWireMqtt, "spoolbridge.wire.mqtt", QtWarningMsg)
Q_LOGGING_CATEGORY(lcWireSpoolman, "spoolbridge.wire.spoolman", QtWarningMsg)

namespace Spoolbridge::Logging {

namespace {
bool s_wire = false;

bool envFlag(const char *name)
{
    const QByteArray value = qgetenv(name).trimmed().toLower();
    return !value.isEmpty() && value != "0" && value != "false" && value != "no";
}
} // namespace

void setupFromEnvironment()
{
    QString rules;
    if (envFlag("SPOOLBRIDGE_DEBUG"))
        rules += QStringLiteral("spoolbridge.*.debug=true\n");
    s_wire = envFlag("SPOOLBRIDGE_WIRE_LOG");
    if (s_wire)
        rules += QStringLiteral("spoolbridge.wire.*.debug=true\n");
    if (!rules.isEmpty()) {
        // Keep user-supplied QT_LOGGING_RULES in force: they are applied after ours.
        QLoggingCategory::setFilterRules(rules + qEnvironmentVariable("QT_LOGGING_RULES").replace(u';', u'\n'));
    }
}

bool wireLoggingEnabled()
{
    return s_wire;
}

QString redact(QString text)
{
    // key=value, key: value and "key":"value" forms of secrets, and whole Authorization headers.
    static const QRegularExpression secret(
        QString::fromLatin1(
            R"re(("?(?:password|passwd|access_code|accessCode|token|access_token|api_key|apiKey)"?\s*[:=]\s*"?)([^"\s,}&]+))re"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression authorization(
        QString::fromLatin1(R"re((authorization"?\s*[:=]\s*"?)([^"\r\n]+))re"),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(secret, QStringLiteral("\\1***"));
    text.replace(authorization, QStringLiteral("\\1***"));
    return text;
}

} // namespace Spoolbridge::Logging
