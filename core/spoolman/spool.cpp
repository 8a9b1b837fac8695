#include "core/spoolman/spool.h"

#include "core/spoolman/jsonfields.h"

namespace Spoolbridge {

using namespace JsonFields;

std::optional<QString> Spool::tag(const QString &key) const
{
    return SpoolmanExtra::text(extra, key);
}

std::optional<Spool> Spool::fromJson(const QJsonObject &object)
{
    const std::optional<int> id = optInt(object, QLatin1String("id"));
    const std::optional<Filament> filament = Filament::fromJson(object.value(QLatin1String("filament")).toObject());
    if (!id || !filament)
        return std::nullopt;
    Spool spool;
    spool.id = *id;
    spool.filament = *filament;
    spool.registered = object.value(QLatin1String("registered")).toString();
    spool.firstUsed = optString(object, QLatin1String("first_used"));
    spool.lastUsed = optString(object, QLatin1String("last_used"));
    spool.price = optDouble(object, QLatin1String("price"));
    spool.remainingWeight = optDouble(object, QLatin1String("remaining_weight"));
    spool.initialWeight = optDouble(object, QLatin1String("initial_weight"));
    spool.spoolWeight = optDouble(object, QLatin1String("spool_weight"));
    spool.usedWeight = object.value(QLatin1String("used_weight")).toDouble();
    spool.remainingLength = optDouble(object, QLatin1String("remaining_length"));
    spool.usedLength = object.value(QLatin1String("used_length")).toDouble();
    spool.location = optString(object, QLatin1String("location"));
    spool.lotNr = optString(object, QLatin1String("lot_nr"));
    spool.comment = optString(object, QLatin1String("comment"));
    spool.archived = object.value(QLatin1String("archived")).toBool();
    spool.extra = SpoolmanExtra::fromJson(object.value(QLatin1String("extra")));
    return spool;
}

QJsonObject Spool::toJson() const
{
    QJsonObject object;
    object.insert(QLatin1String("id"), id);
    if (!registered.isEmpty())
        object.insert(QLatin1String("registered"), registered);
    put(object, QLatin1String("first_used"), firstUsed);
    put(object, QLatin1String("last_used"), lastUsed);
    object.insert(QLatin1String("filament"), filament.toJson());
    put(object, QLatin1String("price"), price);
    put(object, QLatin1String("remaining_weight"), remainingWeight);
    put(object, QLatin1String("initial_weight"), initialWeight);
    put(object, QLatin1String("spool_weight"), spoolWeight);
    object.insert(QLatin1String("used_weight"), usedWeight);
    put(object, QLatin1String("remaining_length"), remainingLength);
    object.insert(QLatin1String("used_length"), usedLength);
    put(object, QLatin1String("location"), location);
    put(object, QLatin1String("lot_nr"), lotNr);
    put(object, QLatin1String("comment"), comment);
    object.insert(QLatin1String("archived"), archived);
    object.insert(QLatin1String("extra"), SpoolmanExtra::toJson(extra));
    return object;
}

QJsonObject Spool::toCreateJson() const
{
    QJsonObject object;
    object.insert(QLatin1String("filament_id"), filament.id);
    put(object, QLatin1String("first_used"), firstUsed);
    put(object, QLatin1String("last_used"), lastUsed);
    put(object, QLatin1String("price"), price);
    put(object, QLatin1String("initial_weight"), initialWeight);
    put(object, QLatin1String("spool_weight"), spoolWeight);
    if (remainingWeight)
        object.insert(QLatin1String("remaining_weight"), *remainingWeight);
    else if (usedWeight > 0)
        object.insert(QLatin1String("used_weight"), usedWeight);
    put(object, QLatin1String("location"), location);
    put(object, QLatin1String("lot_nr"), lotNr);
    put(object, QLatin1String("comment"), comment);
    if (archived)
        object.insert(QLatin1String("archived"), true);
    if (!extra.isEmpty())
        object.insert(QLatin1String("extra"), SpoolmanExtra::toJson(extra));
    return object;
}

} // namespace Spoolbridge
