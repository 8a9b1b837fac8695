#include "core/standin/standinspools.h"

#include "core/standin/standinentities.h"
#include "core/standin/standinextrafilter.h"
#include "core/standin/standinquery.h"
#include "core/standin/standinvalidation.h"

#include <optional>

namespace Spoolbridge::Standin {

using namespace Validation;

namespace {
const QList<Field> spoolFields {{"first_used", Kind::DateTime}, {"last_used", Kind::DateTime},
    {"filament_id", Kind::Integer, true, false}, {"price", Kind::Number, false, true, Bound::Ge},
    {"initial_weight", Kind::Number, false, true, Bound::Ge}, {"spool_weight", Kind::Number, false, true, Bound::Ge},
    {"remaining_weight", Kind::Number, false, true, Bound::Ge}, {"used_weight", Kind::Number, false, true, Bound::Ge},
    {"location", Kind::String, false, true, Bound::None, 64}, {"lot_nr", Kind::String, false, true, Bound::None, 64},
    {"comment", Kind::String, false, true, Bound::None, 1024}, {"archived", Kind::Bool, false, false},
    {"extra", Kind::Extra}};

// The real server declares id lists with a pattern; a value that does not fit is a 422.
QJsonObject idPatternMismatch(const QString &name, const QString &input)
{
    const QString pattern = QStringLiteral("^-?\\d+(,-?\\d+)*$");
    return {{QStringLiteral("type"), QStringLiteral("string_pattern_mismatch")},
        {QStringLiteral("loc"), QJsonArray {QStringLiteral("query"), name}},
        {QStringLiteral("msg"), QStringLiteral("String should match pattern '%1'").arg(pattern)},
        {QStringLiteral("input"), input}, {QStringLiteral("ctx"), QJsonObject {{QStringLiteral("pattern"), pattern}}}};
}

bool isSet(const QJsonObject &body, const char *key)
{
    const QJsonValue value = body.value(QLatin1String(key));
    return !value.isUndefined() && !value.isNull();
}

// A text filter taken from the first present parameter name (current name, deprecated alias).
std::optional<Query::TextFilter> textFilter(const ApiRequest &request, const QString &name, const QString &alias)
{
    if (request.hasQuery(name))
        return Query::TextFilter(request.queryValue(name));
    if (!alias.isEmpty() && request.hasQuery(alias))
        return Query::TextFilter(request.queryValue(alias));
    return std::nullopt;
}

std::optional<Query::IdFilter> idFilter(const ApiRequest &request, const QString &name, const QString &alias)
{
    if (request.hasQuery(name))
        return Query::IdFilter(request.queryValue(name));
    if (request.hasQuery(alias))
        return Query::IdFilter(request.queryValue(alias));
    return std::nullopt;
}

bool passes(const std::optional<Query::TextFilter> &filter, const QJsonObject &object, const char *key)
{
    if (!filter)
        return true;
    const QJsonValue value = object.value(QLatin1String(key));
    return filter->matches(value.toString(), value.isString());
}
} // namespace

StandinSpools::StandinSpools(StandinStore &store, StandinFields &fields)
    : StandinResource(store, fields)
{ }

QJsonObject StandinSpools::render(qint64 id) const
{
    return rendered(kSpool, id);
}

ApiReply StandinSpools::handle(const ApiRequest &request, QList<StandinEvent> &events)
{
    const QStringList &segments = request.segments;
    if (segments.size() == 1) {
        if (request.method == "GET")
            return list(request);
        if (request.method == "POST")
            return create(request, events);
        return methodNotAllowed();
    }
    if (segments.size() > 3)
        return notFoundRoute();
    if (segments.size() == 3) {
        if (segments.at(2) != QLatin1String("use") && segments.at(2) != QLatin1String("measure"))
            return notFoundRoute();
        if (request.method != "PUT")
            return methodNotAllowed();
        if (segments.at(2) == QLatin1String("measure"))
            return measure(segments.at(1), request, events);
    } else if (!QList<QByteArray> {"GET", "PATCH", "DELETE"}.contains(request.method)) {
        return methodNotAllowed();
    }
    qint64 id = 0;
    ApiReply error;
    if (!pathId(segments.at(1), kSpool.idName, id, error))
        return error;
    if (segments.size() == 3)
        return use(id, request, events);
    if (request.method == "PATCH")
        return patch(id, request, events);
    if (!m_store.contains(StandinStore::Spools, id))
        return noSuchRow(kSpool, id);
    if (request.method == "GET")
        return jsonReply(200, render(id));
    return removeRow(kSpool, id, events);
}

ApiReply StandinSpools::list(const ApiRequest &request) const
{
    ApiReply error;
    bool allowArchived = false;
    if (!queryBool(request, QStringLiteral("allow_archived"), allowArchived, error))
        return error;
    const auto filamentIds = idFilter(request, QStringLiteral("filament.id"), QStringLiteral("filament_id"));
    const auto vendorIds = idFilter(request, QStringLiteral("filament.vendor.id"), QStringLiteral("vendor_id"));
    for (const auto &[filter, name] : {std::make_pair(&filamentIds, QStringLiteral("filament.id")),
             std::make_pair(&vendorIds, QStringLiteral("filament.vendor.id"))}) {
        if (filter->has_value() && !(*filter)->isValid())
            return detailReply({idPatternMismatch(name, request.queryValue(name))});
    }
    const auto material = textFilter(request, QStringLiteral("filament.material"), QStringLiteral("filament_material"));
    const auto filamentName = textFilter(request, QStringLiteral("filament.name"), QStringLiteral("filament_name"));
    const auto vendorName = textFilter(request, QStringLiteral("filament.vendor.name"), QStringLiteral("vendor_name"));
    const auto location = textFilter(request, QStringLiteral("location"), QString());
    const auto lotNr = textFilter(request, QStringLiteral("lot_nr"), QString());
    ExtraFilters spoolExtra;
    ExtraFilters filamentExtra;
    ExtraFilters vendorExtra;
    if (m_extraFilters) {
        spoolExtra = ExtraFilters::from(request, QString(), QStringLiteral("spool"), m_fields);
        filamentExtra = ExtraFilters::from(request, QStringLiteral("filament."), QStringLiteral("filament"), m_fields);
        vendorExtra
            = ExtraFilters::from(request, QStringLiteral("filament.vendor."), QStringLiteral("vendor"), m_fields);
    }
    for (const ExtraFilters *filters : {&spoolExtra, &filamentExtra, &vendorExtra}) {
        if (!filters->error().isEmpty())
            return messageReply(400, filters->error());
    }
    const bool needsFilament = filamentIds || vendorIds || material || filamentName || vendorName
        || !filamentExtra.isEmpty() || !vendorExtra.isEmpty();

    QList<QJsonObject> result;
    QHash<qint64, QJsonObject> filamentCache;
    for (const QJsonObject &row : m_store.rows(StandinStore::Spools)) {
        if (!allowArchived && row.value(QLatin1String("archived")).toBool())
            continue;
        if (!passes(location, row, "location") || !passes(lotNr, row, "lot_nr")
            || !spoolExtra.matches(row.value(QLatin1String("extra")).toObject()))
            continue;
        if (needsFilament) {
            const qint64 filamentId = row.value(QLatin1String("filament_id")).toInteger();
            const QJsonObject filament = m_store.row(StandinStore::Filaments, filamentId);
            const QJsonValue vendorId = filament.value(QLatin1String("vendor_id"));
            const QJsonObject vendor = m_store.row(StandinStore::Vendors, vendorId.toInteger());
            if ((filamentIds && !filamentIds->matches(filamentId, true))
                || (vendorIds && !vendorIds->matches(vendorId.toInteger(), vendorId.isDouble()))
                || !passes(material, filament, "material") || !passes(filamentName, filament, "name")
                || !passes(vendorName, vendor, "name")
                || !filamentExtra.matches(filament.value(QLatin1String("extra")).toObject())
                || !vendorExtra.matches(vendor.value(QLatin1String("extra")).toObject()))
                continue;
        }
        result.append(row);
    }
    return Query::listReply(
        result, request, [&](const QJsonObject &row) { return Entities::renderSpool(m_store, row, &filamentCache); });
}

bool StandinSpools::readBody(const ApiRequest &request, bool partial, QJsonObject &body, ApiReply &error) const
{
    if (!parseBody(request, body, error))
        return false;
    const QJsonArray problems = check(body, spoolFields, partial);
    if (!problems.isEmpty()) {
        error = detailReply(problems);
        return false;
    }
    if (isSet(body, "remaining_weight") && isSet(body, "used_weight")) {
        error = messageReply(400, QStringLiteral("Only specify either remaining_weight or used_weight."));
        return false;
    }
    return m_fields.validateExtra(QStringLiteral("spool"), body.value(QLatin1String("extra")).toObject(), error);
}

ApiReply StandinSpools::create(const ApiRequest &request, QList<StandinEvent> &events)
{
    QJsonObject body;
    ApiReply error;
    if (!readBody(request, false, body, error))
        return error;
    const qint64 filamentId = body.value(QLatin1String("filament_id")).toInteger();
    if (!m_store.contains(StandinStore::Filaments, filamentId))
        return noSuchRow(kFilament, filamentId);

    // Weights default to the filament's (not the vendor's empty spool weight).
    const QJsonObject filament = m_store.row(StandinStore::Filaments, filamentId);
    if (!isSet(body, "initial_weight") && filament.value(QLatin1String("weight")).isDouble())
        body.insert(QStringLiteral("initial_weight"), filament.value(QLatin1String("weight")));
    if (!isSet(body, "spool_weight") && filament.value(QLatin1String("spool_weight")).isDouble())
        body.insert(QStringLiteral("spool_weight"), filament.value(QLatin1String("spool_weight")));
    double used = body.value(QLatin1String("used_weight")).toDouble(0);
    if (isSet(body, "remaining_weight") && !isSet(body, "used_weight")) {
        if (body.value(QLatin1String("initial_weight")).toDouble(0) == 0)
            return messageReply(400, QStringLiteral("Failed to create spool, see server logs for more information."));
        used = std::max(0.0,
            body.value(QLatin1String("initial_weight")).toDouble()
                - body.value(QLatin1String("remaining_weight")).toDouble());
    }
    body.remove(QStringLiteral("remaining_weight"));
    body.insert(QStringLiteral("used_weight"), used);
    QJsonObject row {{QStringLiteral("registered"), Entities::nowString()}, {QStringLiteral("archived"), false}};
    applyFields(row, body);
    return saveRow(kSpool, 0, row, events);
}

ApiReply StandinSpools::patch(qint64 id, const ApiRequest &request, QList<StandinEvent> &events)
{
    QJsonObject body;
    ApiReply error;
    if (!readBody(request, true, body, error))
        return error;
    if (!m_store.contains(StandinStore::Spools, id))
        return noSuchRow(kSpool, id);
    const bool newFilament = body.contains(QLatin1String("filament_id"));
    const qint64 filamentId = body.value(QLatin1String("filament_id")).toInteger();
    if (newFilament && !m_store.contains(StandinStore::Filaments, filamentId))
        return noSuchRow(kFilament, filamentId);
    QJsonObject row = m_store.row(StandinStore::Spools, id);
    const QJsonValue remaining = body.take(QLatin1String("remaining_weight"));
    if (body.value(QLatin1String("used_weight")).isNull() && body.contains(QLatin1String("used_weight")))
        body.insert(QStringLiteral("used_weight"), 0.0);
    applyFields(row, body);
    // A new filament fills in a missing initial weight.
    const QJsonValue filamentWeight = m_store.row(StandinStore::Filaments, filamentId).value(QLatin1String("weight"));
    if (newFilament && !row.value(QLatin1String("initial_weight")).isDouble() && filamentWeight.isDouble())
        row.insert(QStringLiteral("initial_weight"), filamentWeight);
    if (remaining.isDouble()) {
        if (!row.value(QLatin1String("initial_weight")).isDouble())
            return messageReply(400, QStringLiteral("Failed to update spool, see server logs for more information."));
        row.insert(QStringLiteral("used_weight"),
            std::max(0.0, row.value(QLatin1String("initial_weight")).toDouble() - remaining.toDouble()));
    }
    return saveRow(kSpool, id, row, events);
}

void StandinSpools::addUse(qint64 id, double weight)
{
    QJsonObject row = m_store.row(StandinStore::Spools, id);
    const double used = std::max(0.0, row.value(QLatin1String("used_weight")).toDouble() + weight);
    row.insert(QStringLiteral("used_weight"), used);
    const QString now = Entities::nowString();
    if (!row.value(QLatin1String("first_used")).isString())
        row.insert(QStringLiteral("first_used"), now);
    row.insert(QStringLiteral("last_used"), now);
    m_store.update(StandinStore::Spools, id, row);
}

ApiReply StandinSpools::use(qint64 id, const ApiRequest &request, QList<StandinEvent> &events)
{
    QJsonObject body;
    ApiReply error;
    if (!parseBody(request, body, error))
        return error;
    const QJsonArray problems = check(body, {{"use_length", Kind::Number}, {"use_weight", Kind::Number}}, false);
    if (!problems.isEmpty())
        return detailReply(problems);
    const bool byWeight = isSet(body, "use_weight");
    const bool byLength = isSet(body, "use_length");
    if (byWeight && byLength)
        return messageReply(400, QStringLiteral("Only specify either use_weight or use_length."));
    if (!byWeight && !byLength)
        return messageReply(400, QStringLiteral("Either use_weight or use_length must be specified."));
    if (!m_store.contains(StandinStore::Spools, id))
        return noSuchRow(kSpool, id);
    double weight = body.value(QLatin1String("use_weight")).toDouble();
    if (byLength) {
        const QJsonObject filament = m_store.row(StandinStore::Filaments,
            m_store.row(StandinStore::Spools, id).value(QLatin1String("filament_id")).toInteger());
        weight = Entities::weightFromLength(body.value(QLatin1String("use_length")).toDouble(),
            filament.value(QLatin1String("diameter")).toDouble(), filament.value(QLatin1String("density")).toDouble());
    }
    addUse(id, weight);
    return updatedRow(kSpool, id, events);
}

ApiReply StandinSpools::measure(const QString &idText, const ApiRequest &request, QList<StandinEvent> &events)
{
    qint64 id = 0;
    ApiReply error;
    if (!pathId(idText, kSpool.idName, id, error))
        return error;
    QJsonObject body;
    if (!parseBody(request, body, error))
        return error;
    const QJsonArray problems = check(body, {{"weight", Kind::Number, true, false}}, false);
    if (!problems.isEmpty())
        return detailReply(problems);
    if (!m_store.contains(StandinStore::Spools, id))
        return messageReply(400, QStringLiteral("Spool not found."));
    QJsonObject row = m_store.row(StandinStore::Spools, id);
    const QJsonObject filament
        = m_store.row(StandinStore::Filaments, row.value(QLatin1String("filament_id")).toInteger());
    // A missing or zero spool value falls back to the filament's; no tare at all counts as 0.
    double initial = row.value(QLatin1String("initial_weight")).toDouble(0);
    if (initial == 0)
        initial = filament.value(QLatin1String("weight")).toDouble(0);
    if (initial == 0)
        return messageReply(400, QStringLiteral("Initial weight is not set."));
    double spoolWeight = row.value(QLatin1String("spool_weight")).toDouble(0);
    if (spoolWeight == 0)
        spoolWeight = filament.value(QLatin1String("spool_weight")).toDouble(0);
    const double reading = body.value(QLatin1String("weight")).toDouble();
    if (reading > initial + spoolWeight) {
        // More than a full spool: treated as a refill.
        row.insert(QStringLiteral("initial_weight"), reading - spoolWeight);
        row.insert(QStringLiteral("used_weight"), 0.0);
        m_store.update(StandinStore::Spools, id, row);
        return updatedRow(kSpool, id, events);
    }
    const double currentGross = initial + spoolWeight - row.value(QLatin1String("used_weight")).toDouble();
    double use = currentGross - reading;
    // Below the empty spool: the rest of the spool is used up (the real server's condition).
    if (initial + spoolWeight - use < spoolWeight)
        use = currentGross - spoolWeight;
    addUse(id, use);
    return updatedRow(kSpool, id, events);
}

} // namespace Spoolbridge::Standin
