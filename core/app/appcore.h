#pragma once

#include "core/mqtt/printerconnection.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Spoolbridge {

class DemoEnvironment;
class EnvironmentHistory;
class LinkStore;
class PrinterSession;
class SecretStore;
class Settings;
class CatalogCache;
class SpoolCache;
class SpoolmanClient;
class SpoolmanEvents;
class SpoolmanUsageSink;
class UsageLedger;
struct EngineSettings;
struct PrinterEntry;
struct Spool;
struct SyncResult;

// A spool to create in Spoolman for a slot ("Add to Spoolman"): vendor (existing or new),
// filament (material + colour of that vendor) and the spool, then linked to the slot.
struct NewSpoolRequest {
    QString material;
    QString colorHex; // RRGGBB
    std::optional<int> vendorId;
    QString vendorName; // for a new vendor
    QString filamentName;
    double initialWeightG = 1000;
    std::optional<double> emptySpoolWeightG;
    std::optional<double> price;
};

// The application core shared by the desktop app and the daemon. Builds the object graph from
// the Settings and the SecretStore: one network manager, the Spoolman client + websocket events +
// spool cache, the usage ledger, the slot links and the climate history in the data directory,
// and one PrinterSession per configured printer. Follows settings changes (printer added, removed
// or edited → its session is rebuilt; Spoolman address changed → client reconfigured and the
// extra fields registered again at the next sync). In demo mode the settings are not touched: an
// in-process stand-in Spoolman and a simulated printer are used instead. Nothing here blocks and
// one failing printer never holds up another.
class AppCore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppCore)

public:
    struct Options {
        bool demo = false;
        QString dataDirectory; // empty: the app data directory (ledger, links, history, status)
        int demoTickMs = 3000; // how fast the demo printer prints
    };
    using Done = std::function<void(bool ok, const QString &error)>;
    static constexpr const char *DemoPrinterId = "demo";
    static constexpr const char *StatusFileName = "status.json";

    AppCore(Settings *settings, SecretStore *secrets, const Options &options, QObject *parent = nullptr);
    ~AppCore() override;

    // Nothing to sync yet: no printer and no Spoolman address (the app then starts the demo).
    static bool isConfigured(const Settings &settings);
    static QString defaultDataDirectory();

    void start();
    // Stops the printer connections and writes the status file; the ledger is on disk already.
    void shutdown();

    bool isDemo() const { return m_options.demo; }
    bool isStarted() const { return m_started; }
    QString dataDirectory() const { return m_dataDir; }

    QStringList printerIds() const;
    PrinterSession *session(const QString &printerId) const;
    QString printerName(const QString &printerId) const;

    SpoolmanClient *client() const { return m_client; }
    SpoolCache *cache() const { return m_cache; }
    UsageLedger *ledger() const { return m_ledger; }
    LinkStore *links() const { return m_links.get(); }
    EnvironmentHistory *history() const { return m_history; }
    QUrl spoolmanUrl() const;
    bool spoolmanReachable() const { return m_spoolmanOk; }
    DemoEnvironment *demoEnvironment() const { return m_demo; }

    // Actions.
    void syncNow(const QString &printerId = QString()); // empty: every printer
    void setAutoSync(bool autoSync); // stored in the settings (not in demo mode)
    bool autoSync() const;
    void setPaused(bool paused); // paused: no automatic syncs (usage is still recorded)
    bool isPaused() const { return m_paused; }
    void linkSlot(const QString &printerId, int unitId, int slotIndex, int spoolId, Done done);
    void unlinkSlot(const QString &printerId, int unitId, int slotIndex, Done done);
    void addSpool(
        const QString &printerId, int unitId, int slotIndex, const NewSpoolRequest &request, const Done &done);
    bool undoLedgerEntry(qint64 entryId, QString *error = nullptr);
    // After the user confirmed the certificate a printer presented: stores the pin and reconnects.
    bool pinCertificate(const QString &printerId, const QString &fingerprint, QString *error = nullptr);

    // Printers, connection, last sync and pending ledger entries (spoolbridge-cli status --json).
    QJsonObject status() const;

Q_SIGNALS:
    void started(); // the graph is built (demo: the stand-in is filled and the printer runs)
    void printerAdded(const QString &printerId, const QString &name);
    void printerRemoved(const QString &printerId);
    void printerStateChanged(const QString &printerId);
    void connectionChanged(
        const QString &printerId, Spoolbridge::PrinterConnection::State state, const QString &message);
    void certificateRejected(
        const QString &printerId, const QString &fingerprint, const QString &subject, const QString &reason);
    void syncStarted(const QString &printerId);
    void syncFinished(const QString &printerId, const Spoolbridge::SyncResult &result);
    void lowStock(const QString &printerId, const Spoolbridge::Spool &spool);
    void ledgerEntryChanged(qint64 entryId);
    void pendingCountChanged(int count);
    void spoolmanStatusChanged(bool reachable, const QString &message);
    void errorOccurred(const QString &printerId, const QString &message); // printerId may be empty

private:
    void startDemo();
    void backfillDemoClimate(const QString &printerId);
    void openStores(const QString &directory);
    void configureSpoolman();
    void applySpoolmanConfig(const QUrl &url, const QByteArray &headerName, const QByteArray &headerValue,
        const QString &user, const QString &password);
    void checkSpoolman();
    void syncPrinters();
    void addSession(const PrinterEntry &entry);
    void removeSession(const QString &printerId);
    void wireSession(PrinterSession *session);
    EngineSettings engineSettings() const;
    void applyEngineSettings();
    void scheduleStatusWrite();
    void writeStatus() const;

    Settings *m_settings;
    SecretStore *m_secrets;
    Options m_options;
    QString m_dataDir;
    QNetworkAccessManager *m_network;
    SpoolmanClient *m_client;
    SpoolmanEvents *m_events;
    SpoolCache *m_cache;
    CatalogCache *m_catalog;
    UsageLedger *m_ledger;
    SpoolmanUsageSink *m_sink;
    std::unique_ptr<LinkStore> m_links;
    EnvironmentHistory *m_history;
    DemoEnvironment *m_demo = nullptr;
    QHash<QString, PrinterSession *> m_sessions;
    QStringList m_order;
    QTimer m_statusTimer;
    bool m_started = false;
    bool m_stopped = false;
    bool m_paused = false;
    bool m_demoAutoSync = true;
    bool m_spoolmanOk = false;
    int m_spoolmanGeneration = 0;
};

} // namespace Spoolbridge
