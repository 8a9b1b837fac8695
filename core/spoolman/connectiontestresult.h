#pragma once

#include "core/spoolman/spoolmanresult.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Spoolbridge {

// What "Test Connection" found out about a Spoolman server; shown by the settings page and by
// `spoolbridge-cli spoolman test`.
struct ConnectionTestResult {
    QString url;
    bool reachable = false; // an HTTP answer arrived
    bool usable = false; // Spoolbridge can sync with it
    SpoolmanStatus status = SpoolmanStatus::Ok;
    int httpCode = 0;
    QString error; // the failing request's message, when one failed
    QString version; // as reported by /info
    bool versionKnown = false;
    bool tagFilter = false; // server-side extra.tag lookups (v0.25+)
    QStringList fieldsPresent; // "spool.tag"
    QStringList fieldsMissing;
    QStringList fieldsConflicting; // present with another type
    qint64 roundTripMs = -1;
    QString verdict; // a readable summary

    QJsonObject toJson() const;
    QString toText() const;
};

} // namespace Spoolbridge
