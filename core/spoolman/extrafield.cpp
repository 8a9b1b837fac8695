#include "core/spoolman/extrafield.h"

#include "core/spoolman/jsonfields.h"

#include <QJsonArray>

namespace Spoolbridge {

using namespace JsonFields;

std::optional<ExtraField> ExtraField::fromJson(const QJsonObject &object)
{
    const std::optional<QString> key = optString(object, QLatin1String("key"));
    const std::optional<QString> type = optString(object, QLatin1String("field_type"));
    if (!key || !type)
        return std::nullopt;
    ExtraField field;
    field.key = *key;
    field.fieldType = *type;
    field.entityType = object.value(QLatin1String("entity_type")).toString();
    field.name = object.value(QLatin1String("name")).toString();
    field.order = optInt(object, QLatin1String("order")).value_or(0);
    field.unit = optString(object, QLatin1String("unit"));
    field.defaultValue = optString(object, QLatin1String("default_value"));
    field.choices = stringList(object, QLatin1String("choices"));
    field.multiChoice = optBool(object, QLatin1String("multi_choice"));
    return field;
}

QJsonObject ExtraField::toCreateJson() const
{
    QJsonObject object;
    object.insert(QLatin1String("name"), name);
    object.insert(QLatin1String("order"), order);
    object.insert(QLatin1String("field_type"), fieldType);
    put(object, QLatin1String("unit"), unit);
    put(object, QLatin1String("default_value"), defaultValue);
    if (!choices.isEmpty())
        object.insert(QLatin1String("choices"), QJsonArray::fromStringList(choices));
    put(object, QLatin1String("multi_choice"), multiChoice);
    return object;
}

QJsonObject ExtraField::toJson() const
{
    QJsonObject object = toCreateJson();
    object.insert(QLatin1String("key"), key);
    object.insert(QLatin1String("entity_type"), entityType);
    return object;
}

QList<ExtraField> requiredExtraFields()
{
    ExtraField tag;
    tag.key = QStringLiteral("tag");
    tag.entityType = QStringLiteral("spool");
    tag.name = QStringLiteral("Tag");
    tag.fieldType = QStringLiteral("text");
    return {tag};
}

} // namespace Spoolbridge
