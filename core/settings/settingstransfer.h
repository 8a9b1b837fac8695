#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Spoolbridge {

class Settings;

// Export and import of the whole configuration as JSON, for backups and moving to another
// machine. The JSON never contains a secret: secrets live only in the SecretStore, and an
// import ignores (and reports) anything that looks like one.
//
// {
//   "format": "spoolbridge-settings", "version": 1,
//   "settings": { "spoolman/url": "http://…", "sync/mode": "auto", … },
//   "printers": [ { "id": "…", "name": "…", "mode": "lan", … } ]
// }
namespace SettingsTransfer {

QJsonObject toJson(const Settings &settings);
// Writes the JSON atomically (QSaveFile). Returns false with a readable message.
bool exportToFile(const Settings &settings, const QString &path, QString *error);

struct ImportResult {
    bool ok = false;
    QString error; // why nothing was imported
    QStringList notes; // what was skipped (unknown keys, secrets)
};

// Validates everything first; stores all or nothing. Settings not in the JSON keep their values.
ImportResult fromJson(Settings &settings, const QJsonObject &object);
ImportResult importFromFile(Settings &settings, const QString &path);

} // namespace SettingsTransfer
} // namespace Spoolbridge
