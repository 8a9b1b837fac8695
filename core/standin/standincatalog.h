#pragma once

#include "core/standin/standinfields.h"
#include "core/standin/standinstore.h"
#include "core/standin/standintypes.h"

#include <QList>

namespace Spoolbridge::Standin {

// `/vendor` and `/filament`: list with filters, get, create, patch and delete.
class StandinCatalog
{
public:
    StandinCatalog(StandinStore &store, StandinFields &fields);

    void setExtraFiltersEnabled(bool enabled) { m_extraFilters = enabled; }

    ApiReply handleVendor(const ApiRequest &request, QList<StandinEvent> &events);
    ApiReply handleFilament(const ApiRequest &request, QList<StandinEvent> &events);

    // Applies validated body fields to a stored row: null clears, extra merges.
    static void applyFields(QJsonObject &row, const QJsonObject &body);

private:
    ApiReply listVendors(const ApiRequest &request);
    ApiReply listFilaments(const ApiRequest &request);
    ApiReply writeVendor(const ApiRequest &request, qint64 id, QList<StandinEvent> &events);
    ApiReply writeFilament(const ApiRequest &request, qint64 id, QList<StandinEvent> &events);

    StandinStore &m_store;
    StandinFields &m_fields;
    bool m_extraFilters = true;
};

} // namespace Spoolbridge::Standin
