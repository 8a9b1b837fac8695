#pragma once

#include <QSortFilterProxyModel>

namespace Spoolbridge::Ui {

// Type-to-filter for the spool tables: keeps the rows whose columns (their display texts, all
// columns together) contain every word of the filter text, case-insensitively. Subclasses add
// their own conditions and call acceptsFilterText() from filterAcceptsRow().
class WordFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WordFilterProxy)

public:
    // Sorts by `sortRole`, case-insensitively.
    explicit WordFilterProxy(int sortRole, QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool acceptsFilterText(int sourceRow, const QModelIndex &sourceParent) const;

private:
    QString m_text;
};

} // namespace Spoolbridge::Ui
