#pragma once

#include "soakplan.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QStringList>

namespace Spoolbridge::Sim {
class PrinterSimulator;
}

namespace Spoolbridge::Soak {

class OutageRig;

// The verdict of one outage soak: every check with its numbers.
struct SoakReport {
    struct Outage {
        int job = 0;
        QString kind;
        qint64 downMs = 0;
        int pendingAtRestart = 0;
        qint64 drainMs = -1; // Spoolman back → ledger empty; -1: never drained
    };
    struct Restart {
        int job = 0;
        QString kind;
        qint64 syncMs = -1; // daemon started → first sync finished
    };
    struct SpoolCheck {
        QString tag;
        double expected = 0;
        double spoolman = 0; // used_weight now − used_weight before the first job
        double ledger = 0; // applied grams of the delivered entries
        int spoolsWithTag = 0;
    };

    QList<Outage> outages;
    QList<Restart> restarts;
    QList<SpoolCheck> spools;
    QStringList failures;
    int jobs = 0;
    int entriesExpected = 0;
    int entriesFound = 0;
    int entriesDelivered = 0;
    int entriesSettledAfterInterruption = 0;
    int daemonExitCode = -1;
    double rssFirstMb = 0; // last daemon process: median of its first 10 s after a 5 s warm-up
    double rssLastMb = 0; // … and of its last 10 s
    double rssMaxMb = 0;
    qint64 rssSpanS = 0;
    qint64 totalS = 0;

    bool passed() const { return failures.isEmpty(); }
    void print() const;
};

// Runs the plan's jobs on the simulated printer, injects the faults, and checks the outcome.
class SoakRun
{
public:
    SoakRun(OutageRig *rig, Sim::PrinterSimulator *printer, const SoakPlan *plan, const QString &configFile);

    void execute();
    // Brings Spoolman back if needed, waits for the ledger to drain, compares, stops the daemon.
    SoakReport finish(const QHash<QString, double> &baseline);

private:
    void runJob(const SoakPlan::Job &job);
    void takeStandinDown(const SoakPlan::Job &job, bool hard);
    void bringStandinUp();
    void restartDaemon(const SoakPlan::Job &job, const QString &kind, bool kill = true);
    bool waitRecorded(const SoakPlan::Job &job);
    int pendingCount();
    bool waitDrained(int timeoutMs);
    void checkMemory();

    OutageRig *m_rig;
    Sim::PrinterSimulator *m_printer;
    const SoakPlan *m_plan;
    QString m_configFile;
    QHash<int, int> m_remain; // global tray id → remain %
    int m_recordedExpected = 0;
    // The current outage.
    bool m_down = false;
    QElapsedTimer m_downClock;
    int m_downMs = 0;
    int m_upAfterJob = 0;
    int m_downJob = 0;
    QString m_downKind;
    QElapsedTimer m_clock;
    SoakReport m_report;
};

} // namespace Spoolbridge::Soak
