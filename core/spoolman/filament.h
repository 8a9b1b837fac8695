#pragma once

#include "core/spoolman/vendor.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Spoolbridge {

// A Spoolman filament type (GET /filament). The server nests the vendor object; writes use
// vendor_id. `colorHex` has no alpha in what Spoolman stores for Bambu spools.
struct Filament {
    int id = 0;
    QString registered;
    std::optional<QString> name;
    std::optional<Vendor> vendor;
    std::optional<int> vendorId; // only for writes; filled from vendor when parsing
    std::optional<QString> material;
    std::optional<double> price;
    double density = 0; // required by the server
    double diameter = 0; // required by the server
    std::optional<double> weight;
    std::optional<double> spoolWeight;
    std::optional<QString> articleNumber;
    std::optional<QString> comment;
    std::optional<int> settingsExtruderTemp;
    std::optional<int> settingsBedTemp;
    std::optional<QString> colorHex;
    std::optional<QString> multiColorHexes;
    std::optional<QString> multiColorDirection;
    std::optional<QString> externalId;
    ExtraMap extra;

    // nullopt when `object` lacks an integer id.
    static std::optional<Filament> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    // The body of POST /filament (vendor_id instead of the nested vendor).
    QJsonObject toCreateJson() const;

    bool operator==(const Filament &other) const { return toJson() == other.toJson(); }
    bool operator!=(const Filament &other) const { return !(*this == other); }
};

} // namespace Spoolbridge
