#pragma once

#include "ui/views/inventoryrow.h"
#include "ui/views/wordfilterproxy.h"

#include <QAbstractTableModel>

namespace Spoolbridge::Ui {

// Inventory rows as a table; remaining weight carries a fill fraction and a low-stock flag.
class InventoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryModel)

public:
    enum Column {
        SpoolColumn,
        MaterialColumn,
        VendorColumn,
        LoadedColumn,
        RemainingColumn,
        LocationColumn,
        ColumnCount,
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        LoadedRole, // bool
        LowRole, // bool
        SpoolIdRole,
    };

    explicit InventoryModel(QObject *parent = nullptr);

    void setRows(const QList<InventoryRow> &rows);
    const QList<InventoryRow> &rows() const { return m_rows; }
    void setLowStockThreshold(int grams);
    int lowStockThreshold() const { return m_threshold; }
    bool isLow(const InventoryRow &row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<InventoryRow> m_rows;
    int m_threshold = 100;
};

// Text filter over every column plus "loaded only" and "low only" switches.
class InventoryProxy final : public WordFilterProxy
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryProxy)

public:
    explicit InventoryProxy(QObject *parent = nullptr);
    void setLoadedOnly(bool on);
    void setLowOnly(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_loadedOnly = false;
    bool m_lowOnly = false;
};

} // namespace Spoolbridge::Ui
