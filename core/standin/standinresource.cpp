#include "core/standin/standinresource.h"

#include "core/standin/standinentities.h"
#include "core/standin/standinvalidation.h"

namespace Spoolbridge::Standin {

StandinResource::StandinResource(StandinStore &store, StandinFields &fields)
    : m_store(store)
    , m_fields(fields)
{ }

void StandinResource::applyFields(QJsonObject &row, const QJsonObject &body)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() == QLatin1String("extra")) {
            row.insert(it.key(), Entities::mergeExtra(row.value(it.key()).toObject(), it.value().toObject()));
        } else if (it.value().isNull()) {
            row.remove(it.key());
        } else {
            row.insert(it.key(), it.value());
        }
    }
}

StandinResource::Route StandinResource::route(
    const ApiRequest &request, const ResourceKind &kind, qint64 &id, ApiReply &reply) const
{
    const QStringList &segments = request.segments;
    if (segments.size() == 1) {
        if (request.method == "GET")
            return Route::List;
        if (request.method == "POST")
            return Route::Create;
        reply = methodNotAllowed();
        return Route::Answered;
    }
    if (segments.size() != 2) {
        reply = notFoundRoute();
        return Route::Answered;
    }
    if (!QList<QByteArray> {"GET", "PATCH", "DELETE"}.contains(request.method)) {
        reply = methodNotAllowed();
        return Route::Answered;
    }
    if (!Validation::pathId(segments.at(1), kind.idName, id, reply))
        return Route::Answered;
    if (!m_store.contains(kind.table, id)) {
        reply = noSuchRow(kind, id);
        return Route::Answered;
    }
    return Route::Item;
}

QJsonObject StandinResource::rendered(const ResourceKind &kind, qint64 id) const
{
    QJsonObject row = m_store.row(kind.table, id);
    switch (kind.table) {
    case StandinStore::Vendors:
        return Entities::renderVendor(row);
    case StandinStore::Filaments:
        return Entities::renderFilament(m_store, row);
    case StandinStore::Spools:
        return Entities::renderSpool(m_store, row);
    }
    return row;
}

ApiReply StandinResource::noSuchRow(const ResourceKind &kind, qint64 id)
{
    return messageReply(404, QStringLiteral("No %1 with ID %2 found.").arg(QLatin1String(kind.name)).arg(id));
}

ApiReply StandinResource::saveRow(
    const ResourceKind &kind, qint64 id, const QJsonObject &row, QList<StandinEvent> &events)
{
    const bool added = id == 0;
    if (added)
        id = m_store.insert(kind.table, row);
    else
        m_store.update(kind.table, id, row);
    const QJsonObject object = rendered(kind, id);
    events.append({added ? QStringLiteral("added") : QStringLiteral("updated"), QLatin1String(kind.name),
        QString::number(id), object});
    return jsonReply(200, object);
}

ApiReply StandinResource::updatedRow(const ResourceKind &kind, qint64 id, QList<StandinEvent> &events) const
{
    const QJsonObject object = rendered(kind, id);
    events.append({QStringLiteral("updated"), QLatin1String(kind.name), QString::number(id), object});
    return jsonReply(200, object);
}

ApiReply StandinResource::removeRow(const ResourceKind &kind, qint64 id, QList<StandinEvent> &events)
{
    const QJsonObject object = rendered(kind, id);
    m_store.remove(kind.table, id);
    events.append({QStringLiteral("deleted"), QLatin1String(kind.name), QString::number(id), object});
    return messageReply(200, QStringLiteral("Success!"));
}

} // namespace Spoolbridge::Standin
