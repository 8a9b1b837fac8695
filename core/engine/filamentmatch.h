#pragma once

#include "core/spoolman/externalfilament.h"
#include "core/spoolman/filament.h"
#include "core/spoolman/spool.h"

#include <QList>
#include <QString>

#include <optional>

namespace Spoolbridge::FilamentMatch {

inline constexpr const char *BambuVendorName = "Bambu Lab";

// g/cm³ by material family (PLA 1.24, PETG 1.27, ABS 1.04, ASA 1.07, TPU 1.21, PA 1.14, PC 1.2,
// PVA 1.23, …); unknown materials count as PLA (1.24). "PLA-CF", "PA6-GF" use their base.
double densityFor(const QString &material);

// "FF0000FF", "#ff0000", "ff0000" → "FF0000"; empty when not a colour.
QString normalizeColor(const QString &color);
bool sameColor(const QString &a, const QString &b);
bool sameMaterial(const QString &a, const QString &b);

// The Bambu filament of Spoolman that matches material and colour (case-insensitive, 6-digit hex).
std::optional<Filament> pickFilament(
    const QList<Filament> &filaments, int vendorId, const QString &material, const QString &color);

// The SpoolmanDB entry for a Bambu tray: manufacturer Bambu Lab, same material and colour, and a
// name that matches the profile ("PLA Matte" → "Matte …"). When the profile says nothing beyond
// the material, a single colour match is taken; an ambiguous choice gives nothing.
std::optional<ExternalFilament> pickExternal(const QList<ExternalFilament> &catalog, const QString &material,
    const QString &color, const QString &profile, double labelWeight, double diameter);

// Untagged, unarchived spools of the same material and colour, best first: unused before used,
// then closest remaining weight to `labelWeight`.
QList<Spool> rankCandidates(
    const QList<Spool> &spools, const QString &material, const QString &color, double labelWeight);

} // namespace Spoolbridge::FilamentMatch
