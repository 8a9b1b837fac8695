#include "core/standin/standinentities.h"

#include <QDateTime>
#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace Spoolbridge::Standin::Entities {

namespace {
const double pi = 3.14159265358979323846;

double crossSection(double diameter)
{
    return pi * (diameter / 2.0) * (diameter / 2.0);
}
} // namespace

QString nowString()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + u'Z';
}

QString eventDateString()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Microseconds like Python's isoformat(); Qt keeps milliseconds, so pad them.
    return now.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("000Z");
}

double lengthFromWeight(double weight, double diameter, double density)
{
    if (diameter <= 0 || density <= 0)
        return 0;
    return weight / density * 1000.0 / crossSection(diameter);
}

double weightFromLength(double length, double diameter, double density)
{
    return crossSection(diameter) * length / 1000.0 * density;
}

QJsonObject renderVendor(const QJsonObject &row)
{
    QJsonObject vendor = row;
    if (!vendor.contains(QLatin1String("extra")))
        vendor.insert(QStringLiteral("extra"), QJsonObject {});
    return vendor;
}

QJsonObject renderFilament(const StandinStore &store, const QJsonObject &row)
{
    QJsonObject filament = row;
    const QJsonValue vendorId = filament.take(QLatin1String("vendor_id"));
    if (vendorId.isDouble() && store.contains(StandinStore::Vendors, vendorId.toInteger()))
        filament.insert(QStringLiteral("vendor"), renderVendor(store.row(StandinStore::Vendors, vendorId.toInteger())));
    if (!filament.contains(QLatin1String("extra")))
        filament.insert(QStringLiteral("extra"), QJsonObject {});
    // Colour codes are answered in upper case.
    for (const char *key : {"color_hex", "multi_color_hexes"}) {
        const QJsonValue color = filament.value(QLatin1String(key));
        if (color.isString())
            filament.insert(QLatin1String(key), color.toString().toUpper());
    }
    return filament;
}

QJsonObject renderSpool(const StandinStore &store, const QJsonObject &row, QHash<qint64, QJsonObject> *filamentCache)
{
    QJsonObject spool = row;
    const qint64 filamentId = spool.take(QLatin1String("filament_id")).toInteger();
    QJsonObject filament;
    if (filamentCache && filamentCache->contains(filamentId)) {
        filament = filamentCache->value(filamentId);
    } else {
        filament = renderFilament(store, store.row(StandinStore::Filaments, filamentId));
        if (filamentCache)
            filamentCache->insert(filamentId, filament);
    }
    spool.insert(QStringLiteral("filament"), filament);
    const double density = filament.value(QLatin1String("density")).toDouble();
    const double diameter = filament.value(QLatin1String("diameter")).toDouble();
    const double used = spool.value(QLatin1String("used_weight")).toDouble();
    spool.insert(QStringLiteral("used_weight"), used);
    // Remaining weight from the spool's initial weight, else the filament's weight.
    const QJsonValue initial = spool.value(QLatin1String("initial_weight")).isDouble()
        ? spool.value(QLatin1String("initial_weight"))
        : filament.value(QLatin1String("weight"));
    if (initial.isDouble()) {
        const double remaining = std::max(initial.toDouble() - used, 0.0);
        spool.insert(QStringLiteral("remaining_weight"), remaining);
        spool.insert(QStringLiteral("remaining_length"), lengthFromWeight(remaining, diameter, density));
    }
    spool.insert(QStringLiteral("used_length"), lengthFromWeight(used, diameter, density));
    if (!spool.contains(QLatin1String("archived")))
        spool.insert(QStringLiteral("archived"), false);
    if (!spool.contains(QLatin1String("extra")))
        spool.insert(QStringLiteral("extra"), QJsonObject {});
    return spool;
}

QJsonObject mergeExtra(QJsonObject extra, const QJsonObject &patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.value().isNull())
            extra.remove(it.key());
        else
            extra.insert(it.key(), it.value());
    }
    return extra;
}

} // namespace Spoolbridge::Standin::Entities
