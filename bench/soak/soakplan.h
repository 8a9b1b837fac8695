#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Spoolbridge::Soak {

// What the outage soak does, decided up front from the job count and a seed: six RFID spools
// (unit 0 slots 1–4, unit 1 slots 1–2, 1000 g, 100 %), the jobs (which trays, how many percent
// each uses: 1 % of a 1000 g spool is exactly 10 g through the AMS remain delta) and the faults
// injected around each job. The expected grams per spool follow from the plan alone.
class SoakPlan
{
public:
    struct Spool {
        int unit = 0;
        int slot = 0;
        int globalId = 0;
        QString tag; // tray_uuid, 32 hex digits, upper case
        QString color;
    };
    enum class StandinFault {
        None,
        KillBeforeFinish, // SIGKILL just before the FINISH report
        TermBeforeFinish, // SIGTERM just before the FINISH report
        KillAfterFinish, // SIGKILL `killDelayMs` after FINISH: in the middle of the delivery
        KillAfterIntent, // SIGKILL once it answered the ledger's intent PATCH (before the /use)
        KillAfterUse, // SIGKILL once it answered the /use (before the marker commit)
    };
    enum class DaemonFault {
        None,
        KillMidJob, // SIGKILL while the job runs (before its usage shows), restart
        KillWithUsagePending, // SIGKILL once the job end is in the ledger (Spoolman down), restart
        KillMidDelivery, // SIGKILL `killDelayMs` after the job end is in the ledger (Spoolman up)
        DownAcrossFinish, // SIGKILL before FINISH, started again after it: the job ended unseen
    };
    struct Job {
        int number = 0;
        QString name;
        QList<int> trays; // global tray ids
        QList<int> drops; // remain % used per tray
        StandinFault standin = StandinFault::None;
        DaemonFault daemon = DaemonFault::None;
        int killDelayMs = 0;
        int downMs = 0; // the stand-in stays down at least this long
        int upAfterJob = 0; // … and until this job's end is recorded
        QString describe() const;
    };

    SoakPlan(int jobCount, quint32 seed);

    const QList<Spool> &spools() const { return m_spools; }
    QStringList tags() const;
    const QList<Job> &jobs() const { return m_jobs; }
    const Spool *spoolAt(int globalId) const;
    // Grams every spool must have been charged, by tag.
    QHash<QString, double> expectedGrams() const;
    // Ledger entries the jobs must produce: one per (job, tray).
    int expectedEntries() const;

private:
    QList<Spool> m_spools;
    QList<Job> m_jobs;
};

} // namespace Spoolbridge::Soak
