#pragma once

#include <QJsonObject>
#include <QString>

namespace Spoolbridge {

class Settings;

// The status snapshot behind `spoolbridge-cli status`. A running app or daemon writes it to
// status.json in its data directory after each sync and connection change; without one the
// snapshot is built from the settings and the usage ledger alone.
namespace AppStatus {

// {"source": "running"|"files", "updated", "demo", "spoolman": {url, reachable},
//  "printers": [{id, name, serial, host, connection, message, lastSync: {finished, ok, synced,
//  created, skipped, errors}}], "ledger": {pending, attention, entries}}
QJsonObject read(const Settings &settings, const QString &dataDirectory);

// The snapshot as a few readable lines.
QString toText(const QJsonObject &status);

// Connection state names used in the snapshot ("connected", "connecting", …).
QString connectionName(int state);

} // namespace AppStatus

} // namespace Spoolbridge
