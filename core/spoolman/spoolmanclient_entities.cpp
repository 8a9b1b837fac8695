// SpoolmanClient: vendors, filaments and spools.
#include "core/spoolman/spoolmanclient.h"

namespace Spoolbridge {

namespace {
QString idPath(const char *collection, int id)
{
    return QStringLiteral("/%1/%2").arg(QLatin1String(collection)).arg(id);
}

std::optional<Vendor> vendorFrom(const QJsonValue &value)
{
    return Vendor::fromJson(value.toObject());
}
std::optional<Filament> filamentFrom(const QJsonValue &value)
{
    return Filament::fromJson(value.toObject());
}
std::optional<Spool> spoolFrom(const QJsonValue &value)
{
    return Spool::fromJson(value.toObject());
}
} // namespace

// --- vendors

void SpoolmanClient::listVendors(const QueryItems &filters, QObject *context, Callback<QList<Vendor>> done)
{
    call<QList<Vendor>>(
        Method::Get, QStringLiteral("/vendor"), filters, QJsonValue::Undefined, context, std::move(done),
        [](const QJsonValue &value) { return parseList<Vendor>(value, &Vendor::fromJson); }, tr("a vendor list"));
}

void SpoolmanClient::getVendor(int id, QObject *context, Callback<Vendor> done)
{
    call<Vendor>(Method::Get, idPath("vendor", id), {}, QJsonValue::Undefined, context, std::move(done), vendorFrom,
        tr("a vendor"));
}

void SpoolmanClient::createVendor(const Vendor &vendor, QObject *context, Callback<Vendor> done)
{
    call<Vendor>(Method::Post, QStringLiteral("/vendor"), {}, vendor.toCreateJson(), context, std::move(done),
        vendorFrom, tr("a vendor"));
}

void SpoolmanClient::patchVendor(int id, const QJsonObject &changes, QObject *context, Callback<Vendor> done)
{
    call<Vendor>(
        Method::Patch, idPath("vendor", id), {}, changes, context, std::move(done), vendorFrom, tr("a vendor"));
}

void SpoolmanClient::deleteVendor(int id, QObject *context, Callback<QJsonValue> done)
{
    send(Method::Delete, idPath("vendor", id), {}, QJsonValue::Undefined, context, std::move(done));
}

// --- filaments

void SpoolmanClient::listFilaments(const QueryItems &filters, QObject *context, Callback<QList<Filament>> done)
{
    call<QList<Filament>>(
        Method::Get, QStringLiteral("/filament"), filters, QJsonValue::Undefined, context, std::move(done),
        [](const QJsonValue &value) { return parseList<Filament>(value, &Filament::fromJson); }, tr("a filament list"));
}

void SpoolmanClient::getFilament(int id, QObject *context, Callback<Filament> done)
{
    call<Filament>(Method::Get, idPath("filament", id), {}, QJsonValue::Undefined, context, std::move(done),
        filamentFrom, tr("a filament"));
}

void SpoolmanClient::createFilament(const Filament &filament, QObject *context, Callback<Filament> done)
{
    call<Filament>(Method::Post, QStringLiteral("/filament"), {}, filament.toCreateJson(), context, std::move(done),
        filamentFrom, tr("a filament"));
}

void SpoolmanClient::patchFilament(int id, const QJsonObject &changes, QObject *context, Callback<Filament> done)
{
    call<Filament>(
        Method::Patch, idPath("filament", id), {}, changes, context, std::move(done), filamentFrom, tr("a filament"));
}

void SpoolmanClient::deleteFilament(int id, QObject *context, Callback<QJsonValue> done)
{
    send(Method::Delete, idPath("filament", id), {}, QJsonValue::Undefined, context, std::move(done));
}

// --- spools

void SpoolmanClient::listSpools(const SpoolQuery &query, QObject *context, Callback<QList<Spool>> done)
{
    call<QList<Spool>>(
        Method::Get, QStringLiteral("/spool"), query.toQueryItems(), QJsonValue::Undefined, context, std::move(done),
        [](const QJsonValue &value) { return parseList<Spool>(value, &Spool::fromJson); }, tr("a spool list"));
}

void SpoolmanClient::listAllSpools(const SpoolQuery &query, int pageSize, QObject *context, Callback<QList<Spool>> done)
{
    SpoolQuery first = query;
    first.offset = 0;
    listSpoolPage(first, qMax(1, pageSize), {}, context, std::move(done));
}

void SpoolmanClient::listSpoolPage(
    const SpoolQuery &query, int pageSize, QList<Spool> collected, QObject *context, Callback<QList<Spool>> done)
{
    SpoolQuery page = query;
    page.limit = pageSize;
    QPointer<QObject> guard(context);
    QPointer<SpoolmanClient> self(this);
    const bool hasContext = context != nullptr;
    listSpools(page, context,
        [self, page, pageSize, collected = std::move(collected), guard, hasContext, done = std::move(done)](
            const SpoolmanResult<QList<Spool>> &result) mutable {
            if (!result.ok()) {
                done(result);
                return;
            }
            collected.append(result.payload);
            const qint64 total = result.totalCount;
            const bool more
                = total >= 0 ? page.offset + result.payload.size() < total : result.payload.size() == pageSize;
            if (!more || result.payload.isEmpty()) {
                SpoolmanResult<QList<Spool>> all = result;
                all.payload = std::move(collected);
                all.totalCount = total >= 0 ? total : all.payload.size();
                done(all);
                return;
            }
            SpoolmanClient *client = self.data();
            if (!client || (hasContext && !guard))
                return;
            SpoolQuery next = page;
            next.offset = page.offset + int(result.payload.size());
            client->listSpoolPage(next, pageSize, std::move(collected), guard.data(), std::move(done));
        });
}

void SpoolmanClient::getSpool(int id, QObject *context, Callback<Spool> done)
{
    call<Spool>(Method::Get, idPath("spool", id), {}, QJsonValue::Undefined, context, std::move(done), spoolFrom,
        tr("a spool"));
}

void SpoolmanClient::createSpool(const Spool &spool, QObject *context, Callback<Spool> done)
{
    createSpool(spool.toCreateJson(), context, std::move(done));
}

void SpoolmanClient::createSpool(const QJsonObject &body, QObject *context, Callback<Spool> done)
{
    call<Spool>(Method::Post, QStringLiteral("/spool"), {}, body, context, std::move(done), spoolFrom, tr("a spool"));
}

void SpoolmanClient::patchSpool(int id, const QJsonObject &changes, QObject *context, Callback<Spool> done)
{
    call<Spool>(Method::Patch, idPath("spool", id), {}, changes, context, std::move(done), spoolFrom, tr("a spool"));
}

void SpoolmanClient::deleteSpool(int id, QObject *context, Callback<QJsonValue> done)
{
    send(Method::Delete, idPath("spool", id), {}, QJsonValue::Undefined, context, std::move(done));
}

void SpoolmanClient::useWeight(int id, double grams, QObject *context, Callback<Spool> done)
{
    call<Spool>(Method::Put, idPath("spool", id) + QStringLiteral("/use"), {},
        QJsonObject {{QStringLiteral("use_weight"), grams}}, context, std::move(done), spoolFrom, tr("a spool"));
}

void SpoolmanClient::useLength(int id, double millimetres, QObject *context, Callback<Spool> done)
{
    call<Spool>(Method::Put, idPath("spool", id) + QStringLiteral("/use"), {},
        QJsonObject {{QStringLiteral("use_length"), millimetres}}, context, std::move(done), spoolFrom, tr("a spool"));
}

void SpoolmanClient::measure(int id, double grossGrams, QObject *context, Callback<Spool> done)
{
    call<Spool>(Method::Put, idPath("spool", id) + QStringLiteral("/measure"), {},
        QJsonObject {{QStringLiteral("weight"), grossGrams}}, context, std::move(done), spoolFrom, tr("a spool"));
}

} // namespace Spoolbridge
