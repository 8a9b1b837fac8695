#pragma once

#include "core/spoolman/filament.h"
#include "core/spoolman/spoolmanclient.h"
#include "core/spoolman/spoolmanevent.h"
#include "core/spoolman/vendor.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace Spoolbridge {

class SpoolmanEvents;

// Spoolman's vendors and filaments in memory: there are few of them and they change rarely, so a
// spool creation reads them from here instead of asking per creation. Each list is read with one
// GET the first time it is needed. While a websocket subscription that carries vendor and filament
// events (path "/") is connected, the lists follow those events and never expire; without one
// the filament list is trusted for maxAgeMs (default 10 minutes) and then read again; the vendor
// list until something invalidates it (only Bambu Lab's id is taken from it: a stale id makes the
// write fail and the caller invalidate, a miss is confirmed). A (re)connect or a new server drops
// both lists, because changes made while disconnected produce no events.
//
// Callers that find nothing in a list they did not just read (`fresh` false) should ask again with
// Freshness::Reload before they create something: a miss must never rest on a stale list.
class CatalogCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogCache)

public:
    enum class Freshness { Cached, Reload };
    // `fresh`: the list was read from the server for this call (or very recently, see
    // setRecentMs), or a
    // connected websocket keeps it current — a miss in it is real.
    template<class T> using Callback = std::function<void(const SpoolmanResult<QList<T>> &, bool fresh)>;

    explicit CatalogCache(SpoolmanClient *client, SpoolmanEvents *events = nullptr, QObject *parent = nullptr);

    void setMaxAgeMs(int ms) { m_maxAgeMs = ms; }
    // A list read less than this long ago counts as fresh (default 2 s: the stock check and the
    // provisioning of one creation share one read).
    void setRecentMs(int ms) { m_recentMs = ms; }
    int maxAgeMs() const { return m_maxAgeMs; }

    void vendors(QObject *context, Callback<Vendor> done, Freshness freshness = Freshness::Cached);
    void filaments(QObject *context, Callback<Filament> done, Freshness freshness = Freshness::Cached);

    // Our own writes, known before (or without) their websocket events.
    void rememberVendor(const Vendor &vendor);
    void rememberFilament(const Filament &filament);
    // Forgets both lists (e.g. after Spoolman refused an id taken from them).
    void invalidate();

    // Whether a connected websocket keeps the lists current.
    bool isLive() const;
    // How many GETs of the lists were sent (for tests and diagnostics).
    int loads() const { return m_loads; }

private:
    template<class T> struct Entry {
        std::optional<QList<T>> items;
        QElapsedTimer loadedAt;
        bool live = false; // read while the websocket was connected, and it stayed connected
        bool expires = true; // false: trusted until invalidated (see the constructor)
        bool loading = false;
        int generation = 0; // bumped by invalidate(): an older answer is not stored
        QList<SpoolmanEvent> during; // events that arrived while loading, applied on top
        struct Waiter {
            QPointer<QObject> context;
            bool hasContext = false;
            Callback<T> done;
        };
        QList<Waiter> waiters;
    };

    template<class T>
    void get(Entry<T> &entry, const QString &resource, QObject *context, Callback<T> done, Freshness freshness);
    template<class T> void finishLoad(Entry<T> &entry, const SpoolmanResult<QList<T>> &result, int generation);
    template<class T> bool usable(const Entry<T> &entry) const;
    template<class T> static void apply(Entry<T> &entry, const SpoolmanEvent &event);
    template<class T> static void upsert(QList<T> &items, const T &item);
    void onEvent(const SpoolmanEvent &event);

    SpoolmanClient *m_client;
    QPointer<SpoolmanEvents> m_events;
    Entry<Vendor> m_vendors;
    Entry<Filament> m_filaments;
    int m_maxAgeMs = 10 * 60 * 1000;
    int m_recentMs = 2000;
    int m_loads = 0;
};

} // namespace Spoolbridge
