// AMS-estimate weight rules, low-stock alerts, outages, location templates and filament matching.
#include "enginetestenv.h"

#include "core/engine/filamentmatch.h"
#include "core/engine/locationtemplate.h"
#include "core/engine/lowstockmonitor.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

using namespace Spoolbridge;
using namespace Spoolbridge::Test;

namespace {

const QString p2s = QStringLiteral("p2s-pushall-ams2pro-mixed-printing.json");
const QString serial = QStringLiteral("01P00A000000001");
const QString whiteTag = QStringLiteral("C234B32CD1C14E0587B0CF6BF8753D0F"); // slot 0, 41 %

void setRemain(PrinterModel &printer, int remain)
{
    REQUIRE(printer
                .ingest(trayDelta(printer, 0, 0,
                    rfidTray(0, QStringLiteral("PLA"), QStringLiteral("PLA Matte"), QStringLiteral("FFFFFFFF"),
                        whiteTag, remain)))
                .ok);
}

double whiteRemaining(EngineEnv &env)
{
    const QList<Spool> spools = env.spoolsWithTag(whiteTag);
    REQUIRE(spools.size() == 1);
    return spools.first().remainingWeight.value_or(-1);
}

} // namespace

TEST_CASE("engine: AMS-estimate weight follows remain % downwards only, in 1 % steps", "[engine]")
{
    EngineEnv env;
    auto printer = env.printer(p2s, serial);
    EngineSettings settings = EngineEnv::manualSettings();
    settings.weightSource = WeightSource::AmsEstimate;
    auto engine = env.engine(printer.get(), settings);
    bool pending = false;
    engine->setPendingUsageCheck([&pending](int, const QString &) { return pending; });
    env.sync(*engine);
    CHECK(whiteRemaining(env) == Approx(410));

    setRemain(*printer, 35);
    env.sync(*engine);
    CHECK(whiteRemaining(env) == Approx(350));

    setRemain(*printer, 40); // never upwards for the same spool
    env.sync(*engine);
    CHECK(whiteRemaining(env) == Approx(350));

    // Less than 1 % below what Spoolman has: left alone.
    const int id = env.spoolsWithTag(whiteTag).first().id;
    env.patchSpool(id, {{QStringLiteral("remaining_weight"), 345}});
    setRemain(*printer, 34);
    env.sync(*engine);
    CHECK(whiteRemaining(env) == Approx(345));

    // Usage for this spool waits in the ledger: the estimate does not write.
    pending = true;
    setRemain(*printer, 20);
    env.sync(*engine);
    CHECK(whiteRemaining(env) == Approx(345));
    pending = false;
    env.sync(*engine);
    CHECK(whiteRemaining(env) == Approx(200));
}

TEST_CASE("engine: per-print mode never writes weight, AMS Lite remain is never trusted", "[engine]")
{
    EngineEnv env;
    auto printer = env.printer(p2s, serial);
    auto engine = env.engine(printer.get()); // default: per-print usage
    env.sync(*engine);
    setRemain(*printer, 10);
    env.sync(*engine);
    CHECK(whiteRemaining(env) == Approx(410));

    // A1 mini: AMS Lite reports remain 0 on RFID spools; new spools get the label weight.
    auto mini = env.printer(QStringLiteral("a1mini-pushall-amslite-idle-rfid.json"), QStringLiteral("0309CA000000001"));
    EngineSettings settings = EngineEnv::manualSettings();
    settings.weightSource = WeightSource::AmsEstimate;
    auto miniEngine = env.engine(mini.get(), settings);
    const SyncResult result = env.sync(*miniEngine);
    CHECK(result.errors.isEmpty());
    CHECK(result.created.size() == 4);
    for (const SyncCreatedSpool &created : result.created)
        CHECK(env.spool(created.spoolId)->remainingWeight.value_or(0) == Approx(1000));
}

TEST_CASE("engine: low stock is announced once and re-armed by a refill or another spool", "[engine]")
{
    EngineEnv env;
    auto printer = env.printer(p2s, serial);
    EngineSettings settings = EngineEnv::manualSettings();
    settings.lowStockThresholdG = 100;
    auto engine = env.engine(printer.get(), settings);
    QList<int> alerts;
    QObject::connect(engine.get(), &SyncEngine::lowStock, [&alerts](const Spool &spool) { alerts << spool.id; });
    env.sync(*engine);
    CHECK(alerts.isEmpty());
    const int id = env.spoolsWithTag(whiteTag).first().id;

    env.patchSpool(id, {{QStringLiteral("remaining_weight"), 90}});
    env.sync(*engine);
    env.sync(*engine);
    CHECK(alerts == QList<int> {id});

    env.patchSpool(id, {{QStringLiteral("remaining_weight"), 800}}); // refilled
    env.sync(*engine);
    env.patchSpool(id, {{QStringLiteral("remaining_weight"), 50}});
    env.sync(*engine);
    CHECK(alerts == (QList<int> {id, id}));

    // A per-spool threshold (extra field) wins over the global one.
    Spool probe = *env.spool(id);
    probe.extra.insert(QString::fromLatin1(LowStockMonitor::ThresholdExtraKey), QStringLiteral("40"));
    CHECK(engine->lowStockMonitor()->thresholdFor(probe).value_or(0) == Approx(40));
}

TEST_CASE("engine: Spoolman down gives one clear error, then the engine retries by itself", "[engine]")
{
    EngineEnv env;
    auto printer = env.printer(p2s, serial);
    EngineSettings settings = EngineEnv::manualSettings();
    settings.mode = SyncMode::Auto;
    auto engine = env.engine(printer.get(), settings);
    env.stopStandin();
    const SyncResult down = env.sync(*engine);
    REQUIRE(down.errors.size() == 1);
    CHECK(down.errors.first().contains(QStringLiteral("127.0.0.1")));
    CHECK(down.created.isEmpty());
    env.startStandin();
    // The backoff retry (200 ms in tests) succeeds without any new AMS change.
    const SyncResult up = env.nextResult(*engine, 10000);
    CHECK(up.errors.isEmpty());
    CHECK(up.created.size() == 2);
    CHECK(env.spoolsWithTag(whiteTag).size() == 1);
}

TEST_CASE("engine: location templates render, preview and validate", "[engine][unit]")
{
    LocationContext context = LocationTemplate::sampleContext();
    CHECK(LocationTemplate::render(QStringLiteral("{printer} - AMS {unit} Slot {slot}"), context)
        == QStringLiteral("Workshop X1C - AMS A Slot 1"));
    context.unitId = 129;
    context.unitType = UnitType::AmsHt;
    CHECK(LocationTemplate::render(QStringLiteral("{printer} {unit_type} {unit}"), context)
        == QStringLiteral("Workshop X1C AMS HT HT-B"));
    CHECK(LocationTemplate::unitLabel(3, false) == QStringLiteral("D"));
    CHECK(LocationTemplate::unitLabel(254, true) == QStringLiteral("External L"));
    CHECK(LocationTemplate::unitLabel(255, true) == QStringLiteral("External R"));
    CHECK(LocationTemplate::unitLabel(255, false) == QStringLiteral("External"));
    CHECK(LocationTemplate::unitLabel(254, false) == QStringLiteral("External"));

    const LocationTemplate::Preview good = LocationTemplate::preview(QStringLiteral("{printer}/{unit}{slot}"));
    CHECK(good.ok);
    CHECK(good.text == QStringLiteral("Workshop X1C/A1"));
    const LocationTemplate::Preview unknown
        = LocationTemplate::preview(QStringLiteral("{printer} {tray} {unit}{slot}"));
    CHECK_FALSE(unknown.ok);
    REQUIRE(unknown.problems.size() == 1);
    CHECK(unknown.problems.first().contains(QStringLiteral("{tray}")));
    CHECK_FALSE(LocationTemplate::validate(QStringLiteral("{printer} {unit")).isEmpty());
    CHECK_FALSE(LocationTemplate::validate(QStringLiteral("{printer}")).isEmpty()); // slots indistinguishable
    CHECK(LocationTemplate::validate(QStringLiteral("{printer} - {unit}"), true).isEmpty()); // external template
}

TEST_CASE("engine: densities, colours and SpoolmanDB choice", "[engine][unit]")
{
    using namespace FilamentMatch;
    CHECK(densityFor(QStringLiteral("PLA")) == Approx(1.24));
    CHECK(densityFor(QStringLiteral("petg")) == Approx(1.27));
    CHECK(densityFor(QStringLiteral("ABS")) == Approx(1.04));
    CHECK(densityFor(QStringLiteral("ASA")) == Approx(1.07));
    CHECK(densityFor(QStringLiteral("TPU")) == Approx(1.21));
    CHECK(densityFor(QStringLiteral("PA")) == Approx(1.14));
    CHECK(densityFor(QStringLiteral("PC")) == Approx(1.2));
    CHECK(densityFor(QStringLiteral("PVA")) == Approx(1.23));
    CHECK(densityFor(QStringLiteral("PLA-S")) == Approx(1.24));
    CHECK(densityFor(QStringLiteral("Mystery")) == Approx(1.24));
    CHECK(normalizeColor(QStringLiteral("ff0000FF")) == QStringLiteral("FF0000"));
    CHECK(normalizeColor(QStringLiteral("#00aE42")) == QStringLiteral("00AE42"));
    CHECK(normalizeColor(QStringLiteral("red")).isEmpty());
    CHECK(sameColor(QStringLiteral("FFFFFFFF"), QStringLiteral("ffffff")));

    auto entry = [](const QString &id, const QString &manufacturer, const QString &name, const QString &material,
                     const QString &color) {
        ExternalFilament e;
        e.id = id;
        e.manufacturer = manufacturer;
        e.name = name;
        e.material = material;
        e.colorHex = color;
        e.weight = 1000;
        e.diameter = 1.75;
        e.density = 1.26;
        return e;
    };
    const QList<ExternalFilament> catalog {
        entry(QStringLiteral("x_black"), QStringLiteral("3DXTECH"), QStringLiteral("Black"), QStringLiteral("PLA"),
            QStringLiteral("000000")),
        entry(QStringLiteral("basic_black"), QStringLiteral("Bambu Lab"), QStringLiteral("Basic Black"),
            QStringLiteral("PLA"), QStringLiteral("000000")),
        entry(QStringLiteral("matte_charcoal"), QStringLiteral("Bambu Lab"), QStringLiteral("Matte Charcoal"),
            QStringLiteral("PLA"), QStringLiteral("000000")),
    };
    CHECK(pickExternal(
              catalog, QStringLiteral("PLA"), QStringLiteral("000000FF"), QStringLiteral("PLA Matte"), 1000, 1.75)
              ->id
        == QStringLiteral("matte_charcoal"));
    CHECK(pickExternal(
              catalog, QStringLiteral("PLA"), QStringLiteral("000000FF"), QStringLiteral("PLA Basic"), 1000, 1.75)
              ->id
        == QStringLiteral("basic_black"));
    // Only the material: two Bambu candidates, so none is guessed.
    CHECK_FALSE(
        pickExternal(catalog, QStringLiteral("PLA"), QStringLiteral("000000"), QStringLiteral("PLA"), 1000, 1.75));
    CHECK_FALSE(
        pickExternal(catalog, QStringLiteral("PLA"), QStringLiteral("000000"), QStringLiteral("PLA Silk"), 1000, 1.75));
}
