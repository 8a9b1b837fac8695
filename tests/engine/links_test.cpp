// Manual links of third-party spools and empty slot reports: a single empty report (the AMS
// reading, a reconnect's first report) keeps the link; a slot that stays empty, or comes back
// with another filament, ends it. The printer is the real A1 + AMS Lite stream (third-party PLA
// in slots 1, 2 and 4, an RFID spool in slot 3).
#include "enginetestenv.h"

#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>

using namespace Spoolbridge;
using namespace Spoolbridge::Test;

namespace {

const QString a1Stream = QStringLiteral("a1-stream-multicolor-print-lan.jsonl");
const QString serial = QStringLiteral("03919A000000001");
constexpr int graceMs = 300;
// The stream's full reports (tray_exist_bits "f": all four slots loaded) are at these lines.
constexpr int firstFullReport = 0;
constexpr int nextFullReport = 132;

// An AMS delta as the stream's own (msg 1, a new version) in which slot 1 (index 0) reads empty
// while the AMS reads it: tray_exist_bits "e" instead of "f".
QJsonObject slotOneEmpty()
{
    return QJsonObject {{QStringLiteral("print"),
        QJsonObject {{QStringLiteral("command"), QStringLiteral("push_status")}, {QStringLiteral("msg"), 1},
            {QStringLiteral("ams"),
                QJsonObject {{QStringLiteral("tray_exist_bits"), QStringLiteral("e")},
                    {QStringLiteral("tray_reading_bits"), QStringLiteral("1")}, {QStringLiteral("version"), 900}}}}}};
}

// Why a sync skipped slot 1 ("" when it did not).
QString skipReason(const SyncResult &result)
{
    for (const SyncSkipped &skipped : result.skipped) {
        if (skipped.unitId == 0 && skipped.slotIndex == 0)
            return skipped.reason;
    }
    return QString();
}

struct LinkedA1 {
    EngineEnv env;
    QList<QJsonObject> stream = streamPayloads(a1Stream);
    std::unique_ptr<PrinterModel> printer = std::make_unique<PrinterModel>(serial);
    std::unique_ptr<SyncEngine> engine;
    Spool spool;

    LinkedA1()
    {
        REQUIRE(stream.size() > nextFullReport);
        REQUIRE(printer->ingest(stream.at(firstFullReport)).ok);
        EngineSettings settings = EngineEnv::manualSettings();
        settings.manualLinkGraceMs = graceMs;
        engine = env.engine(printer.get(), settings);
        const SyncResult first = env.sync(*engine);
        REQUIRE(skipReason(first) == QStringLiteral("Non-Bambu Lab spool — link it manually"));
        const Filament pla
            = env.createFilament(QStringLiteral("Generic PLA"), QStringLiteral("PLA"), QStringLiteral("0ACC38"));
        spool = env.createSpool({{QStringLiteral("filament_id"), pla.id}, {QStringLiteral("remaining_weight"), 730}});
        std::optional<bool> linked;
        env.resultOf(
            *engine, [&]() { engine->linkSlot(0, 0, spool.id, [&linked](bool ok, const QString &) { linked = ok; }); });
        REQUIRE(linked.value_or(false));
        REQUIRE(link());
        REQUIRE(!location().isEmpty());
    }

    std::optional<SlotBinding> link() { return env.links().manualLink(serial, 0, 0); }
    QString location() { return env.spool(spool.id).value_or(Spool()).location.value_or(QString()); }
    bool slotPresent() const
    {
        const Slot *slot = printer->state().slot(0, 0);
        return slot && slot->present;
    }
    void replay(int from, int to)
    {
        for (int i = from; i <= to; ++i)
            REQUIRE(printer->ingest(stream.at(i)).ok);
    }
};

} // namespace

TEST_CASE("engine links: a single empty report keeps a manual link and its location", "[engine][links]")
{
    LinkedA1 a1;
    const QString placed = a1.location();
    CHECK(a1.link()->filament == QStringLiteral("PLA|0ACC38|GFL99"));

    REQUIRE(a1.printer->ingest(slotOneEmpty()).ok);
    REQUIRE(!a1.slotPresent());
    const SyncResult during = a1.env.sync(*a1.engine);
    CHECK(during.errors.isEmpty());
    CHECK(a1.link().value_or(SlotBinding()).spoolId == a1.spool.id);
    CHECK(a1.location() == placed); // not given back for a moment's empty report

    // The real stream goes on; its next full report has the spool in slot 1 again.
    a1.replay(firstFullReport + 1, nextFullReport);
    REQUIRE(a1.slotPresent());
    const SyncResult back = a1.env.sync(*a1.engine);
    CHECK(back.errors.isEmpty());
    REQUIRE(a1.engine->spoolInSlot(0, 0));
    CHECK(a1.engine->spoolInSlot(0, 0)->id == a1.spool.id);

    // Past the grace nothing ends it: the slot came back before the grace ran out.
    QElapsedTimer elapsed;
    elapsed.start();
    waitUntil([&]() { return elapsed.hasExpired(3 * graceMs); }, 10 * graceMs);
    CHECK(a1.link().value_or(SlotBinding()).spoolId == a1.spool.id);
    CHECK(a1.location() == placed);
    LinkStore reopened;
    REQUIRE(reopened.open(a1.env.links().path()));
    CHECK(reopened.manualLink(serial, 0, 0).value_or(SlotBinding()).spoolId == a1.spool.id);
}

TEST_CASE("engine links: a slot that stays empty ends the link, then the location is given back", "[engine][links]")
{
    LinkedA1 a1;
    QElapsedTimer sinceEmpty;
    sinceEmpty.start();
    REQUIRE(a1.printer->ingest(slotOneEmpty()).ok);
    a1.replay(firstFullReport + 1, 40); // deltas of the print, none about the AMS trays
    REQUIRE(!a1.slotPresent());
    // Manual sync mode: nothing runs; the grace alone ends the link.
    REQUIRE(waitUntil([&]() { return !a1.link(); }, 5000));
    CHECK(sinceEmpty.elapsed() >= graceMs);
    LinkStore reopened;
    REQUIRE(reopened.open(a1.env.links().path()));
    CHECK(!reopened.manualLink(serial, 0, 0));

    a1.env.sync(*a1.engine);
    CHECK(a1.location().isEmpty());
    CHECK(!a1.engine->spoolInSlot(0, 0));
    // The same filament settings coming back later are a spool nobody linked.
    a1.replay(41, nextFullReport);
    REQUIRE(a1.slotPresent());
    const SyncResult after = a1.env.sync(*a1.engine);
    CHECK(skipReason(after) == QStringLiteral("Non-Bambu Lab spool — link it manually"));
}

TEST_CASE("engine links: another filament or an RFID spool in the slot ends the link at once", "[engine][links]")
{
    LinkedA1 a1;
    SECTION("the slot comes back within the grace set up for another filament")
    {
        REQUIRE(a1.printer->ingest(slotOneEmpty()).ok);
        REQUIRE(a1.link());
        REQUIRE(a1.printer
                    ->ingest(trayDelta(
                        *a1.printer, 0, 0, thirdPartyTray(0, QStringLiteral("PETG"), QStringLiteral("FF6A13FF"))))
                    .ok);
    }
    SECTION("a Bambu RFID spool is inserted within the grace")
    {
        // Black: the linked green spool is no stock to attach the tag to.
        REQUIRE(a1.printer->ingest(slotOneEmpty()).ok);
        REQUIRE(a1.printer
                    ->ingest(trayDelta(*a1.printer, 0, 0,
                        rfidTray(0, QStringLiteral("PLA"), QStringLiteral("PLA Basic"), QStringLiteral("161616FF"),
                            QStringLiteral("5D0F1C2A3B4C4D5E8F9A0B1C2D3E4F50"), 80)))
                    .ok);
    }
    REQUIRE(a1.slotPresent());
    a1.env.sync(*a1.engine);
    CHECK(!a1.link());
    CHECK(a1.engine->spoolInSlot(0, 0).value_or(Spool()).id != a1.spool.id);
    CHECK(a1.location().isEmpty());
}

TEST_CASE("engine links: changed filament settings of a loaded linked slot keep the link", "[engine][links]")
{
    LinkedA1 a1;
    // A person corrects the colour of the spool in the slot (no empty report in between).
    REQUIRE(
        a1.printer
            ->ingest(trayDelta(*a1.printer, 0, 0, thirdPartyTray(0, QStringLiteral("PLA"), QStringLiteral("1AAA2EFF"))))
            .ok);
    a1.env.sync(*a1.engine);
    REQUIRE(a1.link());
    CHECK(a1.link()->filament == QStringLiteral("PLA|1AAA2E|GFL99")); // the preset stays
    CHECK(a1.engine->spoolInSlot(0, 0).value_or(Spool()).id == a1.spool.id);
}
