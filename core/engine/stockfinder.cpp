#include "core/engine/stockfinder.h"

#include "core/engine/filamentmatch.h"
#include "core/util/logging.h"

#include <QSet>

#include <algorithm>
#include <utility>

namespace Spoolbridge {

StockFinder::StockFinder(SpoolmanClient *client, CatalogCache *catalog, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_catalog(catalog)
{ }

QList<int> StockFinder::matchingFilaments(
    const QList<Filament> &filaments, const QString &material, const QString &color)
{
    QList<int> ids;
    for (const Filament &filament : filaments) {
        if (FilamentMatch::sameMaterial(filament.material.value_or(QString()), material)
            && FilamentMatch::sameColor(filament.colorHex.value_or(QString()), color))
            ids.append(filament.id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void StockFinder::find(const QString &material, const QString &color, const Done &done)
{
    withFilaments(material, color, CatalogCache::Freshness::Cached, done);
}

void StockFinder::withFilaments(
    const QString &material, const QString &color, CatalogCache::Freshness freshness, const Done &done)
{
    m_catalog->filaments(
        this,
        [this, material, color, freshness, done](const SpoolmanResult<QList<Filament>> &list, bool fresh) {
            if (!list.ok()) {
                done(list.withoutPayload<QList<Spool>>());
                return;
            }
            const QList<int> ids = matchingFilaments(list.payload, material, color);
            if (ids.isEmpty() && !fresh && freshness == CatalogCache::Freshness::Cached) {
                // "No such filament" decides that nothing is attached but created: confirm it.
                withFilaments(material, color, CatalogCache::Freshness::Reload, done);
                return;
            }
            if (ids.isEmpty()) {
                SpoolmanResult<QList<Spool>> none;
                none.httpCode = 200;
                none.totalCount = 0;
                done(none);
                return;
            }
            QStringList idList;
            for (const int id : ids)
                idList << QString::number(id);
            SpoolQuery query;
            query.filamentId = idList.join(u',');
            query.sort = QStringLiteral("id:asc");
            query.limit = FirstPage;
            readPage(query, {}, done);
        },
        freshness);
}

void StockFinder::readPage(const SpoolQuery &query, QList<Spool> collected, const Done &done)
{
    m_client->listSpools(query, this,
        [this, query, collected = std::move(collected), done](const SpoolmanResult<QList<Spool>> &page) mutable {
            if (!page.ok()) {
                done(page);
                return;
            }
            QSet<int> seen;
            for (const Spool &spool : std::as_const(collected))
                seen.insert(spool.id);
            for (const Spool &spool : page.payload) {
                if (!seen.contains(spool.id))
                    collected.append(spool);
            }
            const int read = query.offset + int(page.payload.size());
            const bool more = page.totalCount >= 0 ? read < page.totalCount : page.payload.size() == *query.limit;
            if (!more || page.payload.isEmpty()) {
                SpoolmanResult<QList<Spool>> all = page;
                all.payload = std::move(collected);
                all.totalCount = all.payload.size();
                done(all);
                return;
            }
            qCDebug(lcSync) << "Stock query:" << page.totalCount << "spools of the matching filaments, reading on";
            SpoolQuery next = query;
            next.offset = read;
            next.limit = NextPages;
            readPage(next, std::move(collected), done);
        });
}

} // namespace Spoolbridge
