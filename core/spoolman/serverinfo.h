#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Spoolbridge {

// A Spoolman version such as "0.26.1" (a leading "v" and suffixes like "-dev" are tolerated).
struct SpoolmanVersion {
    int major = 0;
    int minor = 0;
    int patch = 0;

    static std::optional<SpoolmanVersion> parse(const QString &text);
    bool atLeast(int wantMajor, int wantMinor, int wantPatch = 0) const;
    QString toString() const;
};

// GET /info.
struct ServerInfo {
    QString version;
    bool debugMode = false;
    bool automaticBackups = false;
    QString dataDir;
    QString logsDir;
    QString backupsDir;
    QString dbType;
    QString gitCommit;
    QString buildDate;

    // nullopt when `object` has no version string (then it is not Spoolman's /info).
    static std::optional<ServerInfo> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

// What the connected server can do, read once per connection from /info.
struct SpoolmanCapabilities {
    ServerInfo info;
    std::optional<SpoolmanVersion> version; // nullopt when the version string is not understood
    bool extraFilter = false; // GET /spool?extra.<key>=… (v0.25.0+)

    static SpoolmanCapabilities fromInfo(const ServerInfo &info);
};

} // namespace Spoolbridge
