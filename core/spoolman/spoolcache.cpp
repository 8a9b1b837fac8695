#include "core/spoolman/spoolcache.h"

#include "core/spoolman/spoolmanclient.h"
#include "core/spoolman/spoolmanevents.h"
#include "core/util/logging.h"

namespace Spoolbridge {

SpoolCache::SpoolCache(SpoolmanClient *client, SpoolmanEvents *events, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_events(events)
{
    if (m_client) {
        // Another server: what was cached describes spools that are no longer there.
        m_baseUrl = m_client->config().baseUrl;
        connect(m_client, &SpoolmanClient::configChanged, this, [this]() {
            if (m_client->config().baseUrl == m_baseUrl)
                return;
            m_baseUrl = m_client->config().baseUrl;
            clear();
        });
    }
    if (m_events) {
        connect(m_events, &SpoolmanEvents::eventReceived, this, &SpoolCache::applyEvent);
        connect(m_events, &SpoolmanEvents::connectedChanged, this, [this](bool connected) {
            Q_EMIT connectedChanged(connected);
            if (connected)
                revalidate();
        });
    }
}

void SpoolCache::setFilter(std::function<bool(const Spool &)> accept)
{
    m_accept = std::move(accept);
}

bool SpoolCache::isConnected() const
{
    return m_events && m_events->isConnected();
}

std::optional<Spool> SpoolCache::spool(int id) const
{
    const auto it = m_spools.constFind(id);
    if (it == m_spools.constEnd())
        return std::nullopt;
    return it.value();
}

QList<Spool> SpoolCache::spoolsByTag(const QString &tag, const QString &key) const
{
    QList<Spool> found;
    for (const Spool &spool : m_spools) {
        const std::optional<QString> value = spool.tag(key);
        if (value && value->trimmed().compare(tag.trimmed(), Qt::CaseInsensitive) == 0)
            found.append(spool);
    }
    return found;
}

QList<Spool> SpoolCache::spools() const
{
    QList<Spool> list = m_spools.values();
    std::sort(list.begin(), list.end(), [](const Spool &a, const Spool &b) { return a.id < b.id; });
    return list;
}

bool SpoolCache::sameSpool(const Spool &a, const Spool &b)
{
    if (a.id != b.id)
        return false;
    if (!a.registered.isEmpty() && !b.registered.isEmpty() && a.registered != b.registered)
        return false;
    return a.tag() == b.tag();
}

void SpoolCache::insert(const Spool &spool)
{
    store(spool, true);
}

void SpoolCache::remove(int id)
{
    const auto it = m_spools.find(id);
    if (it == m_spools.end())
        return;
    const Spool removed = it.value();
    m_spools.erase(it);
    Q_EMIT spoolRemoved(removed);
}

void SpoolCache::clear()
{
    const QList<int> ids = m_spools.keys();
    for (int id : ids)
        remove(id);
}

void SpoolCache::store(const Spool &spool, bool mayAdd)
{
    const auto it = m_spools.constFind(spool.id);
    if (it != m_spools.constEnd()) {
        // A copy on purpose: the entry is overwritten below and the signal carries the old one.
        const Spool previous = it.value(); // NOLINT(performance-unnecessary-copy-initialization)
        if (sameSpool(previous, spool)) {
            if (previous != spool) {
                m_spools.insert(spool.id, spool);
                Q_EMIT spoolUpdated(spool, previous);
            }
            return;
        }
        // The id now belongs to another spool: the cached one is gone.
        qCInfo(lcSpoolman) << "Spoolman reused spool id" << spool.id << "for another spool";
        remove(spool.id);
    }
    if (!mayAdd)
        return;
    m_spools.insert(spool.id, spool);
    Q_EMIT spoolAdded(spool);
}

void SpoolCache::applyEvent(const SpoolmanEvent &event)
{
    if (event.resource != QLatin1String("spool"))
        return;
    const std::optional<Spool> spool = Spool::fromJson(event.payload);
    if (!spool) {
        qCWarning(lcSpoolman) << "Ignoring a spool event without a readable spool";
        return;
    }
    switch (event.type) {
    case SpoolmanEvent::Type::Deleted:
        remove(spool->id);
        break;
    case SpoolmanEvent::Type::Added:
    case SpoolmanEvent::Type::Updated: {
        const bool known = m_spools.contains(spool->id);
        store(*spool,
            known ? sameSpool(m_spools.value(spool->id), *spool) || !m_accept || m_accept(*spool)
                  : !m_accept || m_accept(*spool));
        break;
    }
    }
}

void SpoolCache::revalidate()
{
    const int round = ++m_round;
    const QList<int> ids = m_spools.keys();
    m_pending = int(ids.size());
    if (ids.isEmpty() || !m_client) {
        m_pending = 0;
        Q_EMIT revalidated();
        return;
    }
    qCDebug(lcSpoolman) << "Re-reading" << ids.size() << "cached spools";
    for (int id : ids) {
        m_client->getSpool(id, this, [this, id, round](const SpoolmanResult<Spool> &result) {
            if (round != m_round)
                return;
            if (result.ok())
                store(result.payload, !m_accept || m_accept(result.payload));
            else if (result.status == SpoolmanStatus::NotFound)
                remove(id);
            else
                qCInfo(lcSpoolman).noquote() << "Could not re-read spool" << id << ":" << result.message;
            if (--m_pending == 0)
                Q_EMIT revalidated();
        });
    }
}

} // namespace Spoolbridge
