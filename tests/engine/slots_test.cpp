// Locations, third-party spools, manual links and attaching to existing stock.
#include "enginetestenv.h"

#include "core/engine/locationtemplate.h"
#include "core/spoolman/spoolcache.h"
#include "core/spoolman/spoolmanevents.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

using namespace Spoolbridge;
using namespace Spoolbridge::Test;

namespace {

const QString p2s = QStringLiteral("p2s-pushall-ams2pro-mixed-printing.json");
const QString serial = QStringLiteral("01P00A000000001");
const QString whiteTag = QStringLiteral("C234B32CD1C14E0587B0CF6BF8753D0F"); // slot 0
const QString blackTag = QStringLiteral("15A8808C6AC140F2B84FBAE990AD9E43"); // slot 1

QString locationOf(EngineEnv &env, int id)
{
    const std::optional<Spool> spool = env.spool(id);
    REQUIRE(spool);
    return spool->location.value_or(QString());
}

} // namespace

TEST_CASE("engine: a removed spool gives its location back, unless someone moved it", "[engine]")
{
    EngineEnv env;
    auto printer = env.printer(p2s, serial);
    auto engine = env.engine(printer.get());
    env.sync(*engine);
    const int white = env.spoolsWithTag(whiteTag).value(0).id;
    const int black = env.spoolsWithTag(blackTag).value(0).id;
    REQUIRE(locationOf(env, white) == QStringLiteral("Printer 01 - AMS A Slot 1"));

    // The user moves the black spool to a shelf in Spoolman while it is still in the AMS.
    env.patchSpool(black, {{QStringLiteral("location"), QStringLiteral("Shelf 3")}});

    REQUIRE(printer->ingest(trayDelta(*printer, 0, 0, emptyTray(0))).ok);
    REQUIRE(printer->ingest(trayDelta(*printer, 0, 1, emptyTray(1))).ok);
    env.takeRequests();
    const SyncResult result = env.sync(*engine);
    CHECK(result.errors.isEmpty());
    CHECK(locationOf(env, white).isEmpty());
    CHECK(locationOf(env, black) == QStringLiteral("Shelf 3")); // not ours any more: untouched
    CHECK(!env.links().placement(serial, 0, 0));
    CHECK(!env.links().placement(serial, 0, 1));

    // With a home location, a removed spool goes home instead.
    EngineSettings settings = EngineEnv::manualSettings();
    settings.homeLocation = QStringLiteral("Dry box");
    engine->setSettings(settings);
    REQUIRE(printer
                ->ingest(trayDelta(*printer, 0, 0,
                    rfidTray(0, QStringLiteral("PLA"), QStringLiteral("PLA Matte"), QStringLiteral("FFFFFFFF"),
                        whiteTag, 41)))
                .ok);
    env.sync(*engine);
    CHECK(locationOf(env, white) == QStringLiteral("Printer 01 - AMS A Slot 1"));
    REQUIRE(printer->ingest(trayDelta(*printer, 0, 0, emptyTray(0))).ok);
    env.sync(*engine);
    CHECK(locationOf(env, white) == QStringLiteral("Dry box"));
}

TEST_CASE("engine: an AMS change costs at most three small requests", "[engine]")
{
    EngineEnv env;
    auto printer = env.printer(p2s, serial);
    EngineSettings settings = EngineEnv::manualSettings();
    settings.mode = SyncMode::Auto;
    auto engine = env.engine(printer.get(), settings);
    env.sync(*engine);
    env.takeRequests();

    // Known spool pulled out: one GET of that spool and one PATCH of its location.
    REQUIRE(printer->ingest(trayDelta(*printer, 0, 0, emptyTray(0))).ok);
    SyncResult result = env.nextResult(*engine);
    QStringList requests = env.takeRequests();
    INFO(requests.join(QStringLiteral(", ")).toStdString());
    CHECK(result.errors.isEmpty());
    CHECK(requests.size() <= 3);

    // Put back: one lookup by tag and one PATCH.
    REQUIRE(printer
                ->ingest(trayDelta(*printer, 0, 0,
                    rfidTray(0, QStringLiteral("PLA"), QStringLiteral("PLA Matte"), QStringLiteral("FFFFFFFF"),
                        whiteTag, 41)))
                .ok);
    result = env.nextResult(*engine);
    requests = env.takeRequests();
    INFO(requests.join(QStringLiteral(", ")).toStdString());
    CHECK(result.errors.isEmpty());
    CHECK(result.created.isEmpty());
    CHECK(requests.size() <= 3);
    CHECK(env.spoolsWithTag(whiteTag).size() == 1);
    env.takeRequests(); // our own check above

    // A report that changes nothing in the slots costs nothing.
    REQUIRE(printer
                ->ingest(trayDelta(*printer, 0, 0,
                    rfidTray(0, QStringLiteral("PLA"), QStringLiteral("PLA Matte"), QStringLiteral("FFFFFFFF"),
                        whiteTag, 40)))
                .ok);
    Test::waitUntil([]() { return false; }, 100);
    requests = env.takeRequests();
    INFO(requests.join(QStringLiteral(", ")).toStdString());
    CHECK(requests.isEmpty());
}

TEST_CASE("engine: third-party spools are skipped with a reason until linked", "[engine]")
{
    EngineEnv env;
    auto printer = env.printer(p2s, serial);
    auto engine = env.engine(printer.get());
    const SyncResult result = env.sync(*engine);
    REQUIRE(result.skipped.size() == 2);
    CHECK(result.skipped.at(0).location == QStringLiteral("Printer 01 - AMS A Slot 3"));
    CHECK(result.skipped.at(0).color == QStringLiteral("000000"));
    CHECK(result.skipped.at(0).reason == QStringLiteral("Non-Bambu Lab spool — link it manually"));
    CHECK(result.skipped.at(1).location == QStringLiteral("Printer 01 - AMS A Slot 4"));
    CHECK(result.skipped.at(1).color == QStringLiteral("FFFFFF"));
    CHECK(env.spools().size() == 2); // nothing created for them

    // Link slot 4 (generic PETG) to a spool entered by hand.
    const Filament petg
        = env.createFilament(QStringLiteral("Generic PETG"), QStringLiteral("PETG"), QStringLiteral("FFFFFF"));
    const Spool mine
        = env.createSpool({{QStringLiteral("filament_id"), petg.id}, {QStringLiteral("remaining_weight"), 640}});
    std::optional<bool> linked;
    const SyncResult after = env.resultOf(
        *engine, [&]() { engine->linkSlot(0, 3, mine.id, [&linked](bool ok, const QString &) { linked = ok; }); });
    REQUIRE(linked.value_or(false));
    CHECK(after.synced == 3);
    CHECK(after.skipped.size() == 1);
    CHECK(locationOf(env, mine.id) == QStringLiteral("Printer 01 - AMS A Slot 4"));
    CHECK(env.spool(mine.id)->tag().has_value() == false); // third-party: no tag written
    REQUIRE(engine->spoolInSlot(0, 3));
    CHECK(engine->spoolInSlot(0, 3)->id == mine.id);

    // The link survives a restart (it lives in the LinkStore file) …
    LinkStore reopened;
    REQUIRE(reopened.open(env.links().path()));
    CHECK(reopened.manualLink(serial, 0, 3).value_or(SlotBinding()).spoolId == mine.id);

    // … and ends when the slot empties: the location is cleared, and a new spool there is skipped.
    REQUIRE(printer->ingest(trayDelta(*printer, 0, 3, emptyTray(3))).ok);
    env.sync(*engine);
    CHECK(locationOf(env, mine.id).isEmpty());
    CHECK(!env.links().manualLink(serial, 0, 3));
    REQUIRE(
        printer->ingest(
                   trayDelta(*printer, 0, 3, thirdPartyTray(3, QStringLiteral("PETG"), QStringLiteral("FFFFFFFF"))))
            .ok);
    const SyncResult reinserted = env.sync(*engine);
    CHECK(reinserted.skipped.size() == 2);

    // Unlink of a third-party slot drops the link and the location.
    linked.reset();
    env.resultOf(
        *engine, [&]() { engine->linkSlot(0, 3, mine.id, [&linked](bool ok, const QString &) { linked = ok; }); });
    REQUIRE(linked.value_or(false));
    CHECK(locationOf(env, mine.id) == QStringLiteral("Printer 01 - AMS A Slot 4"));
    std::optional<bool> unlinked;
    engine->unlinkSlot(0, 3, [&unlinked](bool ok, const QString &) { unlinked = ok; });
    REQUIRE(waitUntil([&]() { return unlinked.has_value(); }));
    CHECK(*unlinked);
    CHECK(locationOf(env, mine.id).isEmpty());
    CHECK(!env.links().manualLink(serial, 0, 3));
}

TEST_CASE("engine: linking an RFID slot moves the tag; unlinking removes it for good", "[engine]")
{
    EngineEnv env;
    auto printer = env.printer(p2s, serial);
    auto engine = env.engine(printer.get());
    env.sync(*engine);
    const int created = env.spoolsWithTag(whiteTag).value(0).id;

    // The user had entered this spool by hand before: link the slot to it.
    const Filament white
        = env.createFilament(QStringLiteral("PLA Matte White"), QStringLiteral("PLA"), QStringLiteral("FFFFFF"));
    const Spool manual
        = env.createSpool({{QStringLiteral("filament_id"), white.id}, {QStringLiteral("remaining_weight"), 380}});
    std::optional<bool> done;
    env.resultOf(
        *engine, [&]() { engine->linkSlot(0, 0, manual.id, [&done](bool ok, const QString &) { done = ok; }); });
    REQUIRE(done.value_or(false));
    const QList<Spool> tagged = env.spoolsWithTag(whiteTag);
    REQUIRE(tagged.size() == 1);
    CHECK(tagged.first().id == manual.id);
    CHECK(env.spool(created)->extra.contains(QStringLiteral("tag")) == false);
    CHECK(locationOf(env, manual.id) == QStringLiteral("Printer 01 - AMS A Slot 1"));
    CHECK(locationOf(env, created).isEmpty()); // the old one gave the slot back

    // Unlink: the tag is removed ({"extra":{"tag":null}}) and the next syncs leave the slot alone.
    done.reset();
    const SyncResult after
        = env.resultOf(*engine, [&]() { engine->unlinkSlot(0, 0, [&done](bool ok, const QString &) { done = ok; }); });
    REQUIRE(done.value_or(false));
    CHECK(env.spoolsWithTag(whiteTag).isEmpty());
    CHECK(env.spool(manual.id)->extra.contains(QStringLiteral("tag")) == false);
    CHECK(after.created.isEmpty());
    const SyncResult full = env.sync(*engine);
    CHECK(full.created.isEmpty());
    CHECK(env.spoolsWithTag(whiteTag).isEmpty());
    bool reported = false;
    for (const SyncSkipped &skip : full.skipped)
        reported = reported || (skip.location == QStringLiteral("Printer 01 - AMS A Slot 1"));
    CHECK(reported);
}

TEST_CASE("engine: untagged stock of the same material and colour is offered, or attached when certain", "[engine]")
{
    EngineEnv env;
    env.registerTagField();
    const Filament white
        = env.createFilament(QStringLiteral("PLA Matte White"), QStringLiteral("PLA"), QStringLiteral("ffffff"));
    const Filament other
        = env.createFilament(QStringLiteral("PLA Red"), QStringLiteral("PLA"), QStringLiteral("FF0000"));
    const Spool used = env.createSpool({{QStringLiteral("filament_id"), white.id},
        {QStringLiteral("remaining_weight"), 990}, {QStringLiteral("initial_weight"), 1000}});
    env.patchSpool(used.id, {{QStringLiteral("used_weight"), 10}});
    const Spool far
        = env.createSpool({{QStringLiteral("filament_id"), white.id}, {QStringLiteral("remaining_weight"), 250}});
    const Spool close
        = env.createSpool({{QStringLiteral("filament_id"), white.id}, {QStringLiteral("remaining_weight"), 1000}});
    const Spool red
        = env.createSpool({{QStringLiteral("filament_id"), other.id}, {QStringLiteral("remaining_weight"), 1000}});

    auto printer = env.printer(p2s, serial);
    auto engine = env.engine(printer.get());
    const SyncResult result = env.sync(*engine);
    // Slot 0 (white): three candidates, unused first, closest weight first; nothing created.
    REQUIRE(result.candidates.size() == 1);
    const SyncCandidates &offer = result.candidates.first();
    CHECK(offer.location == QStringLiteral("Printer 01 - AMS A Slot 1"));
    CHECK(offer.tag == whiteTag);
    REQUIRE(offer.spools.size() == 3);
    CHECK(offer.spools.at(0).spoolId == close.id);
    CHECK(offer.spools.at(1).spoolId == used.id); // 10 g used, 990 g left: closest to 1000 g
    CHECK(offer.spools.at(2).spoolId == far.id); // entered with 250 g left
    CHECK(env.spoolsWithTag(whiteTag).isEmpty());
    // Slot 1 (black) had no stock: created.
    CHECK(result.created.size() == 1);

    // The link picker offers the same list, then the other untagged spools of the material.
    std::optional<QList<Spool>> picker;
    engine->linkCandidates(0, 0, [&picker](const QList<Spool> &spools, const QString &) { picker = spools; });
    REQUIRE(waitUntil([&]() { return picker.has_value(); }));
    REQUIRE(picker->size() == 4);
    CHECK(picker->at(0).id == close.id);
    CHECK(picker->at(3).id == red.id);

    // With one candidate left it is attached instead of creating a new spool.
    env.patchSpool(far.id, {{QStringLiteral("archived"), true}});
    env.patchSpool(used.id, {{QStringLiteral("archived"), true}});
    const int before = int(env.spools().size());
    const SyncResult attached = env.sync(*engine);
    REQUIRE(attached.created.size() == 1);
    CHECK(attached.created.first().attached);
    CHECK(attached.created.first().spoolId == close.id);
    CHECK(env.spoolsWithTag(whiteTag).value(0).id == close.id);
    CHECK(int(env.spools().size()) == before);
    CHECK(locationOf(env, close.id) == QStringLiteral("Printer 01 - AMS A Slot 1"));
}

TEST_CASE("engine: with auto-attach off a single candidate is only offered", "[engine]")
{
    EngineEnv env;
    env.registerTagField();
    const Filament white
        = env.createFilament(QStringLiteral("PLA Matte White"), QStringLiteral("PLA"), QStringLiteral("FFFFFF"));
    env.createSpool({{QStringLiteral("filament_id"), white.id}, {QStringLiteral("remaining_weight"), 1000}});
    auto printer = env.printer(p2s, serial);
    EngineSettings settings = EngineEnv::manualSettings();
    settings.autoAttach = false;
    settings.autoCreate = false;
    auto engine = env.engine(printer.get(), settings);
    const SyncResult result = env.sync(*engine);
    CHECK(result.candidates.size() == 1);
    CHECK(result.created.isEmpty());
    // Black has no stock and creation is off: skipped with a reason that says what to do.
    bool skippedBlack = false;
    for (const SyncSkipped &skip : result.skipped)
        skippedBlack = skippedBlack || skip.reason.contains(QStringLiteral("automatic creation is off"));
    CHECK(skippedBlack);
    CHECK(env.spoolsWithTag(whiteTag).isEmpty());
}

TEST_CASE("engine: HT units and external spools get their own location names", "[engine]")
{
    EngineEnv env;
    // X1C: two AMS, an AMS 2 Pro and HT 128; nothing on the external spool holder.
    auto x1c = env.printer(QStringLiteral("x1c-pushall-2ams-ams2pro-amsht.json"), QStringLiteral("00M00A000000001"));
    auto engine = env.engine(x1c.get());
    const SyncResult result = env.sync(*engine);
    CHECK(result.errors.isEmpty());
    CHECK(result.synced == 12);
    const QList<Spool> ht = env.spoolsWithTag(QStringLiteral("3912400D8BFC4A4D9578E9E643162E10"));
    REQUIRE(ht.size() == 1);
    CHECK(ht.first().location.value_or(QString()) == QStringLiteral("Printer 01 - AMS HT-A Slot 1"));
    const QList<Spool> secondAms = env.spoolsWithTag(QStringLiteral("77D5ADAF050A430A95109ABF1C601670"));
    REQUIRE(secondAms.size() == 1);
    CHECK(secondAms.first().location.value_or(QString()) == QStringLiteral("Printer 01 - AMS B Slot 4"));

    // H2D Pro (two nozzles): a third-party TPU on the right external holder.
    auto h2d = env.printer(QStringLiteral("h2dpro-pushall-ams2pro-amsht-idle.json"), QStringLiteral("0948AD000000002"));
    auto h2dEngine = env.engine(h2d.get());
    const SyncResult h2dResult = env.sync(*h2dEngine);
    bool external = false;
    for (const SyncSkipped &skip : h2dResult.skipped)
        external = external
            || (skip.location == QStringLiteral("Printer 02 - External R") && skip.color == QStringLiteral("FFFFFF"));
    CHECK(external);
}

TEST_CASE("engine: with the websocket cache a returning spool costs no lookup", "[engine]")
{
    EngineEnv env;
    SpoolmanEvents events;
    events.setConfig(env.client().config());
    SpoolCache cache(&env.client(), &events);
    events.start();
    REQUIRE(waitUntil([&]() { return cache.isConnected(); }, 10000));

    auto printer = env.printer(p2s, serial);
    SyncEngine::Services services;
    services.client = &env.client();
    services.links = &env.links();
    services.registry = &env.registry();
    services.cache = &cache;
    SyncEngine engine(printer.get(), services);
    engine.setSettings(EngineEnv::manualSettings());
    engine.setPrinterName(QStringLiteral("Printer 01"));
    REQUIRE(env.sync(engine).created.size() == 2);

    REQUIRE(printer->ingest(trayDelta(*printer, 0, 0, emptyTray(0))).ok);
    env.sync(engine);
    REQUIRE(printer
                ->ingest(trayDelta(*printer, 0, 0,
                    rfidTray(0, QStringLiteral("PLA"), QStringLiteral("PLA Matte"), QStringLiteral("FFFFFFFF"),
                        whiteTag, 41)))
                .ok);
    // Let the websocket deliver the location change of the removal first.
    REQUIRE(waitUntil([&]() {
        const QList<Spool> cached = cache.spoolsByTag(whiteTag);
        return cached.size() == 1 && cached.first().location.value_or(QString()).isEmpty();
    }));
    env.takeRequests();
    const SyncResult back = env.resultOf(engine, [&]() { engine.syncNow(); });
    const QStringList requests = env.takeRequests();
    INFO(requests.join(QStringLiteral(", ")).toStdString());
    CHECK(back.errors.isEmpty());
    CHECK(back.synced == 2);
    // syncNow looks at every slot: both RFID spools come from the cache; only the location is written.
    CHECK(requests == QStringList {QStringLiteral("PATCH /api/v1/spool/1")});
    CHECK(env.spoolsWithTag(whiteTag).value(0).location.value_or(QString())
        == QStringLiteral("Printer 01 - AMS A Slot 1"));
    events.stop();
}

TEST_CASE("engine: auto mode syncs after a job ends; manual mode never on its own", "[engine]")
{
    EngineEnv env;
    auto printer = env.printer(p2s, serial); // RUNNING
    EngineSettings settings = EngineEnv::manualSettings();
    auto manual = env.engine(printer.get(), settings);
    int manualRuns = 0;
    QObject::connect(manual.get(), &SyncEngine::syncFinished, [&manualRuns](const SyncResult &) { ++manualRuns; });
    settings.mode = SyncMode::Auto;
    auto automatic = env.engine(printer.get(), settings);
    REQUIRE(env.nextResult(*automatic).created.size() == 2); // the first look after start-up
    waitUntil([]() { return false; }, 100);
    const SyncResult result = env.resultOf(*automatic, [&]() {
        REQUIRE(printer
                    ->ingest(QJsonObject {{QStringLiteral("print"),
                        QJsonObject {{QStringLiteral("command"), QStringLiteral("push_status")},
                            {QStringLiteral("msg"), 1}, {QStringLiteral("gcode_state"), QStringLiteral("FINISH")}}}})
                    .ok);
    });
    CHECK(result.errors.isEmpty());
    CHECK(result.synced == 2);
    waitUntil([]() { return false; }, 100);
    CHECK(manualRuns == 0);
}
