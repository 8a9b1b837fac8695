#include "ui/dialogs/addspooldialog.h"
#include "ui/theme.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Spoolbridge;
using namespace Spoolbridge::Ui;

namespace {

QList<Vendor> vendors()
{
    Vendor bambu;
    bambu.id = 4;
    bambu.name = QStringLiteral("Bambu Lab");
    bambu.emptySpoolWeight = 250;
    Vendor esun;
    esun.id = 9;
    esun.name = QStringLiteral("eSun");
    return {bambu, esun};
}

} // namespace

TEST_CASE("add dialog: pre-filled from the slot, an existing vendor gives its id and spool weight")
{
    AddSpoolDialog dialog;
    dialog.setVendors(vendors());
    dialog.prefill(QStringLiteral("PLA"), QStringLiteral("1E88E5FF"), QStringLiteral("bambu lab"),
        QStringLiteral("PLA Basic"), 1000);
    REQUIRE(dialog.isValid());
    CHECK(dialog.addButton()->isEnabled());
    const AddSpoolRequest r = dialog.request();
    CHECK(r.material == QStringLiteral("PLA"));
    CHECK(r.colorHex == QStringLiteral("1E88E5"));
    REQUIRE(r.vendorId.has_value());
    CHECK(*r.vendorId == 4);
    CHECK_FALSE(r.createsVendor());
    CHECK(r.vendorName == QStringLiteral("Bambu Lab"));
    CHECK(r.initialWeightG == 1000);
    REQUIRE(r.emptySpoolWeightG.has_value());
    CHECK(*r.emptySpoolWeightG == 250);
    CHECK_FALSE(r.pricePerKg.has_value());
    CHECK(r.filamentName == QStringLiteral("PLA Basic"));
}

TEST_CASE("add dialog: inline validation of colour, material and a new vendor")
{
    AddSpoolDialog dialog;
    dialog.setVendors(vendors());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.prefill(QStringLiteral("PETG"), QStringLiteral("00FF00"), QStringLiteral("Overture"));
    // An unknown vendor becomes a new one, typed in.
    CHECK(dialog.newVendorEdit()->isVisible());
    CHECK(dialog.newVendorEdit()->text() == QStringLiteral("Overture"));
    REQUIRE(dialog.isValid());

    // A short hex code: inline error, Add disabled.
    dialog.colorEdit()->clear();
    QTest::keyClicks(dialog.colorEdit(), QStringLiteral("12AB"));
    CHECK(dialog.colorError()->isVisible());
    CHECK(dialog.colorError()->text().contains(QStringLiteral("six hex digits")));
    CHECK_FALSE(dialog.addButton()->isEnabled());
    // The validator refuses non-hex characters.
    QTest::keyClicks(dialog.colorEdit(), QStringLiteral("xyz"));
    CHECK(dialog.colorEdit()->text() == QStringLiteral("12AB"));
    QTest::keyClicks(dialog.colorEdit(), QStringLiteral("cd"));
    CHECK_FALSE(dialog.colorError()->isVisible());
    CHECK(dialog.addButton()->isEnabled());

    // Empty material and empty new vendor name are refused.
    dialog.materialBox()->setCurrentText(QString());
    CHECK_FALSE(dialog.addButton()->isEnabled());
    CHECK(dialog.problems().join(QLatin1Char(' ')).contains(QStringLiteral("material")));
    dialog.materialBox()->setCurrentText(QStringLiteral("PETG-CF"));
    dialog.newVendorEdit()->clear();
    CHECK_FALSE(dialog.addButton()->isEnabled());
    QTest::keyClicks(dialog.newVendorEdit(), QStringLiteral("  Overture "));
    CHECK(dialog.addButton()->isEnabled());

    // A cost and weights; Add emits the request.
    dialog.initialWeightBox()->setValue(750);
    dialog.emptyWeightBox()->setValue(180);
    dialog.costBox()->setValue(24.5);
    QSignalSpy accepted(&dialog, &AddSpoolDialog::requestAccepted);
    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
    REQUIRE(accepted.count() == 1);
    const auto r = accepted.at(0).at(0).value<AddSpoolRequest>();
    CHECK(r.material == QStringLiteral("PETG-CF"));
    CHECK(r.colorHex == QStringLiteral("12ABCD"));
    CHECK(r.createsVendor());
    CHECK(r.vendorName == QStringLiteral("Overture"));
    CHECK(r.initialWeightG == 750);
    CHECK(*r.emptySpoolWeightG == 180);
    CHECK(*r.pricePerKg == Approx(24.5));
    CHECK(*r.spoolPrice() == Approx(18.375));
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("add dialog: an implausible empty spool weight is flagged")
{
    AddSpoolDialog dialog;
    dialog.prefill(QStringLiteral("PLA"), QStringLiteral("FFFFFF"), QString());
    dialog.vendorBox()->setCurrentIndex(dialog.vendorBox()->count() - 1);
    dialog.newVendorEdit()->setText(QStringLiteral("Generic"));
    dialog.initialWeightBox()->setValue(100);
    dialog.emptyWeightBox()->setValue(500);
    CHECK_FALSE(dialog.isValid());
    CHECK(dialog.problems().join(QLatin1Char(' ')).contains(QStringLiteral("empty spool")));
    dialog.emptyWeightBox()->setValue(0); // "Unknown"
    CHECK(dialog.isValid());
    CHECK_FALSE(dialog.request().emptySpoolWeightG.has_value());
}

TEST_CASE("add dialog: inline errors keep the warning colour after a palette change")
{
    AddSpoolDialog dialog;
    dialog.colorEdit()->setText(QStringLiteral("12"));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2A, 0x2C, 0x30));
    dark.setColor(QPalette::WindowText, QColor(0xE8, 0xE9, 0xEB));
    dialog.setPalette(dark);
    CHECK(dialog.colorError()->palette().color(QPalette::WindowText) == Theme::fillColor(dark, 0));
}
