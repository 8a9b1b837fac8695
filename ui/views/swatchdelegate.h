#pragma once

#include <QStyledItemDelegate>

namespace Spoolbridge::Ui {

// Paints a filament swatch (Theme::paintSwatch) in front of the cell's text. The colours come
// from SwatchDelegate::ColorsRole (a QStringList of hex colours, RRGGBB or RRGGBBAA); cells
// without colours are painted as usual.
class SwatchDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SwatchDelegate)

public:
    static constexpr int ColorsRole = Qt::UserRole + 100;

    explicit SwatchDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// Paints a remaining-weight bar under the cell's text: the fraction comes from
// BarDelegate::FractionRole (0…1, absent = no bar), the colour from Theme::fillColor, and
// BarDelegate::LowRole (bool) draws the text in bold with a warning colour.
class BarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BarDelegate)

public:
    static constexpr int FractionRole = Qt::UserRole + 101;
    static constexpr int LowRole = Qt::UserRole + 102;

    explicit BarDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Spoolbridge::Ui
