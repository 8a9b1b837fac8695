#include "core/standin/standincatalog.h"

#include "core/standin/standinentities.h"
#include "core/standin/standinextrafilter.h"
#include "core/standin/standinquery.h"
#include "core/standin/standinvalidation.h"

namespace Spoolbridge::Standin {

using namespace Validation;

namespace {
const QList<Field> vendorFields {{"name", Kind::String, true, false, Bound::None, 64}, {"comment", Kind::String},
    {"empty_spool_weight", Kind::Number, false, true, Bound::Ge}, {"external_id", Kind::String},
    {"extra", Kind::Extra}};

const QList<Field> filamentFields {{"name", Kind::String, false, true, Bound::None, 64}, {"vendor_id", Kind::Integer},
    {"material", Kind::String, false, true, Bound::None, 64}, {"price", Kind::Number, false, true, Bound::Ge},
    {"density", Kind::Number, true, false, Bound::Gt}, {"diameter", Kind::Number, true, false, Bound::Gt},
    {"weight", Kind::Number, false, true, Bound::Gt}, {"spool_weight", Kind::Number, false, true, Bound::Ge},
    {"article_number", Kind::String, false, true, Bound::None, 64},
    {"comment", Kind::String, false, true, Bound::None, 1024},
    {"settings_extruder_temp", Kind::Integer, false, true, Bound::Ge},
    {"settings_bed_temp", Kind::Integer, false, true, Bound::Ge}, {"color_hex", Kind::String},
    {"multi_color_hexes", Kind::String}, {"multi_color_direction", Kind::String}, {"external_id", Kind::String},
    {"extra", Kind::Extra}};

QJsonObject valueError(const QJsonArray &loc, const QString &message, const QJsonValue &input)
{
    return {{QStringLiteral("type"), QStringLiteral("value_error")}, {QStringLiteral("loc"), loc},
        {QStringLiteral("msg"), QStringLiteral("Value error, ") + message}, {QStringLiteral("input"), input},
        {QStringLiteral("ctx"), QJsonObject {{QStringLiteral("error"), QJsonObject {}}}}};
}

// A colour code (optionally with '#'): 6 or 8 hex digits. Returns the problem or "".
QString colorProblem(QString color)
{
    color = color.toUpper();
    if (color.startsWith(u'#'))
        color.remove(0, 1);
    for (const QChar c : color) {
        if (!QStringLiteral("0123456789ABCDEF").contains(c))
            return QStringLiteral("Invalid character in color code.");
    }
    if (color.size() != 6 && color.size() != 8)
        return QStringLiteral("Color code must be 6 or 8 characters long.");
    return {};
}

// The real server's colour rules for a filament body; fills `errors`, normalises the values.
void checkColors(QJsonObject &body, const QJsonObject &input, QJsonArray &errors)
{
    for (const char *key : {"color_hex", "multi_color_hexes"}) {
        const QString name = QLatin1String(key);
        const QString value = body.value(name).toString();
        if (!body.value(name).isString())
            continue;
        if (value.isEmpty()) {
            body.insert(name, QJsonValue::Null);
            continue;
        }
        QStringList colors = name == QLatin1String("color_hex") ? QStringList {value} : value.split(u',');
        for (QString &color : colors) {
            const QString problem = colorProblem(color);
            if (!problem.isEmpty()) {
                errors.append(valueError(QJsonArray {QStringLiteral("body"), name}, problem, input.value(name)));
                colors.clear();
                break;
            }
            if (color.startsWith(u'#'))
                color.remove(0, 1);
        }
        if (!colors.isEmpty())
            body.insert(name, colors.join(u','));
    }
    const QJsonValue direction = body.value(QLatin1String("multi_color_direction"));
    if (direction.isString() && direction.toString() != QLatin1String("coaxial")
        && direction.toString() != QLatin1String("longitudinal"))
        errors.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("enum")},
            {QStringLiteral("loc"), QJsonArray {QStringLiteral("body"), QStringLiteral("multi_color_direction")}},
            {QStringLiteral("msg"), QStringLiteral("Input should be 'coaxial' or 'longitudinal'")},
            {QStringLiteral("input"), direction},
            {QStringLiteral("ctx"),
                QJsonObject {{QStringLiteral("expected"), QStringLiteral("'coaxial' or 'longitudinal'")}}}});
    if (!errors.isEmpty())
        return;
    const bool single = !body.value(QLatin1String("color_hex")).toString().isEmpty();
    const bool multi = !body.value(QLatin1String("multi_color_hexes")).toString().isEmpty();
    const bool directed = !body.value(QLatin1String("multi_color_direction")).toString().isEmpty();
    QString problem;
    if (single && multi)
        problem = QStringLiteral("Cannot specify both color_hex and multi_color_hexes.");
    else if (multi && !body.value(QLatin1String("multi_color_hexes")).toString().contains(u','))
        problem = QStringLiteral("Must specify at least two colors in multi_color_hexes.");
    else if (multi && !directed)
        problem = QStringLiteral("Multi-color filament must have multi_color_direction set.");
    else if (!multi && directed)
        problem = QStringLiteral("Single-color filament must not have multi_color_direction set.");
    if (!problem.isEmpty())
        errors.append(valueError(QJsonArray {QStringLiteral("body")}, problem, input));
}

QString textOf(const QJsonObject &object, const char *key, bool &present)
{
    const QJsonValue value = object.value(QLatin1String(key));
    present = value.isString();
    return value.toString();
}

bool textMatches(const ApiRequest &request, const QString &parameter, const QJsonObject &object, const char *key)
{
    if (!request.hasQuery(parameter))
        return true;
    bool present = false;
    const QString value = textOf(object, key, present);
    return Query::TextFilter(request.queryValue(parameter)).matches(value, present);
}
} // namespace

StandinCatalog::StandinCatalog(StandinStore &store, StandinFields &fields)
    : StandinResource(store, fields)
{ }

ApiReply StandinCatalog::handleVendor(const ApiRequest &request, QList<StandinEvent> &events)
{
    qint64 id = 0;
    ApiReply reply;
    switch (route(request, kVendor, id, reply)) {
    case Route::List:
        return listVendors(request);
    case Route::Create:
        return writeVendor(request, 0, events);
    case Route::Answered:
        return reply;
    case Route::Item:
        break;
    }
    if (request.method == "GET")
        return jsonReply(200, rendered(kVendor, id));
    if (request.method == "PATCH")
        return writeVendor(request, id, events);
    // Filaments of a deleted vendor lose their vendor, like the foreign key's ON DELETE SET NULL.
    const auto filaments = m_store.rows(StandinStore::Filaments);
    for (auto it = filaments.begin(); it != filaments.end(); ++it) {
        if (it.value().value(QLatin1String("vendor_id")).toInteger() == id) {
            QJsonObject row = it.value();
            row.remove(QStringLiteral("vendor_id"));
            m_store.update(StandinStore::Filaments, it.key(), row);
        }
    }
    return removeRow(kVendor, id, events);
}

ApiReply StandinCatalog::listVendors(const ApiRequest &request)
{
    const ExtraFilters extra
        = m_extraFilters ? ExtraFilters::from(request, QString(), QStringLiteral("vendor"), m_fields) : ExtraFilters();
    if (!extra.error().isEmpty())
        return messageReply(400, extra.error());
    QList<QJsonObject> result;
    const auto &rows = m_store.rows(StandinStore::Vendors);
    for (const QJsonObject &row : rows) {
        if (!textMatches(request, QStringLiteral("name"), row, "name")
            || !textMatches(request, QStringLiteral("external_id"), row, "external_id")
            || !extra.matches(row.value(QLatin1String("extra")).toObject()))
            continue;
        result.append(row);
    }
    return Query::listReply(result, request, &Entities::renderVendor);
}

ApiReply StandinCatalog::writeVendor(const ApiRequest &request, qint64 id, QList<StandinEvent> &events)
{
    QJsonObject body;
    ApiReply error;
    if (!parseBody(request, body, error))
        return error;
    const QJsonArray problems = check(body, vendorFields, id != 0);
    if (!problems.isEmpty())
        return detailReply(problems);
    if (!m_fields.validateExtra(QStringLiteral("vendor"), body.value(QLatin1String("extra")).toObject(), error))
        return error;
    QJsonObject row = id ? m_store.row(StandinStore::Vendors, id)
                         : QJsonObject {{QStringLiteral("registered"), Entities::nowString()}};
    if (id && body.value(QLatin1String("name")).isNull())
        body.remove(QStringLiteral("name")); // a vendor always keeps its name
    applyFields(row, body);
    return saveRow(kVendor, id, row, events);
}

ApiReply StandinCatalog::handleFilament(const ApiRequest &request, QList<StandinEvent> &events)
{
    qint64 id = 0;
    ApiReply reply;
    switch (route(request, kFilament, id, reply)) {
    case Route::List:
        return listFilaments(request);
    case Route::Create:
        return writeFilament(request, 0, events);
    case Route::Answered:
        return reply;
    case Route::Item:
        break;
    }
    if (request.method == "GET")
        return jsonReply(200, rendered(kFilament, id));
    if (request.method == "PATCH")
        return writeFilament(request, id, events);
    for (const QJsonObject &spool : m_store.rows(StandinStore::Spools)) {
        if (spool.value(QLatin1String("filament_id")).toInteger() == id)
            return messageReply(
                403, QStringLiteral("Failed to delete filament, see server logs for more information."));
    }
    return removeRow(kFilament, id, events);
}

ApiReply StandinCatalog::listFilaments(const ApiRequest &request)
{
    const ExtraFilters extra = m_extraFilters
        ? ExtraFilters::from(request, QString(), QStringLiteral("filament"), m_fields)
        : ExtraFilters();
    if (!extra.error().isEmpty())
        return messageReply(400, extra.error());
    const QString vendorIds = request.hasQuery(QStringLiteral("vendor.id"))
        ? request.queryValue(QStringLiteral("vendor.id"))
        : request.queryValue(QStringLiteral("vendor_id"));
    const Query::IdFilter vendorFilter(vendorIds);
    if (!vendorIds.isNull() && !vendorFilter.isValid())
        return detailReply({intParsing(QJsonArray {QStringLiteral("query"), QStringLiteral("vendor.id")}, vendorIds)});
    QList<QJsonObject> result;
    for (const QJsonObject &row : m_store.rows(StandinStore::Filaments)) {
        const QJsonValue vendorId = row.value(QLatin1String("vendor_id"));
        if (!vendorIds.isNull() && !vendorFilter.matches(vendorId.toInteger(), vendorId.isDouble()))
            continue;
        const QJsonObject vendor = m_store.row(StandinStore::Vendors, vendorId.toInteger());
        if (!textMatches(request, QStringLiteral("vendor.name"), vendor, "name")
            || !textMatches(request, QStringLiteral("name"), row, "name")
            || !textMatches(request, QStringLiteral("material"), row, "material")
            || !textMatches(request, QStringLiteral("article_number"), row, "article_number")
            || !textMatches(request, QStringLiteral("external_id"), row, "external_id")
            || !extra.matches(row.value(QLatin1String("extra")).toObject()))
            continue;
        result.append(row);
    }
    return Query::listReply(
        result, request, [this](const QJsonObject &row) { return Entities::renderFilament(m_store, row); });
}

ApiReply StandinCatalog::writeFilament(const ApiRequest &request, qint64 id, QList<StandinEvent> &events)
{
    QJsonObject body;
    ApiReply error;
    if (!parseBody(request, body, error))
        return error;
    const QJsonObject input = body;
    QJsonArray problems = check(body, filamentFields, id != 0);
    if (problems.isEmpty())
        checkColors(body, input, problems);
    if (!problems.isEmpty())
        return detailReply(problems);
    if (!m_fields.validateExtra(QStringLiteral("filament"), body.value(QLatin1String("extra")).toObject(), error))
        return error;
    const QJsonValue vendorId = body.value(QLatin1String("vendor_id"));
    if (vendorId.isDouble() && !m_store.contains(StandinStore::Vendors, vendorId.toInteger()))
        return noSuchRow(kVendor, vendorId.toInteger());
    // A new filament without a spool weight takes its vendor's empty spool weight.
    const QJsonValue emptySpool
        = m_store.row(StandinStore::Vendors, vendorId.toInteger()).value(QLatin1String("empty_spool_weight"));
    if (!id && vendorId.isDouble() && !body.value(QLatin1String("spool_weight")).isDouble() && emptySpool.isDouble())
        body.insert(QStringLiteral("spool_weight"), emptySpool);
    QJsonObject row = id ? m_store.row(StandinStore::Filaments, id)
                         : QJsonObject {{QStringLiteral("registered"), Entities::nowString()}};
    for (const char *required : {"density", "diameter"}) {
        if (id && body.value(QLatin1String(required)).isNull())
            body.remove(QLatin1String(required));
    }
    applyFields(row, body);
    return saveRow(kFilament, id, row, events);
}

} // namespace Spoolbridge::Standin
