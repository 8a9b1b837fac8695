#pragma once

#include "core/engine/creationregistry.h"
#include "core/engine/enginesettings.h"
#include "core/engine/linkstore.h"
#include "core/engine/locationtemplate.h"
#include "core/engine/syncresult.h"
#include "core/printer/printermodel.h"
#include "core/spoolman/spoolmanclient.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

namespace Spoolbridge {

class CatalogCache;
class LowStockMonitor;
class SpoolCache;
class SpoolProvisioner;
class StockFinder;

// Keeps one printer's AMS slots and Spoolman in step: matches RFID spools by tag (tray_uuid,
// else tag_uid, in extra.tag), creates or attaches missing ones, skips third-party spools unless
// a person linked the slot, writes and clears locations, optionally follows the AMS remain % and
// raises low-stock alerts. Auto mode syncs the changed slots after the AMS settles and after each
// job; Manual mode only on syncNow(). One engine per printer; engines share the Spoolman client,
// the LinkStore and the CreationRegistry and never wait for each other.
class SyncEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)

public:
    struct Services {
        SpoolmanClient *client = nullptr; // required
        LinkStore *links = nullptr; // required, shared by all engines
        SpoolCache *cache = nullptr; // optional: the websocket-fed cache saves lookups
        CreationRegistry *registry = nullptr; // default: CreationRegistry::instance()
        // optional: vendors and filaments shared by all engines (kept current by the websocket);
        // default: a private one that re-reads its lists after 10 minutes
        CatalogCache *catalog = nullptr;
    };
    using Done = std::function<void(bool ok, const QString &error)>;

    SyncEngine(PrinterModel *printer, const Services &services, QObject *parent = nullptr);
    ~SyncEngine() override;

    void setPrinterName(const QString &name); // {printer} in locations; default: the serial
    QString printerName() const;
    void setSettings(const EngineSettings &settings);
    const EngineSettings &settings() const { return m_settings; }
    // AMS-estimate mode never writes a spool while usage for it waits in the ledger.
    void setPendingUsageCheck(std::function<bool(int spoolId, const QString &tag)> check);

    // Syncs every slot now (both modes). Results arrive through syncFinished().
    void syncNow();
    bool isSyncing() const { return m_running; }
    std::optional<SyncResult> lastResult() const { return m_lastResult; }

    // Links a slot to a Spoolman spool. RFID slot: the spool gets the tag (and every other spool
    // carrying it loses it). Third-party slot: remembered locally until the slot is really empty
    // (empty for EngineSettings::manualLinkGraceMs, or back with another filament or an RFID spool).
    void linkSlot(int unitId, int slotIndex, int spoolId, Done done);
    // RFID slot: the tag is removed from the spool ({"extra":{"tag":null}}); third-party: the
    // local link is dropped. The location we wrote is cleared.
    void unlinkSlot(int unitId, int slotIndex, Done done);

    // Spools a person may link to a slot (the "Link to Spoolman" picker): unarchived, untagged
    // spools of the slot's material, the same colour first (ranked like attach candidates).
    void linkCandidates(
        int unitId, int slotIndex, std::function<void(const QList<Spool> &, const QString &error)> done);

    // The Spoolman spool the engine last matched to a slot.
    std::optional<Spool> spoolInSlot(int unitId, int slotIndex) const;
    QString locationFor(int unitId, int slotIndex) const;
    PrinterModel *printer() const { return m_printer; }
    LowStockMonitor *lowStockMonitor() const { return m_lowStock; }

    static QString normalizeTag(const QString &tag) { return tag.trimmed().toUpper(); }

Q_SIGNALS:
    void syncStarted();
    void syncFinished(const Spoolbridge::SyncResult &result);
    void lowStock(const Spoolbridge::Spool &spool);
    void slotSpoolChanged(int unitId, int slotIndex);

private:
    struct Outcome {
        enum class Kind { Synced, Skipped, Candidates, Error } kind = Kind::Synced;
        SyncSkipped skipped;
        SyncCandidates candidates;
    };
    struct Run {
        SyncResult result;
        QList<std::function<void()>> steps;
        bool aborted = false;
    };

    // scheduling (syncengine.cpp)
    void onAmsChanged();
    void scheduleAuto();
    void startRun(bool full);
    void nextStep();
    void finishRun();
    void abortUnreachable(const QString &message);
    void stepFailed(const Slot &slot, SpoolmanStatus status, const QString &message);
    QString signatureOf(const Slot &slot) const;
    LocationContext contextFor(const Slot &slot) const;
    QString locationFor(const Slot &slot) const;
    QList<Slot> presentSlots() const;
    static QString slotKey(int unitId, int slotIndex);

    // slots (syncengine_slots.cpp)
    void syncSlot(const Slot &slot);
    void syncRfidSlot(const Slot &slot, const QString &tag);
    void resolveMissingTag(const Slot &slot, const QString &tag, const CreationRegistry::Hold &hold);
    void offerOrCreate(const Slot &slot, const QString &tag, const QList<Spool> &stock, CreationRegistry::Hold hold);
    void attachTag(const Slot &slot, const QString &tag, const Spool &spool, CreationRegistry::Hold hold);
    void createSpool(const Slot &slot, const QString &tag, CreationRegistry::Hold hold);
    void syncLinkedSlot(const Slot &slot, const SlotBinding &link);
    void applySpool(const Slot &slot, const Spool &spool);
    void finishSlot(const Slot &slot, const Spool &spool, const QString &writtenLocation);
    void skipSlot(const Slot &slot, const QString &reason);
    std::optional<double> estimateUse(const Slot &slot, const Spool &spool) const;

    // removals and links (syncengine_links.cpp)
    // Gives a placed spool its location back (home or none) if it still holds ours, and forgets
    // the placement. `done` gets an empty error on success.
    void releaseSlot(int unitId, int slotIndex, const SlotBinding &placement,
        std::function<void(SpoolmanStatus status, const QString &error)> done);
    void releaseStep(int unitId, int slotIndex, const SlotBinding &placement);
    // Removes the tag from every spool that carries it except `keepId`.
    void clearTag(const QString &tag, int keepId, Done done);
    void resyncSlot(int unitId, int slotIndex);
    // Ends the manual links whose slot is really empty: still empty manualLinkGraceMs after the
    // engine first saw it so, or back with another filament or an RFID spool. Keeps the others
    // and arms m_linkGrace for the next slot whose grace runs out. True when a link ended.
    bool reviewManualLinks();
    void checkManualLinks();
    // A linked slot seen empty whose grace has not run out: its link and placement stay.
    bool inLinkGrace(int unitId, int slotIndex) const;

    PrinterModel *m_printer;
    Services m_services;
    SpoolProvisioner *m_provisioner;
    StockFinder *m_stock;
    LowStockMonitor *m_lowStock;
    EngineSettings m_settings;
    QString m_printerName;
    std::function<bool(int, const QString &)> m_pendingUsage;
    QTimer m_debounce;
    QTimer m_retry;
    QTimer m_linkGrace;
    QElapsedTimer m_clock; // monotonic time for m_emptySlots
    int m_retryDelayMs = 0;
    bool m_running = false;
    bool m_rerun = false;
    bool m_rerunFull = false;
    Run m_run;
    std::optional<SyncResult> m_lastResult;
    QHash<QString, QString> m_signatures; // slot key → signature of the last successful sync
    // QMap, not QHash: a QHash allocates room for dozens of these large values at once, which
    // with 100 printers is ~5 MB for a dozen slots each.
    QMap<QString, Outcome> m_outcomes; // slot key → what the last sync of that slot found
    QMap<QString, Spool> m_bound; // slot key → the Spoolman spool in it
    QHash<QString, qint64> m_emptySlots; // linked slot key → m_clock ms when first seen empty
};

} // namespace Spoolbridge
