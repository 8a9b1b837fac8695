#pragma once

#include "core/engine/creationregistry.h"
#include "core/engine/linkstore.h"
#include "core/engine/syncengine.h"
#include "core/spoolman/spoolmanclient.h"
#include "core/standin/spoolmanstandin.h"

#include <QJsonObject>
#include <QNetworkAccessManager>

#include <memory>

namespace Spoolbridge::Test {

// A stand-in Spoolman on a free loopback port (SQLite in a temp dir), a client for it, a
// LinkStore file and a CreationRegistry of its own, plus helpers to drive engines.
class EngineEnv
{
public:
    EngineEnv();
    ~EngineEnv();

    SpoolmanStandin &standin() { return *m_standin; }
    SpoolmanClient &client() { return *m_client; }
    LinkStore &links() { return m_links; }
    CreationRegistry &registry() { return m_registry; }
    QString dir() const { return m_dir; }
    QString databasePath() const { return m_dir + QStringLiteral("/spoolman.sqlite"); }

    // Stops and restarts the stand-in on the same port and database.
    void stopStandin();
    void startStandin();
    bool standinRunning() const { return m_standin != nullptr; }

    // A printer model fed with a fixture's full report.
    std::unique_ptr<PrinterModel> printer(const QString &fixture, const QString &serial);
    // An engine in Manual mode (tests call sync()) unless `settings` says otherwise.
    std::unique_ptr<SyncEngine> engine(PrinterModel *printer, EngineSettings settings = manualSettings());
    static EngineSettings manualSettings();

    // syncNow() and wait for its result.
    SyncResult sync(SyncEngine &engine);
    // Waits for the next syncFinished of `engine` (auto mode).
    SyncResult nextResult(SyncEngine &engine, int timeoutMs = 10000);
    // Runs `trigger` and waits for the sync it causes.
    SyncResult resultOf(SyncEngine &engine, const std::function<void()> &trigger, int timeoutMs = 10000);

    // Blocking helpers on the stand-in (through the client).
    QList<Spool> spools(bool archived = true);
    QList<Spool> spoolsWithTag(const QString &tag);
    std::optional<Spool> spool(int id);
    QList<Vendor> vendors();
    QList<Filament> filaments();
    Spool createSpool(const QJsonObject &body);
    Spool patchSpool(int id, const QJsonObject &changes);
    Filament createFilament(const QString &name, const QString &material, const QString &color, int vendorId = 0);
    int createVendor(const QString &name);
    void registerTagField();

    // Requests the stand-in served since the last call ("GET /api/v1/spool").
    QStringList takeRequests();

private:
    std::unique_ptr<SpoolmanStandin> m_standin;
    QNetworkAccessManager m_network;
    std::unique_ptr<SpoolmanClient> m_client;
    LinkStore m_links;
    CreationRegistry m_registry;
    QString m_dir;
    quint16 m_port = 0;
    QStringList m_requests;
};

// {"print":{"ams":{…}}} delta that puts a tray into (or, with an empty type, removes it from) a
// unit, updating tray_exist_bits from `model`'s current report.
QJsonObject trayDelta(const PrinterModel &model, int unit, int slot, const QJsonObject &tray);
QJsonObject rfidTray(
    int slot, const QString &type, const QString &profile, const QString &color, const QString &uuid, int remain = -1);
QJsonObject thirdPartyTray(int slot, const QString &type, const QString &color);
QJsonObject emptyTray(int slot);

} // namespace Spoolbridge::Test
