#pragma once

#include "core/sync/sliceinfo.h"
#include "core/sync/usagetypes.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Spoolbridge {

// Turns a finished, failed or cancelled job into grams per physical spool.
//
// Rules (docs/ledger.md, "Where the grams come from"):
// * 3MF plate known, job finished: each filament's used_g goes to the slot it was mapped to
//   ("3mf").
// * 3MF plate known, job failed or cancelled: used_g × the printed fraction ("3mf_progress"): the
//   last layer / total layers, else the last progress %. A job that did not finish is never
//   charged in full: at the last layer it counts (total − 1) / total, at 100 % it counts 99 %.
//   Without any progress information the 3MF is not used.
// * No usable 3MF: (remain % at start − remain % at end) × the spool's filament weight per slot
//   ("remain_delta"), only when the same spool sat in the slot at start and end.
// * Auto-refill or a swapped spool: a filament's grams are split across the spools that fed it,
//   in proportion to the layers (when every change carries a layer) or the time each fed.
//   A slot the job did not map continues the filament that was loaded before it.
class UsageCalculator
{
    Q_DECLARE_TR_FUNCTIONS(UsageCalculator)

public:
    struct Result {
        QList<UsageCharge> charges; // one per (slot, spool), grams rounded to 0.01 g
        QStringList notes; // what could not be charged and why, for people
    };

    // `plate` is the printed plate from the job's 3MF, or nullptr when none could be read.
    static Result compute(const JobDescription &job, const SlicePlate *plate);

    // The part of the job that printed: 1 for a finished job, nullopt when unknown.
    static std::optional<double> printedFraction(const JobDescription &job);

private:
    static Result fromPlate(const JobDescription &job, const SlicePlate &plate, double fraction);
    static Result fromRemain(const JobDescription &job);
};

} // namespace Spoolbridge
