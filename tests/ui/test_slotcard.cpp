#include "uitestdata.h"

#include "ui/slotcard.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QSignalSpy>
#include <QTest>

using namespace Spoolbridge;
using namespace Spoolbridge::Ui;
using namespace Spoolbridge::Test::UiData;

namespace {
QImage render(SlotCard &card)
{
    card.resize(card.sizeHint());
    return card.grab().toImage();
}
} // namespace

TEST_CASE("slot card: each link state has its own badge text and accessible name")
{
    SlotCard unknown, linked, unlinked, skipped;
    for (SlotCard *c : {&unknown, &linked, &unlinked, &skipped})
        c->setSlot(rfidSlot(0, 1));
    linked.setLinkInfo(linkedInfo(12));
    unlinked.setLinkInfo(unlinkedInfo(true));
    skipped.setLinkInfo(skippedInfo(QStringLiteral("Not a Bambu Lab spool.")));

    CHECK(unknown.badgeText().isEmpty());
    CHECK(linked.badgeText() == QStringLiteral("Linked"));
    CHECK(unlinked.badgeText() == QStringLiteral("Unlinked"));
    CHECK(skipped.badgeText() == QStringLiteral("Skipped"));

    CHECK(linked.accessibleName().contains(QStringLiteral("linked to Spoolman spool 12")));
    CHECK(unlinked.accessibleName().contains(QStringLiteral("not linked to Spoolman")));
    CHECK(skipped.accessibleName().contains(QStringLiteral("skipped by sync")));
    CHECK_FALSE(unknown.accessibleName().contains(QStringLiteral("linked")));
    CHECK(linked.accessibleName().startsWith(QStringLiteral("Slot A2, PLA Matte, Charcoal, 93 percent left")));

    // The badge is painted: the four cards do not look the same.
    const QImage a = render(unknown), b = render(linked), c = render(unlinked), d = render(skipped);
    CHECK(a != b);
    CHECK(b != c);
    CHECK(c != d);
    CHECK(b != d);
}

TEST_CASE("slot card: empty slots look empty and carry no badge")
{
    SlotCard empty;
    empty.setSlot(emptySlot(2, 0));
    empty.setLinkInfo(linkedInfo(5)); // stale link info must not show on an empty slot
    CHECK(empty.isEmpty());
    CHECK(empty.badgeText().isEmpty());
    CHECK(empty.accessibleName() == QStringLiteral("Slot C1, empty"));

    SlotCard present;
    present.setSlot(rfidSlot(2, 0));
    CHECK(render(empty) != render(present));
}

TEST_CASE("slot card: the active slot is highlighted and announced")
{
    SlotCard idle, active;
    Slot slot = rfidSlot(1, 3, 51);
    idle.setSlot(slot);
    slot.active = true;
    active.setSlot(slot);
    CHECK_FALSE(idle.accessibleName().contains(QStringLiteral("in use")));
    CHECK(active.accessibleName().endsWith(QStringLiteral("in use")));
    CHECK(render(idle) != render(active));
}

TEST_CASE("slot card: fill level, labels for external spools and HT units")
{
    SlotCard card;
    Slot slot = thirdPartySlot(0, 0);
    card.setSlot(slot);
    CHECK(card.fillText() == QStringLiteral("Unknown"));
    CHECK(card.accessibleName().contains(QStringLiteral("remaining amount unknown")));
    slot.remainPercent = 62;
    card.setSlot(slot);
    CHECK(card.fillText() == QStringLiteral("62 %"));

    Slot external = thirdPartySlot(TrayId::ExternalLeft, 0);
    external.external = true;
    card.setSlot(external, true);
    CHECK(card.label() == QStringLiteral("External L"));
    external.unitId = TrayId::ExternalRight;
    card.setSlot(external, true);
    CHECK(card.label() == QStringLiteral("External R"));
    card.setSlot(external, false);
    CHECK(card.label() == QStringLiteral("External"));

    card.setSlot(rfidSlot(128, 0));
    CHECK(card.label() == QStringLiteral("HT-A"));
    card.setSlot(rfidSlot(3, 3));
    CHECK(card.label() == QStringLiteral("D4"));
}

TEST_CASE("slot card: multi-colour spools are named and drawn as segments")
{
    SlotCard single, multi;
    Slot slot = rfidSlot(0, 0);
    slot.color = QStringLiteral("EC008CFF");
    slot.colors = {slot.color};
    single.setSlot(slot);
    slot.colors = {QStringLiteral("EC008CFF"), QStringLiteral("0086D6FF"), QStringLiteral("F4EE2AFF")};
    multi.setSlot(slot);
    CHECK(multi.colorName() == QStringLiteral("Multicolour"));
    CHECK(render(single) != render(multi));
}

TEST_CASE("slot card: keyboard and mouse activation ask for the details popup")
{
    SlotCard card;
    card.setSlot(rfidSlot(0, 0));
    CHECK(card.focusPolicy() == Qt::StrongFocus);
    QSignalSpy activated(&card, &SlotCard::activated);
    card.show();
    QTest::keyClick(&card, Qt::Key_Return);
    QTest::keyClick(&card, Qt::Key_Space);
    QTest::mouseClick(&card, Qt::LeftButton);
    REQUIRE(activated.count() == 3);
    CHECK(activated.at(0).at(0).value<SlotCard *>() == &card);
}
