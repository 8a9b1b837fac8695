// SpoolmanClient: extra fields, settings, locations and SpoolmanDB.
#include "core/spoolman/jsonfields.h"
#include "core/spoolman/spoolmanclient.h"

namespace Spoolbridge {

namespace {
std::optional<QStringList> stringsFrom(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const auto &item : array) {
        if (!item.isString())
            return std::nullopt;
        list.append(item.toString());
    }
    return list;
}
} // namespace

// --- extra fields

void SpoolmanClient::rememberFields(const QString &entity, int generation, const QList<ExtraField> &fields)
{
    if (generation != m_generation)
        return;
    QStringList keys;
    for (const ExtraField &field : fields)
        keys.append(field.key);
    m_fieldKeys.insert(entity, keys);
}

std::optional<QStringList> SpoolmanClient::knownFieldKeys(const QString &entity) const
{
    const auto it = m_fieldKeys.constFind(entity);
    if (it == m_fieldKeys.constEnd())
        return std::nullopt;
    return it.value();
}

void SpoolmanClient::fieldsCall(Method method, const QString &path, const QJsonValue &body, const QString &entity,
    QObject *context, Callback<QList<ExtraField>> done)
{
    QPointer<SpoolmanClient> self(this);
    const int generation = m_generation;
    call<QList<ExtraField>>(
        method, path, {}, body, context,
        [self, entity, generation, done = std::move(done)](const SpoolmanResult<QList<ExtraField>> &result) {
            if (SpoolmanClient *client = self.data(); client && result.ok())
                client->rememberFields(entity, generation, result.payload);
            done(result);
        },
        [](const QJsonValue &value) { return parseList<ExtraField>(value, &ExtraField::fromJson); },
        tr("a list of extra fields"));
}

void SpoolmanClient::listExtraFields(const QString &entity, QObject *context, Callback<QList<ExtraField>> done)
{
    fieldsCall(Method::Get, QStringLiteral("/field/") + RequestBuilder::encodePathSegment(entity),
        QJsonValue::Undefined, entity, context, std::move(done));
}

void SpoolmanClient::addExtraField(const ExtraField &field, QObject *context, Callback<QList<ExtraField>> done)
{
    fieldsCall(Method::Post,
        QStringLiteral("/field/%1/%2")
            .arg(RequestBuilder::encodePathSegment(field.entityType), RequestBuilder::encodePathSegment(field.key)),
        field.toCreateJson(), field.entityType, context, std::move(done));
}

void SpoolmanClient::deleteExtraField(
    const QString &entity, const QString &key, QObject *context, Callback<QList<ExtraField>> done)
{
    fieldsCall(Method::Delete,
        QStringLiteral("/field/%1/%2")
            .arg(RequestBuilder::encodePathSegment(entity), RequestBuilder::encodePathSegment(key)),
        QJsonValue::Undefined, entity, context, std::move(done));
}

// --- settings

void SpoolmanClient::listSettings(QObject *context, Callback<QList<Setting>> done)
{
    call<QList<Setting>>(
        Method::Get, QStringLiteral("/setting/"), {}, QJsonValue::Undefined, context, std::move(done),
        [](const QJsonValue &value) -> std::optional<QList<Setting>> {
            if (!value.isObject())
                return std::nullopt;
            QList<Setting> settings;
            const QJsonObject object = value.toObject();
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                std::optional<Setting> setting = Setting::fromJson(it.key(), it.value().toObject());
                if (!setting)
                    return std::nullopt;
                settings.append(*setting);
            }
            return settings;
        },
        tr("a list of settings"));
}

void SpoolmanClient::getSetting(const QString &key, QObject *context, Callback<Setting> done)
{
    call<Setting>(
        Method::Get, QStringLiteral("/setting/") + RequestBuilder::encodePathSegment(key), {}, QJsonValue::Undefined,
        context, std::move(done), [key](const QJsonValue &value) { return Setting::fromJson(key, value.toObject()); },
        tr("a setting"));
}

void SpoolmanClient::setSetting(const QString &key, const QJsonValue &value, QObject *context, Callback<Setting> done)
{
    // The body is a JSON string holding the value's JSON text; "null" resets the setting.
    const QJsonValue body(JsonFields::toJsonText(value.isUndefined() ? QJsonValue(QJsonValue::Null) : value));
    call<Setting>(
        Method::Post, QStringLiteral("/setting/") + RequestBuilder::encodePathSegment(key), {}, body, context,
        std::move(done), [key](const QJsonValue &reply) { return Setting::fromJson(key, reply.toObject()); },
        tr("a setting"));
}

// --- locations and SpoolmanDB

void SpoolmanClient::listLocations(QObject *context, Callback<QStringList> done)
{
    call<QStringList>(Method::Get, QStringLiteral("/location"), {}, QJsonValue::Undefined, context, std::move(done),
        stringsFrom, tr("a list of locations"));
}

void SpoolmanClient::renameLocation(const QString &from, const QString &to, QObject *context, Callback<QString> done)
{
    call<QString>(
        Method::Patch, QStringLiteral("/location/") + RequestBuilder::encodePathSegment(from), {},
        QJsonObject {{QStringLiteral("name"), to}}, context, std::move(done),
        [](const QJsonValue &value) -> std::optional<QString> {
            if (!value.isString())
                return std::nullopt;
            return value.toString();
        },
        tr("a location name"));
}

void SpoolmanClient::listExternalFilaments(QObject *context, Callback<QList<ExternalFilament>> done)
{
    call<QList<ExternalFilament>>(
        Method::Get, QStringLiteral("/external/filament"), {}, QJsonValue::Undefined, context, std::move(done),
        [](const QJsonValue &value) { return parseList<ExternalFilament>(value, &ExternalFilament::fromJson); },
        tr("a list of SpoolmanDB filaments"));
}

} // namespace Spoolbridge
