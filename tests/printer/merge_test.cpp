// Delta merging over full reports, and robustness against bad input.
#include "printertestutil.h"

#include "core/printer/jsonparser.h"

using namespace Spoolbridge;
using namespace Spoolbridge::Test;

namespace {

PrinterModel::IngestStatus feed(PrinterModel &model, const char *json)
{
    return model.ingest(QByteArray(json));
}

} // namespace

TEST_CASE("merge: A1 AMS deltas over the full report move tray_tar/tray_now/tray_pre", "[printer][merge]")
{
    PrinterModel model;
    ingestFixture(model, QStringLiteral("a1-pushall-amslite-msg0-finish.json"));
    REQUIRE(model.state().trayNow == 255);
    const int units = int(model.state().units.size());

    ingestFixture(model, QStringLiteral("a1-delta-ams-tray_tar.json"));
    CHECK(model.state().trayTar == 3);
    CHECK(model.state().trayNow == 255);
    CHECK(model.state().activeTrayRight == -1);

    ingestFixture(model, QStringLiteral("a1-delta-ams-tray_now.json"));
    CHECK(model.state().trayNow == 3);
    CHECK(model.state().activeTrayRight == 3);
    CHECK(model.state().slot(0, 3)->active);

    ingestFixture(model, QStringLiteral("a1-delta-ams-tray_pre.json"));
    CHECK(model.state().trayPre == 3);

    ingestFixture(model, QStringLiteral("a1-delta-ams-tray_now-255-unloading.json"));
    CHECK(model.state().trayNow == 255);
    CHECK_FALSE(model.state().slot(0, 3)->active);

    ingestFixture(model, QStringLiteral("a1-delta-ams-tray_now-tray_pre-255-after-finish.json"));
    CHECK(model.state().trayPre == 255);
    // The deltas only touched tray_* fields: units, slots and spools are unchanged.
    CHECK(model.state().units.size() == units);
    CHECK(str(model.state().slot(0, 2)->trayUuid) == "886F70EC301A4376BA78700856FAE12E");
    CHECK(model.merger().print().find("ams")->find("ams")->items.size() == 1);
}

TEST_CASE("merge: A1 job deltas over the full report", "[printer][merge]")
{
    PrinterModel model;
    ingestFixture(model, QStringLiteral("a1-pushall-amslite-msg0-finish.json"));
    CHECK(model.state().job.state == JobState::Finish);

    ingestFixture(model, QStringLiteral("a1-delta-minimal-wifi.json"));
    CHECK(model.state().job.state == JobState::Finish);
    CHECK(model.merger().print().find("wifi_signal")->text == "-49dBm");

    ingestFixture(model, QStringLiteral("a1-delta-job-identity-idle.json"));
    CHECK(model.state().job.state == JobState::Idle);
    CHECK(str(model.state().job.name) == "Testqube_Mulitcolor.3mf");
    CHECK(str(model.state().job.taskId) == "0");
    CHECK(str(model.state().job.printType) == "local");

    ingestFixture(model, QStringLiteral("a1-delta-gcode_state-prepare.json"));
    CHECK(model.state().job.state == JobState::Prepare);
    CHECK(model.state().job.identity.startsWith(QLatin1String("lan:Testqube_Mulitcolor.3mf|")));
    ingestFixture(model, QStringLiteral("a1-delta-gcode_state-running.json"));
    CHECK(model.state().job.state == JobState::Running);
    ingestFixture(model, QStringLiteral("a1-delta-gcode_state-pause-hms.json"));
    CHECK(model.state().job.state == JobState::Pause);
    CHECK(model.merger().print().find("hms")->items.size() == 1);
    ingestFixture(model, QStringLiteral("a1-delta-gcode_state-finish.json"));
    CHECK(model.state().job.state == JobState::Finish);
    CHECK(model.state().job.progressPercent == 100);
    CHECK(model.state().job.gcodeFile.isEmpty()); // FINISH clears gcode_file; name stays
    CHECK(str(model.state().job.name) == "Testqube_Mulitcolor.3mf");
}

TEST_CASE("merge: H2D deltas (extruder state, nozzle info, door) merge into the tree", "[printer][merge]")
{
    PrinterModel model;
    ingestFixture(model, QStringLiteral("h2d-pushall-ams-amsht-printing.json"));
    const JsonNode *extruder = model.merger().print().find("device")->find("extruder");
    REQUIRE(extruder->find("info")->items.size() == 2);

    ingestFixture(model, QStringLiteral("h2d-delta-left-extruder-active.json"));
    extruder = model.merger().print().find("device")->find("extruder");
    CHECK(extruder->find("state")->number == 274);
    // The info[] entries survive a delta that only carries `state`.
    CHECK(extruder->find("info")->items.size() == 2);
    CHECK(model.state().activeTrayRight == 128);
    CHECK(model.state().dualNozzle);

    ingestFixture(model, QStringLiteral("h2d-delta-alt-nozzle-info.json"));
    const JsonNode *nozzle = model.merger().print().find("device")->find("nozzle");
    REQUIRE(nozzle);
    CHECK(nozzle->find("info")->items.size() == 2);
    CHECK(model.merger().print().find("device")->find("extruder")->find("info")->items.size() == 2);

    for (const char *door : {"h2d-delta-door-opened.json", "h2d-delta-door-closed.json",
             "h2d-delta-door-opened-oldfw-home_flag.json", "h2d-delta-door-closed-oldfw-home_flag.json"})
        ingestFixture(model, QString::fromLatin1(door));
    CHECK(model.merger().print().find("stat")->text == "46258008"); // the last: closed
    CHECK(model.merger().print().find("home_flag")->number == -1066934785.0);
    CHECK(model.state().units.size() == 2); // untouched
}

TEST_CASE("merge: A2L tray_now is the local slot of unit 16", "[printer][merge]")
{
    PrinterModel model;
    ingestFixture(model, QStringLiteral("a2l-pushall-amslite-unit16.json"));
    REQUIRE(model.ingest(QByteArray(R"({"print":{"ams":{"tray_now":"1","tray_tar":"1"},"msg":1}})")).ok);
    CHECK(model.state().activeTrayRight == 1);
    CHECK(model.state().slot(16, 1)->active);
    CHECK(model.state().slot(16, 1)->globalId == 1);
    // A mapping entry for unit 16 (16 << 8 | 1) names the same slot.
    REQUIRE(model.ingest(QByteArray(R"({"print":{"mapping":[4097,65535]}})")).ok);
    CHECK(model.state().job.mapping == QList<int>({1, -1}));
}

TEST_CASE("merge: arrays keyed by id merge element by element", "[printer][merge]")
{
    PrinterModel model;
    ingestFixture(model, QStringLiteral("x1c-pushall-2ams-ams2pro-amsht.json"));
    // Only unit 1 tray 2 changes its remain; everything else must stay.
    REQUIRE(feed(model, R"({"print":{"ams":{"ams":[{"id":"1","tray":[{"id":"2","remain":55}]}]},"msg":1}})").ok);
    CHECK(model.state().slot(1, 2)->remainPercent == 55);
    CHECK(str(model.state().slot(1, 2)->trayUuid) == "53274C367223430D9F1BDAE5E0B5C5D2");
    CHECK(model.state().slot(1, 3)->remainPercent == 100);
    CHECK(model.state().units.size() == 4);

    // Extruder info keyed by numeric id.
    REQUIRE(feed(model, R"({"print":{"device":{"extruder":{"info":[{"id":0,"snow":1}]}}}})").ok);
    CHECK(model.state().activeTrayRight == -1); // single nozzle: tray_now 255 ("none") wins over snow
    CHECK(model.merger().print().find("device")->find("extruder")->find("info")->items.front().find("hnow"));

    // vir_slot entries keyed by id.
    REQUIRE(feed(model, R"({"print":{"vir_slot":[{"id":"255","tray_type":"PETG","tray_color":"112233"}]}})").ok);
    REQUIRE(model.state().external.size() == 1);
    CHECK(model.state().external.front().present);
    CHECK(str(model.state().external.front().color) == "112233FF");
}

TEST_CASE("merge: stale data - tray_type \"\" clears and exist bits decide", "[printer][merge]")
{
    PrinterModel model;
    ingestFixture(model, QStringLiteral("x1c-pushall-2ams-ams2pro-amsht.json"));
    REQUIRE(model.state().slot(0, 1)->present);
    // Spool removed: exist bit 1 cleared, the tray reported as {id,state} only (fields stale).
    REQUIRE(
        feed(model, R"({"print":{"ams":{"tray_exist_bits":"10efd","ams":[{"id":"0","tray":[{"id":"1","state":9}]}]}}})")
            .ok);
    CHECK_FALSE(model.state().slot(0, 1)->present);
    CHECK(model.state().slot(0, 1)->material.isEmpty());
    CHECK(model.state().slot(0, 0)->present);
    // A spool goes back in: present, but the old spool's identity is not resurrected before the
    // printer has read the new one.
    REQUIRE(feed(model, R"({"print":{"ams":{"tray_exist_bits":"10eff"}}})").ok);
    CHECK(model.state().slot(0, 1)->present);
    CHECK(model.state().slot(0, 1)->trayUuid.isEmpty());
    CHECK(model.state().slot(0, 1)->material.isEmpty());
    REQUIRE(feed(model,
        R"({"print":{"ams":{"ams":[{"id":"0","tray":[{"id":"1","tray_type":"PETG","tray_uuid":"11112222333344445555666677778888"}]}]}}})")
                .ok);
    CHECK(str(model.state().slot(0, 1)->material) == "PETG");
    CHECK(str(model.state().slot(0, 1)->trayUuid) == "11112222333344445555666677778888");

    // tray_type "" while the exist bit stays set (RFID being read): present, but no stale identity.
    REQUIRE(feed(model, R"({"print":{"ams":{"ams":[{"id":"1","tray":[{"id":"1","tray_type":""}]}]}}})").ok);
    CHECK(model.state().slot(1, 1)->present);
    CHECK(model.state().slot(1, 1)->material.isEmpty());
    CHECK(model.state().slot(1, 1)->trayUuid.isEmpty());
    CHECK_FALSE(model.state().slot(1, 1)->remainPercent.has_value());

    // Old firmware without exist bits: tray_type "" clears the slot.
    PrinterModel old;
    ingestFixture(old, QStringLiteral("p1p-pushall-ams-thirdparty-failed.json"));
    REQUIRE(
        feed(old, R"({"print":{"ams":{"tray_exist_bits":null,"ams":[{"id":"0","tray":[{"id":"2","tray_type":""}]}]}}})")
            .ok);
    CHECK_FALSE(old.state().slot(0, 2)->present);
    CHECK(old.state().slot(0, 1)->present);

    // A unit whose ams_exist_bits bit goes away is dropped.
    REQUIRE(feed(model, R"({"print":{"ams":{"ams_exist_bits":"13"}}})").ok);
    CHECK_FALSE(model.state().unit(2));
    CHECK(model.state().unit(128));
}

TEST_CASE("merge: msg 0 replaces the tree", "[printer][merge]")
{
    PrinterModel model;
    ingestFixture(model, QStringLiteral("x1c-pushall-2ams-ams2pro-amsht.json"));
    REQUIRE(model.state().units.size() == 4);
    REQUIRE(feed(model, R"({"print":{"custom_key":1,"msg":1}})").ok);
    REQUIRE(model.merger().print().find("custom_key"));
    ingestFixture(model, QStringLiteral("a1-pushall-amslite-msg0-finish.json"));
    CHECK_FALSE(model.merger().print().find("custom_key"));
    CHECK(model.state().units.size() == 1);
    CHECK(model.state().units.front().type == UnitType::AmsLite);
}

TEST_CASE("merge: get_version and command echoes are kept apart from the report tree", "[printer][merge]")
{
    PrinterModel model;
    ingestFixture(model, QStringLiteral("a1-pushall-amslite-msg0-finish.json"));
    const PrinterModel::IngestStatus echo
        = model.ingest(readFixture(QStringLiteral("a1-cmd-echo-project_file-cloud-ams_mapping.json")));
    CHECK(echo.kind == MergeResult::Kind::ProjectFileEcho);
    CHECK(model.merger().projectFileEcho().find("ams_mapping")->items.size() == 4);
    CHECK_FALSE(model.merger().print().find("ams_mapping")); // not merged into the report
    CHECK(model.merger().print().find("command")->text == "push_status");

    const PrinterModel::IngestStatus cali
        = model.ingest(readFixture(QStringLiteral("a1-cmd-echo-extrusion_cali_get.json")));
    CHECK(cali.ok);
    CHECK(cali.kind == MergeResult::Kind::Ignored);
    CHECK_FALSE(model.merger().print().find("filaments"));

    const PrinterModel::IngestStatus version = model.ingest(readFixture(QStringLiteral("a1-get_version-amslite.json")));
    CHECK(version.kind == MergeResult::Kind::VersionInfo);
    CHECK(str(model.state().modelName) == "A1");
    CHECK(str(model.state().modelCode) == "N2S");
}

TEST_CASE("robustness: garbage, wrong types, deep nesting and huge numbers never crash", "[printer][robustness]")
{
    PrinterModel model;
    ingestFixture(model, QStringLiteral("x1c-pushall-2ams-ams2pro-amsht.json"));
    const PrinterState before = model.state();

    const char *bad[] = {"", "not json", "{", "{\"print\":", "[1,2,3]", "\"text\"", "42", "{\"print\":5}",
        "{\"print\":[]}", "{\"info\":\"x\"}", "{\"print\":{}} trailing", "{\"a\":\"\\x\"}", "{\"a\":\"\\ud800\"",
        "{\"a\":01}", "{\"a\":-}", "{\"a\":1.}", "{\"a\":tru}", "{'a':1}", "\xff\xfe{}"};
    for (const char *payload : bad) {
        INFO("payload: " << payload);
        const PrinterModel::IngestStatus status = model.ingest(QByteArray(payload));
        CHECK_FALSE(status.ok);
        CHECK_FALSE(status.error.isEmpty());
    }
    CHECK(model.state() == before); // nothing lost

    // Deep nesting is refused, not a stack overflow.
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    CHECK_FALSE(model.ingest(deep).ok);
    const QByteArray deepObject = "{\"print\":" + QByteArray(5000, '[') + QByteArray(5000, ']') + "}";
    const PrinterModel::IngestStatus nested = model.ingest(deepObject);
    CHECK_FALSE(nested.ok);
    CHECK(nested.error.contains(QLatin1String("nested")));

    // Wrong types and huge numbers in known fields are accepted but not believed.
    REQUIRE(feed(model, R"({"print":{"ams":{"tray_now":1e400,"tray_exist_bits":12345678901234567890123,
        "ams":[{"id":"0","humidity":"wet","temp":[],"tray":[{"id":"0","remain":1e308,"tray_weight":-5,
        "tray_color":12,"tray_uuid":{"x":1},"k":"NaN"}]},{"id":{"bad":1}},"junk",{"id":"999"}]},
        "mc_percent":-1e999,"layer_num":"many","gcode_state":7,"mapping":"no","unknown":{"deep":[1,{"x":null}]}}})")
                .ok);
    const PrinterState &state = model.state();
    CHECK(state.trayNow == 255);
    const Slot *slot = state.slot(0, 0);
    REQUIRE(slot);
    CHECK_FALSE(slot->remainPercent.has_value());
    CHECK(slot->labelWeightG == 0);
    CHECK(slot->color.isEmpty());
    CHECK(slot->trayUuid.isEmpty());
    CHECK(state.job.progressPercent == 0); // -inf is not a usable percentage
    CHECK(state.job.state == JobState::Unknown);
    CHECK(state.unit(0)->humidityLevel == 0);
    CHECK_FALSE(state.unit(0)->temperatureC.has_value());

    // The whole `ams` replaced by a string: no units, no crash.
    REQUIRE(feed(model, R"({"print":{"ams":"broken","vt_tray":[1],"vir_slot":{"id":"255"},"device":7}})").ok);
    CHECK(model.state().units.isEmpty());
    // And a full report repairs it.
    ingestFixture(model, QStringLiteral("x1c-pushall-2ams-ams2pro-amsht.json"));
    CHECK(model.state().units.size() == 4);

    // Broker events and unknown envelopes are ignored.
    const PrinterModel::IngestStatus event = feed(model, R"({"event":{"event":"client.connected"}})");
    CHECK(event.ok);
    CHECK(event.kind == MergeResult::Kind::Ignored);
}

TEST_CASE("json: parser handles escapes, unicode and numbers", "[printer][json]")
{
    JsonNode node;
    QString error;
    const QByteArray text = R"({"s":"a\"b\\c\/\n\u00e9\ud83d\ude00","n":-1.5e2,"i":42,"b":true,"z":null,"a":[1,"x"]})";
    REQUIRE(JsonParser::parse(text.constData(), text.constData() + text.size(), node, &error, nullptr));
    CHECK(node.find("s")->toQString() == QStringLiteral("a\"b\\c/\n\u00e9") + QString::fromUtf8("\xF0\x9F\x98\x80"));
    CHECK(node.find("n")->number == -150.0);
    CHECK(node.find("i")->toInt() == 42);
    CHECK(node.find("b")->boolean);
    CHECK(node.find("z")->isNull());
    CHECK(node.find("a")->items.size() == 2);
    CHECK(node.find("i")->idKey() == "42");
    JsonNode hex;
    hex.type = JsonNode::Type::String;
    hex.text = "10eff";
    CHECK(hex.toHex() == quint64(0x10eff));
    hex.text = "zz";
    CHECK_FALSE(hex.toHex().has_value());
    // Round trip through QJsonValue.
    CHECK(JsonNode::fromJsonValue(node.toJsonValue()).toJsonValue() == node.toJsonValue());
}

namespace {

bool noSpareRoom(const JsonNode &node)
{
    if (node.members.capacity() != node.members.size() || node.items.capacity() != node.items.size())
        return false;
    for (const JsonMember &member : node.members) {
        if (!noSpareRoom(member.value))
            return false;
    }
    for (const JsonNode &item : node.items) {
        if (!noSpareRoom(item))
            return false;
    }
    return true;
}

} // namespace

TEST_CASE("merge: a stored tree gives back the parser's spare room and stays the same tree", "[printer][merge]")
{
    const QByteArray report = readFixture(QStringLiteral("x1c-pushall-2ams-ams2pro-amsht.json"));
    JsonNode parsed;
    QString error;
    REQUIRE(JsonParser::parse(report.constData(), report.constData() + report.size(), parsed, &error, nullptr));
    const JsonNode reference = parsed; // a copy (copies are allocated to size)
    JsonNode shrunk = std::move(parsed); // moved: keeps the parser's capacities
    REQUIRE_FALSE(noSpareRoom(shrunk)); // the parser reserves room in every object
    shrunk.shrinkToFit();
    CHECK(noSpareRoom(shrunk));
    CHECK(shrunk == reference);
    CHECK(shrunk.toJsonValue() == reference.toJsonValue());

    // The model still merges deltas onto the shrunk full report as before.
    PrinterModel model;
    ingestFixture(model, QStringLiteral("x1c-pushall-2ams-ams2pro-amsht.json"));
    REQUIRE(feed(model, R"({"print":{"msg":1,"command":"push_status","ams":{"tray_now":"5"}}})").ok);
    CHECK(model.state().trayNow == 5);
    CHECK(model.state().units.size() == 4);
}
