#pragma once

#include "core/spoolman/catalogcache.h"
#include "core/spoolman/spoolmanclient.h"

#include <QObject>

#include <functional>

namespace Spoolbridge {

// Finds the spools a new RFID spool may already be in Spoolman as: the spools of every filament
// (any vendor) with the slot's material and colour. The filaments come from the CatalogCache (a
// miss is confirmed by reading the list again), the spools from one narrow request,
// `GET /spool?filament.id=<ids>&sort=id:asc&limit=20` — archived spools are left out by the
// server. When x-total-count says there are more, the rest is read in pages of 2,000, so the answer
// is always complete. No matching filament means no stock, without any request. The caller still
// checks every spool (untagged, unarchived, material, colour) before using it.
class StockFinder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockFinder)

public:
    using Done = std::function<void(const SpoolmanResult<QList<Spool>> &)>;
    static constexpr int FirstPage = 20;
    static constexpr int NextPages = 2000;

    StockFinder(SpoolmanClient *client, CatalogCache *catalog, QObject *parent = nullptr);

    void find(const QString &material, const QString &color, const Done &done);

    // The ids of the filaments with that material and colour, oldest first.
    static QList<int> matchingFilaments(
        const QList<Filament> &filaments, const QString &material, const QString &color);

private:
    void withFilaments(
        const QString &material, const QString &color, CatalogCache::Freshness freshness, const Done &done);
    void readPage(const SpoolQuery &query, QList<Spool> collected, const Done &done);

    SpoolmanClient *m_client;
    CatalogCache *m_catalog;
};

} // namespace Spoolbridge
