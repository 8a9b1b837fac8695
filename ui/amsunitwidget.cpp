#include "ui/amsunitwidget.h"

#include "ui/labels.h"
#include "ui/slotcard.h"
#include "ui/theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QVBoxLayout>

namespace Spoolbridge::Ui {

AmsUnitWidget::AmsUnitWidget(QWidget *parent)
    : QFrame(parent)
{
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);

    auto *header = new QHBoxLayout;
    header->setSpacing(14);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    header->addWidget(m_title);
    header->addStretch(1);
    m_humidity = makeChip(QStringLiteral("humidity"), tr("Humidity"));
    m_temperature = makeChip(QStringLiteral("temperature"), tr("Temperature"));
    m_drying = makeChip(QStringLiteral("drying"), tr("Drying"));
    m_nozzle = makeChip(QStringLiteral("nozzle"), tr("Feeds nozzle"));
    for (const Chip *chip : {&m_drying, &m_humidity, &m_temperature, &m_nozzle})
        header->addWidget(chip->box);
    layout->addLayout(header);

    m_cardRow = new QHBoxLayout;
    m_cardRow->setSpacing(8);
    m_cardRow->addStretch(1);
    layout->addLayout(m_cardRow);
    refreshIcons();
}

AmsUnitWidget::~AmsUnitWidget() = default;

AmsUnitWidget::Chip AmsUnitWidget::makeChip(const QString &iconName, const QString &accessibleName)
{
    Chip chip;
    chip.iconName = iconName;
    chip.box = new QWidget(this);
    chip.box->setAccessibleName(accessibleName);
    auto *l = new QHBoxLayout(chip.box);
    l->setContentsMargins(0, 0, 0, 0);
    l->setSpacing(4);
    chip.icon = new QLabel(chip.box);
    chip.icon->setFixedSize(16, 16);
    chip.text = new QLabel(chip.box);
    l->addWidget(chip.icon);
    l->addWidget(chip.text);
    chip.box->hide();
    return chip;
}

void AmsUnitWidget::setChip(Chip &chip, const QString &text, const QString &toolTip)
{
    chip.text->setText(text);
    chip.box->setToolTip(toolTip);
    chip.box->setAccessibleDescription(toolTip.isEmpty() ? text : toolTip);
    chip.box->setVisible(!text.isEmpty());
}

void AmsUnitWidget::refreshIcons()
{
    const QPalette &pal = palette();
    const qreal dpr = devicePixelRatioF();
    for (Chip *chip : {&m_humidity, &m_temperature, &m_nozzle}) {
        chip->icon->setPixmap(Theme::pixmap(chip->iconName, Theme::mutedText(pal), 16, dpr));
        chip->text->setForegroundRole(QPalette::WindowText);
    }
    const QColor dryingColor = Theme::fillColor(pal, 20); // amber: something is going on
    m_drying.icon->setPixmap(Theme::pixmap(m_drying.iconName, dryingColor, 16, dpr));
}

void AmsUnitWidget::setUnit(const AmsUnit &unit, bool dualNozzle)
{
    m_unitId = unit.id;
    m_title->setText(Labels::unitTitle(unit));
    setAccessibleName(Labels::unitTitle(unit));

    // The AMS Lite is open and has no humidity sensor, whatever the report says.
    const bool hasSensor = unit.type != UnitType::AmsLite;
    if (hasSensor && (unit.humidityLevel > 0 || unit.humidityPercent)) {
        QString text;
        if (unit.humidityLevel > 0 && unit.humidityPercent)
            text = tr("%1/5 · %2 %").arg(unit.humidityLevel).arg(*unit.humidityPercent);
        else if (unit.humidityLevel > 0)
            text = tr("%1/5").arg(unit.humidityLevel);
        else
            text = tr("%1 %").arg(*unit.humidityPercent);
        setChip(m_humidity, text,
            unit.humidityLevel > 0 ? tr("Humidity level %1 of 5 (5 = driest)").arg(unit.humidityLevel)
                                   : tr("Relative humidity"));
    } else {
        setChip(m_humidity, {}, {});
    }
    if (unit.temperatureC && *unit.temperatureC > 0.0)
        setChip(m_temperature, tr("%1 °C").arg(QLocale().toString(*unit.temperatureC, 'f', 0)), tr("Temperature"));
    else
        setChip(m_temperature, {}, {});
    if (unit.drying) {
        setChip(m_drying,
            unit.dryMinutesLeft > 0 ? tr("Drying · %1 left").arg(Labels::durationText(unit.dryMinutesLeft))
                                    : tr("Drying"),
            tr("The unit is drying its filament"));
    } else {
        setChip(m_drying, {}, {});
    }
    const QString nozzle = dualNozzle ? Labels::extruderName(unit.extruder) : QString();
    setChip(m_nozzle, nozzle, tr("This unit feeds the %1").arg(nozzle.toLower()));

    syncCards(unit.slots, dualNozzle, false);
}

void AmsUnitWidget::setExternalSlots(const QList<Slot> &slots, bool dualNozzle)
{
    m_unitId = -1;
    const QString title = slots.size() > 1 ? tr("External spools") : tr("External spool");
    m_title->setText(title);
    setAccessibleName(title);
    for (Chip *chip : {&m_humidity, &m_temperature, &m_drying, &m_nozzle})
        setChip(*chip, {}, {});
    syncCards(slots, dualNozzle, true);
}

void AmsUnitWidget::syncCards(const QList<Slot> &slots, bool dualNozzle, bool external)
{
    // Keep existing cards (pointer identity matters for focus, hover and tests); add or
    // remove only when the number of slots changes.
    while (m_cards.size() > slots.size()) {
        SlotCard *card = m_cards.takeLast();
        m_cardRow->removeWidget(card);
        card->deleteLater();
    }
    while (m_cards.size() < slots.size()) {
        auto *card = new SlotCard(this);
        m_cardRow->insertWidget(int(m_cards.size()), card);
        m_cards.append(card);
        Q_EMIT cardAdded(card);
    }
    for (int i = 0; i < slots.size(); ++i) {
        Slot slot = slots.at(i);
        if (external)
            slot.external = true;
        m_cards.at(i)->setSlot(slot, dualNozzle);
    }
}

SlotCard *AmsUnitWidget::card(int slotIndex) const
{
    for (SlotCard *c : m_cards) {
        if (m_unitId < 0 ? c->slot().unitId == slotIndex : c->slot().slotIndex == slotIndex)
            return c;
    }
    return nullptr;
}

QString AmsUnitWidget::title() const
{
    return m_title->text();
}

QString AmsUnitWidget::humidityText() const
{
    return m_humidity.box->isVisibleTo(this) ? m_humidity.text->text() : QString();
}

QString AmsUnitWidget::temperatureText() const
{
    return m_temperature.box->isVisibleTo(this) ? m_temperature.text->text() : QString();
}

QString AmsUnitWidget::dryingText() const
{
    return m_drying.box->isVisibleTo(this) ? m_drying.text->text() : QString();
}

QString AmsUnitWidget::nozzleText() const
{
    return m_nozzle.box->isVisibleTo(this) ? m_nozzle.text->text() : QString();
}

void AmsUnitWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    QColor panel = pal.color(QPalette::Window);
    panel = Theme::isDark(pal) ? panel.lighter(115) : panel.darker(103);
    p.setPen(QPen(Theme::cardBorder(pal), 1));
    p.setBrush(panel);
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 12, 12);
}

void AmsUnitWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_nozzle.icon)
        refreshIcons();
    QFrame::changeEvent(event);
}

} // namespace Spoolbridge::Ui
