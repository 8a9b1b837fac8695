#include "ui/dialogs/unlinkedspoolmodel.h"

#include "ui/views/swatchdelegate.h"

#include <QColor>
#include <QLocale>

#include <cmath>

namespace Spoolbridge::Ui {

namespace {

QString spoolTitle(const Spool &spool)
{
    const QString name = spool.filament.name.value_or(QString());
    return name.isEmpty() ? UnlinkedSpoolModel::tr("Spool #%1").arg(spool.id)
                          : UnlinkedSpoolModel::tr("#%1 %2").arg(spool.id).arg(name);
}

QStringList spoolColors(const Spool &spool)
{
    if (spool.filament.multiColorHexes && !spool.filament.multiColorHexes->isEmpty())
        return spool.filament.multiColorHexes->split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (spool.filament.colorHex && !spool.filament.colorHex->isEmpty())
        return {*spool.filament.colorHex};
    return {};
}

} // namespace

UnlinkedSpoolModel::UnlinkedSpoolModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void UnlinkedSpoolModel::setSpools(const QList<Spool> &spools)
{
    beginResetModel();
    m_spools = spools;
    endResetModel();
}

void UnlinkedSpoolModel::setSlotFilament(const QString &material, const QString &colorHex)
{
    beginResetModel();
    m_material = material.trimmed();
    m_colorHex = colorHex;
    endResetModel();
}

QString UnlinkedSpoolModel::normalizedHex(const QString &hex)
{
    QString h = hex.trimmed();
    if (h.startsWith(QLatin1Char('#')))
        h.remove(0, 1);
    if (h.size() == 8)
        h.truncate(6);
    if (h.size() != 6)
        return QString();
    const QColor c(QLatin1Char('#') + h);
    return c.isValid() ? c.name(QColor::HexRgb).toUpper() : QString();
}

bool UnlinkedSpoolModel::similarColors(const QString &a, const QString &b)
{
    const QString na = normalizedHex(a), nb = normalizedHex(b);
    if (na.isEmpty() || nb.isEmpty())
        return false;
    const QColor ca(na), cb(nb);
    // Weighted RGB distance ("redmean"); under 90 keeps shades of one colour together (black and
    // charcoal, white and ivory) while neighbouring hues stay apart.
    const double rMean = (ca.red() + cb.red()) / 2.0;
    const double dr = ca.red() - cb.red(), dg = ca.green() - cb.green(), db = ca.blue() - cb.blue();
    const double distance = std::sqrt((2 + rMean / 256) * dr * dr + 4 * dg * dg + (2 + (255 - rMean) / 256) * db * db);
    return distance < 90;
}

int UnlinkedSpoolModel::matchScore(const Spool &spool) const
{
    if (m_material.isEmpty())
        return 0;
    const QString material = spool.filament.material.value_or(QString()).trimmed();
    if (material.compare(m_material, Qt::CaseInsensitive) != 0)
        return 0;
    for (const QString &c : spoolColors(spool)) {
        if (similarColors(c, m_colorHex))
            return 2;
    }
    return 1;
}

int UnlinkedSpoolModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_spools.size());
}

int UnlinkedSpoolModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnlinkedSpoolModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_spools.size())
        return QVariant();
    const Spool &spool = m_spools.at(index.row());
    const int score = matchScore(spool);
    if (role == SpoolIdRole)
        return spool.id;
    if (role == MatchRole)
        return score;
    const QString vendor = spool.filament.vendor ? spool.filament.vendor->name : QString();
    const QString material = spool.filament.material.value_or(QString());
    const QString location = spool.location.value_or(QString());
    switch (index.column()) {
    case SpoolColumn:
        if (role == Qt::DisplayRole)
            return score == 2 ? tr("%1 — matches this slot").arg(spoolTitle(spool)) : spoolTitle(spool);
        if (role == SwatchDelegate::ColorsRole)
            return spoolColors(spool);
        if (role == SortRole)
            return spool.id;
        if (role == Qt::ToolTipRole && score == 2)
            return tr("Same material and a similar colour as the filament in this slot.");
        if (role == Qt::FontRole && score == 2) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case VendorColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return vendor.isEmpty() ? (role == SortRole ? QString() : tr("Unknown vendor")) : vendor;
        break;
    case MaterialColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return material;
        break;
    case RemainingColumn:
        if (role == Qt::DisplayRole) {
            return spool.remainingWeight ? tr("%1 g").arg(QLocale().toString(*spool.remainingWeight, 'f', 0))
                                         : tr("Unknown");
        }
        if (role == SortRole)
            return spool.remainingWeight.value_or(-1);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case LocationColumn:
        if (role == Qt::DisplayRole)
            return location.isEmpty() ? tr("No location") : location;
        if (role == SortRole)
            return location;
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant UnlinkedSpoolModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SpoolColumn:
        return tr("Spool");
    case VendorColumn:
        return tr("Vendor");
    case MaterialColumn:
        return tr("Material");
    case RemainingColumn:
        return tr("Remaining");
    case LocationColumn:
        return tr("Location");
    default:
        return QVariant();
    }
}

UnlinkedSpoolProxy::UnlinkedSpoolProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(UnlinkedSpoolModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void UnlinkedSpoolProxy::setFilterText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool UnlinkedSpoolProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QStringList words = m_text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return true;
    QString haystack;
    for (int c = 0; c < UnlinkedSpoolModel::ColumnCount; ++c)
        haystack += sourceModel()->index(sourceRow, c, sourceParent).data().toString() + QLatin1Char(' ');
    for (const QString &word : words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool UnlinkedSpoolProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int a = left.siblingAtColumn(0).data(UnlinkedSpoolModel::MatchRole).toInt();
    const int b = right.siblingAtColumn(0).data(UnlinkedSpoolModel::MatchRole).toInt();
    if (a != b) // better matches first, in either sort order
        return sortOrder() == Qt::AscendingOrder ? a > b : a < b;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Spoolbridge::Ui
