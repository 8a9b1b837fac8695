#pragma once

#include <QObject>
#include <QPointer>

class QTimer;

namespace Spoolbridge::Ui {

class SlotCard;
class SlotHoverCard;

// Decides when the hover card shows and hides: it appears after a short delay over a SlotCard,
// stays while the pointer is over the card or the popup, follows the pointer to a neighbouring
// card at once, and opens as a keyboard-focusable popup when a card is activated.
class HoverCardController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HoverCardController)

public:
    HoverCardController(SlotHoverCard *popup, QObject *parent = nullptr);
    ~HoverCardController() override;

    void watch(SlotCard *card);
    // Re-reads the shown card's content (after its slot or link changed).
    void refresh();
    void hide();

    SlotCard *currentCard() const;
    SlotHoverCard *popup() const { return m_popup; }
    void setShowDelay(int ms);
    void setHideDelay(int ms);

private:
    void onHoverStarted(SlotCard *card);
    void onHoverEnded(SlotCard *card);
    void onActivated(SlotCard *card);
    void showFor(SlotCard *card, bool interactive);
    void onCardDestroyed(QObject *object);

    SlotHoverCard *m_popup;
    // Held as QObject: destroyed() reaches us while a card is half torn down, when a
    // QPointer<SlotCard> would downcast it (undefined) before it is cleared.
    QPointer<QObject> m_pending;
    QPointer<QObject> m_current;
    QTimer *m_showTimer;
    QTimer *m_hideTimer;
};

} // namespace Spoolbridge::Ui
