#pragma once

#include "ui/views/inventoryrow.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace Spoolbridge::Ui {

class EmptyState;
class InventoryModel;
class InventoryProxy;

// The Inventory tab: every spool Spoolbridge knows, what is loaded where, remaining grams with
// a bar and low-stock marks; sortable by any column, filterable by text, "loaded only" and
// "low only".
class InventoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryView)

public:
    explicit InventoryView(QWidget *parent = nullptr);
    ~InventoryView() override;

    void setRows(const QList<InventoryRow> &rows);
    void setLowStockThreshold(int grams);

    InventoryModel *model() const { return m_model; }
    InventoryProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QCheckBox *loadedOnlyBox() const { return m_loadedOnly; }
    QCheckBox *lowOnlyBox() const { return m_lowOnly; }

Q_SIGNALS:
    // Enter or double-click on a row.
    void spoolActivated(int spoolId);

private:
    void updateSummary();

    InventoryModel *m_model = nullptr;
    InventoryProxy *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_loadedOnly = nullptr;
    QCheckBox *m_lowOnly = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
};

} // namespace Spoolbridge::Ui
