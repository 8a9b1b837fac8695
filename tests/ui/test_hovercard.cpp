#include "uitestdata.h"

#include "support/testsupport.h"
#include "ui/hovercardcontroller.h"
#include "ui/slotcard.h"
#include "ui/slothovercard.h"

#include <catch2/catch.hpp>

#include <QClipboard>
#include <QCursor>
#include <QEnterEvent>
#include <QGuiApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Spoolbridge;
using namespace Spoolbridge::Ui;
using namespace Spoolbridge::Test::UiData;

namespace {

struct Buttons {
    bool open, link, linkEnabled, add, unlink, copy;
};

Buttons buttons(const SlotHoverCard &card)
{
    return {card.openButton()->isVisibleTo(&card), card.linkButton()->isVisibleTo(&card),
        card.linkButton()->isEnabled(), card.addButton()->isVisibleTo(&card), card.unlinkButton()->isVisibleTo(&card),
        card.copyButton()->isVisibleTo(&card)};
}

} // namespace

TEST_CASE("hover card: linked spool offers Open in Spoolman and Unlink only")
{
    SlotHoverCard card;
    card.setContent(rfidSlot(0, 1), QStringLiteral("A2"), linkedInfo(13));
    const Buttons b = buttons(card);
    CHECK(b.open);
    CHECK(card.openButton()->isEnabled());
    CHECK(b.unlink);
    CHECK_FALSE(b.link);
    CHECK_FALSE(b.add);
    CHECK(b.copy);
    CHECK(card.hintText().isEmpty());
}

TEST_CASE("hover card: unlinked spool with unlinked Spoolman spools available can be linked")
{
    SlotHoverCard card;
    card.setContent(rfidSlot(0, 1), QStringLiteral("A2"), unlinkedInfo(true));
    const Buttons b = buttons(card);
    CHECK(b.link);
    CHECK(b.linkEnabled);
    CHECK(b.add);
    CHECK_FALSE(b.open);
    CHECK_FALSE(b.unlink);
    CHECK(card.hintText().isEmpty());
}

TEST_CASE("hover card: Link is disabled with an explanation when Spoolman has no unlinked spools")
{
    SlotHoverCard card;
    card.setContent(rfidSlot(0, 1), QStringLiteral("A2"), unlinkedInfo(false));
    const Buttons b = buttons(card);
    CHECK(b.link);
    CHECK_FALSE(b.linkEnabled);
    CHECK(b.add);
    CHECK_FALSE(b.open);
    CHECK(card.linkButton()->toolTip().contains(QStringLiteral("no unlinked spools")));
    CHECK(card.hintText().contains(QStringLiteral("no unlinked spools")));
}

TEST_CASE("hover card: skipped third-party spool shows the reason and can be linked or added")
{
    SlotHoverCard card;
    SlotLinkInfo info = skippedInfo(QStringLiteral("Not a Bambu Lab spool (no RFID tag)."));
    info.unlinkedSpoolsAvailable = true;
    card.setContent(thirdPartySlot(0, 0), QStringLiteral("A1"), info);
    const Buttons b = buttons(card);
    CHECK(b.link);
    CHECK(b.linkEnabled);
    CHECK(b.add);
    CHECK_FALSE(b.open);
    CHECK_FALSE(b.copy); // third-party: no UUID to copy
    CHECK(card.hintText().contains(QStringLiteral("Not a Bambu Lab spool")));
}

TEST_CASE("hover card: no actions and no UUID when Spoolman is not configured or the slot is empty")
{
    SlotHoverCard card;
    card.setContent(rfidSlot(0, 1), QStringLiteral("A2"), SlotLinkInfo {});
    Buttons b = buttons(card);
    CHECK_FALSE(b.open);
    CHECK_FALSE(b.link);
    CHECK_FALSE(b.add);
    CHECK_FALSE(b.unlink);
    CHECK_FALSE(b.copy);
    CHECK(card.hintText().contains(QStringLiteral("Settings")));

    card.setContent(emptySlot(0, 1), QStringLiteral("A2"), linkedInfo(3));
    b = buttons(card);
    CHECK_FALSE(b.open);
    CHECK_FALSE(b.link);
    CHECK_FALSE(b.add);
    CHECK_FALSE(b.unlink);
    CHECK_FALSE(b.copy);
}

TEST_CASE("hover card: Copy puts the spool UUID on the clipboard")
{
    SlotHoverCard card;
    card.setContent(rfidSlot(0, 1), QStringLiteral("A2"), linkedInfo(13));
    card.showFor(nullptr, false);
    QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
    QSignalSpy copied(&card, &SlotHoverCard::uuidCopied);
    QTest::mouseClick(card.copyButton(), Qt::LeftButton);
    CHECK(QGuiApplication::clipboard()->text() == QStringLiteral("5F3D8925633343C29FB9A97FA9125971"));
    REQUIRE(copied.count() == 1);
    CHECK(card.copyButton()->text() == QStringLiteral("Copied"));
}

TEST_CASE("hover card: buttons emit their signal with the slot they belong to")
{
    SlotHoverCard card;
    card.setContent(rfidSlot(1, 2), QStringLiteral("B3"), linkedInfo(47));
    card.showFor(nullptr, false);
    QSignalSpy open(&card, &SlotHoverCard::openInSpoolmanRequested);
    QSignalSpy unlink(&card, &SlotHoverCard::unlinkRequested);
    QTest::mouseClick(card.openButton(), Qt::LeftButton);
    CHECK_FALSE(card.isVisible()); // an action closes the card
    card.showFor(nullptr, false);
    QTest::mouseClick(card.unlinkButton(), Qt::LeftButton);
    REQUIRE(open.count() == 1);
    CHECK(open.at(0).at(0).value<SlotKey>() == SlotKey {1, 2});
    CHECK(open.at(0).at(1).toInt() == 47);
    REQUIRE(unlink.count() == 1);
    CHECK(unlink.at(0).at(0).value<SlotKey>() == SlotKey {1, 2});

    card.setContent(thirdPartySlot(128, 0), QStringLiteral("HT-A"), unlinkedInfo(true));
    QSignalSpy link(&card, &SlotHoverCard::linkRequested);
    QSignalSpy add(&card, &SlotHoverCard::addRequested);
    card.showFor(nullptr, false);
    QTest::mouseClick(card.linkButton(), Qt::LeftButton);
    card.showFor(nullptr, false);
    QTest::mouseClick(card.addButton(), Qt::LeftButton);
    REQUIRE(link.count() == 1);
    CHECK(link.at(0).at(0).value<SlotKey>() == SlotKey {128, 0});
    REQUIRE(add.count() == 1);
    CHECK(add.at(0).at(0).value<SlotKey>() == SlotKey {128, 0});

    // A disabled Link button does nothing.
    card.setContent(thirdPartySlot(0, 0), QStringLiteral("A1"), unlinkedInfo(false));
    card.showFor(nullptr, false);
    QTest::mouseClick(card.linkButton(), Qt::LeftButton);
    CHECK(link.count() == 1);
}

TEST_CASE("hover card controller: appears after hovering a card and stays while the pointer is on the popup")
{
    QWidget host;
    auto *card = new SlotCard(&host);
    card->setSlot(rfidSlot(0, 0));
    card->setLinkInfo(linkedInfo(7));
    host.show();
    // Keep the platform pointer away from the card: only the events sent below may hover it.
    QCursor::setPos(QPoint(3000, 3000));
    SlotHoverCard popup;
    HoverCardController controller(&popup);
    controller.setShowDelay(20);
    controller.setHideDelay(40);
    controller.watch(card);

    QEnterEvent enter(QPointF(5, 5), QPointF(5, 5), QPointF(5, 5));
    QCoreApplication::sendEvent(card, &enter);
    CHECK_FALSE(popup.isVisible()); // only after the delay
    REQUIRE(Spoolbridge::Test::waitUntil([&] { return popup.isVisible(); }, 2000));
    CHECK(popup.key() == SlotKey {0, 0});
    CHECK(controller.currentCard() == card);

    // Pointer moves from the card onto the popup: it stays.
    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(card, &leave);
    QEnterEvent enterPopup(QPointF(5, 5), QPointF(5, 5), QPointF(5, 5));
    QCoreApplication::sendEvent(&popup, &enterPopup);
    CHECK_FALSE(Spoolbridge::Test::waitUntil([&] { return !popup.isVisible(); }, 200));

    // Pointer leaves the popup: it goes.
    QEvent leavePopup(QEvent::Leave);
    QCoreApplication::sendEvent(&popup, &leavePopup);
    CHECK(Spoolbridge::Test::waitUntil([&] { return !popup.isVisible(); }, 2000));

    // Leaving before the delay cancels it. Let Qt deliver the synthetic enter/leave events that
    // hiding the popup produced first (the platform pointer may rest over the card).
    Spoolbridge::Test::waitUntil([] { return false; }, 100);
    controller.hide();
    QCoreApplication::sendEvent(card, &enter);
    QCoreApplication::sendEvent(card, &leave);
    CHECK_FALSE(Spoolbridge::Test::waitUntil([&] { return popup.isVisible(); }, 150));
}

TEST_CASE("hover card controller: activating a card opens the popup for keyboard use")
{
    QWidget host;
    auto *card = new SlotCard(&host);
    card->setSlot(rfidSlot(0, 0));
    card->setLinkInfo(unlinkedInfo(true));
    host.show();
    SlotHoverCard popup;
    HoverCardController controller(&popup);
    controller.watch(card);
    card->setFocus();
    QTest::keyClick(card, Qt::Key_Return);
    REQUIRE(popup.isVisible());
    CHECK(popup.isInteractive());
    CHECK(popup.key() == SlotKey {0, 0});
    QTest::keyClick(&popup, Qt::Key_Escape);
    CHECK_FALSE(popup.isVisible());
}

TEST_CASE("hover card controller: a real pointer move over a card shows the popup")
{
    QWidget host;
    host.resize(400, 300);
    auto *card = new SlotCard(&host);
    card->move(20, 20);
    card->setSlot(rfidSlot(0, 0));
    card->setLinkInfo(linkedInfo(7));
    auto *other = new QWidget(&host);
    other->setGeometry(250, 20, 100, 100);
    host.show();
    REQUIRE(QTest::qWaitForWindowExposed(&host));
    SlotHoverCard popup;
    HoverCardController controller(&popup);
    controller.setShowDelay(20);
    controller.setHideDelay(20);
    controller.watch(card);

    QTest::mouseMove(&host, QPoint(5, 5));
    QTest::mouseMove(card, card->rect().center());
    REQUIRE(Spoolbridge::Test::waitUntil([&] { return popup.isVisible(); }, 2000));
    CHECK(popup.key() == SlotKey {0, 0});
    QTest::mouseMove(other, other->rect().center());
    CHECK(Spoolbridge::Test::waitUntil([&] { return !popup.isVisible(); }, 2000));
}

TEST_CASE("hover card controller: the popup goes with its card, and only with its card")
{
    QWidget host;
    auto *shown = new SlotCard(&host);
    shown->setSlot(rfidSlot(0, 0));
    shown->setLinkInfo(linkedInfo(7));
    auto *other = new SlotCard(&host);
    other->move(200, 0);
    other->setSlot(rfidSlot(0, 1));
    other->setLinkInfo(linkedInfo(8));
    host.show();
    QCursor::setPos(QPoint(3000, 3000));
    SlotHoverCard popup;
    HoverCardController controller(&popup);
    controller.setShowDelay(20);
    controller.watch(shown);
    controller.watch(other);

    shown->setFocus();
    QTest::keyClick(shown, Qt::Key_Return);
    REQUIRE(popup.isVisible());
    REQUIRE(controller.currentCard() == shown);

    // Another card goes away (an AMS unit was removed, say): the popup stays for its own card.
    delete other;
    CHECK(popup.isVisible());
    CHECK(controller.currentCard() == shown);
    CHECK(popup.key() == SlotKey {0, 0});

    // The shown card goes away: the popup must not stay behind, describing a slot that is gone.
    delete shown;
    CHECK_FALSE(popup.isVisible());
    CHECK(controller.currentCard() == nullptr);
}

TEST_CASE("hover card controller: a card deleted during the show delay shows nothing")
{
    QWidget host;
    auto *card = new SlotCard(&host);
    card->setSlot(rfidSlot(0, 0));
    card->setLinkInfo(linkedInfo(7));
    host.show();
    QCursor::setPos(QPoint(3000, 3000));
    SlotHoverCard popup;
    HoverCardController controller(&popup);
    controller.setShowDelay(20);
    controller.watch(card);

    QEnterEvent enter(QPointF(5, 5), QPointF(5, 5), QPointF(5, 5));
    QCoreApplication::sendEvent(card, &enter);
    delete card;
    CHECK_FALSE(Spoolbridge::Test::waitUntil([&] { return popup.isVisible(); }, 150));
    CHECK(controller.currentCard() == nullptr);
}
