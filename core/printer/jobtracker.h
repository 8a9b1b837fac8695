#pragma once

#include "core/printer/jobrecord.h"
#include "core/printer/jobsnapshot.h"
#include "core/printer/reportmerger.h"

#include <QHash>

#include <optional>

namespace Spoolbridge {

// Follows gcode_state across reports and turns it into job events. FINISH/FAILED persist on the
// printer until the next job; a job first seen already ended (after connecting) is old and
// produces no event. LAN jobs have all ids "0": their identity is name + file + start time.
class JobTracker
{
public:
    struct Event {
        enum class Type { Started, Finished, Failed, Interrupted };
        Type type;
        JobRecord record;
    };

    // Feeds the freshly derived state; fills in state.job's identity, start time, kept progress
    // and resolved mapping, and returns the events this report caused.
    QList<Event> update(PrinterState &state, const ReportMerger &merger, const QDateTime &now);

    const std::optional<JobRecord> &current() const { return m_current; }
    const std::optional<JobRecord> &lastEnded() const { return m_lastEnded; }

    // The job being followed (for a file), and taking one up again after a restart — before the
    // first report: if that report shows it ended, it is reported as finished/failed; running,
    // it continues with its start slots; idle or another job, it was interrupted.
    std::optional<JobSnapshot> snapshot() const;
    void restore(const JobSnapshot &snapshot);

private:
    JobRecord begin(const PrinterState &state, const QDateTime &now, bool fromStart);
    void track(const PrinterState &state, const ReportMerger &merger, const QDateTime &now);
    JobRecord finish(const PrinterState &state, JobState endState, const QDateTime &now);
    bool sameJob(const JobRecord &record, const JobInfo &job) const;
    void applyToState(PrinterState &state) const;

    bool m_seenAnything = false;
    std::optional<JobRecord> m_current;
    std::optional<JobRecord> m_lastEnded;
    QHash<int, Slot> m_startSlots; // slots as they were when the current job started
    int m_lastRight = -2;
    int m_lastLeft = -2;
};

} // namespace Spoolbridge
