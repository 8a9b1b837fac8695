#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace Spoolbridge::Ui {

// What "Add to Spoolman" asks the engine to create: a vendor (unless an existing one was
// chosen), a filament (material + colour of that vendor) and a spool of it.
struct AddSpoolRequest {
    QString material; // "PLA", "PETG-CF", …
    QString colorHex; // RRGGBB, upper case, no '#'
    std::optional<int> vendorId; // an existing Spoolman vendor…
    QString vendorName; // …or the name of a new one (also set for an existing vendor)
    double initialWeightG = 1000; // net filament weight of a full spool
    std::optional<double> emptySpoolWeightG; // tare; unset = unknown
    std::optional<double> pricePerKg; // cost per kg; unset = unknown
    QString filamentName; // e.g. the slot's profile "PLA Basic"; may be empty

    bool createsVendor() const { return !vendorId.has_value(); }
    // The spool's price for Spoolman (price per kg × initial weight), when a cost was given.
    std::optional<double> spoolPrice() const
    {
        if (!pricePerKg)
            return std::nullopt;
        return *pricePerKg * initialWeightG / 1000.0;
    }
};

} // namespace Spoolbridge::Ui

Q_DECLARE_METATYPE(Spoolbridge::Ui::AddSpoolRequest)
