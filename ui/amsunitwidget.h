#pragma once

#include "core/printer/printerstate.h"

#include <QFrame>

class QHBoxLayout;
class QLabel;

namespace Spoolbridge::Ui {

class SlotCard;

// One AMS unit (or the printer's external spool holder): a header with type and letter,
// humidity, temperature, drying state and the nozzle it feeds, then a row of SlotCards.
// setUnit() updates the existing cards in place.
class AmsUnitWidget final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AmsUnitWidget)

public:
    explicit AmsUnitWidget(QWidget *parent = nullptr);
    ~AmsUnitWidget() override;

    void setUnit(const AmsUnit &unit, bool dualNozzle);
    // The external spool holder: one card per external spool (254/255).
    void setExternalSlots(const QList<Slot> &slots, bool dualNozzle);

    int unitId() const { return m_unitId; } // -1 for the external holder
    SlotCard *card(int slotIndex) const; // external: slotIndex = unit id 254/255
    QList<SlotCard *> cards() const { return m_cards; }

    QString title() const;
    QString humidityText() const; // "" when not reported
    QString temperatureText() const;
    QString dryingText() const;
    QString nozzleText() const;

Q_SIGNALS:
    void cardAdded(Spoolbridge::Ui::SlotCard *card);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Chip {
        QWidget *box = nullptr;
        QLabel *icon = nullptr;
        QLabel *text = nullptr;
        QString iconName;
    };
    Chip makeChip(const QString &iconName, const QString &accessibleName);
    void setChip(Chip &chip, const QString &text, const QString &toolTip);
    void refreshIcons();
    void syncCards(const QList<Slot> &slots, bool dualNozzle, bool external);

    int m_unitId = -1;
    QLabel *m_title = nullptr;
    Chip m_humidity;
    Chip m_temperature;
    Chip m_drying;
    Chip m_nozzle;
    QHBoxLayout *m_cardRow = nullptr;
    QList<SlotCard *> m_cards;
};

} // namespace Spoolbridge::Ui
