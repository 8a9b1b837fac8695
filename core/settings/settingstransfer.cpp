#include "core/settings/settingstransfer.h"

#include "core/settings/settings.h"
#include "core/settings/settingsvalidation.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace Spoolbridge::SettingsTransfer {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Spoolbridge::SettingsTransfer)
};

const QString FormatName = QStringLiteral("spoolbridge-settings");
constexpr int FormatVersion = 1;

bool looksLikeSecret(const QString &key)
{
    static const QRegularExpression secret(
        QStringLiteral("(password|passwd|secret|token|access_?code|api_?key|header_value)"),
        QRegularExpression::CaseInsensitiveOption);
    return secret.match(key).hasMatch();
}

} // namespace

QJsonObject toJson(const Settings &settings)
{
    QJsonObject values;
    for (const SettingDefinition &def : SettingKeys::all())
        values.insert(QString::fromLatin1(def.name), QJsonValue::fromVariant(settings.value(def.key)));
    QJsonArray printers;
    for (const PrinterEntry &entry : settings.printers())
        printers.append(entry.toJson());
    return {
        {QStringLiteral("format"), FormatName},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("settings"), values},
        {QStringLiteral("printers"), printers},
    };
}

bool exportToFile(const Settings &settings, const QString &path, QString *error)
{
    QSaveFile file(path);
    const QByteArray data = QJsonDocument(toJson(settings)).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = Text::tr("Could not write %1 (%2); choose a folder you can write to.").arg(path, file.errorString());
        return false;
    }
    return true;
}

ImportResult fromJson(Settings &settings, const QJsonObject &object)
{
    ImportResult result;
    if (object.value(QLatin1String("format")).toString() != FormatName) {
        result.error = Text::tr("This file is not a Spoolbridge settings export; choose a file saved with "
                                "Export settings.");
        return result;
    }
    if (object.value(QLatin1String("version")).toInt() > FormatVersion) {
        result.error = Text::tr("This settings export was made by a newer Spoolbridge; update Spoolbridge "
                                "before importing it.");
        return result;
    }
    QHash<SettingKey, QVariant> values;
    const QJsonObject settingsObject = object.value(QLatin1String("settings")).toObject();
    for (auto it = settingsObject.constBegin(); it != settingsObject.constEnd(); ++it) {
        SettingKey key {};
        if (!SettingKeys::fromName(it.key(), &key)) {
            if (looksLikeSecret(it.key()))
                result.notes << Text::tr("Ignored \"%1\": secrets are never imported from a file; enter them "
                                         "in the settings again.")
                                    .arg(it.key());
            else
                result.notes << Text::tr("Ignored the unknown setting \"%1\".").arg(it.key());
        } else {
            const QString problem = SettingsValidation::checkValue(key, it.value().toVariant());
            if (!problem.isEmpty()) {
                result.error = problem;
                return result;
            }
            values.insert(key, it.value().toVariant());
        }
    }
    QList<PrinterEntry> printers;
    const bool hasPrinters = object.contains(QLatin1String("printers"));
    const QJsonArray printerArray = object.value(QLatin1String("printers")).toArray();
    for (const auto &value : printerArray) {
        const QJsonObject printerObject = value.toObject();
        for (auto it = printerObject.constBegin(); it != printerObject.constEnd(); ++it) {
            if (looksLikeSecret(it.key()))
                result.notes << Text::tr("Ignored \"%1\" of a printer: access codes are never imported from a "
                                         "file; enter them in the printer settings again.")
                                    .arg(it.key());
        }
        PrinterEntry entry;
        if (!PrinterEntry::fromJson(printerObject, &entry, &result.error))
            return result;
        printers.append(entry);
    }
    // Validate the printer list before touching anything, then store both parts.
    for (const PrinterEntry &entry : printers) {
        const QStringList problems = entry.validate();
        if (!problems.isEmpty()) {
            result.error = problems.first();
            return result;
        }
    }
    if (hasPrinters && !settings.setPrinters(printers, &result.error))
        return result;
    if (!settings.setValues(values, &result.error))
        return result;
    result.ok = true;
    return result;
}

ImportResult importFromFile(Settings &settings, const QString &path)
{
    ImportResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = Text::tr("Could not open %1 (%2).").arg(path, file.errorString());
        return result;
    }
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        result.error = Text::tr("%1 is not valid JSON (%2); choose a file saved with Export settings.")
                           .arg(path, parseError.errorString());
        return result;
    }
    return fromJson(settings, document.object());
}

} // namespace Spoolbridge::SettingsTransfer
