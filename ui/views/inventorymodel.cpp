#include "ui/views/inventorymodel.h"

#include "ui/views/spoolrowtext.h"
#include "ui/views/swatchdelegate.h"

namespace Spoolbridge::Ui {

InventoryModel::InventoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void InventoryModel::setRows(const QList<InventoryRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void InventoryModel::setLowStockThreshold(int grams)
{
    m_threshold = grams;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool InventoryModel::isLow(const InventoryRow &row) const
{
    return row.remainingG && m_threshold > 0 && *row.remainingG < m_threshold;
}

int InventoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InventoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InventoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const InventoryRow &row = m_rows.at(index.row());
    const bool loaded = !row.printerName.isEmpty();
    const bool low = isLow(row);
    if (role == LoadedRole)
        return loaded;
    if (role == LowRole || role == BarDelegate::LowRole)
        return low;
    if (role == SpoolIdRole)
        return row.spoolId;
    switch (index.column()) {
    case SpoolColumn: {
        const QString title = SpoolRowText::title(row.spoolId, row.name);
        if (role == Qt::DisplayRole)
            return title;
        if (role == SortRole)
            return row.spoolId;
        if (role == SwatchDelegate::ColorsRole) {
            const QStringList colors = SpoolRowText::colors(row.colorHex, row.multiColorHexes);
            return colors.isEmpty() ? QVariant() : QVariant(colors);
        }
        if (role == Qt::ToolTipRole)
            return row.colorHex.isEmpty() ? title : tr("%1 · #%2").arg(title, row.colorHex.left(6));
        break;
    }
    case MaterialColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return row.material;
        break;
    case VendorColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return row.vendor;
        break;
    case LoadedColumn:
        if (role == Qt::DisplayRole)
            return loaded ? tr("%1 · %2").arg(row.printerName, row.slotLabel) : tr("Not loaded");
        if (role == SortRole)
            return loaded ? row.printerName + QLatin1Char('\x01') + row.slotLabel : QString(QChar(0xFFFF));
        if (role == Qt::ForegroundRole && !loaded)
            return QVariant(); // the view dims it through the font below
        if (role == Qt::FontRole && !loaded) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        break;
    case RemainingColumn:
        if (role == Qt::DisplayRole) {
            const QString grams = SpoolRowText::grams(row.remainingG);
            return low ? tr("%1 · low").arg(grams) : grams;
        }
        if (role == SortRole)
            return row.remainingG.value_or(-1);
        if (role == BarDelegate::FractionRole && row.remainingG && row.initialG && *row.initialG > 0)
            return *row.remainingG / *row.initialG;
        if (role == Qt::ToolTipRole && low)
            return tr("Below the low-stock threshold of %1 g.").arg(m_threshold);
        break;
    case LocationColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return row.location;
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant InventoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QStringList titles {
        tr("Spool"), tr("Material"), tr("Vendor"), tr("Loaded in"), tr("Remaining"), tr("Location")}; // in Column order
    return section >= 0 && section < titles.size() ? QVariant(titles.at(section)) : QVariant();
}

InventoryProxy::InventoryProxy(QObject *parent)
    : WordFilterProxy(InventoryModel::SortRole, parent)
{ }

void InventoryProxy::setLoadedOnly(bool on)
{
    m_loadedOnly = on;
    invalidateFilter();
}

void InventoryProxy::setLowOnly(bool on)
{
    m_lowOnly = on;
    invalidateFilter();
}

bool InventoryProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_loadedOnly && !first.data(InventoryModel::LoadedRole).toBool())
        return false;
    if (m_lowOnly && !first.data(InventoryModel::LowRole).toBool())
        return false;
    return acceptsFilterText(sourceRow, sourceParent);
}

} // namespace Spoolbridge::Ui
