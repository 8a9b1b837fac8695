#pragma once

#include <QString>

#include <optional>

namespace Spoolbridge::Ui {

// One Spoolman spool as the Inventory view shows it; printer and slot are set while the spool
// is loaded somewhere.
struct InventoryRow {
    int spoolId = 0;
    QString name; // filament name, e.g. "PLA Basic"
    QString material;
    QString colorHex; // RRGGBB[AA]
    QString vendor;
    std::optional<double> remainingG;
    std::optional<double> initialG;
    QString printerName; // empty when not loaded
    QString slotLabel; // "AMS A Slot 2", "External"
    QString location; // Spoolman's location text
    QString multiColorHexes {}; // Spoolman's "RRGGBB,RRGGBB" for multi-colour filaments, else empty
};

} // namespace Spoolbridge::Ui
