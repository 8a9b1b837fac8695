#include "core/spoolman/catalogcache.h"

#include "core/spoolman/spoolmanevents.h"
#include "core/util/logging.h"

#include <algorithm>
#include <type_traits>
#include <utility>

namespace Spoolbridge {

CatalogCache::CatalogCache(SpoolmanClient *client, SpoolmanEvents *events, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_events(events)
{
    Q_ASSERT(m_client);
    m_vendors.expires = false;
    // Another server, or the same one after a gap without events: the lists may be wrong.
    connect(m_client, &SpoolmanClient::configChanged, this, &CatalogCache::invalidate);
    if (m_events) {
        connect(m_events, &SpoolmanEvents::connectedChanged, this, &CatalogCache::invalidate);
        connect(m_events, &SpoolmanEvents::eventReceived, this, &CatalogCache::onEvent);
    }
}

bool CatalogCache::isLive() const
{
    return m_events && m_events->isConnected();
}

void CatalogCache::vendors(QObject *context, Callback<Vendor> done, Freshness freshness)
{
    get(m_vendors, QStringLiteral("vendor"), context, std::move(done), freshness);
}

void CatalogCache::filaments(QObject *context, Callback<Filament> done, Freshness freshness)
{
    get(m_filaments, QStringLiteral("filament"), context, std::move(done), freshness);
}

void CatalogCache::rememberVendor(const Vendor &vendor)
{
    if (m_vendors.items)
        upsert(*m_vendors.items, vendor);
}

void CatalogCache::rememberFilament(const Filament &filament)
{
    if (m_filaments.items)
        upsert(*m_filaments.items, filament);
}

void CatalogCache::invalidate()
{
    m_vendors.items.reset();
    m_vendors.during.clear();
    ++m_vendors.generation;
    m_filaments.items.reset();
    m_filaments.during.clear();
    ++m_filaments.generation;
}

template<class T> bool CatalogCache::usable(const Entry<T> &entry) const
{
    if (!entry.items)
        return false;
    if (entry.live && isLive())
        return true;
    return !entry.expires || (entry.loadedAt.isValid() && entry.loadedAt.elapsed() < m_maxAgeMs);
}

template<class T>
void CatalogCache::get(
    Entry<T> &entry, const QString &resource, QObject *context, Callback<T> done, Freshness freshness)
{
    if (freshness == Freshness::Cached && !entry.loading && usable(entry)) {
        SpoolmanResult<QList<T>> result;
        result.httpCode = 200;
        result.payload = *entry.items;
        result.totalCount = result.payload.size();
        // A list read a moment ago (e.g. by the stock check of the same creation) is as good as
        // a new read; reading it again would only cost a request.
        const bool recent = entry.loadedAt.isValid() && entry.loadedAt.elapsed() < m_recentMs;
        done(result, (entry.live && isLive()) || recent);
        return;
    }
    entry.waiters.append({QPointer<QObject>(context), context != nullptr, std::move(done)});
    if (entry.loading)
        return; // joins the read in flight
    entry.loading = true;
    entry.during.clear();
    ++m_loads;
    const int generation = entry.generation;
    qCDebug(lcSpoolman) << "Reading Spoolman's" << resource << "list";
    Entry<T> *target = &entry;
    auto finished = [this, target, generation](
                        const SpoolmanResult<QList<T>> &result) { finishLoad(*target, result, generation); };
    if constexpr (std::is_same_v<T, Vendor>)
        m_client->listVendors({}, this, std::move(finished));
    else
        m_client->listFilaments({}, this, std::move(finished));
}

template<class T> void CatalogCache::finishLoad(Entry<T> &entry, const SpoolmanResult<QList<T>> &result, int generation)
{
    entry.loading = false;
    SpoolmanResult<QList<T>> delivered = result;
    const bool current = generation == entry.generation;
    if (result.ok() && current) {
        entry.items = result.payload;
        // Changes announced while the GET was under way may be missing from its answer.
        const QList<SpoolmanEvent> during = std::exchange(entry.during, {});
        for (const SpoolmanEvent &event : during)
            apply(entry, event);
        entry.loadedAt.start();
        entry.live = isLive();
        delivered.payload = *entry.items;
    }
    entry.during.clear();
    const auto waiters = std::exchange(entry.waiters, {});
    for (const auto &waiter : waiters) {
        if (!waiter.hasContext || waiter.context)
            waiter.done(delivered, result.ok());
    }
}

template<class T> void CatalogCache::upsert(QList<T> &items, const T &item)
{
    for (T &existing : items) {
        if (existing.id == item.id) {
            existing = item;
            return;
        }
    }
    items.append(item);
}

template<class T> void CatalogCache::apply(Entry<T> &entry, const SpoolmanEvent &event)
{
    if (!entry.items)
        return;
    const std::optional<T> item = T::fromJson(event.payload);
    if (!item)
        return;
    if (event.type == SpoolmanEvent::Type::Deleted) {
        entry.items->erase(std::remove_if(entry.items->begin(), entry.items->end(),
                               [&item](const T &existing) { return existing.id == item->id; }),
            entry.items->end());
        return;
    }
    upsert(*entry.items, *item);
}

void CatalogCache::onEvent(const SpoolmanEvent &event)
{
    if (event.resource == QLatin1String("vendor")) {
        if (m_vendors.loading)
            m_vendors.during.append(event);
        apply(m_vendors, event);
    } else if (event.resource == QLatin1String("filament")) {
        if (m_filaments.loading)
            m_filaments.during.append(event);
        apply(m_filaments, event);
    }
}

} // namespace Spoolbridge
