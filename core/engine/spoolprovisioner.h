#pragma once

#include "core/engine/creationregistry.h"
#include "core/spoolman/catalogcache.h"
#include "core/spoolman/spoolmanclient.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <optional>

namespace Spoolbridge {

// What a new Bambu RFID spool looks like, from its tray.
struct ProvisionRequest {
    QString tag; // tray_uuid (else tag_uid)
    QString material; // "PLA"
    QString profile; // tray_sub_brands, "PLA Matte"
    QString color; // RRGGBB(AA)
    int labelWeightG = 0; // tray_weight, 0 = unknown (1000 is assumed)
    double diameterMm = 0; // 0 = unknown (1.75 is assumed)
    std::optional<double> remainingWeight; // label weight × remain % when trustworthy
    QString location; // written with the spool, empty = none
};

struct ProvisionResult {
    bool ok = false;
    bool unreachable = false; // Spoolman did not answer: try again later
    QString error; // one readable sentence when !ok
    Spool spool;
    bool created = false;
    QString filamentName;
};

// Creates vendor "Bambu Lab" → filament → spool for a new RFID spool, idempotently: vendor and
// filament come from the CatalogCache (a miss is confirmed by reading the list again before
// anything is created, under a process-wide CreationRegistry key), and the spool itself is one
// POST that carries the tag. The caller must own the tag's registry key and have looked the tag
// up on the server while holding it (that lookup is the duplicate guard). A POST that Spoolman
// refuses because the cached filament or vendor is gone (404 "No filament with ID …") drops the
// cached lists and is tried once more with fresh ones.
class SpoolProvisioner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpoolProvisioner)

public:
    using Done = std::function<void(const ProvisionResult &)>;

    SpoolProvisioner(
        SpoolmanClient *client, CatalogCache *catalog, CreationRegistry *registry, QObject *parent = nullptr);

    void provision(const ProvisionRequest &request, Done done);

    // Whether a failed request means "Spoolman is not reachable" rather than "refused".
    static bool isUnreachable(SpoolmanStatus status);
    // Whether Spoolman refused a write because a vendor or filament id it names is gone.
    static bool isMissingReference(SpoolmanStatus status, const QString &message);

private:
    void run(const ProvisionRequest &request, bool retried, Done done);
    void ensureVendor(const ProvisionRequest &request, bool retried, Done done);
    void pickVendor(const ProvisionRequest &request, bool retried, const CreationRegistry::Hold &hold, const Done &done,
        CatalogCache::Freshness freshness);
    void ensureFilament(const ProvisionRequest &request, int vendorId, bool retried, Done done);
    void pickFilament(const ProvisionRequest &request, int vendorId, bool retried, const CreationRegistry::Hold &hold,
        const Done &done, CatalogCache::Freshness freshness);
    void createFilament(
        const ProvisionRequest &request, int vendorId, bool retried, CreationRegistry::Hold hold, Done done);
    void withCatalog(std::function<void(const QList<ExternalFilament> &)> next);
    void createSpool(const ProvisionRequest &request, const Filament &filament, bool retried, const Done &done);
    // Spoolman no longer knows an id from the cached lists: read them again and start over once.
    bool retryAfterStaleCatalog(
        const ProvisionRequest &request, bool retried, SpoolmanStatus status, const QString &message, Done done);

    template<class T> static ProvisionResult failure(const SpoolmanResult<T> &result)
    {
        ProvisionResult failed;
        failed.unreachable = isUnreachable(result.status);
        failed.error = result.message;
        return failed;
    }

    SpoolmanClient *m_client;
    CatalogCache *m_catalog;
    CreationRegistry *m_registry;
    std::optional<QList<ExternalFilament>> m_catalogDb; // SpoolmanDB, read once per connection
};

} // namespace Spoolbridge
