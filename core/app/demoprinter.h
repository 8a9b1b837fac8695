#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace Spoolbridge {

// A simulated printer for the demo mode. Starts from a real X1 Carbon report (two AMS units, an
// AMS 2 Pro and an AMS HT, all Bambu RFID spools; embedded as a resource) and adjusts it: one AMS
// slot holds a third-party PETG spool and the external holder a third-party PLA. Then it prints:
// every tick the progress advances and the feeding spool's remaining % drops, the job finishes,
// and after a short pause the next job starts on another spool. Every step is emitted as a full
// report payload (like a printer's pushall), so the PrinterModel, the job tracker, the sync engine
// and the usage pipeline see exactly what they would see from a real printer.
class DemoPrinter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoPrinter)

public:
    static constexpr const char *Serial = "00M00DEMO000001";

    explicit DemoPrinter(QObject *parent = nullptr);
    ~DemoPrinter() override;

    void setTickInterval(int milliseconds); // default 3000
    int tickInterval() const { return m_timer.interval(); }
    void start(); // the first report is emitted right away (queued)
    void stop();

    int jobsFinished() const { return m_jobsFinished; }
    int progress() const { return m_progress; }

    // The payload of the adjusted base report (no job running); empty if the resource is missing.
    static QJsonObject baseReport();

Q_SIGNALS:
    void messageReady(const QByteArray &payload);

private:
    enum class Phase { Idle, Running, Finished };
    void tick();
    void emitReport();
    void setTrayRemain(int globalId, int remain);
    int trayRemain(int globalId) const;

    QJsonObject m_print; // the "print" object of the current report
    QTimer m_timer;
    Phase m_phase = Phase::Idle;
    int m_progress = 0;
    int m_idleTicks = 0;
    int m_jobIndex = 0;
    int m_jobsFinished = 0;
    int m_activeTray = -1;
};

} // namespace Spoolbridge
