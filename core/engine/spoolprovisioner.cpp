#include "core/engine/spoolprovisioner.h"

#include "core/engine/filamentmatch.h"
#include "core/spoolman/spoolmanextra.h"
#include "core/util/logging.h"

#include <utility>

namespace Spoolbridge {

using namespace FilamentMatch;

SpoolProvisioner::SpoolProvisioner(
    SpoolmanClient *client, CatalogCache *catalog, CreationRegistry *registry, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_catalog(catalog)
    , m_registry(registry)
{
    connect(m_client, &SpoolmanClient::configChanged, this, [this]() { m_catalogDb.reset(); });
}

bool SpoolProvisioner::isUnreachable(SpoolmanStatus status)
{
    switch (status) {
    case SpoolmanStatus::Timeout:
    case SpoolmanStatus::NetworkError:
    case SpoolmanStatus::TlsError:
    case SpoolmanStatus::ServerError:
    case SpoolmanStatus::Unauthorized:
    case SpoolmanStatus::OriginRefused:
    case SpoolmanStatus::BadResponse:
        return true;
    case SpoolmanStatus::Ok:
    case SpoolmanStatus::NotFound:
    case SpoolmanStatus::Invalid:
    case SpoolmanStatus::Conflict:
        break;
    }
    return false;
}

bool SpoolProvisioner::isMissingReference(SpoolmanStatus status, const QString &message)
{
    // Spoolman: 404 {"message":"No filament with ID 7 found."} / "No vendor with ID 3 found."
    return status == SpoolmanStatus::NotFound
        && (message.contains(QLatin1String("No filament with ID"))
            || message.contains(QLatin1String("No vendor with ID")));
}

void SpoolProvisioner::provision(const ProvisionRequest &request, Done done)
{
    run(request, false, std::move(done));
}

void SpoolProvisioner::run(const ProvisionRequest &request, bool retried, Done done)
{
    ensureVendor(request, retried, std::move(done));
}

bool SpoolProvisioner::retryAfterStaleCatalog(
    const ProvisionRequest &request, bool retried, SpoolmanStatus status, const QString &message, Done done)
{
    if (retried || !isMissingReference(status, message))
        return false;
    qCInfo(lcSync).noquote() << "The cached Spoolman catalog is out of date (" << message << "); reading it again";
    m_catalog->invalidate();
    run(request, true, std::move(done));
    return true;
}

void SpoolProvisioner::ensureVendor(const ProvisionRequest &request, bool retried, Done done)
{
    const QString vendorName = QString::fromLatin1(BambuVendorName);
    m_registry->acquire(QStringLiteral("vendor:") + vendorName.toLower(), this,
        [this, request, retried, done = std::move(done)](const CreationRegistry::Hold &hold) {
            pickVendor(request, retried, hold, done, CatalogCache::Freshness::Cached);
        });
}

void SpoolProvisioner::pickVendor(const ProvisionRequest &request, bool retried, const CreationRegistry::Hold &hold,
    const Done &done, CatalogCache::Freshness freshness)
{
    m_catalog->vendors(
        this,
        [this, request, retried, hold, done, freshness](const SpoolmanResult<QList<Vendor>> &list, bool fresh) {
            if (!list.ok()) {
                done(failure(list));
                return;
            }
            const QString vendorName = QString::fromLatin1(BambuVendorName);
            int vendorId = 0; // the oldest vendor of that name
            for (const Vendor &vendor : list.payload) {
                if (vendor.name.trimmed().compare(vendorName, Qt::CaseInsensitive) == 0
                    && (vendorId == 0 || vendor.id < vendorId))
                    vendorId = vendor.id;
            }
            if (vendorId > 0) {
                ensureFilament(request, vendorId, retried, done);
                return;
            }
            if (!fresh && freshness == CatalogCache::Freshness::Cached) {
                // Never create on the word of a list that may be old: read it again first.
                pickVendor(request, retried, hold, done, CatalogCache::Freshness::Reload);
                return;
            }
            Vendor vendor;
            vendor.name = vendorName;
            vendor.emptySpoolWeight = 250;
            m_client->createVendor(
                vendor, this, [this, request, retried, done, hold](const SpoolmanResult<Vendor> &created) {
                    if (!created.ok()) {
                        done(failure(created));
                        return;
                    }
                    qCInfo(lcSync) << "Created the Spoolman vendor" << created.payload.name;
                    m_catalog->rememberVendor(created.payload);
                    ensureFilament(request, created.payload.id, retried, done);
                });
        },
        freshness);
}

void SpoolProvisioner::ensureFilament(const ProvisionRequest &request, int vendorId, bool retried, Done done)
{
    const QString key = QStringLiteral("filament:%1|%2|%3")
                            .arg(vendorId)
                            .arg(request.material.trimmed().toUpper(), normalizeColor(request.color));
    m_registry->acquire(
        key, this, [this, request, vendorId, retried, done = std::move(done)](const CreationRegistry::Hold &hold) {
            pickFilament(request, vendorId, retried, hold, done, CatalogCache::Freshness::Cached);
        });
}

void SpoolProvisioner::pickFilament(const ProvisionRequest &request, int vendorId, bool retried,
    const CreationRegistry::Hold &hold, const Done &done, CatalogCache::Freshness freshness)
{
    m_catalog->filaments(
        this,
        [this, request, vendorId, retried, hold, done, freshness](
            const SpoolmanResult<QList<Filament>> &list, bool fresh) {
            if (!list.ok()) {
                done(failure(list));
                return;
            }
            const std::optional<Filament> found
                = FilamentMatch::pickFilament(list.payload, vendorId, request.material, request.color);
            if (found) {
                createSpool(request, *found, retried, done);
                return;
            }
            if (!fresh && freshness == CatalogCache::Freshness::Cached) {
                pickFilament(request, vendorId, retried, hold, done, CatalogCache::Freshness::Reload);
                return;
            }
            createFilament(request, vendorId, retried, hold, done);
        },
        freshness);
}

void SpoolProvisioner::withCatalog(std::function<void(const QList<ExternalFilament> &)> next)
{
    if (m_catalogDb) {
        next(*m_catalogDb);
        return;
    }
    m_client->listExternalFilaments(
        this, [this, next = std::move(next)](const SpoolmanResult<QList<ExternalFilament>> &catalog) {
            if (catalog.ok()) {
                m_catalogDb = catalog.payload;
                next(*m_catalogDb);
                return;
            }
            // SpoolmanDB is optional (offline servers): fall back to the tray's own data.
            qCInfo(lcSync).noquote() << "SpoolmanDB is not available:" << catalog.message;
            next({});
        });
}

void SpoolProvisioner::createFilament(
    const ProvisionRequest &request, int vendorId, bool retried, CreationRegistry::Hold hold, Done done)
{
    withCatalog([this, request, vendorId, retried, hold = std::move(hold), done = std::move(done)](
                    const QList<ExternalFilament> &catalog) {
        const double labelWeight = request.labelWeightG > 0 ? request.labelWeightG : 1000.0;
        const double diameter = request.diameterMm > 0 ? request.diameterMm : 1.75;
        Filament filament;
        filament.vendorId = vendorId;
        filament.material = request.material.trimmed();
        filament.colorHex = normalizeColor(request.color);
        if (const std::optional<ExternalFilament> entry
            = pickExternal(catalog, request.material, request.color, request.profile, labelWeight, diameter)) {
            filament.name = entry->name;
            filament.density = entry->density > 0 ? entry->density : densityFor(request.material);
            filament.diameter = entry->diameter > 0 ? entry->diameter : diameter;
            filament.weight = entry->weight > 0 ? entry->weight : labelWeight;
            filament.spoolWeight = entry->spoolWeight;
            filament.externalId = entry->id;
            filament.settingsExtruderTemp = entry->extruderTemp;
            filament.settingsBedTemp = entry->bedTemp;
        } else {
            const QString profile = request.profile.trimmed().isEmpty() ? request.material : request.profile;
            filament.name = profile.trimmed();
            filament.density = densityFor(request.material);
            filament.diameter = diameter;
            filament.weight = labelWeight;
        }
        m_client->createFilament(
            filament, this, [this, request, retried, done, hold](const SpoolmanResult<Filament> &created) {
                if (!created.ok()) {
                    if (!retryAfterStaleCatalog(request, retried, created.status, created.message, done))
                        done(failure(created));
                    return;
                }
                qCInfo(lcSync).noquote() << "Created the Spoolman filament" << created.payload.id
                                         << created.payload.name.value_or(QString());
                m_catalog->rememberFilament(created.payload);
                createSpool(request, created.payload, retried, done);
            });
    });
}

void SpoolProvisioner::createSpool(
    const ProvisionRequest &request, const Filament &filament, bool retried, const Done &done)
{
    // No tag lookup here: the caller looked the tag up while holding its registry key.
    const QString filamentName
        = QStringLiteral("%1 %2").arg(QString::fromLatin1(BambuVendorName), filament.name.value_or(QString()));
    QJsonObject body {{QStringLiteral("filament_id"), filament.id}};
    const double labelWeight = request.labelWeightG > 0 ? request.labelWeightG : filament.weight.value_or(1000.0);
    body.insert(QStringLiteral("initial_weight"), labelWeight);
    body.insert(QStringLiteral("remaining_weight"), request.remainingWeight.value_or(labelWeight));
    if (!request.location.isEmpty())
        body.insert(QStringLiteral("location"), request.location);
    body.insert(QStringLiteral("comment"), tr("Created by Spoolbridge from the AMS"));
    body.insert(QStringLiteral("extra"),
        QJsonObject {{QStringLiteral("tag"), SpoolmanExtra::encodeText(request.tag.trimmed().toUpper())}});
    m_client->createSpool(
        body, this, [this, request, retried, done, filamentName](const SpoolmanResult<Spool> &created) {
            if (!created.ok()) {
                // A 4xx created nothing, so trying again cannot duplicate the spool.
                if (!retryAfterStaleCatalog(request, retried, created.status, created.message, done))
                    done(failure(created));
                return;
            }
            qCInfo(lcSync).noquote() << "Created the Spoolman spool" << created.payload.id << filamentName;
            ProvisionResult result;
            result.ok = true;
            result.created = true;
            result.spool = created.payload;
            result.filamentName = filamentName;
            done(result);
        });
}

} // namespace Spoolbridge
