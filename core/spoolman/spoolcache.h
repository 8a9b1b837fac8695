#pragma once

#include "core/spoolman/spool.h"
#include "core/spoolman/spoolmanevent.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

namespace Spoolbridge {

class SpoolmanClient;
class SpoolmanEvents;

// An in-memory copy of the spools Spoolbridge cares about, kept current by SpoolmanEvents.
// Spools are stored by id, but ids are reused by Spoolman: a cached spool is the same physical
// spool only while its registration date and tag stay the same. An `added` event for a known id
// replaces the old spool (removed + added); `deleted` drops it. After every (re)connect the
// cached spools are re-read, because changes during the gap produce no events. A new client
// base URL (another server) empties the cache.
class SpoolCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpoolCache)

public:
    SpoolCache(SpoolmanClient *client, SpoolmanEvents *events, QObject *parent = nullptr);

    // Which spools arriving by event (not yet cached) are kept; default: all.
    void setFilter(std::function<bool(const Spool &)> accept);

    // Adds or refreshes a spool (emits spoolAdded / spoolUpdated / spoolRemoved as needed).
    void insert(const Spool &spool);
    void remove(int id);
    void clear();

    bool contains(int id) const { return m_spools.contains(id); }
    std::optional<Spool> spool(int id) const;
    // The spools whose decoded extra.<key> equals `tag` (case-insensitive).
    QList<Spool> spoolsByTag(const QString &tag, const QString &key = QStringLiteral("tag")) const;
    QList<Spool> spools() const;
    int size() const { return int(m_spools.size()); }

    bool isConnected() const;
    bool isRevalidating() const { return m_pending > 0; }
    // Re-reads every cached spool (GET /spool/{id}); emits revalidated() when done.
    void revalidate();

    // Whether two snapshots describe the same physical spool (same id, registration and tag).
    static bool sameSpool(const Spool &a, const Spool &b);

Q_SIGNALS:
    void spoolAdded(const Spoolbridge::Spool &spool);
    void spoolUpdated(const Spoolbridge::Spool &spool, const Spoolbridge::Spool &previous);
    void spoolRemoved(const Spoolbridge::Spool &spool);
    void connectedChanged(bool connected);
    void revalidated();

private:
    void applyEvent(const SpoolmanEvent &event);
    void store(const Spool &spool, bool mayAdd);

    SpoolmanClient *m_client;
    SpoolmanEvents *m_events;
    std::function<bool(const Spool &)> m_accept;
    QHash<int, Spool> m_spools;
    QUrl m_baseUrl; // the server the cached spools came from
    int m_pending = 0;
    int m_round = 0;
};

} // namespace Spoolbridge
