#pragma once

#include "core/printer/jobrecord.h"
#include "core/printer/jobtracker.h"
#include "core/printer/printerstate.h"
#include "core/printer/reportmerger.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>

namespace Spoolbridge {

// One per printer: merges every MQTT payload, keeps the typed PrinterState and announces what
// changed with fine-grained signals (compared against the previous derived state).
class PrinterModel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrinterModel)

public:
    struct IngestStatus {
        bool ok = true;
        QString error; // one readable sentence when !ok
        MergeResult::Kind kind = MergeResult::Kind::Ignored;
        bool changed = false; // the derived state changed
    };

    explicit PrinterModel(const QString &serial = QString(), QObject *parent = nullptr);

    // `receivedAt` is the local time of the message (defaults to now); replays pass the
    // recorded time so that job start times and the active-slot history are reproducible.
    IngestStatus ingest(const QByteArray &payload, const QDateTime &receivedAt = QDateTime());
    IngestStatus ingest(const QJsonObject &payload, const QDateTime &receivedAt = QDateTime());
    IngestStatus ingest(JsonNode &&payload, const QDateTime &receivedAt = QDateTime());

    const PrinterState &state() const { return m_state; }
    const ReportMerger &merger() const { return m_merger; }
    const JobTracker &jobTracker() const { return m_jobs; }
    // Takes up a job followed before a restart (JobTracker::restore); call before the first report.
    void restoreJob(const JobSnapshot &snapshot) { m_jobs.restore(snapshot); }
    QString serial() const { return m_state.serial; }
    void setSerial(const QString &serial);

Q_SIGNALS:
    void unitAdded(int unitId);
    void unitRemoved(int unitId);
    void unitChanged(int unitId); // unit-level fields (type, extruder, humidity, temperature, drying)
    void slotInserted(int unitId, int slotIndex); // a spool appeared (external: unitId 254/255)
    void slotRemoved(int unitId, int slotIndex); // a spool went away
    void slotChanged(int unitId, int slotIndex); // a present spool's data changed (not `active`)
    void activeSlotChanged(); // activeTrayRight/Left changed
    void jobChanged(); // state().job changed
    void stateChanged(); // once per message that changed anything
    void jobStarted(const Spoolbridge::JobRecord &record);
    void jobFinished(const Spoolbridge::JobRecord &record);
    void jobFailed(const Spoolbridge::JobRecord &record);
    // A tracked job vanished without FINISH/FAILED (a new job appeared, or the printer went IDLE).
    void jobInterrupted(const Spoolbridge::JobRecord &record);

private:
    IngestStatus process(const MergeResult &result, const QDateTime &receivedAt);
    bool emitChanges(const PrinterState &before, const QList<JobTracker::Event> &events); // true: state changed
    void emitSlotDiff(const QList<Slot> &before, const QList<Slot> &after);

    ReportMerger m_merger;
    JobTracker m_jobs;
    PrinterState m_state;
};

} // namespace Spoolbridge
