#pragma once

#include <QColor>
#include <QString>

namespace Spoolbridge::Ui::ColorNames {

// Parses a printer colour ("RRGGBBAA", "RRGGBB", with or without '#'); invalid QColor when empty
// or malformed.
QColor parse(const QString &rrggbbaa);

// A readable, translated name for a filament colour: the Bambu Lab catalogue name when the
// profile names a known product line and the colour is one of its colours ("PLA Matte" +
// 000000 = "Charcoal", "PLA Basic" + 000000 = "Black"), otherwise the nearest common colour name
// ("Red", "Light Blue"). Translucent colours get a "Translucent" prefix. Empty when unknown.
QString nameFor(const QString &rrggbbaa, const QString &profile = QString());

// True when the colour exactly matches a Bambu Lab catalogue colour.
bool isBambuCatalogColor(const QString &rrggbbaa);

} // namespace Spoolbridge::Ui::ColorNames
