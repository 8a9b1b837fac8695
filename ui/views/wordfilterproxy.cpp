#include "ui/views/wordfilterproxy.h"

namespace Spoolbridge::Ui {

WordFilterProxy::WordFilterProxy(int sortRole, QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(sortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void WordFilterProxy::setFilterText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool WordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return acceptsFilterText(sourceRow, sourceParent);
}

bool WordFilterProxy::acceptsFilterText(int sourceRow, const QModelIndex &sourceParent) const
{
    const QStringList words = m_text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return true;
    QString haystack;
    const int columns = sourceModel()->columnCount(sourceParent);
    for (int c = 0; c < columns; ++c)
        haystack += sourceModel()->index(sourceRow, c, sourceParent).data().toString() + QLatin1Char(' ');
    for (const QString &word : words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace Spoolbridge::Ui
