#include "core/spoolman/spoolquery.h"

namespace Spoolbridge {

QString SpoolQuery::exact(const QString &term)
{
    return u'"' + term + u'"';
}

QueryItems SpoolQuery::toQueryItems() const
{
    QueryItems items;
    const auto add = [&items](const char *key, const std::optional<QString> &value) {
        if (value)
            items.append({QString::fromLatin1(key), *value});
    };
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        items.append({QStringLiteral("extra.") + it.key(), it.value()});
    add("location", location);
    add("filament.id", filamentId);
    add("filament.material", filamentMaterial);
    add("filament.name", filamentName);
    add("filament.vendor.id", vendorId);
    add("lot_nr", lotNr);
    if (allowArchived)
        items.append({QStringLiteral("allow_archived"), QStringLiteral("true")});
    if (!sort.isEmpty())
        items.append({QStringLiteral("sort"), sort});
    if (limit) {
        items.append({QStringLiteral("limit"), QString::number(*limit)});
        items.append({QStringLiteral("offset"), QString::number(offset)});
    }
    return items;
}

} // namespace Spoolbridge
