#include "core/sync/usagecalculator.h"

#include <QHash>
#include <QSet>

#include <cmath>

namespace Spoolbridge {

namespace {

double round2(double grams)
{
    return std::round(grams * 100.0) / 100.0;
}

// One stretch of the job during which one spool fed.
struct Segment {
    int slot = -1;
    SpoolIdentity spool;
    double length = 0; // layers or seconds
    QSet<int> filaments; // slicer filaments it fed
};

QList<Segment> segmentsOf(const JobDescription &job)
{
    QList<Segment> segments;
    const QList<UsageActiveSlotChange> &history = job.history;
    if (history.isEmpty())
        return segments;
    const int endLayer = job.outcome == JobOutcome::Finished && job.totalLayers > 0 ? job.totalLayers : job.lastLayer;
    bool byLayers = endLayer >= 0;
    bool byTime = job.endedAt.isValid();
    for (const UsageActiveSlotChange &change : history) {
        byLayers = byLayers && change.layer >= 0;
        byTime = byTime && change.at.isValid();
    }
    if (!byLayers && !byTime)
        return segments;

    QHash<int, QSet<int>> filamentsOfSlot;
    for (auto it = job.filamentToSlot.cbegin(); it != job.filamentToSlot.cend(); ++it)
        filamentsOfSlot[it.value()].insert(it.key());

    QSet<int> lastFilaments;
    for (int i = 0; i < history.size(); ++i) {
        const UsageActiveSlotChange &change = history.at(i);
        double length = 0;
        if (byLayers) {
            const int next = i + 1 < history.size() ? history.at(i + 1).layer : endLayer;
            length = std::max(0, next - change.layer);
        } else {
            const QDateTime next = i + 1 < history.size() ? history.at(i + 1).at : job.endedAt;
            length = std::max<qint64>(0, change.at.msecsTo(next)) / 1000.0;
        }
        if (change.slot < 0)
            continue; // nothing loaded (unload / change in progress)
        Segment segment;
        segment.slot = change.slot;
        segment.spool = change.spool.isKnown() ? change.spool : job.spoolsAtStart.value(change.slot);
        segment.length = length;
        // A slot the job mapped feeds its filaments; an unmapped one is a backup (auto-refill)
        // continuing the filament loaded before it.
        segment.filaments = filamentsOfSlot.value(change.slot);
        if (segment.filaments.isEmpty())
            segment.filaments = lastFilaments;
        else
            lastFilaments = segment.filaments;
        segments.append(segment);
    }
    return segments;
}

struct Accumulator {
    QList<UsageCharge> charges;

    void add(const JobDescription &job, int slot, const SpoolIdentity &spool, double grams, UsageMethod method,
        const QString &detail)
    {
        for (UsageCharge &charge : charges) {
            if (charge.slot == slot && charge.spool.sameSpool(spool)) {
                charge.grams += grams;
                return;
            }
        }
        UsageCharge charge;
        charge.jobKey = job.jobKey;
        charge.printerId = job.printerId;
        charge.slot = slot;
        charge.spool = spool;
        charge.grams = grams;
        charge.method = method;
        charge.detail = detail;
        charges.append(charge);
    }

    QList<UsageCharge> finish()
    {
        QList<UsageCharge> result;
        for (UsageCharge charge : charges) {
            charge.grams = round2(charge.grams);
            if (charge.grams >= 0.01)
                result.append(charge);
        }
        return result;
    }
};

} // namespace

std::optional<double> UsageCalculator::printedFraction(const JobDescription &job)
{
    if (job.outcome == JobOutcome::Finished)
        return 1.0;
    if (job.totalLayers > 0 && job.lastLayer > 0) {
        // A job that stopped was at most in its last layer, which did not complete.
        const int layers = std::min(job.lastLayer, job.totalLayers - 1);
        return static_cast<double>(layers) / job.totalLayers;
    }
    if (job.lastProgressPercent && *job.lastProgressPercent > 0)
        return std::min(*job.lastProgressPercent, 99.0) / 100.0;
    return std::nullopt;
}

UsageCalculator::Result UsageCalculator::compute(const JobDescription &job, const SlicePlate *plate)
{
    const std::optional<double> fraction = printedFraction(job);
    if (plate && fraction)
        return fromPlate(job, *plate, *fraction);
    Result result = fromRemain(job);
    if (plate && !fraction) {
        result.notes.prepend(tr("The job stopped without reporting how far it got, so the slicer's estimate was not "
                                "charged."));
    }
    return result;
}

UsageCalculator::Result UsageCalculator::fromPlate(const JobDescription &job, const SlicePlate &plate, double fraction)
{
    Result result;
    const UsageMethod method
        = job.outcome == JobOutcome::Finished ? UsageMethod::ThreeMf : UsageMethod::ThreeMfProgress;
    const QList<Segment> segments = segmentsOf(job);
    Accumulator accumulator;
    for (const SliceFilament &filament : plate.filaments) {
        if (filament.usedGrams <= 0)
            continue;
        const double grams = filament.usedGrams * fraction;
        QString detail = method == UsageMethod::ThreeMf
            ? tr("plate %1, filament %2: %3 g").arg(plate.index).arg(filament.id).arg(filament.usedGrams)
            : tr("plate %1, filament %2: %3 g × %4 %")
                  .arg(plate.index)
                  .arg(filament.id)
                  .arg(filament.usedGrams)
                  .arg(round2(fraction * 100.0));
        const int mappedSlot = job.filamentToSlot.value(filament.id, -1);
        double total = 0;
        for (const Segment &segment : segments) {
            if (segment.filaments.contains(filament.id))
                total += segment.length;
        }
        if (total <= 0) {
            if (mappedSlot < 0) {
                result.notes << tr("Filament %1 (%2 g) was not mapped to any slot; assign a spool to charge it.")
                                    .arg(filament.id)
                                    .arg(round2(grams));
            }
            accumulator.add(job, mappedSlot, job.spoolsAtStart.value(mappedSlot), grams, method, detail);
            continue;
        }
        for (const Segment &segment : segments) {
            if (!segment.filaments.contains(filament.id) || segment.length <= 0)
                continue;
            QString splitDetail = detail;
            if (segment.length < total)
                splitDetail += tr(", %1 % of it from this spool").arg(round2(segment.length / total * 100.0));
            accumulator.add(job, segment.slot, segment.spool, grams * segment.length / total, method, splitDetail);
        }
    }
    result.charges = accumulator.finish();
    return result;
}

UsageCalculator::Result UsageCalculator::fromRemain(const JobDescription &job)
{
    Result result;
    Accumulator accumulator;
    for (auto it = job.remain.cbegin(); it != job.remain.cend(); ++it) {
        const int slot = it.key();
        const SlotRemain &remain = it.value();
        if (!remain.startPercent || !remain.endPercent || *remain.startPercent < 0 || *remain.endPercent < 0)
            continue;
        const int drop = *remain.startPercent - *remain.endPercent;
        if (drop <= 0)
            continue;
        const SpoolIdentity spool = job.spoolsAtStart.value(slot);
        if (job.spoolsAtEnd.contains(slot) && !job.spoolsAtEnd.value(slot).sameSpool(spool)) {
            result.notes << tr("Slot %1 holds another spool than at the start of the job, so its remaining "
                               "percentage says nothing about the usage.")
                                .arg(slot);
            continue;
        }
        if (spool.filamentWeightGrams <= 0) {
            result.notes << tr("The spool in slot %1 has no known filament weight, so its %2 % drop cannot be turned "
                               "into grams.")
                                .arg(slot)
                                .arg(drop);
            continue;
        }
        const double grams = drop / 100.0 * spool.filamentWeightGrams;
        accumulator.add(job, slot, spool, grams, UsageMethod::RemainDelta,
            tr("remaining %1 % → %2 % of %3 g")
                .arg(*remain.startPercent)
                .arg(*remain.endPercent)
                .arg(spool.filamentWeightGrams));
    }
    result.charges = accumulator.finish();
    if (result.charges.isEmpty() && result.notes.isEmpty()) {
        result.notes << tr("No usage could be determined for this job: the 3MF was not available and the AMS "
                           "reported no change in remaining filament.");
    }
    return result;
}

} // namespace Spoolbridge
