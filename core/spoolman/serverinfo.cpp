#include "core/spoolman/serverinfo.h"

#include <QRegularExpression>

namespace Spoolbridge {

std::optional<SpoolmanVersion> SpoolmanVersion::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*v?(\d+)\.(\d+)(?:\.(\d+))?)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    SpoolmanVersion version;
    version.major = match.captured(1).toInt();
    version.minor = match.captured(2).toInt();
    version.patch = match.captured(3).toInt();
    return version;
}

bool SpoolmanVersion::atLeast(int wantMajor, int wantMinor, int wantPatch) const
{
    if (major != wantMajor)
        return major > wantMajor;
    if (minor != wantMinor)
        return minor > wantMinor;
    return patch >= wantPatch;
}

QString SpoolmanVersion::toString() const
{
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
}

std::optional<ServerInfo> ServerInfo::fromJson(const QJsonObject &object)
{
    if (!object.value(QLatin1String("version")).isString())
        return std::nullopt;
    ServerInfo info;
    info.version = object.value(QLatin1String("version")).toString();
    info.debugMode = object.value(QLatin1String("debug_mode")).toBool();
    info.automaticBackups = object.value(QLatin1String("automatic_backups")).toBool();
    info.dataDir = object.value(QLatin1String("data_dir")).toString();
    info.logsDir = object.value(QLatin1String("logs_dir")).toString();
    info.backupsDir = object.value(QLatin1String("backups_dir")).toString();
    info.dbType = object.value(QLatin1String("db_type")).toString();
    info.gitCommit = object.value(QLatin1String("git_commit")).toString();
    info.buildDate = object.value(QLatin1String("build_date")).toString();
    return info;
}

QJsonObject ServerInfo::toJson() const
{
    QJsonObject object {{QStringLiteral("version"), version}, {QStringLiteral("debug_mode"), debugMode},
        {QStringLiteral("automatic_backups"), automaticBackups}, {QStringLiteral("data_dir"), dataDir},
        {QStringLiteral("logs_dir"), logsDir}, {QStringLiteral("backups_dir"), backupsDir},
        {QStringLiteral("db_type"), dbType}};
    if (!gitCommit.isEmpty())
        object.insert(QLatin1String("git_commit"), gitCommit);
    if (!buildDate.isEmpty())
        object.insert(QLatin1String("build_date"), buildDate);
    return object;
}

SpoolmanCapabilities SpoolmanCapabilities::fromInfo(const ServerInfo &info)
{
    SpoolmanCapabilities capabilities;
    capabilities.info = info;
    capabilities.version = SpoolmanVersion::parse(info.version);
    capabilities.extraFilter = capabilities.version && capabilities.version->atLeast(0, 25, 0);
    return capabilities;
}

} // namespace Spoolbridge
