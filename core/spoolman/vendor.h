#pragma once

#include "core/spoolman/spoolmanextra.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Spoolbridge {

// A Spoolman vendor (GET /vendor). Optional fields stay unset when the server leaves them out.
struct Vendor {
    int id = 0;
    QString registered;
    QString name;
    std::optional<QString> comment;
    std::optional<double> emptySpoolWeight; // empty_spool_weight
    std::optional<QString> externalId; // external_id
    ExtraMap extra;

    // nullopt when `object` lacks an integer id or a name.
    static std::optional<Vendor> fromJson(const QJsonObject &object);
    // The server's representation (id, registered, …).
    QJsonObject toJson() const;
    // The body of POST /vendor: writable fields only.
    QJsonObject toCreateJson() const;

    bool operator==(const Vendor &other) const { return toJson() == other.toJson(); }
    bool operator!=(const Vendor &other) const { return !(*this == other); }
};

} // namespace Spoolbridge
