#include "ui/views/swatchdelegate.h"

#include "ui/theme.h"

#include <QApplication>
#include <QPainter>

namespace Spoolbridge::Ui {

namespace {
constexpr int kSwatch = 18;
constexpr int kGap = 6;
} // namespace

SwatchDelegate::SwatchDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void SwatchDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QStringList colors = index.data(ColorsRole).toStringList();
    if (colors.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QRect r = opt.rect.adjusted(4, 0, -4, 0);
    const QRectF swatch(r.left(), r.center().y() - kSwatch / 2.0 + 0.5, kSwatch, kSwatch);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    Theme::paintSwatch(*painter, swatch, colors, opt.palette);
    painter->restore();

    const QRect textRect = r.adjusted(kSwatch + kGap, 0, 0, 0);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(
        textRect, Qt::AlignVCenter | Qt::AlignLeft, opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize SwatchDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + kSwatch + kGap);
    size.setHeight(std::max(size.height(), kSwatch + 8));
    return size;
}

BarDelegate::BarDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void BarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant fractionValue = index.data(FractionRole);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool low = index.data(LowRole).toBool();
    const bool selected = opt.state & QStyle::State_Selected;
    const QRect r = opt.rect.adjusted(6, 3, -6, -3);
    painter->save();
    QFont font = opt.font;
    font.setBold(low);
    painter->setFont(font);
    QColor textColor = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    if (low && !selected)
        textColor = Theme::fillColor(opt.palette, 0);
    painter->setPen(textColor);
    const QRect textRect(r.left(), r.top(), r.width(), r.height() - 6);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, text);
    if (fractionValue.isValid()) {
        const double fraction = std::clamp(fractionValue.toDouble(), 0.0, 1.0);
        const QRectF track(r.left(), r.bottom() - 4, r.width(), 4);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(Theme::trackColor(opt.palette));
        painter->drawRoundedRect(track, 2, 2);
        QRectF fill = track;
        fill.setWidth(track.width() * fraction);
        painter->setBrush(Theme::fillColor(opt.palette, low ? 0 : int(fraction * 100)));
        painter->drawRoundedRect(fill, 2, 2);
    }
    painter->restore();
}

QSize BarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 120));
    size.setHeight(size.height() + 8);
    return size;
}

} // namespace Spoolbridge::Ui
