#include "ui/slotcard.h"
#include "ui/theme.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QFile>
#include <QStyle>

#include <cmath>

using namespace Spoolbridge::Ui;

namespace {

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    auto lin = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2A, 0x2C, 0x30));
    p.setColor(QPalette::WindowText, QColor(0xE8, 0xE9, 0xEB));
    p.setColor(QPalette::Base, QColor(0x1E, 0x1F, 0x22));
    p.setColor(QPalette::Text, QColor(0xE8, 0xE9, 0xEB));
    return p;
}

} // namespace

TEST_CASE("theme: badges and secondary text stay readable in light and dark palettes")
{
    const QPalette light = QApplication::style()->standardPalette();
    const QPalette dark = darkPalette();
    REQUIRE_FALSE(Theme::isDark(light));
    REQUIRE(Theme::isDark(dark));
    for (const QPalette &pal : {light, dark}) {
        INFO("dark palette: " << Theme::isDark(pal));
        // Filled badges: text drawn with textOn() on the badge colour.
        for (SlotLinkInfo::State s : {SlotLinkInfo::Linked, SlotLinkInfo::Skipped}) {
            const QColor badge = Theme::statusColor(pal, s);
            CHECK(contrast(badge, Theme::textOn(badge)) >= 4.5);
        }
        // Outlined "Unlinked" badge: its colour is the text, on the card background.
        CHECK(contrast(Theme::statusColor(pal, SlotLinkInfo::Unlinked), Theme::cardBackground(pal)) >= 4.5);
        CHECK(contrast(Theme::mutedText(pal), pal.color(QPalette::Window)) >= 4.5);
        CHECK(contrast(Theme::mutedText(pal), Theme::cardBackground(pal)) >= 4.5);
    }
    // The two schemes really use different colours.
    CHECK(Theme::cardBackground(light) != Theme::cardBackground(dark));
}

TEST_CASE("theme: icons are tinted and rendered for the device pixel ratio")
{
    const QPixmap pm = Theme::pixmap(QStringLiteral("link"), QColor(Qt::red), 16, 2.0);
    CHECK(pm.size() == QSize(32, 32));
    CHECK(pm.devicePixelRatio() == 2.0);
    const QImage img = pm.toImage();
    bool sawRed = false, sawOther = false;
    for (int y = 0; y < img.height(); ++y) {
        for (int x = 0; x < img.width(); ++x) {
            const QColor c = img.pixelColor(x, y);
            if (c.alpha() == 0)
                continue;
            if (c.red() == 255 && c.green() == 0 && c.blue() == 0)
                sawRed = true;
            else if (c.alpha() == 255)
                sawOther = true;
        }
    }
    CHECK(sawRed); // drawn, in the requested colour
    CHECK_FALSE(sawOther);
    // Every icon the widgets use exists in the resources.
    for (const char *name :
        {"open-external", "link", "unlink", "add", "copy", "status-dot", "humidity", "temperature", "drying", "nozzle",
            "printer", "sync", "inventory", "history", "chart", "settings", "auto", "manual", "skip"}) {
        INFO(name);
        CHECK(QFile::exists(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name))));
    }
}

TEST_CASE("theme: widgets repaint with the new colours when the system palette changes")
{
    const QPalette original = QApplication::palette();
    SlotCard card;
    Spoolbridge::Slot slot;
    slot.present = true;
    slot.material = QStringLiteral("PLA");
    slot.color = QStringLiteral("FFFFFFFF");
    slot.remainPercent = 50;
    card.setSlot(slot);
    card.resize(card.sizeHint());
    const QImage light = card.grab().toImage();
    QApplication::setPalette(darkPalette());
    QCoreApplication::processEvents(); // palette change events are delivered by the event loop
    const QImage dark = card.grab().toImage();
    QApplication::setPalette(original);
    CHECK(light != dark);
    // The card body follows the palette: a pixel inside the body near the bottom edge is darker now.
    const QColor bodyLight = light.pixelColor(light.width() / 2, light.height() - 4);
    const QColor bodyDark = dark.pixelColor(dark.width() / 2, dark.height() - 4);
    CHECK(bodyDark.lightness() < bodyLight.lightness());
}
