#pragma once

#include <QStyledItemDelegate>

namespace Spoolbridge::Ui {

// Paints a printer in the sidebar: connection dot, name, model and job line, and a thin
// progress bar while a job runs. Reads the PrinterListDelegate::Role values of the item.
class PrinterListDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrinterListDelegate)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // QString printer id
        ModelRole, // QString model name
        ConnectionRole, // int (ConnectionState)
        JobLineRole, // QString "Printing · 45 %"
        ProgressRole, // int 0-100, -1 = no job running
    };

    explicit PrinterListDelegate(QObject *parent = nullptr);
    ~PrinterListDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Spoolbridge::Ui
