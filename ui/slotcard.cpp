#include "ui/slotcard.h"

#include "ui/colornames.h"
#include "ui/labels.h"
#include "ui/theme.h"

#include <QEnterEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace Spoolbridge::Ui {

namespace {

constexpr qreal kTabHeight = 16; // the "In use" tab above the card body
constexpr qreal kRadius = 10;
constexpr qreal kPad = 10;

// The fields a card shows (Slot::operator== lives in the printer module; the card only needs
// to know whether to repaint).
bool sameVisible(const Slot &a, const Slot &b)
{
    return a.unitId == b.unitId && a.slotIndex == b.slotIndex && a.external == b.external && a.present == b.present
        && a.material == b.material && a.profile == b.profile && a.color == b.color && a.colors == b.colors
        && a.remainPercent == b.remainPercent && a.active == b.active && a.isBambuRfid == b.isBambuRfid
        && a.trayUuid == b.trayUuid && a.tagUid == b.tagUid && a.k == b.k && a.presetId == b.presetId;
}

QFont smallFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.85);
    return f;
}

} // namespace

SlotCard::SlotCard(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_Hover);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleDescription(tr("Press Enter to show details and Spoolman actions for this slot."));
    refreshAccessibility();
}

SlotCard::~SlotCard() = default;

void SlotCard::setSlot(const Slot &slot, bool dualNozzle)
{
    const QString label = Labels::slotLabel(slot, dualNozzle);
    if (sameVisible(slot, m_slot) && label == m_label) {
        m_slot = slot; // keep the non-visible fields current (for the hover card)
        return;
    }
    m_slot = slot;
    m_label = label;
    refreshAccessibility();
    update();
}

void SlotCard::setLinkInfo(const SlotLinkInfo &info)
{
    if (info == m_link)
        return;
    m_link = info;
    refreshAccessibility();
    update();
}

QString SlotCard::badgeText() const
{
    if (!m_slot.present)
        return {};
    return Labels::linkStateName(m_link.state);
}

QString SlotCard::colorName() const
{
    if (m_link.state == SlotLinkInfo::Linked && !m_link.colorName.isEmpty())
        return m_link.colorName;
    if (m_slot.colors.size() > 1)
        return tr("Multicolour");
    return ColorNames::nameFor(m_slot.color, m_slot.profile);
}

QString SlotCard::fillText() const
{
    if (!m_slot.remainPercent)
        return tr("Unknown");
    return tr("%1 %").arg(*m_slot.remainPercent);
}

QSize SlotCard::sizeHint() const
{
    QFont bold = font();
    bold.setBold(true);
    const int hBold = QFontMetrics(bold).height();
    const int hSmall = QFontMetrics(smallFont(font())).height();
    const int height = int(kTabHeight / 2 + 3 + 2 * kPad) + hBold * 2 + hSmall * 2 + 52 + 8 + 6 + 8 + 8 + 8;
    return {std::max(108, QFontMetrics(font()).averageCharWidth() * 15), height};
}

QSize SlotCard::minimumSizeHint() const
{
    return sizeHint();
}

void SlotCard::refreshAccessibility()
{
    QStringList parts;
    parts << tr("Slot %1").arg(m_label.isEmpty() ? tr("unknown") : m_label);
    if (!m_slot.present) {
        parts << tr("empty");
    } else {
        parts << Labels::profileName(m_slot);
        const QString colour = colorName();
        if (!colour.isEmpty())
            parts << colour;
        parts << (m_slot.remainPercent ? tr("%1 percent left").arg(*m_slot.remainPercent)
                                       : tr("remaining amount unknown"));
        switch (m_link.state) {
        case SlotLinkInfo::Linked:
            parts << tr("linked to Spoolman spool %1").arg(m_link.spoolId);
            break;
        case SlotLinkInfo::Unlinked:
            parts << tr("not linked to Spoolman");
            break;
        case SlotLinkInfo::Skipped:
            parts << tr("skipped by sync");
            break;
        case SlotLinkInfo::Unknown:
            break;
        }
        if (m_slot.active)
            parts << tr("in use");
    }
    setAccessibleName(parts.join(QStringLiteral(", ")));
}

void SlotCard::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF body = QRectF(rect()).adjusted(1.5, kTabHeight / 2 + 1.5, -1.5, -1.5);
    if (m_slot.present)
        paintPresent(p, body);
    else
        paintEmpty(p, body);

    if (hasFocus()) {
        QPen focus(palette().color(QPalette::Highlight), 2, Qt::DotLine);
        p.setPen(focus);
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(body.adjusted(3, 3, -3, -3), kRadius - 3, kRadius - 3);
    }
}

void SlotCard::paintEmpty(QPainter &p, const QRectF &body)
{
    const QPalette &pal = palette();
    const QColor muted = Theme::mutedText(pal);
    QPen dashed(Theme::cardBorder(pal), 1.5, Qt::DashLine);
    dashed.setDashPattern({4, 3});
    p.setPen(dashed);
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(body, kRadius, kRadius);

    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(muted);
    const QFontMetrics fm(bold);
    p.drawText(QRectF(body.left() + 8, body.top() + kPad, body.width() - 16, fm.height()),
        Qt::AlignLeft | Qt::AlignVCenter, m_label);

    const qreal swatch = 52;
    const QRectF circle(body.center().x() - swatch / 2, body.top() + kPad + fm.height() + 8, swatch, swatch);
    p.setPen(dashed);
    p.drawEllipse(circle);
    p.setFont(font());
    p.drawText(QRectF(body.left(), circle.bottom() + 8, body.width(), QFontMetrics(font()).height()), Qt::AlignCenter,
        tr("Empty"));
}

void SlotCard::paintPresent(QPainter &p, const QRectF &body)
{
    const QPalette &pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor muted = Theme::mutedText(pal);
    const QColor highlight = pal.color(QPalette::Highlight);

    // Card body.
    QColor background = Theme::cardBackground(pal);
    if (m_slot.active) {
        QColor tint = highlight;
        tint.setAlphaF(Theme::isDark(pal) ? 0.18 : 0.08);
        p.setPen(Qt::NoPen);
        p.setBrush(background);
        p.drawRoundedRect(body, kRadius, kRadius);
        background = tint;
    }
    if (m_hovered && !m_slot.active)
        background = Theme::isDark(pal) ? background.lighter(112) : background.darker(103);
    p.setBrush(background);
    p.setPen(m_slot.active ? QPen(highlight, 2) : QPen(Theme::cardBorder(pal), 1));
    p.drawRoundedRect(body, kRadius, kRadius);

    // Header: slot label left, link badge right.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fmBold(bold);
    const QRectF header(body.left() + 8, body.top() + kPad, body.width() - 16, fmBold.height());
    p.setFont(bold);
    p.setPen(text);
    p.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, m_label);
    paintBadge(p, header);

    // Swatch.
    const qreal swatch = 52;
    const QRectF swatchRect(body.center().x() - swatch / 2, header.bottom() + 8, swatch, swatch);
    QStringList colors = m_slot.colors;
    if (colors.size() <= 1)
        colors = m_slot.color.isEmpty() ? QStringList() : QStringList {m_slot.color};
    Theme::paintSwatch(p, swatchRect, colors, pal);

    // Material and profile / colour.
    const QRectF textArea(body.left() + 6, swatchRect.bottom() + 6, body.width() - 12, 0);
    p.setFont(bold);
    p.setPen(text);
    const QString material = m_slot.material.isEmpty() ? tr("Unknown") : m_slot.material;
    p.drawText(QRectF(textArea.left(), textArea.top(), textArea.width(), fmBold.height()), Qt::AlignCenter,
        fmBold.elidedText(material, Qt::ElideRight, int(textArea.width())));
    const QFont small = smallFont(font());
    const QFontMetrics fmSmall(small);
    p.setFont(small);
    p.setPen(muted);
    QString detail = m_slot.profile.isEmpty() || m_slot.profile == m_slot.material ? colorName() : m_slot.profile;
    if (detail.isEmpty())
        detail = tr("No profile");
    const qreal detailTop = textArea.top() + fmBold.height();
    p.drawText(QRectF(textArea.left(), detailTop, textArea.width(), fmSmall.height()), Qt::AlignCenter,
        fmSmall.elidedText(detail, Qt::ElideRight, int(textArea.width())));

    // Fill bar and its text.
    const QRectF bar(body.left() + kPad, body.bottom() - kPad - fmSmall.height() - 8, body.width() - 2 * kPad, 6);
    p.setPen(Qt::NoPen);
    p.setBrush(Theme::trackColor(pal));
    p.drawRoundedRect(bar, 3, 3);
    if (m_slot.remainPercent) {
        const int pct = qBound(0, *m_slot.remainPercent, 100);
        if (pct > 0) {
            QRectF filled = bar;
            filled.setWidth(qMax<qreal>(bar.height(), bar.width() * pct / 100.0));
            p.setBrush(Theme::fillColor(pal, pct));
            p.drawRoundedRect(filled, 3, 3);
        }
    } else {
        // Unknown fill: a hatched bar says "we cannot tell" rather than "empty".
        p.setBrush(QBrush(Theme::mutedText(pal), Qt::BDiagPattern));
        p.drawRoundedRect(bar, 3, 3);
    }
    p.setFont(small);
    p.setPen(muted);
    p.drawText(QRectF(bar.left(), bar.bottom() + 3, bar.width(), fmSmall.height()), Qt::AlignCenter, fillText());

    if (m_slot.active)
        paintActiveTab(p, body);
}

void SlotCard::paintBadge(QPainter &p, const QRectF &row)
{
    const QString text = badgeText();
    if (text.isEmpty())
        return;
    const QColor color = Theme::statusColor(palette(), m_link.state);
    QFont f = smallFont(font());
    f.setBold(true);
    const QFontMetrics fm(f);
    QFont bold = font();
    bold.setBold(true);
    const qreal labelWidth = QFontMetrics(bold).horizontalAdvance(m_label) + 4;
    const qreal h = fm.height() + 2;
    qreal w = fm.horizontalAdvance(text) + 12;
    const bool compact = labelWidth + w > row.width();
    if (compact)
        w = h; // no room next to a long label ("External L"): a dot with the state's icon
    const QRectF pill(row.right() - w, row.center().y() - h / 2, w, h);
    p.setFont(f);
    const bool outlined = m_link.state == SlotLinkInfo::Unlinked; // "needs attention" without shouting
    p.setPen(outlined ? QPen(color, 1.2) : Qt::NoPen);
    p.setBrush(outlined ? QBrush(Qt::NoBrush) : QBrush(color));
    p.drawRoundedRect(outlined ? pill.adjusted(0.6, 0.6, -0.6, -0.6) : pill, h / 2, h / 2);
    const QColor fg = outlined ? color : Theme::textOn(color);
    if (compact) {
        const QString icon = m_link.state == SlotLinkInfo::Linked ? QStringLiteral("link")
            : m_link.state == SlotLinkInfo::Unlinked              ? QStringLiteral("unlink")
                                                                  : QStringLiteral("skip");
        const int size = int(h) - 6;
        p.drawPixmap(QPointF(pill.center().x() - size / 2.0, pill.center().y() - size / 2.0),
            Theme::pixmap(icon, fg, size, devicePixelRatioF()));
        return;
    }
    p.setPen(fg);
    p.drawText(pill, Qt::AlignCenter, text);
}

void SlotCard::paintActiveTab(QPainter &p, const QRectF &body)
{
    const QColor highlight = palette().color(QPalette::Highlight);
    QFont f = smallFont(font());
    f.setBold(true);
    const QFontMetrics fm(f);
    const QString text = tr("In use");
    const qreal w = fm.horizontalAdvance(text) + 14;
    const QRectF tab(body.center().x() - w / 2, body.top() - kTabHeight / 2, w, kTabHeight);
    p.setPen(Qt::NoPen);
    p.setBrush(highlight);
    p.drawRoundedRect(tab, kTabHeight / 2, kTabHeight / 2);
    p.setFont(f);
    p.setPen(palette().color(QPalette::HighlightedText));
    p.drawText(tab, Qt::AlignCenter, text);
}

void SlotCard::enterEvent(QEnterEvent *event)
{
    m_hovered = true;
    update();
    Q_EMIT hoverStarted(this);
    QWidget::enterEvent(event);
}

void SlotCard::leaveEvent(QEvent *event)
{
    m_hovered = false;
    update();
    Q_EMIT hoverEnded(this);
    QWidget::leaveEvent(event);
}

void SlotCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (rect().contains(event->position().toPoint()) && event->button() == Qt::LeftButton)
        Q_EMIT activated(this);
    QWidget::mouseReleaseEvent(event);
}

void SlotCard::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
    case Qt::Key_Menu:
        Q_EMIT activated(this);
        event->accept();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void SlotCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

} // namespace Spoolbridge::Ui
