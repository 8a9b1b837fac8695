#pragma once

#include "core/standin/standinresource.h"

namespace Spoolbridge::Standin {

// `/spool`: list with filters and paging, get, create, patch, delete, `/use` and `/measure`.
class StandinSpools final : public StandinResource
{
public:
    StandinSpools(StandinStore &store, StandinFields &fields);

    ApiReply handle(const ApiRequest &request, QList<StandinEvent> &events);

    // The rendered spool (for events and replies).
    QJsonObject render(qint64 id) const;

private:
    ApiReply list(const ApiRequest &request) const;
    // Parses and validates a spool body (`partial` for PATCH); false with the 4xx reply.
    bool readBody(const ApiRequest &request, bool partial, QJsonObject &body, ApiReply &error) const;
    ApiReply create(const ApiRequest &request, QList<StandinEvent> &events);
    ApiReply patch(qint64 id, const ApiRequest &request, QList<StandinEvent> &events);
    ApiReply use(qint64 id, const ApiRequest &request, QList<StandinEvent> &events);
    ApiReply measure(const QString &idText, const ApiRequest &request, QList<StandinEvent> &events);
    // Adds `weight` grams of use (negative = undo; used never goes below 0) and stamps the dates.
    void addUse(qint64 id, double weight);
};

} // namespace Spoolbridge::Standin
