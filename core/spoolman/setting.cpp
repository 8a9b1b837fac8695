#include "core/spoolman/setting.h"

#include "core/spoolman/jsonfields.h"

namespace Spoolbridge {

std::optional<QJsonValue> Setting::decodedValue() const
{
    return JsonFields::fromJsonText(value);
}

std::optional<Setting> Setting::fromJson(const QString &key, const QJsonObject &object)
{
    if (!object.value(QLatin1String("value")).isString())
        return std::nullopt;
    Setting setting;
    setting.key = key;
    setting.value = object.value(QLatin1String("value")).toString();
    setting.isSet = object.value(QLatin1String("is_set")).toBool();
    setting.type = object.value(QLatin1String("type")).toString();
    return setting;
}

QJsonObject Setting::toJson() const
{
    return QJsonObject {
        {QStringLiteral("value"), value}, {QStringLiteral("is_set"), isSet}, {QStringLiteral("type"), type}};
}

} // namespace Spoolbridge
