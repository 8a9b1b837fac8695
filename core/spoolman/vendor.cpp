#include "core/spoolman/vendor.h"

#include "core/spoolman/jsonfields.h"

namespace Spoolbridge {

using namespace JsonFields;

std::optional<Vendor> Vendor::fromJson(const QJsonObject &object)
{
    const std::optional<int> id = optInt(object, QLatin1String("id"));
    const std::optional<QString> name = optString(object, QLatin1String("name"));
    if (!id || !name)
        return std::nullopt;
    Vendor vendor;
    vendor.id = *id;
    vendor.name = *name;
    vendor.registered = object.value(QLatin1String("registered")).toString();
    vendor.comment = optString(object, QLatin1String("comment"));
    vendor.emptySpoolWeight = optDouble(object, QLatin1String("empty_spool_weight"));
    vendor.externalId = optString(object, QLatin1String("external_id"));
    vendor.extra = SpoolmanExtra::fromJson(object.value(QLatin1String("extra")));
    return vendor;
}

QJsonObject Vendor::toCreateJson() const
{
    QJsonObject object;
    object.insert(QLatin1String("name"), name);
    put(object, QLatin1String("comment"), comment);
    put(object, QLatin1String("empty_spool_weight"), emptySpoolWeight);
    put(object, QLatin1String("external_id"), externalId);
    if (!extra.isEmpty())
        object.insert(QLatin1String("extra"), SpoolmanExtra::toJson(extra));
    return object;
}

QJsonObject Vendor::toJson() const
{
    QJsonObject object = toCreateJson();
    object.insert(QLatin1String("id"), id);
    if (!registered.isEmpty())
        object.insert(QLatin1String("registered"), registered);
    object.insert(QLatin1String("extra"), SpoolmanExtra::toJson(extra));
    return object;
}

} // namespace Spoolbridge
