// Every full report fixture, with the expectations read from the fixture itself and from
// tests/fixtures/bambu-reports/SOURCES.md (the get_version file of the same capture is fed first).
#include "printertestutil.h"

#include <QSet>
#include <QSignalSpy>

using namespace Spoolbridge;
using namespace Spoolbridge::Test;

namespace {

constexpr Extruder None = Extruder::Unknown;
constexpr Extruder R = Extruder::Right;
constexpr Extruder L = Extruder::Left;

struct UnitExpect {
    int id;
    UnitType type;
    Extruder extruder;
    const char *presence; // one char per slot: P present, - empty
};

struct SlotExpect {
    int globalId;
    const char *material;
    const char *trayUuid; // "" = no RFID spool id
};

struct ExternalExpect {
    int id;
    const char *material; // nullptr = empty
};

struct Case {
    const char *report;
    const char *version; // get_version reply of the same capture, or nullptr
    const char *model; // expected model name ("" = unknown)
    std::vector<UnitExpect> units;
    std::vector<SlotExpect> present; // every present AMS slot
    std::vector<ExternalExpect> external;
    int activeRight;
    int activeLeft;
};

const std::vector<Case> &cases()
{
    static const std::vector<Case> table = {
        {"a1-pushall-amslite-msg0-finish.json", nullptr, "", {{0, UnitType::AmsLite, None, "PPPP"}},
            {{0, "PLA", ""}, {1, "PLA", ""}, {2, "PLA", "886F70EC301A4376BA78700856FAE12E"}, {3, "PLA", ""}},
            {{254, "PETG"}}, -1, -1},
        {"a1-periodic-full-msg0-running.json", nullptr, "", {{0, UnitType::AmsLite, None, "PPPP"}},
            {{0, "PLA", ""}, {1, "PLA", ""}, {2, "PLA", "886F70EC301A4376BA78700856FAE12E"}, {3, "PLA", ""}},
            {{254, "PETG"}}, 3, -1},
        // Old AMS Lite without `info`: the type comes from get_version (ams_f1/0).
        {"a1-pushall-amslite-thirdparty-remain100.json", "a1-get_version-amslite.json", "A1",
            {{0, UnitType::AmsLite, None, "PPPP"}}, {{0, "PLA", ""}, {1, "PLA", ""}, {2, "PLA", ""}, {3, "PLA", ""}},
            {{254, "PLA"}}, -1, -1},
        {"a1mini-pushall-amslite-idle-rfid.json", "a1mini-get_version-amslite.json", "A1 mini",
            {{0, UnitType::AmsLite, None, "PPPP"}},
            {{0, "PLA", "518B5E764415402695728F836BEAA8D9"}, {1, "PLA", "7964EC5A8FA24372B6DBE2370984EE47"},
                {2, "PETG", "5C9531BD38ED484E98C8B4DED758E82F"}, {3, "PLA", "1814A28E527F4FEEABA954B75F89DAA5"}},
            {{254, "PLA"}}, -1, -1},
        // A2L: unit 16, tray bits from 24 (2000000 = slot 1); its global ids are the local slots.
        {"a2l-pushall-amslite-unit16.json", "a2l-get_version-amslite-unit16.json", "A2L",
            {{16, UnitType::AmsLite, None, "-P--"}}, {{1, "PETG", ""}}, {{255, nullptr}}, -1, -1},
        // tray_exist_bits 0 with power_on_flag true: really empty.
        {"h2c-pushall-ams2pro-drying-no-spools.json", "h2c-get_version-ams2pro.json", "H2C",
            {{0, UnitType::Ams2Pro, R, "----"}}, {}, {{254, nullptr}, {255, nullptr}}, -1, -1},
        {"h2d-pushall-2ams2pro-printing-left-right.json", "h2d-get_version-2ams2pro.json", "H2D",
            {{0, UnitType::Ams2Pro, L, "PPPP"}, {1, UnitType::Ams2Pro, R, "PPPP"}},
            {{0, "PLA-S", "95558FE23FB14F3A9E4985B8B37839B1"}, {1, "PLA", "5998E373899342BE9FC6BFA51103AB78"},
                {2, "PETG", "809D8CAB76D94C2C9AAAACBEB5620F3D"}, {3, "PLA", "8CCF700805CD483086E38C8AC5BB6ED9"},
                {4, "PLA", "CA9B8419B0284ACA84044AA73FF17557"}, {5, "PLA", "333D700B030E4A5E88ABE5F4A20E1D20"},
                {6, "PETG-CF", "DE69ECEBB924468D99CA2A9DFCB5FD3B"}, {7, "PETG", "31E07CBE145B460B8B0199223280DBD1"}},
            {{254, nullptr}, {255, nullptr}}, 7, -1}, // snow 259 = AMS 1 slot 3 on the right
        {"h2d-pushall-6units-extspool-active-thirdparty.json", "h2d-get_version-6units.json", "H2D",
            {{0, UnitType::Ams2Pro, L, "P-PP"}, {1, UnitType::Ams, L, "-PPP"}, {2, UnitType::Ams, L, "PP-P"},
                {3, UnitType::Ams2Pro, L, "PP-P"}, {128, UnitType::AmsHt, R, "P"}, {129, UnitType::AmsHt, R, "P"}},
            {{0, "PETG", ""}, {2, "PETG", ""}, {3, "PETG", ""}, {5, "PLA", "80D85868328144E287A60C1E3A28467E"},
                {6, "PLA", ""}, {7, "PLA", "ADDE8E219AE74B73A815197653BAF5F3"}, {8, "PLA", ""},
                {9, "PLA", "0E580E25C3234CC9A2153D51FEC60E38"}, {11, "PLA", ""},
                {12, "PETG", "9812105C480E42E386CE54989575D38B"}, {13, "PETG", ""}, {15, "ASA", ""}, {128, "PLA", ""},
                {129, "PETG", ""}},
            {{254, "PLA"}, {255, "TPU"}}, 255, -1}, // snow 65280 = main external spool
        {"h2d-pushall-ams-ams2pro-drying-amsht-drying.json", "h2d-get_version-ams-ams2pro-amsht.json", "H2D",
            {{0, UnitType::Ams, R, "PPPP"}, {1, UnitType::Ams2Pro, L, "----"}, {128, UnitType::AmsHt, R, "-"}},
            {{0, "PLA", "D99401E841C14828BF2E1B859AF2F770"}, {1, "PLA", "73C26A43CD6A42AFB35375345595F535"},
                {2, "PLA", "0C498B7595C1408C90DAE6A6A5957FB8"}, {3, "PLA", "6CE2CA2CFB214D03B76946504307D1CC"}},
            {{254, nullptr}, {255, nullptr}}, -1, -1},
        // tray_now is "0" but the right extruder feeds the HT (snow 32768).
        {"h2d-pushall-ams-amsht-printing.json", "h2d-get_version-ams-amsht.json", "H2D",
            {{0, UnitType::Ams, L, "PPPP"}, {128, UnitType::AmsHt, R, "P"}},
            {{0, "PLA", "D99401E841C14828BF2E1B859AF2F770"}, {1, "PLA", "73C26A43CD6A42AFB35375345595F535"},
                {2, "PLA", "0C498B7595C1408C90DAE6A6A5957FB8"}, {3, "PETG", "95E6DD727C8F455C8C749C2ECD4343A3"},
                {128, "PA-GF", "EED2E539AAC54C6BAD2559AA9C822F09"}},
            {{254, nullptr}, {255, nullptr}}, 128, -1},
        {"h2d-pushall-fw0103-idle-empty-ams2pro-amsht-EXCERPT.json", nullptr, "",
            {{0, UnitType::Ams2Pro, R, "----"}, {128, UnitType::AmsHt, L, "-"}}, {}, {{254, nullptr}, {255, nullptr}},
            -1, -1},
        {"h2dpro-pushall-ams2pro-amsht-idle.json", "h2dpro-get_version-ams2pro-amsht.json", "H2D Pro",
            {{0, UnitType::Ams2Pro, L, "----"}, {128, UnitType::AmsHt, R, "P"}},
            {{128, "PLA", "28DB4DCAB3C348CC9C29E16D52DABFCC"}}, {{254, nullptr}, {255, "TPU"}}, -1, -1},
        {"h2s-pushall-ams2pro-thirdparty-printing.json", "h2s-get_version-ams2pro.json", "H2S",
            {{0, UnitType::Ams2Pro, None, "P---"}}, {{0, "ABS", ""}}, {{255, nullptr}}, 0, -1},
        {"p1p-pushall-ams-thirdparty-failed.json", "p1p-get_version-ams-command-echo.json", "P1P",
            {{0, UnitType::Ams, None, "PPPP"}}, {{0, "PLA", ""}, {1, "PLA", ""}, {2, "PLA", ""}, {3, "PLA", ""}},
            {{254, "PLA"}}, 0, -1},
        {"p1p-pushall-noams-extspool.json", "p1p-get_version-noams.json", "P1P", {}, {}, {{254, "PETG"}}, 254, -1},
        {"p2s-pushall-ams2pro-mixed-printing.json", "p2s-get_version-ams2pro.json", "P2S",
            {{0, UnitType::Ams2Pro, None, "PPPP"}},
            {{0, "PLA", "C234B32CD1C14E0587B0CF6BF8753D0F"}, {1, "PLA", "15A8808C6AC140F2B84FBAE990AD9E43"},
                {2, "PLA", ""}, {3, "PETG", ""}},
            {{255, nullptr}}, 3, -1},
        // tray 0 is {"id":"0"} only and tray_exist_bits "e": empty.
        {"x1-pushall-3trays-thirdparty-openbambuapi-doc.json", nullptr, "", {{0, UnitType::Ams, None, "-PPP"}},
            {{1, "PLA", ""}, {2, "PLA", ""}, {3, "PLA", ""}}, {{254, nullptr}}, -1, -1},
        {"x1c-pushall-2ams-ams2pro-amsht.json", "x1c-get_version-2ams-ams2pro-amsht.json", "X1 Carbon",
            {{0, UnitType::Ams, None, "PPPP"}, {1, UnitType::Ams, None, "PPPP"}, {2, UnitType::Ams2Pro, None, "-PPP"},
                {128, UnitType::AmsHt, None, "P"}},
            {{0, "PLA", "5F3D8925633343C29FB9A97FA9125971"}, {1, "PLA", "A77739E606CA41FAA0693A6A3BA63726"},
                {2, "PLA", "6063E82DCBCB4E34839465BC6683401C"}, {3, "PLA", "ED336607B9E645CEB9F845D42630A190"},
                {4, "ABS", "AD76420E81274E7DA363EEE5A6CAF619"}, {5, "ABS", "C403BA87D30649E5BF01C444E853C106"},
                {6, "ABS", "53274C367223430D9F1BDAE5E0B5C5D2"}, {7, "ABS", "77D5ADAF050A430A95109ABF1C601670"},
                {9, "ABS", "91AEE889453645DC9DC0FBFF4331C88D"}, {10, "ABS", "17552592AA0F4CB8A17490FC51A4C5F2"},
                {11, "ABS", "2B44B97B1C674E8DAEE306FD771D7877"}, {128, "PA-CF", "3912400D8BFC4A4D9578E9E643162E10"}},
            {{255, nullptr}}, -1, -1},
        // Only HT 128 with old-layout exist bits (ams 1, tray f): falls back to tray_type.
        {"x1family-pushall-amsht-only-misc.json", nullptr, "", {{128, UnitType::AmsHt, None, "P"}},
            {{128, "PLA", "BB23523A836741C3950F365DDE08B58D"}}, {{254, "PLA"}}, 128, -1},
        {"x2d-pushall-ams2pro-thirdparty-printing.json", "x2d-get_version-ams2pro.json", "X2D",
            {{0, UnitType::Ams2Pro, L, "PPPP"}}, {{0, "PLA", ""}, {1, "PETG", ""}, {2, "PLA", ""}, {3, "ABS", ""}},
            {{254, nullptr}, {255, nullptr}}, -1, 1},
    };
    return table;
}

void checkCase(const Case &c)
{
    INFO("fixture " << c.report);
    PrinterModel model;
    if (c.version)
        ingestFixture(model, QString::fromLatin1(c.version));
    ingestFixture(model, QString::fromLatin1(c.report));
    const PrinterState &state = model.state();

    CHECK(str(state.modelName) == c.model);
    REQUIRE(state.units.size() == qsizetype(c.units.size()));
    QSet<int> presentIds;
    for (size_t i = 0; i < c.units.size(); ++i) {
        const UnitExpect &expect = c.units[i];
        const AmsUnit &unit = state.units[qsizetype(i)];
        INFO("unit " << expect.id);
        CHECK(unit.id == expect.id);
        CHECK(unitTypeKey(unit.type) == unitTypeKey(expect.type));
        CHECK(extruderKey(unit.extruder) == extruderKey(expect.extruder));
        REQUIRE(unit.slots.size() == qsizetype(strlen(expect.presence)));
        for (qsizetype s = 0; s < unit.slots.size(); ++s) {
            const Slot &slot = unit.slots[s];
            INFO("slot " << s);
            CHECK(slot.slotIndex == s);
            CHECK(slot.present == (expect.presence[s] == 'P'));
            if (slot.present)
                presentIds.insert(slot.globalId);
            else
                CHECK(slot.material.isEmpty());
        }
    }
    QSet<int> expectedIds;
    for (const SlotExpect &expect : c.present) {
        INFO("global id " << expect.globalId);
        expectedIds.insert(expect.globalId);
        const Slot *slot = state.slotByGlobalId(expect.globalId);
        REQUIRE(slot);
        CHECK(slot->present);
        CHECK(str(slot->material) == expect.material);
        CHECK(str(slot->trayUuid) == expect.trayUuid);
        CHECK(slot->isBambuRfid == (std::string(expect.trayUuid) != ""));
        CHECK(slot->active == (slot->globalId == c.activeRight || slot->globalId == c.activeLeft));
        if (!slot->isBambuRfid)
            CHECK_FALSE(slot->remainPercent.has_value()); // third-party: remain unknown
        if (slot->color.size() > 0)
            CHECK(slot->color.size() == 8);
    }
    CHECK(presentIds == expectedIds);

    REQUIRE(state.external.size() == qsizetype(c.external.size()));
    for (size_t i = 0; i < c.external.size(); ++i) {
        const Slot &slot = state.external[qsizetype(i)];
        INFO("external " << c.external[i].id);
        CHECK(slot.unitId == c.external[i].id);
        CHECK(slot.external);
        CHECK(slot.present == (c.external[i].material != nullptr));
        if (c.external[i].material)
            CHECK(str(slot.material) == c.external[i].material);
        CHECK(slot.active == (slot.present && slot.globalId == c.activeRight));
    }
    CHECK(state.activeTrayRight == c.activeRight);
    CHECK(state.activeTrayLeft == c.activeLeft);
}

} // namespace

TEST_CASE("fixtures: every full report derives the expected units, slots and active slot", "[printer][fixtures]")
{
    for (const Case &c : cases())
        checkCase(c);
}

TEST_CASE("fixtures: unit details (humidity, temperature, drying, remain, profile)", "[printer][fixtures]")
{
    PrinterModel x1c;
    ingestFixture(x1c, QStringLiteral("x1c-pushall-2ams-ams2pro-amsht.json"));
    const AmsUnit *drying = x1c.state().unit(2);
    REQUIRE(drying);
    CHECK(drying->drying); // info 142023: drying status 2
    CHECK(drying->dryMinutesLeft == 583);
    CHECK(drying->humidityLevel == 4);
    CHECK(drying->humidityPercent == 9);
    CHECK(drying->temperatureC == 65.0);
    CHECK_FALSE(x1c.state().unit(0)->drying);
    const Slot *matte = x1c.state().slot(0, 0);
    REQUIRE(matte);
    CHECK(str(matte->profile) == "PLA Matte");
    CHECK(str(matte->presetId) == "GFA01");
    CHECK(str(matte->color) == "000000FF");
    CHECK(str(matte->tagUid) == "DE6CF07300000100");
    CHECK(matte->remainPercent == 93);
    CHECK(matte->labelWeightG == 1000);
    CHECK(x1c.state().job.mapping == QList<int> {6}); // mapping [258] = AMS 1 slot 2

    // AMS Lite: no temperature ("0.0"), no humidity %, remain never reported even for RFID.
    PrinterModel a1;
    ingestFixture(a1, QStringLiteral("a1-pushall-amslite-msg0-finish.json"));
    const AmsUnit *lite = a1.state().unit(0);
    REQUIRE(lite);
    CHECK_FALSE(lite->temperatureC.has_value());
    CHECK_FALSE(lite->humidityPercent.has_value());
    CHECK(lite->humidityLevel == 5);
    const Slot *rfid = a1.state().slot(0, 2);
    REQUIRE(rfid);
    CHECK(rfid->isBambuRfid);
    CHECK_FALSE(rfid->remainPercent.has_value());
    CHECK(str(rfid->profile) == "PLA Matte");
    CHECK(str(a1.state().slot(0, 0)->profile) == "PLA"); // no sub-brand: falls back to the material
    REQUIRE(rfid->k.has_value());
    CHECK(*rfid->k == Approx(0.02));

    // P2S: Bambu spools report remain, generic ones -1 (unknown).
    PrinterModel p2s;
    ingestFixture(p2s, QStringLiteral("p2s-pushall-ams2pro-mixed-printing.json"));
    CHECK(p2s.state().slot(0, 0)->remainPercent == 41);
    CHECK(p2s.state().slot(0, 1)->remainPercent == 39);
    CHECK_FALSE(p2s.state().slot(0, 2)->remainPercent.has_value());
    CHECK(str(p2s.state().slot(0, 2)->presetId) == "GFL99");

    // H2D Pro: HT spool remain 87, humidity level 0 (none) but humidity_raw 21.
    PrinterModel h2dpro;
    ingestFixture(h2dpro, QStringLiteral("h2dpro-pushall-ams2pro-amsht-idle.json"));
    CHECK(h2dpro.state().slot(128, 0)->remainPercent == 87);
    CHECK(h2dpro.state().unit(128)->humidityLevel == 0);
    CHECK(h2dpro.state().unit(128)->humidityPercent == 21);
    CHECK(h2dpro.state().dualNozzle);
}

TEST_CASE("fixtures: without get_version the unit type falls back to info bits or heuristics", "[printer][fixtures]")
{
    // Old AMS Lite firmware sends no `info`: without get_version or serial it is assumed an AMS.
    PrinterModel plain;
    ingestFixture(plain, QStringLiteral("a1-pushall-amslite-thirdparty-remain100.json"));
    CHECK(plain.state().units.front().type == UnitType::Ams);
    CHECK(plain.state().modelName.isEmpty());
    // Told the serial later: the unit becomes an AMS Lite, announced as a unit change.
    QSignalSpy unitChanged(&plain, &PrinterModel::unitChanged);
    plain.setSerial(QStringLiteral("0390000A0000001"));
    CHECK(plain.state().units.front().type == UnitType::AmsLite);
    CHECK(unitChanged.size() == 1);
    // With the serial prefix of an A1 (039…) it is an AMS Lite.
    PrinterModel withSerial(QStringLiteral("0390000A0000001"));
    ingestFixture(withSerial, QStringLiteral("a1-pushall-amslite-thirdparty-remain100.json"));
    CHECK(str(withSerial.state().modelName) == "A1");
    CHECK(withSerial.state().units.front().type == UnitType::AmsLite);
    // Remain 100 on third-party spools is not a measurement.
    CHECK_FALSE(withSerial.state().slot(0, 0)->remainPercent.has_value());
    // Unit 16 means A2L even without get_version.
    PrinterModel a2l;
    ingestFixture(a2l, QStringLiteral("a2l-pushall-amslite-unit16.json"));
    CHECK(str(a2l.state().modelName) == "A2L");
    // get_version gives firmware and the model code.
    PrinterModel p1p;
    ingestFixture(p1p, QStringLiteral("p1p-get_version-ams-command-echo.json"));
    CHECK(str(p1p.state().modelName) == "P1P");
    CHECK(str(p1p.state().modelCode) == "C11");
    CHECK(str(p1p.state().firmware) == "01.07.00.00");
}

TEST_CASE("fixtures: every fixture file is covered by a test", "[printer][fixtures]")
{
    QSet<QString> covered;
    for (const Case &c : cases()) {
        covered.insert(QString::fromLatin1(c.report));
        if (c.version)
            covered.insert(QString::fromLatin1(c.version));
    }
    // Deltas, echoes and streams have their own tests (merge_test.cpp, job_test.cpp).
    const QStringList others = {QStringLiteral("a1-cmd-echo-extrusion_cali_get.json"),
        QStringLiteral("a1-cmd-echo-project_file-cloud-ams_mapping.json"),
        QStringLiteral("a1-delta-ams-tray_now-255-unloading.json"),
        QStringLiteral("a1-delta-ams-tray_now-tray_pre-255-after-finish.json"),
        QStringLiteral("a1-delta-ams-tray_now.json"), QStringLiteral("a1-delta-ams-tray_pre.json"),
        QStringLiteral("a1-delta-ams-tray_tar.json"), QStringLiteral("a1-delta-gcode_state-finish.json"),
        QStringLiteral("a1-delta-gcode_state-pause-hms.json"), QStringLiteral("a1-delta-gcode_state-prepare.json"),
        QStringLiteral("a1-delta-gcode_state-running.json"), QStringLiteral("a1-delta-job-identity-idle.json"),
        QStringLiteral("a1-delta-minimal-wifi.json"), QStringLiteral("h2d-delta-alt-nozzle-info.json"),
        QStringLiteral("h2d-delta-door-closed-oldfw-home_flag.json"), QStringLiteral("h2d-delta-door-closed.json"),
        QStringLiteral("h2d-delta-door-opened-oldfw-home_flag.json"), QStringLiteral("h2d-delta-door-opened.json"),
        QStringLiteral("h2d-delta-left-extruder-active.json"), QStringLiteral("a1-stream-multicolor-print-lan.jsonl"),
        QStringLiteral("a1-stream-singlecolor-print-cloud.jsonl")};
    for (const QString &name : others)
        covered.insert(name);
    for (const QString &name : fixtureNames()) {
        INFO("fixture without expectations: " << str(name));
        CHECK(covered.contains(name));
    }
}
