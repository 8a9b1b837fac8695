#include "ui/colornames.h"
#include "ui/labels.h"

#include <catch2/catch.hpp>

using namespace Spoolbridge;
using namespace Spoolbridge::Ui;

TEST_CASE("colour names: Bambu catalogue names follow the product line")
{
    CHECK(ColorNames::nameFor(QStringLiteral("000000FF"), QStringLiteral("PLA Matte")) == QStringLiteral("Charcoal"));
    CHECK(ColorNames::nameFor(QStringLiteral("000000FF"), QStringLiteral("PLA Basic")) == QStringLiteral("Black"));
    CHECK(ColorNames::nameFor(QStringLiteral("FFFFFFFF"), QStringLiteral("PLA Basic")) == QStringLiteral("Jade White"));
    CHECK(ColorNames::nameFor(QStringLiteral("9B9EA0FF"), QStringLiteral("PLA Matte")) == QStringLiteral("Ash Gray"));
    CHECK(ColorNames::nameFor(QStringLiteral("#7D6556"), QStringLiteral("PLA Matte")) == QStringLiteral("Dark Brown"));
    CHECK(ColorNames::isBambuCatalogColor(QStringLiteral("DE4343FF")));
    CHECK_FALSE(ColorNames::isBambuCatalogColor(QStringLiteral("123456FF")));
}

TEST_CASE("colour names: other colours get the nearest common name")
{
    // A white ABS is "White", not PLA Basic's "Jade White".
    CHECK(ColorNames::nameFor(QStringLiteral("FFFFFFFF"), QStringLiteral("ABS")) == QStringLiteral("White"));
    CHECK(ColorNames::nameFor(QStringLiteral("D32941FF"), QStringLiteral("ABS")) == QStringLiteral("Red"));
    CHECK(ColorNames::nameFor(QStringLiteral("FF6A13FF"), QStringLiteral("ABS")) == QStringLiteral("Orange"));
    CHECK(ColorNames::nameFor(QStringLiteral("0A2A70FF")) == QStringLiteral("Navy"));
    CHECK(ColorNames::nameFor(QStringLiteral("D6ABFF80"), QStringLiteral("PETG Translucent"))
              .startsWith(QStringLiteral("Translucent ")));
}

TEST_CASE("colour names: unknown or malformed colours have no name")
{
    CHECK(ColorNames::nameFor(QString()).isEmpty());
    CHECK(ColorNames::nameFor(QStringLiteral("00000000")).isEmpty()); // the printer's "no colour"
    CHECK(ColorNames::nameFor(QStringLiteral("zzzzzz")).isEmpty());
    CHECK_FALSE(ColorNames::parse(QStringLiteral("12345")).isValid());
    CHECK(ColorNames::parse(QStringLiteral("11223380")).alpha() == 0x80);
}

TEST_CASE("labels: units and slots are named as the printer names them")
{
    CHECK(Labels::unitLetter(0) == QStringLiteral("A"));
    CHECK(Labels::unitLetter(3) == QStringLiteral("D"));
    CHECK(Labels::unitLetter(128) == QStringLiteral("HT-A"));
    CHECK(Labels::unitLetter(129) == QStringLiteral("HT-B"));
    AmsUnit pro;
    pro.id = 1;
    pro.type = UnitType::Ams2Pro;
    CHECK(Labels::unitTitle(pro) == QStringLiteral("AMS 2 Pro B"));
    AmsUnit ht;
    ht.id = 128;
    ht.type = UnitType::AmsHt;
    CHECK(Labels::unitTitle(ht) == QStringLiteral("AMS HT-A"));
    CHECK(Labels::durationText(583) == QStringLiteral("9 h 43 min"));
    CHECK(Labels::durationText(45) == QStringLiteral("45 min"));
}
