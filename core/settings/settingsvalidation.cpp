#include "core/settings/settingsvalidation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace Spoolbridge::SettingsValidation {

namespace {
// Gives lupdate and QCoreApplication::translate one context for the strings below.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Spoolbridge::SettingsValidation)
};
} // namespace

QString checkSpoolmanUrl(const QString &url)
{
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty())
        return Text::tr("Enter the address of your Spoolman server, for example http://192.168.1.50:7912.");
    const QUrl parsed(trimmed, QUrl::StrictMode);
    if (!parsed.isValid())
        return Text::tr("\"%1\" is not a valid address; enter it like http://192.168.1.50:7912.").arg(trimmed);
    const QString scheme = parsed.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return Text::tr("The Spoolman address must start with http:// or https:// (got \"%1\").").arg(trimmed);
    if (parsed.host().isEmpty())
        return Text::tr("The Spoolman address \"%1\" has no host name; enter it like http://192.168.1.50:7912.")
            .arg(trimmed);
    if (parsed.hasQuery() || parsed.hasFragment())
        return Text::tr("Remove the ?query or #fragment from the Spoolman address \"%1\".").arg(trimmed);
    return {};
}

QStringList locationPlaceholders()
{
    return {QStringLiteral("printer"), QStringLiteral("unit"), QStringLiteral("slot"), QStringLiteral("serial"),
        QStringLiteral("model")};
}

QString checkLocationTemplate(const QString &text)
{
    if (text.trimmed().isEmpty())
        return Text::tr("The location template is empty; use for example \"{printer} - AMS {unit} Slot {slot}\".");
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]*)\\}"));
    const QStringList known = locationPlaceholders();
    auto it = placeholder.globalMatch(text);
    QString rest = text;
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1);
        if (!known.contains(name)) {
            return Text::tr("The location template uses the unknown placeholder {%1}; known placeholders are %2.")
                .arg(name, QStringLiteral("{") + known.join(QStringLiteral("}, {")) + QStringLiteral("}"));
        }
        rest.replace(match.captured(0), QString());
    }
    if (rest.contains(u'{') || rest.contains(u'}'))
        return Text::tr("The location template has an unmatched brace; write placeholders like {slot}.");
    if (!text.contains(QLatin1String("{slot}")))
        return Text::tr("The location template must contain {slot}, otherwise all slots get the same location.");
    return {};
}

QString checkHeaderName(const QString &name)
{
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    if (!token.match(name).hasMatch())
        return Text::tr("\"%1\" is not a valid HTTP header name; use letters, digits and dashes, "
                        "for example X-Api-Key.")
            .arg(name);
    return {};
}

QString checkReadableFile(const QString &path)
{
    if (path.isEmpty())
        return {};
    const QFileInfo info(path);
    if (!info.exists())
        return Text::tr("The file %1 does not exist; choose an existing file.").arg(path);
    if (!info.isFile() || !info.isReadable())
        return Text::tr("The file %1 cannot be read; check its permissions.").arg(path);
    return {};
}

QString checkValue(SettingKey key, const QVariant &value)
{
    const SettingDefinition &def = SettingKeys::definition(key);
    const QString name = QString::fromLatin1(def.name);
    switch (def.type) {
    case QMetaType::Bool:
        if (value.typeId() != QMetaType::Bool) {
            const QString text = value.toString().toLower();
            if (text != QLatin1String("true") && text != QLatin1String("false"))
                return Text::tr("The setting %1 must be true or false.").arg(name);
        }
        return {};
    case QMetaType::Int: {
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!ok || value.typeId() == QMetaType::Bool)
            return Text::tr("The setting %1 must be a whole number.").arg(name);
        if (number < def.minimum || number > def.maximum)
            return Text::tr("The setting %1 must be between %2 and %3 (got %4).")
                .arg(name)
                .arg(def.minimum)
                .arg(def.maximum)
                .arg(number);
        return {};
    }
    default:
        break;
    }
    if (!value.canConvert<QString>() || value.typeId() == QMetaType::Bool)
        return Text::tr("The setting %1 must be text.").arg(name);
    const QString text = value.toString();
    if (!def.allowed.isEmpty() && !def.allowed.contains(text))
        return Text::tr("The setting %1 cannot be \"%2\"; use one of: %3.")
            .arg(name, text, def.allowed.join(QLatin1String(", ")));
    switch (key) {
    case SettingKey::SpoolmanUrl:
        return text.isEmpty() ? QString() : checkSpoolmanUrl(text);
    case SettingKey::SyncLocationTemplate:
        return checkLocationTemplate(text);
    case SettingKey::SpoolmanHeaderName:
        return checkHeaderName(text);
    case SettingKey::SpoolmanCaFile:
        return checkReadableFile(text);
    default:
        return {};
    }
}

QString expandLocationTemplate(const QString &text, const QHash<QString, QString> &values)
{
    QString result = text;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        result.replace(u'{' + it.key() + u'}', it.value());
    return result;
}

} // namespace Spoolbridge::SettingsValidation
