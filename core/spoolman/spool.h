#pragma once

#include "core/spoolman/filament.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Spoolbridge {

// A Spoolman spool (GET /spool). Ids are reused by the server after a delete: the identity of
// a physical spool is its `extra.tag`, not its id.
struct Spool {
    int id = 0;
    QString registered;
    std::optional<QString> firstUsed; // first_used, present after the first /use
    std::optional<QString> lastUsed; // last_used
    Filament filament;
    std::optional<double> price;
    std::optional<double> remainingWeight;
    std::optional<double> initialWeight;
    std::optional<double> spoolWeight;
    double usedWeight = 0;
    std::optional<double> remainingLength;
    double usedLength = 0;
    std::optional<QString> location;
    std::optional<QString> lotNr; // lot_nr
    std::optional<QString> comment;
    bool archived = false;
    ExtraMap extra;

    // The decoded `extra.tag` text (or another text key); nullopt when absent or malformed.
    std::optional<QString> tag(const QString &key = QStringLiteral("tag")) const;

    // nullopt when `object` lacks an integer id or a filament object with an id.
    static std::optional<Spool> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    // The body of POST /spool: filament_id plus the writable fields that are set. Only one of
    // remaining_weight and used_weight is sent (remaining wins); computed lengths never are.
    QJsonObject toCreateJson() const;

    bool operator==(const Spool &other) const { return toJson() == other.toJson(); }
    bool operator!=(const Spool &other) const { return !(*this == other); }
};

} // namespace Spoolbridge
