#include "ui/theme.h"

#include "ui/colornames.h"

#include <QFile>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QSvgRenderer>

namespace Spoolbridge::Ui::Theme {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor cardBackground(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    return isDark(palette) ? base.lighter(135) : base;
}

QColor cardBorder(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    return isDark(palette) ? window.lighter(190) : window.darker(125);
}

QColor mutedText(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    // Halfway between text and background keeps at least ~4.5:1 on both schemes.
    const qreal t = 0.38;
    return QColor::fromRgbF(text.redF() + (window.redF() - text.redF()) * t,
        text.greenF() + (window.greenF() - text.greenF()) * t, text.blueF() + (window.blueF() - text.blueF()) * t);
}

QColor trackColor(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    return isDark(palette) ? window.lighter(160) : window.darker(110);
}

QColor fillColor(const QPalette &palette, int percent)
{
    const bool dark = isDark(palette);
    if (percent <= 10)
        return dark ? QColor(0xF2, 0x6D, 0x6D) : QColor(0xC6, 0x28, 0x28);
    if (percent <= 25)
        return dark ? QColor(0xF2, 0xB1, 0x4C) : QColor(0xD9, 0x7B, 0x00);
    return dark ? QColor(0x5C, 0xC9, 0x7B) : QColor(0x2E, 0x9D, 0x4F);
}

QColor statusColor(const QPalette &palette, SlotLinkInfo::State state)
{
    // Light scheme: dark pills with white text; dark scheme: light pills with dark text. Both
    // keep the badge text above 4.5:1.
    const bool dark = isDark(palette);
    switch (state) {
    case SlotLinkInfo::Linked:
        return dark ? QColor(0x5C, 0xC9, 0x7B) : QColor(0x1E, 0x7E, 0x3E);
    case SlotLinkInfo::Unlinked:
        return dark ? QColor(0xE0, 0x9A, 0x2D) : QColor(0xB3, 0x5C, 0x00);
    case SlotLinkInfo::Skipped:
        return dark ? QColor(0xA7, 0xAF, 0xBA) : QColor(0x5F, 0x67, 0x70);
    case SlotLinkInfo::Unknown:
        break;
    }
    return mutedText(palette);
}

QColor connectionColor(const QPalette &palette, ConnectionState state)
{
    const bool dark = isDark(palette);
    switch (state) {
    case ConnectionState::Connected:
        return dark ? QColor(0x5C, 0xC9, 0x7B) : QColor(0x2E, 0x9D, 0x4F);
    case ConnectionState::Connecting:
        return dark ? QColor(0xF2, 0xB1, 0x4C) : QColor(0xD9, 0x7B, 0x00);
    case ConnectionState::Error:
        return dark ? QColor(0xF2, 0x6D, 0x6D) : QColor(0xC6, 0x28, 0x28);
    case ConnectionState::Disconnected:
        break;
    }
    return mutedText(palette);
}

QColor textOn(const QColor &background)
{
    // Relative luminance decides between black and white text.
    const qreal l = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return l > 0.55 ? QColor(0x1A, 0x1A, 0x1A) : QColor(Qt::white);
}

QPixmap pixmap(const QString &name, const QColor &color, int size, qreal devicePixelRatio)
{
    const QString path = QStringLiteral(":/icons/%1.svg").arg(name);
    const int px = qMax(1, qRound(size * devicePixelRatio));
    QPixmap pm(px, px);
    pm.fill(Qt::transparent);
    QSvgRenderer renderer(path);
    if (!renderer.isValid())
        return pm;
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    renderer.render(&p, QRectF(0, 0, px, px));
    p.setCompositionMode(QPainter::CompositionMode_SourceIn);
    p.fillRect(pm.rect(), color);
    p.end();
    pm.setDevicePixelRatio(devicePixelRatio);
    return pm;
}

QIcon icon(const QString &name, const QColor &color)
{
    QIcon result;
    for (int size : {16, 20, 24, 32}) {
        for (qreal dpr : {1.0, 2.0})
            result.addPixmap(pixmap(name, color, size, dpr));
    }
    return result;
}

void paintSwatch(QPainter &painter, const QRectF &rect, const QStringList &colors, const QPalette &palette)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal side = qMin(rect.width(), rect.height());
    const QRectF outer(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
    QPainterPath clip;
    clip.addEllipse(outer);
    painter.setClipPath(clip);

    // Checkerboard first: shows through translucent filament.
    const qreal cell = qMax<qreal>(3.0, side / 8);
    for (int y = 0; y * cell < side; ++y) {
        for (int x = 0; x * cell < side; ++x) {
            painter.fillRect(QRectF(outer.left() + x * cell, outer.top() + y * cell, cell, cell),
                (x + y) % 2 ? QColor(0xCC, 0xCC, 0xCC) : QColor(0xF4, 0xF4, 0xF4));
        }
    }

    QList<QColor> fills;
    for (const QString &c : colors) {
        const QColor parsed = ColorNames::parse(c);
        if (parsed.isValid())
            fills.append(parsed);
    }
    if (fills.size() <= 1) {
        painter.fillRect(outer, fills.isEmpty() ? Theme::trackColor(palette) : fills.first());
    } else {
        // Segments like slices, starting at 12 o'clock, clockwise.
        constexpr int FullCircle = 360 * 16; // QPainter angles are in 1/16 degree
        const int span = static_cast<int>(FullCircle / fills.size());
        for (int i = 0; i < fills.size(); ++i) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(fills.at(i));
            painter.drawPie(outer.adjusted(-1, -1, 1, 1), 90 * 16 - i * span, -span);
        }
    }
    // Windings: faint concentric rings make even white or black filament read as a spool.
    qreal lightness = 0;
    for (const QColor &c : fills)
        lightness += c.lightnessF();
    lightness = fills.isEmpty() ? 0.5 : lightness / fills.size();
    const QColor winding = lightness > 0.55 ? QColor(0, 0, 0, 13) : QColor(255, 255, 255, 18);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(winding, 1.0));
    for (qreal f : {0.80, 0.58})
        painter.drawEllipse(outer.center(), side * f / 2, side * f / 2);
    painter.setClipping(false);

    // Spool hub and rim; the rim contrasts with the card so light filament keeps its outline.
    const QColor ring = isDark(palette) ? QColor(255, 255, 255, 110) : QColor(0, 0, 0, 95);
    const qreal hub = side * 0.30;
    const QRectF hubRect(outer.center().x() - hub / 2, outer.center().y() - hub / 2, hub, hub);
    painter.setBrush(palette.color(QPalette::Base));
    painter.setPen(QPen(ring, 1.0));
    painter.drawEllipse(hubRect);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(ring, 1.2));
    painter.drawEllipse(outer.adjusted(0.6, 0.6, -0.6, -0.6));
    painter.restore();
}

} // namespace Spoolbridge::Ui::Theme
