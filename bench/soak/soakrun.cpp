#include "soakrun.h"

#include "outagerig.h"

#include "tools/printer-sim/printersimulator.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace Spoolbridge::Soak {

namespace {

constexpr int RecordTimeoutMs = 30000;
constexpr int DrainTimeoutMs = 6 * 60 * 1000; // above the ledger's 5-minute backoff cap
constexpr int DrainTargetMs = 30000; // Spoolman back → every pending entry delivered
constexpr int RecoveryTargetMs = 5000; // daemon started → first sync finished

QJsonObject remainDelta(int unit, int slot, int remain)
{
    const QJsonObject tray {{QStringLiteral("id"), QString::number(slot)}, {QStringLiteral("remain"), remain}};
    const QJsonObject unitObject {
        {QStringLiteral("id"), QString::number(unit)}, {QStringLiteral("tray"), QJsonArray {tray}}};
    return {{QStringLiteral("ams"), QJsonObject {{QStringLiteral("ams"), QJsonArray {unitObject}}}}};
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

SoakRun::SoakRun(OutageRig *rig, Sim::PrinterSimulator *printer, const SoakPlan *plan, const QString &configFile)
    : m_rig(rig)
    , m_printer(printer)
    , m_plan(plan)
    , m_configFile(configFile)
{
    for (const SoakPlan::Spool &spool : plan->spools())
        m_remain.insert(spool.globalId, 100);
    m_report.jobs = int(plan->jobs().size());
    m_report.entriesExpected = plan->expectedEntries();
}

void SoakRun::execute()
{
    m_clock.start();
    for (const SoakPlan::Job &job : m_plan->jobs())
        runJob(job);
}

void SoakRun::runJob(const SoakPlan::Job &job)
{
    QElapsedTimer jobClock;
    jobClock.start();
    QStringList used;
    for (int i = 0; i < job.trays.size(); ++i)
        used << QStringLiteral("tray %1: %2 g").arg(job.trays.at(i)).arg(job.drops.at(i) * 10);
    std::printf(
        "job %2d: %-32s %s\n", job.number, qPrintable(used.join(QStringLiteral(", "))), qPrintable(job.describe()));
    std::fflush(stdout);
    // The stand-in is restarted (SIGTERM) at the start of the job, armed to die right after it
    // applied the ledger's intent PATCH or the /use of this job's delivery, before replying.
    const bool armed = !m_down
        && (job.standin == SoakPlan::StandinFault::KillAfterIntent
            || job.standin == SoakPlan::StandinFault::KillAfterUse);
    if (armed) {
        m_rig->stopStandin(false);
        QString error;
        if (!m_rig->startStandin(&error,
                job.standin == SoakPlan::StandinFault::KillAfterIntent ? QStringLiteral("PATCH /api/v1/spool/")
                                                                       : QStringLiteral("PUT /use")))
            m_report.failures << error;
    }
    m_printer->startJob(job.name, job.trays);
    sleepEvents(400);
    if (job.daemon == SoakPlan::DaemonFault::KillMidJob)
        restartDaemon(job, QStringLiteral("mid-job"));
    m_printer->setProgress(50);
    for (int i = 0; i < job.trays.size(); ++i) {
        const int tray = job.trays.at(i);
        const SoakPlan::Spool *spool = m_plan->spoolAt(tray);
        m_remain[tray] -= job.drops.at(i);
        m_printer->publishDelta(remainDelta(spool->unit, spool->slot, m_remain.value(tray)));
    }
    sleepEvents(400);
    m_printer->setProgress(100);
    sleepEvents(200);
    if (job.standin == SoakPlan::StandinFault::KillBeforeFinish)
        takeStandinDown(job, true);
    else if (job.standin == SoakPlan::StandinFault::TermBeforeFinish)
        takeStandinDown(job, false);
    const bool downAcross = job.daemon == SoakPlan::DaemonFault::DownAcrossFinish;
    if (downAcross)
        m_rig->killDaemon();
    m_printer->finishJob();
    if (downAcross) {
        sleepEvents(1000);
        restartDaemon(job, QStringLiteral("across FINISH"), false);
    }
    if (armed) {
        if (waitFor([this] { return !m_rig->standinRunning(); }, 10000))
            takeStandinDown(job, true); // already dead: this only starts the outage's clock
        else
            m_report.failures
                << QStringLiteral("job %1: the stand-in did not die at the planned request").arg(job.number);
    }
    if (job.standin == SoakPlan::StandinFault::KillAfterFinish) {
        if (job.killDelayMs > 0)
            sleepEvents(job.killDelayMs);
        takeStandinDown(job, true);
    }
    const bool recorded = waitRecorded(job);
    if (recorded && job.daemon == SoakPlan::DaemonFault::KillWithUsagePending)
        restartDaemon(job, QStringLiteral("usage pending"));
    if (recorded && job.daemon == SoakPlan::DaemonFault::KillMidDelivery) {
        if (job.killDelayMs > 0)
            sleepEvents(job.killDelayMs);
        restartDaemon(job, QStringLiteral("mid-delivery"));
    }
    if (m_down && job.number >= m_upAfterJob)
        bringStandinUp();
    std::printf(
        "   %s, job done after %.1f s\n", recorded ? "recorded" : "NOT RECORDED", double(jobClock.elapsed()) / 1000);
    std::fflush(stdout);
    sleepEvents(300);
}

bool SoakRun::waitRecorded(const SoakPlan::Job &job)
{
    // The daemon logs one "recorded usage entry" per new ledger row (all its processes together).
    m_recordedExpected += int(job.trays.size());
    const bool ok
        = waitFor([this] { return m_rig->logCount("recorded usage entry") >= m_recordedExpected; }, RecordTimeoutMs);
    if (!ok) {
        m_report.failures << QStringLiteral("job %1: its end was not recorded in the ledger within %2 s")
                                 .arg(job.number)
                                 .arg(RecordTimeoutMs / 1000);
        m_recordedExpected = m_rig->logCount("recorded usage entry");
    }
    return ok;
}

void SoakRun::takeStandinDown(const SoakPlan::Job &job, bool hard)
{
    if (m_down)
        return;
    m_rig->stopStandin(hard);
    m_down = true;
    m_downClock.start();
    m_downMs = job.downMs;
    m_upAfterJob = job.upAfterJob;
    m_downJob = job.number;
    m_downKind = job.describe();
}

void SoakRun::bringStandinUp()
{
    const qint64 elapsed = m_downClock.elapsed();
    if (elapsed < m_downMs)
        sleepEvents(int(m_downMs - elapsed));
    SoakReport::Outage outage;
    outage.job = m_downJob;
    outage.kind = m_downKind;
    outage.pendingAtRestart = pendingCount();
    QString error;
    if (!m_rig->startStandin(&error)) {
        m_report.failures << error;
        return;
    }
    outage.downMs = m_downClock.elapsed();
    m_down = false;
    QElapsedTimer drain;
    drain.start();
    if (waitDrained(DrainTimeoutMs))
        outage.drainMs = drain.elapsed();
    else
        m_report.failures << QStringLiteral("after the outage at job %1 the ledger still held usage %2 s later")
                                 .arg(outage.job)
                                 .arg(DrainTimeoutMs / 1000);
    if (outage.drainMs > DrainTargetMs)
        m_report.failures << QStringLiteral("after the outage at job %1 the ledger needed %2 s to drain (target %3 s)")
                                 .arg(outage.job)
                                 .arg(double(outage.drainMs) / 1000, 0, 'f', 1)
                                 .arg(DrainTargetMs / 1000);
    std::printf("   Spoolman back after %.1f s down (%s): %d pending entries, ledger drained after %.1f s\n",
        double(outage.downMs) / 1000, qPrintable(outage.kind), outage.pendingAtRestart, double(outage.drainMs) / 1000);
    std::fflush(stdout);
    m_report.outages.append(outage);
}

void SoakRun::restartDaemon(const SoakPlan::Job &job, const QString &kind, bool kill)
{
    if (kill)
        m_rig->killDaemon();
    const int syncsBefore = m_rig->logCount("sync finished");
    QElapsedTimer clock;
    clock.start();
    QString error;
    SoakReport::Restart restart;
    restart.job = job.number;
    restart.kind = kind;
    if (!m_rig->startDaemon(m_configFile, &error)) {
        m_report.failures << error;
        return;
    }
    if (waitFor([&] { return m_rig->logCount("sync finished") > syncsBefore; }, 30000))
        restart.syncMs = clock.elapsed();
    if (restart.syncMs < 0 || restart.syncMs > RecoveryTargetMs)
        m_report.failures << QStringLiteral("job %1: the restarted daemon took %2 ms to its first sync (target %3 ms)")
                                 .arg(job.number)
                                 .arg(restart.syncMs)
                                 .arg(RecoveryTargetMs);
    std::printf("   daemon SIGKILLed (%s) and started again: first sync after %.1f s\n", qPrintable(kind),
        double(restart.syncMs) / 1000);
    std::fflush(stdout);
    m_report.restarts.append(restart);
}

int SoakRun::pendingCount()
{
    const std::optional<QJsonArray> entries = m_rig->ledger();
    if (!entries)
        return -1;
    int pending = 0;
    for (const QJsonValue &entry : *entries)
        pending += entry.toObject().value(QLatin1String("state")).toString() == QLatin1String("pending") ? 1 : 0;
    return pending;
}

bool SoakRun::waitDrained(int timeoutMs)
{
    return waitFor(
        [this] {
            if (pendingCount() == 0)
                return true;
            sleepEvents(200);
            return false;
        },
        timeoutMs);
}

SoakReport SoakRun::finish(const QHash<QString, double> &baseline)
{
    if (m_down) {
        m_upAfterJob = 0;
        bringStandinUp();
    }
    if (!waitDrained(DrainTimeoutMs))
        m_report.failures << QStringLiteral("the ledger did not drain at the end");
    sleepEvents(3000); // anything late (a second delivery) would show up now

    const std::optional<QJsonArray> entries = m_rig->ledger();
    const std::optional<QJsonArray> spools = m_rig->spools();
    if (!entries || !spools) {
        m_report.failures << QStringLiteral("could not read the ledger or Spoolman at the end");
        return m_report;
    }
    QHash<QString, double> ledgerGrams;
    QHash<QString, int> perJob;
    for (const QJsonValue &value : *entries) {
        const QJsonObject entry = value.toObject();
        ++m_report.entriesFound;
        const QString state = entry.value(QLatin1String("state")).toString();
        const QString tag = entry.value(QLatin1String("tag")).toString().toUpper();
        perJob[entry.value(QLatin1String("job")).toString() + u'#' + tag] += 1;
        if (state == QLatin1String("delivered")) {
            ++m_report.entriesDelivered;
            // The note of an entry the ledger settled from Spoolman's marker after an interruption.
            if (entry.value(QLatin1String("last_error")).toString().contains(QLatin1String("interruption")))
                ++m_report.entriesSettledAfterInterruption;
            ledgerGrams[tag] += entry.value(QLatin1String("applied_grams")).toDouble();
        } else {
            m_report.failures << QStringLiteral("ledger entry %1 (%2 g, job %3) is %4: %5")
                                     .arg(entry.value(QLatin1String("id")).toInt())
                                     .arg(entry.value(QLatin1String("grams")).toDouble())
                                     .arg(entry.value(QLatin1String("job")).toString(), state,
                                         entry.value(QLatin1String("last_error")).toString());
        }
    }
    for (auto it = perJob.cbegin(); it != perJob.cend(); ++it) {
        if (it.value() != 1)
            m_report.failures << QStringLiteral("%1 ledger entries for %2").arg(it.value()).arg(it.key());
    }
    if (m_report.entriesFound != m_report.entriesExpected)
        m_report.failures << QStringLiteral("the ledger holds %1 entries, the jobs made %2")
                                 .arg(m_report.entriesFound)
                                 .arg(m_report.entriesExpected);

    const QHash<QString, double> expected = m_plan->expectedGrams();
    QHash<QString, double> used;
    QHash<QString, int> counts;
    for (const QJsonValue &value : *spools) {
        const QJsonObject spool = value.toObject();
        const QString raw = spool.value(QLatin1String("extra")).toObject().value(QLatin1String("tag")).toString();
        const QString tag = QString(raw).remove(u'"').toUpper();
        if (!expected.contains(tag))
            continue;
        used[tag] += spool.value(QLatin1String("used_weight")).toDouble();
        counts[tag] += 1;
    }
    for (const SoakPlan::Spool &spool : m_plan->spools()) {
        SoakReport::SpoolCheck check;
        check.tag = spool.tag;
        check.expected = expected.value(spool.tag);
        check.spoolman = used.value(spool.tag) - baseline.value(spool.tag);
        check.ledger = ledgerGrams.value(spool.tag);
        check.spoolsWithTag = counts.value(spool.tag);
        if (std::abs(check.spoolman - check.expected) > 0.005 || std::abs(check.ledger - check.expected) > 0.005
            || check.spoolsWithTag != 1) {
            m_report.failures << QStringLiteral("spool %1: expected %2 g, Spoolman shows %3 g, the ledger %4 g (%5 "
                                                "spools carry the tag)")
                                     .arg(spool.tag)
                                     .arg(check.expected)
                                     .arg(check.spoolman)
                                     .arg(check.ledger)
                                     .arg(check.spoolsWithTag);
        }
        m_report.spools.append(check);
    }

    sleepEvents(2000);
    checkMemory();
    m_report.daemonExitCode = m_rig->stopDaemon();
    if (m_report.daemonExitCode != 0)
        m_report.failures << QStringLiteral("the daemon's SIGTERM exit code was %1").arg(m_report.daemonExitCode);
    for (const QString &crash : m_rig->crashes())
        m_report.failures << crash;
    m_report.totalS = m_clock.elapsed() / 1000;
    return m_report;
}

void SoakRun::checkMemory()
{
    // The last daemon process runs from the last injected daemon fault to the end.
    const int instance = m_rig->daemonInstance();
    QList<OutageRig::RssSample> samples;
    for (const OutageRig::RssSample &sample : m_rig->rss()) {
        if (sample.instance == instance)
            samples.append(sample);
    }
    if (samples.size() < 10) {
        m_report.failures << QStringLiteral("too few memory samples of the daemon");
        return;
    }
    const qint64 start = samples.first().ms + 5000;
    const qint64 end = samples.last().ms;
    QList<double> first;
    QList<double> last;
    for (const OutageRig::RssSample &sample : samples) {
        if (sample.ms >= start && sample.ms < start + 10000)
            first << sample.mb;
        if (sample.ms > end - 10000)
            last << sample.mb;
        m_report.rssMaxMb = std::max(m_report.rssMaxMb, sample.mb);
    }
    m_report.rssFirstMb = median(first);
    m_report.rssLastMb = median(last);
    m_report.rssSpanS = (end - samples.first().ms) / 1000;
    // Minutes cannot prove the absence of a leak; a clear upward trend fails.
    if (m_report.rssLastMb - m_report.rssFirstMb > 4.0)
        m_report.failures << QStringLiteral("the daemon's memory grew from %1 MB to %2 MB")
                                 .arg(m_report.rssFirstMb, 0, 'f', 1)
                                 .arg(m_report.rssLastMb, 0, 'f', 1);
}

void SoakReport::print() const
{
    std::printf("\n== Spoolman outages: %d ==\n", int(outages.size()));
    for (const Outage &outage : outages)
        std::printf("  job %2d  %-52s down %5.1f s  pending at restart %d  drained after %5.1f s\n", outage.job,
            qPrintable(outage.kind), double(outage.downMs) / 1000, outage.pendingAtRestart,
            double(outage.drainMs) / 1000);
    std::printf("== daemon SIGKILLs: %d ==\n", int(restarts.size()));
    for (const Restart &restart : restarts)
        std::printf("  job %2d  %-14s first sync %.1f s after the start\n", restart.job, qPrintable(restart.kind),
            double(restart.syncMs) / 1000);
    std::printf("== grams per spool (expected / Spoolman used_weight delta / ledger delivered) ==\n");
    double expected = 0;
    double spoolman = 0;
    double ledger = 0;
    for (const SpoolCheck &check : spools) {
        std::printf("  %s  %7.2f / %7.2f / %7.2f  %s\n", qPrintable(check.tag), check.expected, check.spoolman,
            check.ledger, check.spoolsWithTag == 1 ? "" : "(tag on several spools)");
        expected += check.expected;
        spoolman += check.spoolman;
        ledger += check.ledger;
    }
    std::printf("  total %7.2f / %7.2f / %7.2f g; ledger entries %d of %d, delivered %d (%d settled from the marker "
                "after an interrupted delivery)\n",
        expected, spoolman, ledger, entriesFound, entriesExpected, entriesDelivered, entriesSettledAfterInterruption);
    std::printf(
        "== daemon: SIGTERM exit code %d; VmRSS of the last process over %lld s: %.1f → %.1f MB (max %.1f) ==\n",
        daemonExitCode, rssSpanS, rssFirstMb, rssLastMb, rssMaxMb);
    for (const QString &failure : failures)
        std::printf("FAILED: %s\n", qPrintable(failure));
    std::printf("%s: %d jobs, %d Spoolman outages, %d daemon kills, %.2f g expected, %.2f g in Spoolman, %lld s\n",
        passed() ? "PASS" : "FAIL", jobs, int(outages.size()), int(restarts.size()), expected, spoolman, totalS);
    std::fflush(stdout);
}

} // namespace Spoolbridge::Soak
