#include "core/app/demoenvironment.h"

#include "core/spoolman/spoolmanclient.h"
#include "core/standin/spoolmanstandin.h"
#include "core/util/logging.h"

#include <QDir>
#include <QTimer>

namespace Spoolbridge {

namespace {

struct SeedFilament {
    const char *vendor; // index into the vendor list by name
    const char *name;
    const char *material;
    const char *color;
    double density;
    int spools; // untagged spools of it
    double usedG;
};

const SeedFilament kFilaments[] = {
    // Same material and colour as the RFID spool in AMS A slot 2: the sync tags it.
    {"Bambu Lab", "PLA Matte Latte Brown", "PLA", "7D6556", 1.32, 1, 0},
    {"Bambu Lab", "PLA Basic White", "PLA", "FFFFFF", 1.26, 1, 420},
    {"Bambu Lab", "PETG HF Blue", "PETG", "2850E0", 1.27, 1, 0},
    {"Polymaker", "PolyLite PETG Blue", "PETG", "2850E0", 1.25, 1, 310},
    {"eSUN", "PLA+ Yellow", "PLA", "F4EE2A", 1.24, 1, 150},
    {"eSUN", "TPU 95A Black", "TPU", "000000", 1.21, 1, 880},
};

} // namespace

DemoEnvironment::DemoEnvironment(QObject *parent)
    : QObject(parent)
    , m_dir(std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/spoolbridge-demo-XXXXXX")))
    , m_standin(new SpoolmanStandin(this))
{ }

DemoEnvironment::~DemoEnvironment()
{
    m_standin->close();
}

QUrl DemoEnvironment::spoolmanUrl() const
{
    return m_standin->baseUrl();
}

QString DemoEnvironment::dataDirectory() const
{
    QString path = m_dir->filePath(QStringLiteral("data"));
    QDir().mkpath(path);
    return path;
}

void DemoEnvironment::start(SpoolmanClient *client)
{
    if (!m_dir->isValid()) {
        Q_EMIT failed(tr("The demo could not create its temporary directory: %1.").arg(m_dir->errorString()));
        return;
    }
    m_standin->setDatabasePath(m_dir->filePath(QStringLiteral("spoolman.db")));
    if (!m_standin->listen()) {
        Q_EMIT failed(tr("The demo Spoolman could not start: %1.").arg(m_standin->errorString()));
        return;
    }
    qCInfo(lcApp) << "demo Spoolman listening on" << m_standin->baseUrl().toString();
    SpoolmanConfig config;
    config.baseUrl = m_standin->baseUrl();
    client->setConfig(config);
    seed(client);
}

void DemoEnvironment::seed(SpoolmanClient *client)
{
    // Vendors first, then the filaments of each, then their spools; one request at a time.
    struct State {
        QHash<QString, int> vendors;
        int index = 0;
        QStringList pendingVendors {QStringLiteral("Bambu Lab"), QStringLiteral("Polymaker"), QStringLiteral("eSUN")};
    };
    auto state = std::make_shared<State>();
    auto next = std::make_shared<std::function<void()>>();
    // The step function holds itself; once seeding ends the cycle is broken on the event loop.
    auto release = [this, next] { QTimer::singleShot(0, this, [next] { *next = nullptr; }); };
    auto fail = [this, release](const QString &message) {
        release();
        Q_EMIT failed(tr("The demo Spoolman could not be filled: %1").arg(message));
    };
    *next = [this, client, state, fail, next, release] {
        if (!state->pendingVendors.isEmpty()) {
            Vendor vendor;
            vendor.name = state->pendingVendors.takeFirst();
            vendor.emptySpoolWeight = vendor.name == QLatin1String("Bambu Lab") ? 250.0 : 200.0;
            client->createVendor(vendor, this, [state, fail, next](const SpoolmanResult<Vendor> &result) {
                if (!result.ok())
                    return fail(result.message);
                state->vendors.insert(result.payload.name, result.payload.id);
                (*next)();
            });
            return;
        }
        if (state->index >= int(std::size(kFilaments))) {
            release();
            m_ready = true;
            Q_EMIT ready();
            return;
        }
        const SeedFilament &seed = kFilaments[state->index++];
        Filament filament;
        filament.name = QString::fromLatin1(seed.name);
        filament.vendorId = state->vendors.value(QString::fromLatin1(seed.vendor));
        filament.material = QString::fromLatin1(seed.material);
        filament.colorHex = QString::fromLatin1(seed.color);
        filament.density = seed.density;
        filament.diameter = 1.75;
        filament.weight = 1000;
        filament.spoolWeight = 250;
        const int spools = seed.spools;
        const double used = seed.usedG;
        client->createFilament(
            filament, this, [this, client, fail, next, spools, used](const SpoolmanResult<Filament> &result) {
                if (!result.ok())
                    return fail(result.message);
                if (spools <= 0)
                    return (*next)();
                Spool spool;
                spool.filament = result.payload;
                spool.initialWeight = 1000;
                spool.remainingWeight = 1000 - used;
                spool.location = tr("Shelf");
                client->createSpool(spool, this, [fail, next](const SpoolmanResult<Spool> &created) {
                    if (!created.ok())
                        return fail(created.message);
                    (*next)();
                });
            });
    };
    (*next)();
}

} // namespace Spoolbridge
