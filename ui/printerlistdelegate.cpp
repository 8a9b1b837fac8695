#include "ui/printerlistdelegate.h"

#include "ui/slotlinkinfo.h"
#include "ui/theme.h"

#include <QApplication>
#include <QPainter>

namespace Spoolbridge::Ui {

namespace {
constexpr int kPadX = 14;
constexpr int kPadY = 10;
constexpr int kDot = 10;
} // namespace

PrinterListDelegate::PrinterListDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

PrinterListDelegate::~PrinterListDelegate() = default;

QSize PrinterListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return {200, kPadY * 2 + fm.height() * 2 + 4 + 4 + 4};
}

void PrinterListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &pal = option.palette;
    const QColor text = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(selected ? 0.85 : 0.62);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect.adjusted(kPadX, kPadY, -kPadX, -kPadY);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics fmBold(bold);
    const QFontMetrics fm(option.font);

    const auto state = static_cast<ConnectionState>(index.data(ConnectionRole).toInt());
    QColor dot = Theme::connectionColor(pal, state);
    if (selected && state == ConnectionState::Disconnected)
        dot = muted;
    painter->setPen(selected ? QPen(pal.color(QPalette::HighlightedText), 1.5) : Qt::NoPen);
    painter->setBrush(dot);
    painter->drawEllipse(QRectF(r.left(), r.top() + (fmBold.height() - kDot) / 2.0, kDot, kDot));

    const int textLeft = r.left() + kDot + 10;
    const int textWidth = r.right() - textLeft;
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(QRect(textLeft, r.top(), textWidth, fmBold.height()), Qt::AlignLeft | Qt::AlignVCenter,
        fmBold.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, textWidth));

    QStringList second;
    const QString model = index.data(ModelRole).toString();
    if (!model.isEmpty())
        second << model;
    const QString job = index.data(JobLineRole).toString();
    if (!job.isEmpty())
        second << job;
    painter->setFont(option.font);
    painter->setPen(muted);
    painter->drawText(QRect(textLeft, r.top() + fmBold.height() + 2, textWidth, fm.height()),
        Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(second.join(QStringLiteral(" · ")), Qt::ElideRight, textWidth));

    const int progress = index.data(ProgressRole).isValid() ? index.data(ProgressRole).toInt() : -1;
    if (progress >= 0) {
        const QRectF track(textLeft, r.bottom() - 3, textWidth, 4);
        QColor trackColor = muted;
        trackColor.setAlphaF(0.25);
        painter->setPen(Qt::NoPen);
        painter->setBrush(trackColor);
        painter->drawRoundedRect(track, 2, 2);
        QRectF done = track;
        done.setWidth(track.width() * qBound(0, progress, 100) / 100.0);
        painter->setBrush(selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Highlight));
        painter->drawRoundedRect(done, 2, 2);
    }
    painter->restore();
}

} // namespace Spoolbridge::Ui
