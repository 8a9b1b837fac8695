#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Spoolbridge {

// One websocket frame from Spoolman:
// {"type":"updated","resource":"spool","date":"…","payload":{…the full object…}}.
struct SpoolmanEvent {
    enum class Type { Added, Updated, Deleted };

    Type type = Type::Updated;
    QString resource; // "spool", "filament", "vendor", "setting"
    QString date;
    QJsonObject payload; // the full object; for deleted, as it was

    // nullopt for anything that is not such a frame (e.g. {"status":"healthy"} keep-alives).
    static std::optional<SpoolmanEvent> fromJson(const QByteArray &frame);
    static QString typeName(Type type);
};

} // namespace Spoolbridge
