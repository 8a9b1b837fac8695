#pragma once

#include "core/standin/standinfields.h"
#include "core/standin/standinstore.h"
#include "core/standin/standintypes.h"

#include <QList>

namespace Spoolbridge::Standin {

// `/spool`: list with filters and paging, get, create, patch, delete, `/use` and `/measure`.
class StandinSpools
{
public:
    StandinSpools(StandinStore &store, StandinFields &fields);

    void setExtraFiltersEnabled(bool enabled) { m_extraFilters = enabled; }

    ApiReply handle(const ApiRequest &request, QList<StandinEvent> &events);

    // The rendered spool (for events and replies).
    QJsonObject render(qint64 id) const;

private:
    ApiReply list(const ApiRequest &request) const;
    ApiReply create(const ApiRequest &request, QList<StandinEvent> &events);
    ApiReply patch(qint64 id, const ApiRequest &request, QList<StandinEvent> &events);
    ApiReply use(qint64 id, const ApiRequest &request, QList<StandinEvent> &events);
    ApiReply measure(const QString &idText, const ApiRequest &request, QList<StandinEvent> &events);
    // Adds `weight` grams of use (negative = undo; used never goes below 0) and stamps the dates.
    void addUse(qint64 id, double weight);
    ApiReply updated(qint64 id, QList<StandinEvent> &events) const;

    StandinStore &m_store;
    StandinFields &m_fields;
    bool m_extraFilters = true;
};

} // namespace Spoolbridge::Standin
