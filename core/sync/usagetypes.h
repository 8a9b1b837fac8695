#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Spoolbridge {

// Which physical spool a slot held. RFID spools are known by tray_uuid (Spoolman extra.tag);
// third-party spools by the Spoolman spool the user linked to the slot.
struct SpoolIdentity {
    QString trayUuid; // 32 hex, empty for third-party spools
    int spoolmanId = 0; // 0 = not known (yet)
    QString label; // for people: "PLA Basic Black"
    double filamentWeightGrams = 0; // net label weight (tray_weight or Spoolman filament weight), 0 = unknown

    bool isKnown() const { return !trayUuid.isEmpty() || spoolmanId > 0; }
    // Stable key used for de-duplication: the tag when there is one, else the Spoolman id.
    QString key() const
    {
        if (!trayUuid.isEmpty())
            return QStringLiteral("tag:") + trayUuid.toUpper();
        if (spoolmanId > 0)
            return QStringLiteral("spool:") + QString::number(spoolmanId);
        return QStringLiteral("none");
    }
    bool sameSpool(const SpoolIdentity &other) const { return key() == other.key(); }
};

enum class UsageMethod {
    ThreeMf, // "3mf": the slicer's estimate for a finished plate
    ThreeMfProgress, // "3mf_progress": the estimate scaled to the part that printed
    RemainDelta, // "remain_delta": AMS remaining % at start minus at end × spool weight
    Undo, // "undo": compensation of an earlier entry
    Manual, // "manual": entered by a person
};

QString usageMethodName(UsageMethod method);
std::optional<UsageMethod> usageMethodFromName(const QString &name);

// Grams to charge to one physical spool for one job.
struct UsageCharge {
    QString jobKey;
    QString printerId;
    int slot = -1; // global tray id (unit*4+slot, HT id, 254/255 external); -1 unknown
    SpoolIdentity spool;
    double grams = 0;
    UsageMethod method = UsageMethod::ThreeMf;
    QString detail; // how the number was found, for people
};

enum class JobOutcome { Finished, Failed, Cancelled };

// The loaded slot (or the spool in it) changed at `at` (tray_now/snow history).
struct UsageActiveSlotChange {
    QDateTime at;
    int slot = -1; // global tray id now feeding; -1 / 255 = nothing
    int layer = -1; // layer at the change, -1 unknown
    SpoolIdentity spool; // the spool in that slot at the change; empty = the one at start
};

struct SlotRemain {
    std::optional<int> startPercent;
    std::optional<int> endPercent;
};

// A finished, failed or cancelled job as the printer model saw it.
struct JobDescription {
    QString jobKey; // identity: task id, or subtask_name + gcode_file + start time for LAN jobs
    QString printerId; // serial
    JobOutcome outcome = JobOutcome::Finished;
    QString gcodeFile; // e.g. "Metadata/plate_2.gcode"
    int plateIndex = 0; // when known directly; 0 = from gcodeFile
    QMap<int, int> filamentToSlot; // slicer filament id (1-based) → global tray id
    QMap<int, SpoolIdentity> spoolsAtStart; // global tray id → spool at job start
    QList<UsageActiveSlotChange> history; // in time order
    QDateTime startedAt;
    QDateTime endedAt;
    std::optional<double> lastProgressPercent; // last non-zero mc_percent
    int lastLayer = -1; // last non-zero layer_num
    int totalLayers = 0;
    QMap<int, SlotRemain> remain; // global tray id → remain % at start and end
    QMap<int, SpoolIdentity> spoolsAtEnd; // global tray id → spool at job end (remain check)
};

} // namespace Spoolbridge
