#include "ui/colornames.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace Spoolbridge::Ui::ColorNames {

namespace {

struct NamedColor {
    QRgb rgb;
    const char *name;
};

// Bambu Lab PLA Basic catalogue colours (hex as the printer reports them in tray_color).
const NamedColor kBasic[] = {
    {0xFFFFFF, QT_TRANSLATE_NOOP("ColorNames", "Jade White")},
    {0x000000, QT_TRANSLATE_NOOP("ColorNames", "Black")},
    {0x8E9089, QT_TRANSLATE_NOOP("ColorNames", "Gray")},
    {0xA6A9AA, QT_TRANSLATE_NOOP("ColorNames", "Silver")},
    {0xD1D3D5, QT_TRANSLATE_NOOP("ColorNames", "Light Gray")},
    {0x545454, QT_TRANSLATE_NOOP("ColorNames", "Dark Gray")},
    {0x5B6579, QT_TRANSLATE_NOOP("ColorNames", "Blue Gray")},
    {0xC12E1F, QT_TRANSLATE_NOOP("ColorNames", "Red")},
    {0x9D2235, QT_TRANSLATE_NOOP("ColorNames", "Maroon Red")},
    {0xFF6A13, QT_TRANSLATE_NOOP("ColorNames", "Orange")},
    {0xFF9016, QT_TRANSLATE_NOOP("ColorNames", "Pumpkin Orange")},
    {0xF4EE2A, QT_TRANSLATE_NOOP("ColorNames", "Yellow")},
    {0xFEC600, QT_TRANSLATE_NOOP("ColorNames", "Sunflower Yellow")},
    {0xE4BD68, QT_TRANSLATE_NOOP("ColorNames", "Gold")},
    {0x847D48, QT_TRANSLATE_NOOP("ColorNames", "Bronze")},
    {0x00AE42, QT_TRANSLATE_NOOP("ColorNames", "Bambu Green")},
    {0x3F8E43, QT_TRANSLATE_NOOP("ColorNames", "Mistletoe Green")},
    {0x00B1B7, QT_TRANSLATE_NOOP("ColorNames", "Turquoise")},
    {0x0086D6, QT_TRANSLATE_NOOP("ColorNames", "Cyan")},
    {0x0A2989, QT_TRANSLATE_NOOP("ColorNames", "Blue")},
    {0x0056B8, QT_TRANSLATE_NOOP("ColorNames", "Cobalt Blue")},
    {0x5E43B7, QT_TRANSLATE_NOOP("ColorNames", "Purple")},
    {0x482960, QT_TRANSLATE_NOOP("ColorNames", "Indigo Purple")},
    {0xEC008C, QT_TRANSLATE_NOOP("ColorNames", "Magenta")},
    {0xF55A74, QT_TRANSLATE_NOOP("ColorNames", "Pink")},
    {0xF5547C, QT_TRANSLATE_NOOP("ColorNames", "Hot Pink")},
    {0x9D432C, QT_TRANSLATE_NOOP("ColorNames", "Brown")},
    {0xF7E6DE, QT_TRANSLATE_NOOP("ColorNames", "Beige")},
};

// Bambu Lab PLA Matte catalogue colours.
const NamedColor kMatte[] = {
    {0xFFFFFF, QT_TRANSLATE_NOOP("ColorNames", "Ivory White")},
    {0x000000, QT_TRANSLATE_NOOP("ColorNames", "Charcoal")},
    {0x9B9EA0, QT_TRANSLATE_NOOP("ColorNames", "Ash Gray")},
    {0x757575, QT_TRANSLATE_NOOP("ColorNames", "Nardo Gray")},
    {0xCBC6B8, QT_TRANSLATE_NOOP("ColorNames", "Bone White")},
    {0xD3B7A7, QT_TRANSLATE_NOOP("ColorNames", "Latte Brown")},
    {0xE8DBB7, QT_TRANSLATE_NOOP("ColorNames", "Desert Tan")},
    {0xF7D959, QT_TRANSLATE_NOOP("ColorNames", "Lemon Yellow")},
    {0xF99963, QT_TRANSLATE_NOOP("ColorNames", "Mandarin Orange")},
    {0xE8AFCF, QT_TRANSLATE_NOOP("ColorNames", "Sakura Pink")},
    {0xAE96D4, QT_TRANSLATE_NOOP("ColorNames", "Lilac Purple")},
    {0xDE4343, QT_TRANSLATE_NOOP("ColorNames", "Scarlet Red")},
    {0xBB3D43, QT_TRANSLATE_NOOP("ColorNames", "Dark Red")},
    {0xC2E189, QT_TRANSLATE_NOOP("ColorNames", "Apple Green")},
    {0x61C680, QT_TRANSLATE_NOOP("ColorNames", "Grass Green")},
    {0x68724D, QT_TRANSLATE_NOOP("ColorNames", "Dark Green")},
    {0xA3D8E1, QT_TRANSLATE_NOOP("ColorNames", "Ice Blue")},
    {0x56B7E6, QT_TRANSLATE_NOOP("ColorNames", "Sky Blue")},
    {0x0078BF, QT_TRANSLATE_NOOP("ColorNames", "Marine Blue")},
    {0x042F56, QT_TRANSLATE_NOOP("ColorNames", "Dark Blue")},
    {0x7D6556, QT_TRANSLATE_NOOP("ColorNames", "Dark Brown")},
    {0x4D3324, QT_TRANSLATE_NOOP("ColorNames", "Dark Chocolate")},
    {0xAE835B, QT_TRANSLATE_NOOP("ColorNames", "Caramel")},
    {0xB15533, QT_TRANSLATE_NOOP("ColorNames", "Terracotta")},
    {0x950051, QT_TRANSLATE_NOOP("ColorNames", "Plum")},
};

// Common colour names for everything that is not a catalogue colour.
const NamedColor kCommon[] = {
    {0x000000, QT_TRANSLATE_NOOP("ColorNames", "Black")},
    {0x404040, QT_TRANSLATE_NOOP("ColorNames", "Dark Gray")},
    {0x808080, QT_TRANSLATE_NOOP("ColorNames", "Gray")},
    {0xC4C4C4, QT_TRANSLATE_NOOP("ColorNames", "Light Gray")},
    {0xFFFFFF, QT_TRANSLATE_NOOP("ColorNames", "White")},
    {0xD02020, QT_TRANSLATE_NOOP("ColorNames", "Red")},
    {0x8B1A1A, QT_TRANSLATE_NOOP("ColorNames", "Dark Red")},
    {0xFF8C1A, QT_TRANSLATE_NOOP("ColorNames", "Orange")},
    {0xF5E02A, QT_TRANSLATE_NOOP("ColorNames", "Yellow")},
    {0xD4AF37, QT_TRANSLATE_NOOP("ColorNames", "Gold")},
    {0xE8D9C0, QT_TRANSLATE_NOOP("ColorNames", "Beige")},
    {0xC8A27A, QT_TRANSLATE_NOOP("ColorNames", "Tan")},
    {0x7B4A2A, QT_TRANSLATE_NOOP("ColorNames", "Brown")},
    {0x2EAA40, QT_TRANSLATE_NOOP("ColorNames", "Green")},
    {0x1E5A2E, QT_TRANSLATE_NOOP("ColorNames", "Dark Green")},
    {0xA8E04A, QT_TRANSLATE_NOOP("ColorNames", "Lime")},
    {0x7A7A30, QT_TRANSLATE_NOOP("ColorNames", "Olive")},
    {0x008C8C, QT_TRANSLATE_NOOP("ColorNames", "Teal")},
    {0x30C0E0, QT_TRANSLATE_NOOP("ColorNames", "Cyan")},
    {0x8CC8F0, QT_TRANSLATE_NOOP("ColorNames", "Light Blue")},
    {0x2050D0, QT_TRANSLATE_NOOP("ColorNames", "Blue")},
    {0x1A2A6A, QT_TRANSLATE_NOOP("ColorNames", "Navy")},
    {0x7A3AB0, QT_TRANSLATE_NOOP("ColorNames", "Purple")},
    {0xC060F0, QT_TRANSLATE_NOOP("ColorNames", "Violet")},
    {0xC0A8E8, QT_TRANSLATE_NOOP("ColorNames", "Lavender")},
    {0xE020B0, QT_TRANSLATE_NOOP("ColorNames", "Magenta")},
    {0xF590B0, QT_TRANSLATE_NOOP("ColorNames", "Pink")},
};

template<size_t N> const char *exactMatch(const NamedColor (&table)[N], QRgb rgb)
{
    for (const NamedColor &c : table) {
        if (c.rgb == rgb)
            return c.name;
    }
    return nullptr;
}

// "Redmean" weighted distance: cheap and close enough to perceived difference for naming.
double distance(QRgb a, QRgb b)
{
    const double rm = (qRed(a) + qRed(b)) / 2.0;
    const double dr = qRed(a) - qRed(b);
    const double dg = qGreen(a) - qGreen(b);
    const double db = qBlue(a) - qBlue(b);
    return std::sqrt((2.0 + rm / 256.0) * dr * dr + 4.0 * dg * dg + (2.0 + (255.0 - rm) / 256.0) * db * db);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("ColorNames", text);
}

} // namespace

QColor parse(const QString &rrggbbaa)
{
    QString hex = rrggbbaa.trimmed();
    if (hex.startsWith(QLatin1Char('#')))
        hex.remove(0, 1);
    if (hex.size() != 6 && hex.size() != 8)
        return {};
    bool ok = false;
    const uint value = hex.toUInt(&ok, 16);
    if (!ok)
        return {};
    if (hex.size() == 6)
        return QColor::fromRgb(value);
    return QColor((value >> 24) & 0xFF, (value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF);
}

bool isBambuCatalogColor(const QString &rrggbbaa)
{
    const QColor c = parse(rrggbbaa);
    if (!c.isValid())
        return false;
    const QRgb rgb = c.rgb() & 0xFFFFFF;
    return exactMatch(kBasic, rgb) || exactMatch(kMatte, rgb);
}

QString nameFor(const QString &rrggbbaa, const QString &profile)
{
    const QColor color = parse(rrggbbaa);
    if (!color.isValid() || color.rgba() == 0) // "00000000": the printer's "no colour"
        return {};
    const QRgb rgb = color.rgb() & 0xFFFFFF;
    // Catalogue names only where the product line is known (Matte names for "PLA Matte", Basic
    // names for "PLA Basic"); other lines and third-party spools get common names.
    const char *name = nullptr;
    if (profile.contains(QLatin1String("Matte"), Qt::CaseInsensitive))
        name = exactMatch(kMatte, rgb);
    else if (profile.contains(QLatin1String("Basic"), Qt::CaseInsensitive))
        name = exactMatch(kBasic, rgb);
    if (!name) {
        double best = std::numeric_limits<double>::max();
        for (const NamedColor &c : kCommon) {
            const double d = distance(rgb, c.rgb);
            if (d < best) {
                best = d;
                name = c.name;
            }
        }
    }
    QString text = tr(name);
    if (color.alpha() < 0xFF)
        return QCoreApplication::translate("ColorNames", "Translucent %1").arg(text);
    return text;
}

} // namespace Spoolbridge::Ui::ColorNames
