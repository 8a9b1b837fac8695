#pragma once

#include "core/engine/creationregistry.h"
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
    bool created = false; // false: a spool with the tag appeared meanwhile and is used instead
    QString filamentName;
};

// Creates vendor "Bambu Lab" → filament → spool for a new RFID spool, idempotently: each step
// first looks for what a previous (maybe crashed) run or another printer already created, under
// a process-wide CreationRegistry key, and the spool itself is one POST that carries the tag.
// The caller must own the tag's registry key.
class SpoolProvisioner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpoolProvisioner)

public:
    using Done = std::function<void(const ProvisionResult &)>;

    SpoolProvisioner(SpoolmanClient *client, CreationRegistry *registry, QObject *parent = nullptr);

    void provision(const ProvisionRequest &request, Done done);

    // Whether a failed request means "Spoolman is not reachable" rather than "refused".
    static bool isUnreachable(SpoolmanStatus status);

private:
    void ensureVendor(const ProvisionRequest &request, Done done);
    void ensureFilament(const ProvisionRequest &request, int vendorId, Done done);
    void createFilament(const ProvisionRequest &request, int vendorId, CreationRegistry::Hold hold, Done done);
    void withCatalog(std::function<void(const QList<ExternalFilament> &)> next);
    void createSpool(const ProvisionRequest &request, const Filament &filament, Done done);

    template<class T> static ProvisionResult failure(const SpoolmanResult<T> &result)
    {
        ProvisionResult failed;
        failed.unreachable = isUnreachable(result.status);
        failed.error = result.message;
        return failed;
    }

    SpoolmanClient *m_client;
    CreationRegistry *m_registry;
    std::optional<QList<ExternalFilament>> m_catalog; // SpoolmanDB, read once per connection
};

} // namespace Spoolbridge
