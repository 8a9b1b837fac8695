#include "uitestdata.h"

#include "ui/amsunitwidget.h"
#include "ui/printerview.h"
#include "ui/slotcard.h"
#include "ui/slothovercard.h"

#include <catch2/catch.hpp>

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Spoolbridge;
using namespace Spoolbridge::Ui;
using namespace Spoolbridge::Test::UiData;

namespace {
PrinterState twoUnits()
{
    PrinterState state;
    state.modelName = QStringLiteral("X1 Carbon");
    state.units = {unit(0), unit(1)};
    Slot external = emptySlot(TrayId::ExternalRight, 0);
    external.external = true;
    state.external = {external};
    return state;
}
} // namespace

TEST_CASE("printer view: a new report updates the existing cards instead of recreating them")
{
    PrinterView view;
    view.show();
    PrinterState state = twoUnits();
    view.setState(state);
    REQUIRE(view.cards().size() == 9);
    SlotCard *a1 = view.card({0, 0});
    SlotCard *b4 = view.card({1, 3});
    SlotCard *ext = view.card({TrayId::ExternalRight, 0});
    AmsUnitWidget *unitA = view.unitWidget(0);
    REQUIRE(a1);
    REQUIRE(b4);
    REQUIRE(ext);
    CHECK(a1->label() == QStringLiteral("A1"));
    CHECK(b4->label() == QStringLiteral("B4"));
    CHECK(ext->label() == QStringLiteral("External"));

    state.units[0].slots[0].remainPercent = 42;
    state.units[1].slots[3].active = true;
    state.units[1].slots[2] = emptySlot(1, 2);
    view.setState(state);
    CHECK(view.card({0, 0}) == a1);
    CHECK(view.card({1, 3}) == b4);
    CHECK(view.card({TrayId::ExternalRight, 0}) == ext);
    CHECK(view.unitWidget(0) == unitA);
    CHECK(a1->fillText() == QStringLiteral("42 %"));
    CHECK(b4->slot().active);
    CHECK(view.card({1, 2})->isEmpty());
}

TEST_CASE("printer view: units appear and disappear without touching the others")
{
    PrinterView view;
    PrinterState state = twoUnits();
    view.setState(state);
    SlotCard *a1 = view.card({0, 0});
    AmsUnit ht;
    ht.id = 128;
    ht.type = UnitType::AmsHt;
    ht.slots = {rfidSlot(128, 0)};
    state.units.append(ht);
    view.setState(state);
    REQUIRE(view.unitWidget(128));
    CHECK(view.unitWidget(128)->title() == QStringLiteral("AMS HT-A"));
    CHECK(view.card({128, 0})->label() == QStringLiteral("HT-A"));
    CHECK(view.card({0, 0}) == a1);

    state.units.removeAt(1);
    view.setState(state);
    CHECK(view.unitWidget(1) == nullptr);
    CHECK(view.card({1, 0}) == nullptr);
    CHECK(view.card({0, 0}) == a1);
}

TEST_CASE("printer view: link info reaches the card, also when it arrives before the slot")
{
    PrinterView view;
    view.setLinkInfo({0, 2}, linkedInfo(21));
    view.setState(twoUnits());
    CHECK(view.card({0, 2})->linkInfo().state == SlotLinkInfo::Linked);
    CHECK(view.card({0, 2})->badgeText() == QStringLiteral("Linked"));
    view.setLinkInfo({0, 2}, unlinkedInfo(false));
    CHECK(view.card({0, 2})->badgeText() == QStringLiteral("Unlinked"));
    // Slots without their own info still know whether Spoolman is configured.
    view.setSpoolmanUrl(QStringLiteral("http://spoolman.test:7912"));
    CHECK(view.card({1, 1})->linkInfo().spoolmanConfigured());
    CHECK(view.card({1, 1})->linkInfo().state == SlotLinkInfo::Unknown);
}

TEST_CASE("printer view: header shows job and connection, unit headers show humidity, drying, nozzle")
{
    PrinterView view;
    view.setPrinterName(QStringLiteral("Workshop X1C"));
    view.setConnectionState(ConnectionState::Connected);
    PrinterState state = twoUnits();
    state.dualNozzle = true;
    state.units[0].type = UnitType::Ams2Pro;
    state.units[0].extruder = Extruder::Left;
    state.units[0].drying = true;
    state.units[0].dryMinutesLeft = 83;
    state.units[0].humidityLevel = 4;
    state.units[0].humidityPercent = 18;
    state.job.state = JobState::Running;
    state.job.name = QStringLiteral("benchy");
    state.job.progressPercent = 38;
    state.job.layer = 12;
    state.job.totalLayers = 200;
    state.job.remainingMinutes = 45;
    view.setState(state);
    CHECK(view.jobText() == QStringLiteral("Printing · benchy"));
    CHECK(view.progressText() == QStringLiteral("38 % · Layer 12 of 200 · 45 min left"));
    const AmsUnitWidget *unitA = view.unitWidget(0);
    CHECK(unitA->title() == QStringLiteral("AMS 2 Pro A"));
    CHECK(unitA->humidityText() == QStringLiteral("4/5 · 18 %"));
    CHECK(unitA->dryingText() == QStringLiteral("Drying · 1 h 23 min left"));
    CHECK(unitA->nozzleText() == QStringLiteral("Left nozzle"));
    CHECK(view.unitWidget(1)->dryingText().isEmpty());
    CHECK(view.unitWidget(1)->humidityText() == QStringLiteral("5/5 · 8 %"));
    CHECK(view.unitWidget(1)->temperatureText() == QStringLiteral("26 °C"));
    CHECK(view.card({TrayId::ExternalRight, 0})->label() == QStringLiteral("External R"));

    state.job.state = JobState::Idle;
    state.units[1].type = UnitType::AmsLite; // no humidity sensor
    view.setState(state);
    CHECK(view.jobText() == QStringLiteral("Idle"));
    CHECK(view.unitWidget(1)->humidityText().isEmpty());
    view.setConnectionState(ConnectionState::Disconnected);
    CHECK(view.jobText() == QStringLiteral("Idle (last known)"));
}

TEST_CASE("printer view: hover-card actions are forwarded with the slot")
{
    PrinterView view;
    view.show();
    view.setState(twoUnits());
    view.setLinkInfo({1, 3}, linkedInfo(47));
    QSignalSpy open(&view, &PrinterView::openInSpoolmanRequested);
    QTest::mouseClick(view.card({1, 3}), Qt::LeftButton); // opens the popup for this card
    SlotHoverCard *popup = view.hoverCard();
    REQUIRE(popup->isVisible());
    CHECK(popup->key() == SlotKey {1, 3});
    QTest::mouseClick(popup->openButton(), Qt::LeftButton);
    REQUIRE(open.count() == 1);
    CHECK(open.at(0).at(0).value<SlotKey>() == SlotKey {1, 3});
    CHECK(open.at(0).at(1).toInt() == 47);

    CHECK_FALSE(popup->isVisible()); // the action closed it

    // While open, a link change for the shown slot updates the popup's buttons.
    QTest::mouseClick(view.card({1, 3}), Qt::LeftButton);
    REQUIRE(popup->isVisible());
    view.setLinkInfo({1, 3}, unlinkedInfo(true));
    CHECK_FALSE(popup->openButton()->isVisibleTo(popup));
    CHECK(popup->linkButton()->isVisibleTo(popup));
}
