#include "core/spoolman/externalfilament.h"

#include "core/spoolman/jsonfields.h"

#include <QJsonArray>

namespace Spoolbridge {

using namespace JsonFields;

std::optional<ExternalFilament> ExternalFilament::fromJson(const QJsonObject &object)
{
    const std::optional<QString> id = optString(object, QLatin1String("id"));
    if (!id)
        return std::nullopt;
    ExternalFilament filament;
    filament.id = *id;
    filament.manufacturer = object.value(QLatin1String("manufacturer")).toString();
    filament.name = object.value(QLatin1String("name")).toString();
    filament.material = object.value(QLatin1String("material")).toString();
    filament.density = object.value(QLatin1String("density")).toDouble();
    filament.weight = object.value(QLatin1String("weight")).toDouble();
    filament.spoolWeight = optDouble(object, QLatin1String("spool_weight"));
    filament.spoolType = optString(object, QLatin1String("spool_type"));
    filament.diameter = object.value(QLatin1String("diameter")).toDouble();
    filament.colorHex = optString(object, QLatin1String("color_hex"));
    filament.colorHexes = stringList(object, QLatin1String("color_hexes"));
    filament.extruderTemp = optInt(object, QLatin1String("extruder_temp"));
    filament.bedTemp = optInt(object, QLatin1String("bed_temp"));
    filament.finish = optString(object, QLatin1String("finish"));
    filament.multiColorDirection = optString(object, QLatin1String("multi_color_direction"));
    filament.pattern = optString(object, QLatin1String("pattern"));
    filament.translucent = object.value(QLatin1String("translucent")).toBool();
    filament.glow = object.value(QLatin1String("glow")).toBool();
    return filament;
}

QJsonObject ExternalFilament::toJson() const
{
    QJsonObject object;
    object.insert(QLatin1String("id"), id);
    object.insert(QLatin1String("manufacturer"), manufacturer);
    object.insert(QLatin1String("name"), name);
    object.insert(QLatin1String("material"), material);
    object.insert(QLatin1String("density"), density);
    object.insert(QLatin1String("weight"), weight);
    put(object, QLatin1String("spool_weight"), spoolWeight);
    put(object, QLatin1String("spool_type"), spoolType);
    object.insert(QLatin1String("diameter"), diameter);
    put(object, QLatin1String("color_hex"), colorHex);
    if (!colorHexes.isEmpty())
        object.insert(QLatin1String("color_hexes"), QJsonArray::fromStringList(colorHexes));
    put(object, QLatin1String("extruder_temp"), extruderTemp);
    put(object, QLatin1String("bed_temp"), bedTemp);
    put(object, QLatin1String("finish"), finish);
    put(object, QLatin1String("multi_color_direction"), multiColorDirection);
    put(object, QLatin1String("pattern"), pattern);
    object.insert(QLatin1String("translucent"), translucent);
    object.insert(QLatin1String("glow"), glow);
    return object;
}

} // namespace Spoolbridge
