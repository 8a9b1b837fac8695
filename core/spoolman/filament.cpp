#include "core/spoolman/filament.h"

#include "core/spoolman/jsonfields.h"

namespace Spoolbridge {

using namespace JsonFields;

std::optional<Filament> Filament::fromJson(const QJsonObject &object)
{
    const std::optional<int> id = optInt(object, QLatin1String("id"));
    if (!id)
        return std::nullopt;
    Filament filament;
    filament.id = *id;
    filament.registered = object.value(QLatin1String("registered")).toString();
    filament.name = optString(object, QLatin1String("name"));
    if (object.value(QLatin1String("vendor")).isObject()) {
        filament.vendor = Vendor::fromJson(object.value(QLatin1String("vendor")).toObject());
        if (filament.vendor)
            filament.vendorId = filament.vendor->id;
    }
    if (!filament.vendorId)
        filament.vendorId = optInt(object, QLatin1String("vendor_id"));
    filament.material = optString(object, QLatin1String("material"));
    filament.price = optDouble(object, QLatin1String("price"));
    filament.density = object.value(QLatin1String("density")).toDouble();
    filament.diameter = object.value(QLatin1String("diameter")).toDouble();
    filament.weight = optDouble(object, QLatin1String("weight"));
    filament.spoolWeight = optDouble(object, QLatin1String("spool_weight"));
    filament.articleNumber = optString(object, QLatin1String("article_number"));
    filament.comment = optString(object, QLatin1String("comment"));
    filament.settingsExtruderTemp = optInt(object, QLatin1String("settings_extruder_temp"));
    filament.settingsBedTemp = optInt(object, QLatin1String("settings_bed_temp"));
    filament.colorHex = optString(object, QLatin1String("color_hex"));
    filament.multiColorHexes = optString(object, QLatin1String("multi_color_hexes"));
    filament.multiColorDirection = optString(object, QLatin1String("multi_color_direction"));
    filament.externalId = optString(object, QLatin1String("external_id"));
    filament.extra = SpoolmanExtra::fromJson(object.value(QLatin1String("extra")));
    return filament;
}

namespace {
void putCommon(const Filament &filament, QJsonObject &object)
{
    put(object, QLatin1String("name"), filament.name);
    put(object, QLatin1String("material"), filament.material);
    put(object, QLatin1String("price"), filament.price);
    object.insert(QLatin1String("density"), filament.density);
    object.insert(QLatin1String("diameter"), filament.diameter);
    put(object, QLatin1String("weight"), filament.weight);
    put(object, QLatin1String("spool_weight"), filament.spoolWeight);
    put(object, QLatin1String("article_number"), filament.articleNumber);
    put(object, QLatin1String("comment"), filament.comment);
    put(object, QLatin1String("settings_extruder_temp"), filament.settingsExtruderTemp);
    put(object, QLatin1String("settings_bed_temp"), filament.settingsBedTemp);
    put(object, QLatin1String("color_hex"), filament.colorHex);
    put(object, QLatin1String("multi_color_hexes"), filament.multiColorHexes);
    put(object, QLatin1String("multi_color_direction"), filament.multiColorDirection);
    put(object, QLatin1String("external_id"), filament.externalId);
}
} // namespace

QJsonObject Filament::toCreateJson() const
{
    QJsonObject object;
    putCommon(*this, object);
    put(object, QLatin1String("vendor_id"), vendor ? std::optional<int>(vendor->id) : vendorId);
    if (!extra.isEmpty())
        object.insert(QLatin1String("extra"), SpoolmanExtra::toJson(extra));
    return object;
}

QJsonObject Filament::toJson() const
{
    QJsonObject object;
    object.insert(QLatin1String("id"), id);
    if (!registered.isEmpty())
        object.insert(QLatin1String("registered"), registered);
    putCommon(*this, object);
    if (vendor)
        object.insert(QLatin1String("vendor"), vendor->toJson());
    object.insert(QLatin1String("extra"), SpoolmanExtra::toJson(extra));
    return object;
}

} // namespace Spoolbridge
