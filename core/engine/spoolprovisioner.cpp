#include "core/engine/spoolprovisioner.h"

#include "core/engine/filamentmatch.h"
#include "core/spoolman/spoolmanextra.h"
#include "core/util/logging.h"

#include <utility>

namespace Spoolbridge {

using namespace FilamentMatch;

SpoolProvisioner::SpoolProvisioner(SpoolmanClient *client, CreationRegistry *registry, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_registry(registry)
{
    connect(m_client, &SpoolmanClient::configChanged, this, [this]() { m_catalog.reset(); });
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

void SpoolProvisioner::provision(const ProvisionRequest &request, Done done)
{
    ensureVendor(request, std::move(done));
}

void SpoolProvisioner::ensureVendor(const ProvisionRequest &request, Done done)
{
    const QString vendorName = QString::fromLatin1(BambuVendorName);
    m_registry->acquire(QStringLiteral("vendor:") + vendorName.toLower(), this,
        [this, request, vendorName, done = std::move(done)](CreationRegistry::Hold hold) {
            m_client->listVendors({{QStringLiteral("name"), vendorName}}, this,
                [this, request, vendorName, done, hold = std::move(hold)](const SpoolmanResult<QList<Vendor>> &list) {
                    if (!list.ok()) {
                        done(failure(list));
                        return;
                    }
                    int vendorId = 0;
                    for (const Vendor &vendor : list.payload) {
                        if (vendor.name.trimmed().compare(vendorName, Qt::CaseInsensitive) == 0
                            && (vendorId == 0 || vendor.id < vendorId))
                            vendorId = vendor.id;
                    }
                    if (vendorId > 0) {
                        ensureFilament(request, vendorId, done);
                        return;
                    }
                    Vendor vendor;
                    vendor.name = vendorName;
                    vendor.emptySpoolWeight = 250;
                    m_client->createVendor(
                        vendor, this, [this, request, done, hold](const SpoolmanResult<Vendor> &created) {
                            if (!created.ok()) {
                                done(failure(created));
                                return;
                            }
                            qCInfo(lcSync) << "Created the Spoolman vendor" << created.payload.name;
                            ensureFilament(request, created.payload.id, done);
                        });
                });
        });
}

void SpoolProvisioner::ensureFilament(const ProvisionRequest &request, int vendorId, Done done)
{
    const QString key = QStringLiteral("filament:%1|%2|%3")
                            .arg(vendorId)
                            .arg(request.material.trimmed().toUpper(), normalizeColor(request.color));
    m_registry->acquire(key, this, [this, request, vendorId, done = std::move(done)](CreationRegistry::Hold hold) {
        const QueryItems filters {{QStringLiteral("vendor.id"), QString::number(vendorId)},
            {QStringLiteral("material"), request.material.trimmed()}};
        m_client->listFilaments(filters, this,
            [this, request, vendorId, done, hold = std::move(hold)](const SpoolmanResult<QList<Filament>> &list) {
                if (!list.ok()) {
                    done(failure(list));
                    return;
                }
                if (const std::optional<Filament> found
                    = pickFilament(list.payload, vendorId, request.material, request.color)) {
                    createSpool(request, *found, done);
                    return;
                }
                createFilament(request, vendorId, hold, done);
            });
    });
}

void SpoolProvisioner::withCatalog(std::function<void(const QList<ExternalFilament> &)> next)
{
    if (m_catalog) {
        next(*m_catalog);
        return;
    }
    m_client->listExternalFilaments(
        this, [this, next = std::move(next)](const SpoolmanResult<QList<ExternalFilament>> &catalog) {
            if (catalog.ok()) {
                m_catalog = catalog.payload;
                next(*m_catalog);
                return;
            }
            // SpoolmanDB is optional (offline servers): fall back to the tray's own data.
            qCInfo(lcSync).noquote() << "SpoolmanDB is not available:" << catalog.message;
            next({});
        });
}

void SpoolProvisioner::createFilament(
    const ProvisionRequest &request, int vendorId, CreationRegistry::Hold hold, Done done)
{
    withCatalog([this, request, vendorId, hold = std::move(hold), done = std::move(done)](
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
        m_client->createFilament(filament, this, [this, request, done, hold](const SpoolmanResult<Filament> &created) {
            if (!created.ok()) {
                done(failure(created));
                return;
            }
            qCInfo(lcSync).noquote() << "Created the Spoolman filament" << created.payload.id
                                     << created.payload.name.value_or(QString());
            createSpool(request, created.payload, done);
        });
    });
}

void SpoolProvisioner::createSpool(const ProvisionRequest &request, const Filament &filament, Done done)
{
    // Last look right before the POST: a spool with this tag may exist by now (another tool,
    // a restart that finished the POST but lost the answer).
    m_client->findSpoolsByTag(request.tag, this,
        [this, request, filament, done = std::move(done)](const SpoolmanResult<QList<Spool>> &found) {
            if (!found.ok()) {
                done(failure(found));
                return;
            }
            const QString filamentName
                = QStringLiteral("%1 %2").arg(QString::fromLatin1(BambuVendorName), filament.name.value_or(QString()));
            if (!found.payload.isEmpty()) {
                ProvisionResult result;
                result.ok = true;
                result.spool = found.payload.first();
                result.filamentName = filamentName;
                done(result);
                return;
            }
            QJsonObject body {{QStringLiteral("filament_id"), filament.id}};
            const double labelWeight
                = request.labelWeightG > 0 ? request.labelWeightG : filament.weight.value_or(1000.0);
            body.insert(QStringLiteral("initial_weight"), labelWeight);
            body.insert(QStringLiteral("remaining_weight"), request.remainingWeight.value_or(labelWeight));
            if (!request.location.isEmpty())
                body.insert(QStringLiteral("location"), request.location);
            body.insert(QStringLiteral("comment"), tr("Created by Spoolbridge from the AMS"));
            body.insert(QStringLiteral("extra"),
                QJsonObject {{QStringLiteral("tag"), SpoolmanExtra::encodeText(request.tag.trimmed().toUpper())}});
            m_client->createSpool(body, this, [done, filamentName](const SpoolmanResult<Spool> &created) {
                if (!created.ok()) {
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
        });
}

} // namespace Spoolbridge
