#include "threemfbuilder.h"

#include "core/sync/sliceinforeader.h"
#include "core/sync/usagecalculator.h"

#include <catch2/catch.hpp>

using namespace Spoolbridge;

namespace {

SpoolIdentity rfid(const char *uuid, double weight = 1000)
{
    SpoolIdentity spool;
    spool.trayUuid = QString::fromLatin1(uuid);
    spool.filamentWeightGrams = weight;
    return spool;
}

SlicePlate plate(int index)
{
    const SliceInfoReader::Result parsed = SliceInfoReader::parseXml(Test::sampleSliceInfo());
    REQUIRE(parsed.ok);
    const SliceInfoReader::PlateResult selected = SliceInfoReader::selectPlate(parsed.info, QString(), index);
    REQUIRE(selected.ok);
    return selected.plate;
}

// Plate 2: filament 1 = 38.47 g, filament 3 = 23.28 g, filament 4 = 0 g.
JobDescription plateTwoJob(JobOutcome outcome)
{
    JobDescription job;
    job.jobKey = QStringLiteral("lan:Benchy:Metadata/plate_2.gcode:2026-11-22T04:00:00Z");
    job.printerId = QStringLiteral("03919C451200123");
    job.outcome = outcome;
    job.gcodeFile = QStringLiteral("Metadata/plate_2.gcode");
    job.filamentToSlot = {{1, 0}, {3, 2}, {4, 3}};
    job.spoolsAtStart = {{0, rfid("AAAA0000AAAA0000AAAA0000AAAA0000")}, {2, rfid("BBBB0000BBBB0000BBBB0000BBBB0000")},
        {3, rfid("CCCC0000CCCC0000CCCC0000CCCC0000")}};
    return job;
}

const UsageCharge *chargeFor(const UsageCalculator::Result &result, int slot, const QString &uuidPrefix = {})
{
    for (const UsageCharge &charge : result.charges) {
        if (charge.slot == slot && charge.spool.trayUuid.startsWith(uuidPrefix))
            return &charge;
    }
    return nullptr;
}

} // namespace

TEST_CASE("usage: a finished job charges the plate's used_g per mapped slot")
{
    const SlicePlate printed = plate(2);
    const auto result = UsageCalculator::compute(plateTwoJob(JobOutcome::Finished), &printed);
    REQUIRE(result.charges.size() == 2); // filament 4 used 0 g: no entry
    const UsageCharge *white = chargeFor(result, 0);
    const UsageCharge *red = chargeFor(result, 2);
    REQUIRE(white);
    REQUIRE(red);
    CHECK(white->grams == 38.47);
    CHECK(red->grams == 23.28);
    CHECK(white->method == UsageMethod::ThreeMf);
    CHECK(white->spool.trayUuid.startsWith(QLatin1String("AAAA")));
    CHECK(white->jobKey == plateTwoJob(JobOutcome::Finished).jobKey);
    CHECK(usageMethodName(white->method) == QLatin1String("3mf"));
}

TEST_CASE("usage: a failed job is scaled by layers, else by progress, never charged in full")
{
    const SlicePlate printed = plate(2);
    JobDescription job = plateTwoJob(JobOutcome::Failed);

    SECTION("layer 30 of 120 = 25 %")
    {
        job.lastLayer = 30;
        job.totalLayers = 120;
        job.lastProgressPercent = 40; // layers win over progress
        const auto result = UsageCalculator::compute(job, &printed);
        REQUIRE(result.charges.size() == 2);
        CHECK(chargeFor(result, 0)->grams == 9.62); // 38.47 × 0.25 = 9.6175
        CHECK(chargeFor(result, 2)->grams == 5.82); // 23.28 × 0.25
        CHECK(chargeFor(result, 0)->method == UsageMethod::ThreeMfProgress);
        CHECK(usageMethodName(chargeFor(result, 0)->method) == QLatin1String("3mf_progress"));
    }
    SECTION("progress 40 % without layers")
    {
        job.lastProgressPercent = 40;
        const auto result = UsageCalculator::compute(job, &printed);
        CHECK(chargeFor(result, 0)->grams == 15.39); // 38.47 × 0.4 = 15.388
        CHECK(chargeFor(result, 2)->grams == 9.31); // 23.28 × 0.4 = 9.312
    }
    SECTION("failed in the last layer counts (total - 1) / total")
    {
        job.lastLayer = 120;
        job.totalLayers = 120;
        const auto result = UsageCalculator::compute(job, &printed);
        CHECK(chargeFor(result, 0)->grams == 38.15); // 38.47 × 119/120 = 38.1494
        CHECK(chargeFor(result, 0)->grams < 38.47);
    }
    SECTION("failed at 100 % counts 99 %")
    {
        job.lastProgressPercent = 100;
        const auto result = UsageCalculator::compute(job, &printed);
        CHECK(chargeFor(result, 0)->grams == 38.09); // 38.47 × 0.99 = 38.0853
    }
    SECTION("cancelled at layer 60 of 120 = half")
    {
        job.outcome = JobOutcome::Cancelled;
        job.lastLayer = 60;
        job.totalLayers = 120;
        const auto result = UsageCalculator::compute(job, &printed);
        CHECK(chargeFor(result, 0)->grams == 19.24); // 38.47 / 2 = 19.235
        CHECK(chargeFor(result, 2)->grams == 11.64);
    }
    SECTION("no progress at all: the 3MF is not charged, the remain delta is")
    {
        job.remain = {{0, SlotRemain {80, 75}}};
        const auto result = UsageCalculator::compute(job, &printed);
        REQUIRE(result.charges.size() == 1);
        CHECK(result.charges.at(0).method == UsageMethod::RemainDelta);
        CHECK(result.charges.at(0).grams == 50.0); // 5 % of 1000 g
        CHECK(result.notes.first().contains(QLatin1String("without reporting how far it got")));
    }
}

TEST_CASE("usage: remain delta fallback without a 3MF")
{
    JobDescription job = plateTwoJob(JobOutcome::Finished);
    job.spoolsAtStart.insert(1, rfid("DDDD0000DDDD0000DDDD0000DDDD0000", 250));
    job.spoolsAtStart.insert(4, rfid("EEEE0000EEEE0000EEEE0000EEEE0000", 0));
    job.remain = {
        {0, SlotRemain {64, 58}}, // 6 % of 1000 g = 60 g
        {1, SlotRemain {30, 22}}, // 8 % of 250 g = 20 g
        {2, SlotRemain {50, 45}}, // spool changed: skipped
        {3, SlotRemain {-1, -1}}, // unknown (third-party)
        {4, SlotRemain {90, 80}}, // no weight known
        {5, SlotRemain {40, 40}}, // unchanged
    };
    job.spoolsAtEnd = {{2, rfid("FFFF0000FFFF0000FFFF0000FFFF0000")}};
    const auto result = UsageCalculator::compute(job, nullptr);
    REQUIRE(result.charges.size() == 2);
    CHECK(chargeFor(result, 0)->grams == 60.0);
    CHECK(chargeFor(result, 1)->grams == 20.0);
    CHECK(chargeFor(result, 0)->method == UsageMethod::RemainDelta);
    CHECK(result.notes.size() == 2);
    CHECK(result.notes.join(u'\n').contains(QLatin1String("Slot 2 holds another spool")));
    CHECK(result.notes.join(u'\n').contains(QLatin1String("slot 4 has no known filament weight")));

    const auto nothing = UsageCalculator::compute(JobDescription {}, nullptr);
    CHECK(nothing.charges.isEmpty());
    CHECK(nothing.notes.size() == 1);
}

TEST_CASE("usage: auto-refill splits a filament across spools by layers")
{
    // Plate 1: filament 1 = 17.32 g (slot 0), filament 2 = 5.82 g (slot 1). Slot 0 ran out at
    // layer 40 and the AMS continued from slot 4 (not mapped: a backup).
    const SlicePlate printed = plate(1);
    JobDescription job;
    job.jobKey = QStringLiteral("task-778899");
    job.printerId = QStringLiteral("01P00A000000001");
    job.gcodeFile = QStringLiteral("Metadata/plate_1.gcode");
    job.filamentToSlot = {{1, 0}, {2, 1}};
    job.spoolsAtStart = {{0, rfid("AAAA")}, {1, rfid("CCCC")}, {4, rfid("DDDD")}};
    job.totalLayers = 100;
    job.history = {
        {QDateTime(), 0, 0, {}}, // layers 0-10: slot 0, filament 1
        {QDateTime(), 1, 10, {}}, // layers 10-12: slot 1, filament 2
        {QDateTime(), 0, 12, {}}, // layers 12-40: slot 0, filament 1
        {QDateTime(), -1, 40, {}}, // unloading: nothing
        {QDateTime(), 4, 40, {}}, // layers 40-100: backup slot 4 continues filament 1
    };
    const auto result = UsageCalculator::compute(job, &printed);
    REQUIRE(result.charges.size() == 3);
    // Filament 1 fed 98 layers: slot 0 for 38 of them, slot 4 for 60.
    CHECK(chargeFor(result, 0)->grams == 6.72); // 17.32 × 38/98 = 6.7159
    CHECK(chargeFor(result, 4)->grams == 10.60); // 17.32 × 60/98 = 10.6041
    CHECK(chargeFor(result, 4)->spool.trayUuid == QLatin1String("DDDD"));
    CHECK(chargeFor(result, 1)->grams == 5.82);
    CHECK(chargeFor(result, 0)->grams + chargeFor(result, 4)->grams == Approx(17.32));
    CHECK(chargeFor(result, 4)->detail.contains(QLatin1String("of it from this spool")));
}

TEST_CASE("usage: a spool swapped in the same slot splits by time")
{
    const SlicePlate printed = plate(1);
    const QDateTime start(QDate(2026, 11, 22), QTime(4, 0), Qt::UTC);
    JobDescription job;
    job.jobKey = QStringLiteral("task-1");
    job.filamentToSlot = {{1, 0}, {2, 1}};
    job.spoolsAtStart = {{0, rfid("AAAA")}, {1, rfid("CCCC")}};
    job.startedAt = start;
    job.endedAt = start.addSecs(120 * 60);
    job.history = {
        {start, 0, -1, {}}, {start.addSecs(30 * 60), 0, -1, rfid("EEEE")}, // runout, a person put a new spool in slot 0
    };
    const auto result = UsageCalculator::compute(job, &printed);
    REQUIRE(result.charges.size() == 3);
    CHECK(chargeFor(result, 0, QStringLiteral("AAAA"))->grams == 4.33); // 17.32 × 30/120
    CHECK(chargeFor(result, 0, QStringLiteral("EEEE"))->grams == 12.99); // 17.32 × 90/120
    CHECK(chargeFor(result, 1)->grams == 5.82); // no history for slot 1: all to its start spool
}

TEST_CASE("usage: an unmapped filament is kept with an unknown spool")
{
    const SlicePlate printed = plate(1);
    JobDescription job;
    job.jobKey = QStringLiteral("task-2");
    job.filamentToSlot = {{1, 0}};
    job.spoolsAtStart = {{0, rfid("AAAA")}};
    const auto result = UsageCalculator::compute(job, &printed);
    REQUIRE(result.charges.size() == 2);
    const UsageCharge *unknown = chargeFor(result, -1);
    REQUIRE(unknown);
    CHECK(unknown->grams == 5.82);
    CHECK_FALSE(unknown->spool.isKnown());
    CHECK(result.notes.join(u' ').contains(QLatin1String("Filament 2 (5.82 g) was not mapped")));
}
