#pragma once

#include "core/engine/enginesettings.h"
#include "core/mqtt/printerconnection.h"
#include "core/settings/printerentry.h"

#include <QObject>
#include <QPointer>

namespace Spoolbridge {

class DemoPrinter;
class LinkStore;
class PrinterModel;
class CatalogCache;
class SpoolCache;
class SpoolmanClient;
class SyncEngine;
class UsageLedger;
class UsagePipeline;

// Everything that belongs to one configured printer: its connection (LAN MQTT, or the in-process
// DemoPrinter), the PrinterModel fed from it, the SyncEngine and the UsagePipeline. A session
// never waits for another; AppCore owns one per printer and rebuilds it when the entry changes.
class PrinterSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrinterSession)

public:
    struct Services {
        SpoolmanClient *client = nullptr;
        LinkStore *links = nullptr;
        SpoolCache *cache = nullptr;
        CatalogCache *catalog = nullptr; // vendors and filaments, shared by all engines
        UsageLedger *ledger = nullptr;
        // Where the job in progress is kept across restarts ("" = nowhere): written when a job
        // starts, removed once its usage is in the ledger.
        QString jobFile;
    };

    PrinterSession(const PrinterEntry &entry, const Services &services, QObject *parent = nullptr);
    ~PrinterSession() override;

    const PrinterEntry &entry() const { return m_entry; }
    QString id() const { return m_entry.id; }
    QString name() const { return m_entry.name.isEmpty() ? m_entry.serial : m_entry.name; }

    // Connects over LAN MQTT with the access code read from the SecretStore.
    void startLive(const QString &accessCode);
    // Feeds the model from the simulated demo printer instead (no network).
    void startDemo(int tickMs);
    void stop();

    void setEngineSettings(const EngineSettings &settings);

    PrinterModel *model() const { return m_model; }
    SyncEngine *engine() const { return m_engine; }
    UsagePipeline *usage() const { return m_usage; }
    PrinterConnection *connection() const { return m_connection; }
    DemoPrinter *demo() const { return m_demo; }

    PrinterConnection::State connectionState() const { return m_state; }
    QString connectionMessage() const { return m_message; }
    bool isDemo() const { return m_demo != nullptr; }

Q_SIGNALS:
    void connectionChanged(Spoolbridge::PrinterConnection::State state, const QString &message);
    void certificateRejected(const QString &fingerprint, const QString &subject, const QString &reason);
    void problem(const QString &message);

private:
    void setConnectionState(PrinterConnection::State state, const QString &message);
    void ingest(const QByteArray &payload);
    void restoreJob();
    void saveJob();
    void forgetJob(const QString &jobKey);

    PrinterEntry m_entry;
    Services m_services;
    PrinterModel *m_model;
    SyncEngine *m_engine;
    UsagePipeline *m_usage;
    PrinterConnection *m_connection = nullptr;
    DemoPrinter *m_demo = nullptr;
    PrinterConnection::State m_state = PrinterConnection::State::Idle;
    QString m_message;
    bool m_reportedMalformed = false;
};

} // namespace Spoolbridge
