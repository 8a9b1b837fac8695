#include "core/standin/standinapi.h"

#include "core/standin/standinentities.h"
#include "core/standin/standinvalidation.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

namespace Spoolbridge::Standin {

namespace {
struct SettingDefinition {
    const char *key;
    const char *type;
    const char *defaultValue; // JSON
};

const SettingDefinition settingDefinitions[] = {{"currency", "string", "\"EUR\""}, {"round_prices", "boolean", "false"},
    {"print_presets", "array", "[]"}, {"extra_fields_vendor", "array", "[]"}, {"extra_fields_filament", "array", "[]"},
    {"extra_fields_spool", "array", "[]"}, {"base_url", "string", "\"\""}, {"locations", "array", "[]"},
    {"locations_spoolorders", "object", "{}"}};

const SettingDefinition *findSetting(const QString &key)
{
    for (const SettingDefinition &definition : settingDefinitions) {
        if (key == QLatin1String(definition.key))
            return &definition;
    }
    return nullptr;
}

QString encodeJson(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QString typeArticle(const char *type)
{
    const QString name = QLatin1String(type);
    const bool vowel = name == QLatin1String("array") || name == QLatin1String("object");
    return (vowel ? QStringLiteral("an ") : QStringLiteral("a ")) + name;
}

bool hasType(const QJsonValue &value, const QString &type)
{
    if (type == QLatin1String("string"))
        return value.isString();
    if (type == QLatin1String("boolean"))
        return value.isBool();
    if (type == QLatin1String("array"))
        return value.isArray();
    if (type == QLatin1String("number"))
        return value.isDouble();
    return value.isObject();
}
} // namespace

QList<QPair<QString, QString>> parseQuery(const QByteArray &query)
{
    QList<QPair<QString, QString>> pairs;
    const QList<QByteArray> items = query.split('&');
    for (QByteArray item : items) {
        if (item.isEmpty())
            continue;
        item.replace('+', ' ');
        const qsizetype equals = item.indexOf('=');
        const QByteArray key = equals < 0 ? item : item.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : item.mid(equals + 1);
        pairs.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
            QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return pairs;
}

StandinApi::StandinApi(StandinStore &store)
    : m_store(store)
    , m_fields(store)
    , m_catalog(store, m_fields)
    , m_spools(store, m_fields)
{ }

void StandinApi::setVersion(const QString &version)
{
    m_version = version;
    const bool extraFilters = QVersionNumber::fromString(version) >= QVersionNumber(0, 25, 0);
    m_catalog.setExtraFiltersEnabled(extraFilters);
    m_spools.setExtraFiltersEnabled(extraFilters);
}

ApiReply StandinApi::handle(const QByteArray &method, const QString &path, const QByteArray &query,
    const QByteArray &body, QList<StandinEvent> &events)
{
    static const QString prefix = QStringLiteral("/api/v1/");
    if (!path.startsWith(prefix))
        return notFoundRoute();
    ApiRequest request;
    request.method = method;
    request.segments = path.mid(prefix.size()).split(u'/', Qt::SkipEmptyParts);
    request.query = parseQuery(query);
    request.body = body;
    if (request.segments.isEmpty())
        return notFoundRoute();
    const QString head = request.segments.first();
    const bool single = request.segments.size() == 1;
    if (head == QLatin1String("spool"))
        return m_spools.handle(request, events);
    if (head == QLatin1String("filament"))
        return m_catalog.handleFilament(request, events);
    if (head == QLatin1String("vendor"))
        return m_catalog.handleVendor(request, events);
    if (head == QLatin1String("field"))
        return m_fields.handle(request);
    if (head == QLatin1String("setting"))
        return settings(request, events);
    if (head == QLatin1String("location") && request.segments.size() == 2)
        return method == "PATCH" ? renameLocation(request) : methodNotAllowed();
    static const QStringList simple {QStringLiteral("info"), QStringLiteral("health"), QStringLiteral("location"),
        QStringLiteral("material"), QStringLiteral("article-number"), QStringLiteral("lot-number")};
    if (simple.contains(head)) {
        if (!single)
            return notFoundRoute();
        if (method != "GET")
            return methodNotAllowed();
        if (head == QLatin1String("info"))
            return info();
        if (head == QLatin1String("health"))
            return jsonReply(200, QJsonObject {{QStringLiteral("status"), QStringLiteral("healthy")}});
        if (head == QLatin1String("location"))
            return distinctValues(StandinStore::Spools, "location");
        if (head == QLatin1String("lot-number"))
            return distinctValues(StandinStore::Spools, "lot_nr");
        if (head == QLatin1String("material"))
            return distinctValues(StandinStore::Filaments, "material");
        return distinctValues(StandinStore::Filaments, "article_number");
    }
    if (head == QLatin1String("external") && request.segments.size() == 2
        && (request.segments.at(1) == QLatin1String("filament") || request.segments.at(1) == QLatin1String("material")))
        return method == "GET" ? externalList(request.segments.at(1)) : methodNotAllowed();
    return notFoundRoute();
}

ApiReply StandinApi::info() const
{
    return jsonReply(200,
        QJsonObject {{QStringLiteral("version"), m_version}, {QStringLiteral("debug_mode"), false},
            {QStringLiteral("automatic_backups"), false}, {QStringLiteral("data_dir"), QStringLiteral("/standin")},
            {QStringLiteral("logs_dir"), QStringLiteral("/standin")},
            {QStringLiteral("backups_dir"), QStringLiteral("/standin/backups")},
            {QStringLiteral("db_type"), QStringLiteral("DatabaseType.SQLITE")},
            {QStringLiteral("git_commit"), QStringLiteral("standin")},
            {QStringLiteral("build_date"), QStringLiteral("2026-01-01T00:00:00Z")}});
}

ApiReply StandinApi::distinctValues(StandinStore::Table table, const char *key) const
{
    // Distinct non-null values in row order, like SELECT DISTINCT on the real server.
    QSet<QString> seen;
    QJsonArray values;
    for (const QJsonObject &row : m_store.rows(table)) {
        const QJsonValue value = row.value(QLatin1String(key));
        if (value.isString() && !seen.contains(value.toString())) {
            seen.insert(value.toString());
            values.append(value);
        }
    }
    return jsonReply(200, values);
}

ApiReply StandinApi::renameLocation(const ApiRequest &request)
{
    QJsonObject body;
    ApiReply error;
    if (!Validation::parseBody(request, body, error))
        return error;
    const QJsonObject input = body;
    const QJsonArray problems = Validation::check(body, {{"name", Validation::Kind::String, true, false}}, false);
    if (!problems.isEmpty())
        return detailReply(problems);
    const QString name = body.value(QLatin1String("name")).toString();
    if (name.isEmpty())
        return detailReply({QJsonObject {{QStringLiteral("type"), QStringLiteral("string_too_short")},
            {QStringLiteral("loc"), QJsonArray {QStringLiteral("body"), QStringLiteral("name")}},
            {QStringLiteral("msg"), QStringLiteral("String should have at least 1 character")},
            {QStringLiteral("input"), name},
            {QStringLiteral("ctx"), QJsonObject {{QStringLiteral("min_length"), 1}}}}});
    // Written straight into the table by the real server: no events.
    const QString current = request.segments.at(1);
    const auto rows = m_store.rows(StandinStore::Spools);
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        if (it.value().value(QLatin1String("location")).toString() == current) {
            QJsonObject row = it.value();
            row.insert(QStringLiteral("location"), name);
            m_store.update(StandinStore::Spools, it.key(), row);
        }
    }
    return jsonReply(200, name);
}

QJsonObject StandinApi::settingObject(const QString &key) const
{
    const SettingDefinition *definition = findSetting(key);
    QJsonValue value;
    bool isSet = m_store.hasSetting(key);
    if (key.startsWith(QLatin1String("extra_fields_"))) {
        value = m_store.fields(key.mid(13));
        isSet = !value.toArray().isEmpty();
    } else {
        value = isSet ? m_store.setting(key)
                      : QJsonDocument::fromJson(QByteArray("[") + definition->defaultValue + "]").array().at(0);
    }
    return {{QStringLiteral("value"), encodeJson(value)}, {QStringLiteral("is_set"), isSet},
        {QStringLiteral("type"), QLatin1String(definition->type)}};
}

ApiReply StandinApi::settings(const ApiRequest &request, QList<StandinEvent> &events)
{
    if (request.segments.size() == 1) {
        if (request.method != "GET")
            return methodNotAllowed();
        QJsonObject all;
        for (const SettingDefinition &definition : settingDefinitions)
            all.insert(QLatin1String(definition.key), settingObject(QLatin1String(definition.key)));
        return jsonReply(200, all);
    }
    if (request.segments.size() != 2)
        return notFoundRoute();
    if (request.method != "GET" && request.method != "POST")
        return methodNotAllowed();
    const QString key = request.segments.at(1);
    const SettingDefinition *definition = findSetting(key);
    if (!definition)
        return messageReply(404, QStringLiteral("Setting %1 does not exist.").arg(key));
    if (request.method == "GET")
        return jsonReply(200, settingObject(key));
    if (key.startsWith(QLatin1String("extra_fields_")))
        return messageReply(400, QStringLiteral("Extra fields are set through /field/%1.").arg(key.mid(13)));

    // The body is the value, JSON-encoded in a JSON string (a bare JSON value is accepted too);
    // an empty body or null resets the setting.
    QJsonValue value = QJsonValue::Null;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson("[" + request.body + "]", &error);
        if (error.error != QJsonParseError::NoError || doc.array().size() != 1) {
            ApiRequest copy = request;
            copy.body = "x";
            ApiReply reply;
            QJsonObject ignored;
            Validation::parseBody(copy, ignored, reply);
            return reply;
        }
        value = doc.array().at(0);
        if (value.isString() && QLatin1String(definition->type) != QLatin1String("string")) {
            const QJsonDocument inner = QJsonDocument::fromJson("[" + value.toString().toUtf8() + "]", &error);
            if (error.error != QJsonParseError::NoError || inner.array().size() != 1)
                return messageReply(400, QStringLiteral("Value is not valid JSON."));
            value = inner.array().at(0);
        } else if (value.isString()) {
            const QJsonDocument inner = QJsonDocument::fromJson("[" + value.toString().toUtf8() + "]", &error);
            if (error.error == QJsonParseError::NoError && inner.array().size() == 1)
                value = inner.array().at(0);
        }
    }
    if (value.isNull()) {
        m_store.removeSetting(key);
    } else {
        if (!hasType(value, QLatin1String(definition->type)))
            return messageReply(400, QStringLiteral("Setting %1 must be %2.").arg(key, typeArticle(definition->type)));
        m_store.setSetting(key, value);
    }
    const QJsonObject setting = settingObject(key);
    const QJsonObject payload {{QStringLiteral("key"), key}, {QStringLiteral("setting"), setting}};
    events.append({QStringLiteral("updated"), QStringLiteral("setting"), key, payload});
    return jsonReply(200, setting);
}

ApiReply StandinApi::externalList(const QString &kind) const
{
    QFile file(QStringLiteral(":/spoolbridge/standin/external-%1s.json").arg(kind));
    if (!file.open(QIODevice::ReadOnly))
        return messageReply(500, QStringLiteral("The built-in external %1 list is missing.").arg(kind));
    ApiReply reply;
    reply.body = QJsonDocument::fromJson(file.readAll()).toJson(QJsonDocument::Compact);
    return reply;
}

int StandinApi::seedSpools(int count)
{
    if (count <= 0)
        return 0;
    if (!m_fields.isRegistered(QStringLiteral("spool"), QStringLiteral("tag"))) {
        QJsonArray fields = m_store.fields(QStringLiteral("spool"));
        fields.append(QJsonObject {{QStringLiteral("name"), QStringLiteral("Tag")}, {QStringLiteral("order"), 0},
            {QStringLiteral("field_type"), QStringLiteral("text")}, {QStringLiteral("key"), QStringLiteral("tag")},
            {QStringLiteral("entity_type"), QStringLiteral("spool")}});
        m_store.setFields(QStringLiteral("spool"), fields);
    }
    const bool bulk = m_store.beginBulk();
    const QString now = Entities::nowString();
    const qint64 vendorId = m_store.insert(StandinStore::Vendors,
        {{QStringLiteral("registered"), now}, {QStringLiteral("name"), QStringLiteral("Bambu Lab")},
            {QStringLiteral("empty_spool_weight"), 250.0}, {QStringLiteral("extra"), QJsonObject {}}});
    static const char *const colors[][2] = {{"Black", "000000"}, {"White", "FFFFFF"}, {"Red", "C12E1F"},
        {"Blue", "0A2989"}, {"Gray", "8E9089"}, {"Orange", "FF6A13"}, {"Green", "00AE42"}, {"Yellow", "F4EE2A"}};
    QList<qint64> filamentIds;
    for (const auto &color : colors)
        filamentIds.append(m_store.insert(StandinStore::Filaments,
            {{QStringLiteral("registered"), now},
                {QStringLiteral("name"), QStringLiteral("PLA Basic ") + QLatin1String(color[0])},
                {QStringLiteral("vendor_id"), vendorId}, {QStringLiteral("material"), QStringLiteral("PLA")},
                {QStringLiteral("density"), 1.26}, {QStringLiteral("diameter"), 1.75},
                {QStringLiteral("weight"), 1000.0}, {QStringLiteral("spool_weight"), 250.0},
                {QStringLiteral("color_hex"), QLatin1String(color[1])}, {QStringLiteral("extra"), QJsonObject {}}}));
    for (int i = 0; i < count; ++i) {
        const QString tag = QUuid::createUuid().toString(QUuid::WithoutBraces).remove(u'-').toUpper();
        QJsonObject row {{QStringLiteral("registered"), now}, {QStringLiteral("filament_id"), filamentIds.at(i % 8)},
            {QStringLiteral("initial_weight"), 1000.0}, {QStringLiteral("spool_weight"), 250.0},
            {QStringLiteral("used_weight"), double((i * 37) % 1000)}, {QStringLiteral("archived"), false},
            {QStringLiteral("extra"), QJsonObject {{QStringLiteral("tag"), u'"' + tag + u'"'}}}};
        if (i % 4 == 0)
            row.insert(QStringLiteral("location"), QStringLiteral("AMS%1 slot %2").arg(i % 16 / 4 + 1).arg(i % 4 + 1));
        else if (i % 4 == 1)
            row.insert(QStringLiteral("location"), QStringLiteral("Shelf %1").arg(i % 10));
        m_store.insert(StandinStore::Spools, row);
    }
    if (bulk)
        m_store.commitBulk();
    return count;
}

} // namespace Spoolbridge::Standin
