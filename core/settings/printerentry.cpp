#include "core/settings/printerentry.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

namespace Spoolbridge {

PrinterEntry PrinterEntry::create()
{
    PrinterEntry entry;
    entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return entry;
}

QString PrinterEntry::modeName(Mode mode)
{
    return mode == Mode::Cloud ? QStringLiteral("cloud") : QStringLiteral("lan");
}

bool PrinterEntry::modeFromName(const QString &name, Mode *mode)
{
    if (name == QLatin1String("lan")) {
        *mode = Mode::Lan;
        return true;
    }
    if (name == QLatin1String("cloud")) {
        *mode = Mode::Cloud;
        return true;
    }
    return false;
}

QJsonObject PrinterEntry::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("mode"), modeName(mode)},
        {QStringLiteral("host"), host},
        {QStringLiteral("port"), port},
        {QStringLiteral("serial"), serial},
        {QStringLiteral("model"), model},
        {QStringLiteral("pinned_fingerprint"), pinnedFingerprint},
        {QStringLiteral("ca_file"), caFile},
        {QStringLiteral("enabled"), enabled},
    };
}

bool PrinterEntry::fromJson(const QJsonObject &object, PrinterEntry *entry, QString *error)
{
    PrinterEntry result;
    result.id = object.value(QLatin1String("id")).toString();
    if (QUuid::fromString(result.id).isNull()) {
        *error = tr("A printer entry has no valid id; every printer needs a UUID.");
        return false;
    }
    result.id = QUuid::fromString(result.id).toString(QUuid::WithoutBraces);
    result.name = object.value(QLatin1String("name")).toString();
    const QString mode = object.value(QLatin1String("mode")).toString(QStringLiteral("lan"));
    if (!modeFromName(mode, &result.mode)) {
        *error = tr("Printer \"%1\" has the unknown mode \"%2\"; use \"lan\" or \"cloud\".").arg(result.name, mode);
        return false;
    }
    result.host = object.value(QLatin1String("host")).toString();
    result.port = object.value(QLatin1String("port")).toInt(8883);
    result.serial = object.value(QLatin1String("serial")).toString();
    result.model = object.value(QLatin1String("model")).toString();
    result.pinnedFingerprint = object.value(QLatin1String("pinned_fingerprint")).toString();
    result.caFile = object.value(QLatin1String("ca_file")).toString();
    result.enabled = object.value(QLatin1String("enabled")).toBool(true);
    *entry = result;
    return true;
}

QStringList PrinterEntry::validate() const
{
    QStringList problems;
    const QString label = name.isEmpty() ? serial : name;
    if (name.trimmed().isEmpty())
        problems << tr("Give the printer a name.");
    if (serial.trimmed().isEmpty())
        problems << tr("Printer \"%1\" needs its serial number (shown on the printer's screen).").arg(label);
    if (mode == Mode::Lan && host.trimmed().isEmpty())
        problems << tr("Printer \"%1\" needs the IP address or host name of the printer in LAN mode.").arg(label);
    if (port < 1 || port > 65535)
        problems << tr("Printer \"%1\" has the port %2; use a port between 1 and 65535 (usually 8883).")
                        .arg(label)
                        .arg(port);
    static const QRegularExpression fingerprint(QStringLiteral("^([0-9A-Fa-f]{2}:?){31}[0-9A-Fa-f]{2}$"));
    if (!pinnedFingerprint.isEmpty() && !fingerprint.match(pinnedFingerprint).hasMatch())
        problems << tr("Printer \"%1\" has a pinned certificate fingerprint that is not a SHA-256 value; "
                       "remove it and pin the certificate again.")
                        .arg(label);
    if (!caFile.isEmpty() && !QFileInfo(caFile).isReadable())
        problems << tr("Printer \"%1\" uses the CA file %2, which cannot be read; choose an existing PEM file.")
                        .arg(label, caFile);
    return problems;
}

bool PrinterEntry::operator==(const PrinterEntry &other) const
{
    return id == other.id && name == other.name && mode == other.mode && host == other.host && port == other.port
        && serial == other.serial && model == other.model && pinnedFingerprint == other.pinnedFingerprint
        && caFile == other.caFile && enabled == other.enabled;
}

} // namespace Spoolbridge
