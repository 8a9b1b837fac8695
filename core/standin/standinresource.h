#pragma once

#include "core/standin/standinfields.h"
#include "core/standin/standinstore.h"
#include "core/standin/standintypes.h"

#include <QList>

namespace Spoolbridge::Standin {

// One kind of row the stand-in serves.
struct ResourceKind {
    StandinStore::Table table;
    const char *name; // "vendor": in messages, events and the path (`/vendor/{id}`)
    const char *idName; // "vendor_id": the path id's name in 422 details
};

inline constexpr ResourceKind kVendor {StandinStore::Vendors, "vendor", "vendor_id"};
inline constexpr ResourceKind kFilament {StandinStore::Filaments, "filament", "filament_id"};
inline constexpr ResourceKind kSpool {StandinStore::Spools, "spool", "spool_id"};

// What the resource handlers (StandinCatalog, StandinSpools) share: the store, the extra-field
// definitions, the `extra.*` filter switch, routing of `/<kind>[/{id}]`, and writing or removing
// a row together with its websocket event.
class StandinResource
{
public:
    void setExtraFiltersEnabled(bool enabled) { m_extraFilters = enabled; }

    // Applies validated body fields to a stored row: null clears, extra merges.
    static void applyFields(QJsonObject &row, const QJsonObject &body);

protected:
    StandinResource(StandinStore &store, StandinFields &fields);
    ~StandinResource() = default;
    StandinResource(const StandinResource &) = delete;
    StandinResource &operator=(const StandinResource &) = delete;

    enum class Route {
        List, // GET /<kind>
        Create, // POST /<kind>
        Item, // GET, PATCH or DELETE /<kind>/{id} of an existing row: `id` is set
        Answered, // refused: `reply` holds the 404, 405 or 422
    };
    Route route(const ApiRequest &request, const ResourceKind &kind, qint64 &id, ApiReply &reply) const;

    // The row as the API shows it (vendor and filament nested).
    QJsonObject rendered(const ResourceKind &kind, qint64 id) const;
    // 404 "No vendor with ID 3 found."
    static ApiReply noSuchRow(const ResourceKind &kind, qint64 id);
    // Inserts the row (`id` 0) or replaces it; records "added" or "updated" and replies with it.
    ApiReply saveRow(const ResourceKind &kind, qint64 id, const QJsonObject &row, QList<StandinEvent> &events);
    // Records "updated" for a row already written and replies with it.
    ApiReply updatedRow(const ResourceKind &kind, qint64 id, QList<StandinEvent> &events) const;
    // Removes the row, records "deleted" with its last rendering and replies "Success!".
    ApiReply removeRow(const ResourceKind &kind, qint64 id, QList<StandinEvent> &events);

    StandinStore &m_store;
    StandinFields &m_fields;
    bool m_extraFilters = true;
};

} // namespace Spoolbridge::Standin
