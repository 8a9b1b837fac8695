#include "ui/hovercardcontroller.h"

#include "ui/slotcard.h"
#include "ui/slothovercard.h"

#include <QTimer>

namespace Spoolbridge::Ui {

HoverCardController::HoverCardController(SlotHoverCard *popup, QObject *parent)
    : QObject(parent)
    , m_popup(popup)
    , m_showTimer(new QTimer(this))
    , m_hideTimer(new QTimer(this))
{
    m_showTimer->setSingleShot(true);
    m_showTimer->setInterval(450);
    m_hideTimer->setSingleShot(true);
    m_hideTimer->setInterval(300); // time to move the pointer from the card onto the popup
    connect(m_showTimer, &QTimer::timeout, this, [this] {
        if (m_pending)
            showFor(static_cast<SlotCard *>(m_pending.data()), false);
    });
    connect(m_hideTimer, &QTimer::timeout, this, [this] {
        const SlotCard *card = currentCard();
        if (m_popup->isInteractive() || m_popup->underMouse() || (card != nullptr && card->underMouse()))
            return;
        hide();
    });
    connect(m_popup, &SlotHoverCard::pointerEntered, m_hideTimer, &QTimer::stop);
    connect(m_popup, &SlotHoverCard::pointerLeft, this, [this] {
        if (!m_popup->isInteractive())
            m_hideTimer->start();
    });
}

HoverCardController::~HoverCardController() = default;

void HoverCardController::setShowDelay(int ms)
{
    m_showTimer->setInterval(ms);
}

void HoverCardController::setHideDelay(int ms)
{
    m_hideTimer->setInterval(ms);
}

void HoverCardController::watch(SlotCard *card)
{
    connect(card, &SlotCard::hoverStarted, this, &HoverCardController::onHoverStarted);
    connect(card, &SlotCard::hoverEnded, this, &HoverCardController::onHoverEnded);
    connect(card, &SlotCard::activated, this, &HoverCardController::onActivated);
    connect(card, &QObject::destroyed, this, &HoverCardController::onCardDestroyed);
}

SlotCard *HoverCardController::currentCard() const
{
    return static_cast<SlotCard *>(m_current.data());
}

void HoverCardController::onCardDestroyed(QObject *object)
{
    // QWidget emits destroyed() from its own destructor: the SlotCard part is already gone and
    // the QPointers are not cleared yet. Compare addresses as QObject only; casting `object`
    // back to a SlotCard here would be undefined behaviour.
    if (object == m_pending.data()) {
        m_showTimer->stop();
        m_pending = nullptr;
    }
    if (object == m_current.data())
        hide(); // the popup must not outlive the card it describes
}

void HoverCardController::refresh()
{
    const SlotCard *card = currentCard();
    if (card != nullptr && m_popup->isVisible())
        m_popup->setContent(card->slot(), card->label(), card->linkInfo());
}

void HoverCardController::hide()
{
    m_showTimer->stop();
    m_hideTimer->stop();
    m_popup->hide();
    m_current = nullptr;
}

void HoverCardController::onHoverStarted(SlotCard *card)
{
    m_hideTimer->stop();
    m_pending = card;
    if (m_popup->isVisible() && !m_popup->isInteractive() && m_current != card) {
        showFor(card, false); // moving along a row of cards: follow at once
        return;
    }
    if (!m_popup->isVisible())
        m_showTimer->start();
}

void HoverCardController::onHoverEnded(SlotCard *card)
{
    if (m_pending == card) {
        m_pending = nullptr;
        m_showTimer->stop();
    }
    if (m_popup->isVisible() && !m_popup->isInteractive())
        m_hideTimer->start();
}

void HoverCardController::onActivated(SlotCard *card)
{
    m_showTimer->stop();
    showFor(card, true);
}

void HoverCardController::showFor(SlotCard *card, bool interactive)
{
    m_current = card;
    m_popup->setContent(card->slot(), card->label(), card->linkInfo());
    m_popup->showFor(card, interactive);
}

} // namespace Spoolbridge::Ui
