#pragma once

#include "ui/slotlinkinfo.h"

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QStringList>

class QPainter;
class QRectF;

namespace Spoolbridge::Ui::Theme {

// Colours derived from the current palette so that every custom-painted widget follows the
// system light/dark scheme.
bool isDark(const QPalette &palette);
QColor cardBackground(const QPalette &palette);
QColor cardBorder(const QPalette &palette);
QColor mutedText(const QPalette &palette);
QColor trackColor(const QPalette &palette); // empty part of a fill bar
QColor fillColor(const QPalette &palette, int percent); // filled part: green, amber when low, red
QColor statusColor(const QPalette &palette, SlotLinkInfo::State state);
QColor connectionColor(const QPalette &palette, ConnectionState state);
// Text drawn on top of a filled badge of colour `background`.
QColor textOn(const QColor &background);

// An icon from resources/icons/<name>.svg, recoloured to `color` and rendered crisp at every
// device pixel ratio (the SVGs are monochrome shapes; colour comes from the palette).
QIcon icon(const QString &name, const QColor &color);
// The same icon as a pixmap of `size` logical pixels for `devicePixelRatio`.
QPixmap pixmap(const QString &name, const QColor &color, int size, qreal devicePixelRatio);

// Paints a filament swatch (a spool seen from the side) into `rect`: one colour, segments for
// multi-colour spools, a checkerboard behind translucent colours, an outline that stays visible
// on any background.
void paintSwatch(QPainter &painter, const QRectF &rect, const QStringList &colors, const QPalette &palette);

} // namespace Spoolbridge::Ui::Theme
