#pragma once

#include "core/standin/standinresource.h"

namespace Spoolbridge::Standin {

// `/vendor` and `/filament`: list with filters, get, create, patch and delete.
class StandinCatalog final : public StandinResource
{
public:
    StandinCatalog(StandinStore &store, StandinFields &fields);

    ApiReply handleVendor(const ApiRequest &request, QList<StandinEvent> &events);
    ApiReply handleFilament(const ApiRequest &request, QList<StandinEvent> &events);

private:
    ApiReply listVendors(const ApiRequest &request);
    ApiReply listFilaments(const ApiRequest &request);
    ApiReply writeVendor(const ApiRequest &request, qint64 id, QList<StandinEvent> &events);
    ApiReply writeFilament(const ApiRequest &request, qint64 id, QList<StandinEvent> &events);
};

} // namespace Spoolbridge::Standin
