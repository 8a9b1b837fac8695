#include "soakplan.h"

#include <QRandomGenerator>

namespace Spoolbridge::Soak {

namespace {

QString randomHex(QRandomGenerator &random, int digits)
{
    QString text;
    while (text.size() < digits)
        text += QStringLiteral("%1").arg(random.generate(), 8, 16, QLatin1Char('0'));
    return text.left(digits).toUpper();
}

} // namespace

SoakPlan::SoakPlan(int jobCount, quint32 seed)
{
    QRandomGenerator random(seed);
    const QList<QPair<int, int>> places {{0, 0}, {0, 1}, {0, 2}, {0, 3}, {1, 0}, {1, 1}};
    for (const auto &place : places) {
        Spool spool;
        spool.unit = place.first;
        spool.slot = place.second;
        spool.globalId = place.first * 4 + place.second;
        spool.tag = randomHex(random, 32);
        spool.color = randomHex(random, 6) + QStringLiteral("FF");
        m_spools.append(spool);
    }
    for (int number = 1; number <= jobCount; ++number) {
        Job job;
        job.number = number;
        job.name = QStringLiteral("soak-%1-%2").arg(seed).arg(number);
        const int trays = 1 + int(random.bounded(2));
        while (job.trays.size() < trays) {
            const int tray = m_spools.at(int(random.bounded(int(m_spools.size())))).globalId;
            if (!job.trays.contains(tray)) {
                job.trays.append(tray);
                job.drops.append(1 + int(random.bounded(3)));
            }
        }
        // The faults repeat every ten jobs; the daemon is only killed in the first ten, so the
        // last daemon process runs long enough to show a memory trend.
        const int phase = (number - 1) % 10 + 1;
        const bool firstRound = number <= 10;
        switch (phase) {
        case 2:
            job.standin = StandinFault::KillBeforeFinish;
            job.downMs = 3000;
            break;
        case 3:
            job.standin = StandinFault::KillAfterIntent;
            job.downMs = 2000;
            break;
        case 1:
            job.standin = StandinFault::KillAfterUse;
            job.downMs = 2000;
            break;
        case 4:
            job.standin = StandinFault::KillAfterFinish;
            job.killDelayMs = int(random.bounded(60));
            job.downMs = 2000;
            break;
        case 5:
            if (firstRound) {
                job.daemon = DaemonFault::KillMidJob;
            } else {
                job.standin = StandinFault::KillAfterIntent;
                job.downMs = 2000;
            }
            break;
        case 6:
            job.standin = StandinFault::TermBeforeFinish;
            job.daemon = firstRound ? DaemonFault::KillWithUsagePending : DaemonFault::None;
            job.downMs = 4000;
            break;
        case 7:
            if (firstRound) {
                job.daemon = DaemonFault::KillMidDelivery;
                job.killDelayMs = int(random.bounded(40));
            } else {
                job.standin = StandinFault::KillAfterUse;
                job.downMs = 2000;
            }
            break;
        case 8:
            job.standin = StandinFault::KillBeforeFinish;
            job.downMs = 12000;
            job.upAfterJob = std::min(number + 1, jobCount); // two job ends while it is down
            break;
        case 9:
            // While Spoolman is down as well (the outage of job 8 lasts until job 9's end).
            job.daemon = firstRound ? DaemonFault::DownAcrossFinish : DaemonFault::None;
            break;
        case 10:
            job.standin = StandinFault::KillAfterFinish;
            job.killDelayMs = int(random.bounded(200));
            job.downMs = 1000;
            break;
        default:
            break;
        }
        if (job.standin != StandinFault::None && job.upAfterJob == 0)
            job.upAfterJob = number;
        m_jobs.append(job);
    }
}

QString SoakPlan::Job::describe() const
{
    QStringList parts;
    switch (standin) {
    case StandinFault::None:
        break;
    case StandinFault::KillBeforeFinish:
        parts << QStringLiteral("Spoolman SIGKILL before FINISH");
        break;
    case StandinFault::TermBeforeFinish:
        parts << QStringLiteral("Spoolman SIGTERM before FINISH");
        break;
    case StandinFault::KillAfterFinish:
        parts << QStringLiteral("Spoolman SIGKILL %1 ms after FINISH").arg(killDelayMs);
        break;
    case StandinFault::KillAfterIntent:
        parts << QStringLiteral("Spoolman dies after applying the intent PATCH");
        break;
    case StandinFault::KillAfterUse:
        parts << QStringLiteral("Spoolman dies after applying the /use");
        break;
    }
    switch (daemon) {
    case DaemonFault::None:
        break;
    case DaemonFault::KillMidJob:
        parts << QStringLiteral("daemon SIGKILL mid-job");
        break;
    case DaemonFault::KillWithUsagePending:
        parts << QStringLiteral("daemon SIGKILL with usage pending");
        break;
    case DaemonFault::DownAcrossFinish:
        parts << QStringLiteral("daemon down while the job finishes");
        break;
    case DaemonFault::KillMidDelivery:
        parts << QStringLiteral("daemon SIGKILL %1 ms after the job was recorded").arg(killDelayMs);
        break;
    }
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(QStringLiteral(", "));
}

QStringList SoakPlan::tags() const
{
    QStringList result;
    for (const Spool &spool : m_spools)
        result << spool.tag;
    return result;
}

const SoakPlan::Spool *SoakPlan::spoolAt(int globalId) const
{
    for (const Spool &spool : m_spools) {
        if (spool.globalId == globalId)
            return &spool;
    }
    return nullptr;
}

QHash<QString, double> SoakPlan::expectedGrams() const
{
    QHash<QString, double> grams;
    for (const Spool &spool : m_spools)
        grams.insert(spool.tag, 0);
    for (const Job &job : m_jobs) {
        for (int i = 0; i < job.trays.size(); ++i)
            grams[spoolAt(job.trays.at(i))->tag] += job.drops.at(i) * 10.0;
    }
    return grams;
}

int SoakPlan::expectedEntries() const
{
    int entries = 0;
    for (const Job &job : m_jobs)
        entries += int(job.trays.size());
    return entries;
}

} // namespace Spoolbridge::Soak
