#include "ui/dialogs/unlinkedspoolmodel.h"

#include "ui/views/spoolrowtext.h"
#include "ui/views/swatchdelegate.h"

#include <QColor>

#include <cmath>

namespace Spoolbridge::Ui {

namespace {

QString spoolTitle(const Spool &spool)
{
    return SpoolRowText::title(spool.id, spool.filament.name.value_or(QString()));
}

QStringList spoolColors(const Spool &spool)
{
    return SpoolRowText::colors(
        spool.filament.colorHex.value_or(QString()), spool.filament.multiColorHexes.value_or(QString()));
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
        if (role == Qt::DisplayRole)
            return SpoolRowText::grams(spool.remainingWeight);
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
    const QStringList titles {
        tr("Spool"), tr("Vendor"), tr("Material"), tr("Remaining"), tr("Location")}; // in Column order
    return section >= 0 && section < titles.size() ? QVariant(titles.at(section)) : QVariant();
}

UnlinkedSpoolProxy::UnlinkedSpoolProxy(QObject *parent)
    : WordFilterProxy(UnlinkedSpoolModel::SortRole, parent)
{ }

bool UnlinkedSpoolProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int a = left.siblingAtColumn(0).data(UnlinkedSpoolModel::MatchRole).toInt();
    const int b = right.siblingAtColumn(0).data(UnlinkedSpoolModel::MatchRole).toInt();
    if (a != b) // better matches first, in either sort order
        return sortOrder() == Qt::AscendingOrder ? a > b : a < b;
    return WordFilterProxy::lessThan(left, right);
}

} // namespace Spoolbridge::Ui
