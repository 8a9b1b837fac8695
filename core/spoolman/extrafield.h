#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Spoolbridge {

// One registered extra field (GET /field/<entity>). Values of these fields are JSON-encoded
// strings in the entities' `extra` maps.
struct ExtraField {
    QString key; // ^[a-z0-9_]+$, from the URL when registering
    QString entityType; // "spool", "filament" or "vendor"
    QString name;
    QString fieldType; // text, integer, integer_range, float, float_range, datetime, boolean, choice
    int order = 0;
    std::optional<QString> unit;
    std::optional<QString> defaultValue; // default_value, itself JSON text
    QStringList choices;
    std::optional<bool> multiChoice; // multi_choice

    static std::optional<ExtraField> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    // The body of POST /field/<entity>/<key> (key and entity come from the URL).
    QJsonObject toCreateJson() const;

    bool operator==(const ExtraField &other) const { return toJson() == other.toJson(); }
};

// The extra fields Spoolbridge needs on the server. Extend the list here; ensureExtraFields()
// registers whatever is missing.
QList<ExtraField> requiredExtraFields();

} // namespace Spoolbridge
