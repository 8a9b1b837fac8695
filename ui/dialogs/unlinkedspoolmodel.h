#pragma once

#include "core/spoolman/spool.h"
#include "ui/views/wordfilterproxy.h"

#include <QAbstractTableModel>

namespace Spoolbridge::Ui {

// The Spoolman spools a slot can be linked to, one row each, with how well each matches the
// slot's filament (same material and a close colour = a match).
class UnlinkedSpoolModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnlinkedSpoolModel)

public:
    enum Column {
        SpoolColumn,
        VendorColumn,
        MaterialColumn,
        RemainingColumn,
        LocationColumn,
        ColumnCount,
    };
    enum Role {
        SpoolIdRole = Qt::UserRole + 1,
        MatchRole, // int: 2 = material and colour, 1 = material only, 0 = neither
        SortRole,
    };

    explicit UnlinkedSpoolModel(QObject *parent = nullptr);

    void setSpools(const QList<Spool> &spools);
    // The slot's filament; `colorHex` as RRGGBB or RRGGBBAA (with or without '#').
    void setSlotFilament(const QString &material, const QString &colorHex);
    const QList<Spool> &spools() const { return m_spools; }
    int matchScore(const Spool &spool) const;

    // True when two colours are close enough to be called the same filament colour.
    static bool similarColors(const QString &a, const QString &b);
    static QString normalizedHex(const QString &hex); // "#RRGGBB", or "" when invalid

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Spool> m_spools;
    QString m_material;
    QString m_colorHex;
};

// Filters on every column (type-to-filter) and keeps matching spools on top whatever the sort.
class UnlinkedSpoolProxy final : public WordFilterProxy
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnlinkedSpoolProxy)

public:
    explicit UnlinkedSpoolProxy(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace Spoolbridge::Ui
