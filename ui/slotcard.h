#pragma once

#include "core/printer/printerstate.h"
#include "ui/slotlinkinfo.h"

#include <QWidget>

namespace Spoolbridge::Ui {

// One AMS slot or external spool as a card: colour swatch, material and profile, fill bar,
// Spoolman link badge, active highlight. Empty slots are drawn as a dashed outline. Hovering
// (or Enter/Space when focused) asks the owner to show the SlotHoverCard.
class SlotCard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlotCard)

public:
    explicit SlotCard(QWidget *parent = nullptr);
    ~SlotCard() override;

    // Updates the card in place; repaints only when something visible changed.
    void setSlot(const Slot &slot, bool dualNozzle = false);
    void setLinkInfo(const SlotLinkInfo &info);

    const Slot &slot() const { return m_slot; }
    const SlotLinkInfo &linkInfo() const { return m_link; }
    SlotKey key() const { return {m_slot.unitId, m_slot.slotIndex}; }
    bool isEmpty() const { return !m_slot.present; }
    QString label() const { return m_label; } // "A1", "HT-A", "External L"
    QString badgeText() const; // "Linked", "Unlinked", "Skipped", "" (none shown)
    QString colorName() const; // from Spoolman when linked, else derived from the colour
    QString fillText() const; // "62 %" or "Unknown"

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void hoverStarted(Spoolbridge::Ui::SlotCard *card);
    void hoverEnded(Spoolbridge::Ui::SlotCard *card);
    // Click, Enter, Space or the context-menu key: show details and actions.
    void activated(Spoolbridge::Ui::SlotCard *card);

protected:
    void paintEvent(QPaintEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refreshAccessibility();
    void paintEmpty(QPainter &p, const QRectF &body);
    void paintPresent(QPainter &p, const QRectF &body);
    void paintBadge(QPainter &p, const QRectF &row);
    void paintActiveTab(QPainter &p, const QRectF &body);

    Slot m_slot;
    SlotLinkInfo m_link;
    QString m_label;
    bool m_hovered = false;
};

} // namespace Spoolbridge::Ui
