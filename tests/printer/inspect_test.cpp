// spoolbridge-cli inspect, run in-process with captured streams.
#include "printertestutil.h"

#include "core/cli/commandtable.h"
#include "core/cli/inspectcommand.h"

#include <QFile>
#include <QJsonArray>

using namespace Spoolbridge;
using namespace Spoolbridge::Test;

namespace {

struct Run {
    int code = 0;
    QString out;
    QString err;
};

Run inspect(const QStringList &args)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    Cli::CommandIo io {out, err};
    run.code = Cli::runCli(QStringList {QStringLiteral("spoolbridge-cli"), QStringLiteral("inspect")} + args, io);
    out.flush();
    err.flush();
    return run;
}

QString writeFile(const QString &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir + u'/' + name;
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

QJsonObject parse(const Run &run)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    INFO(str(run.out) << str(run.err));
    REQUIRE(doc.isObject());
    return doc.object();
}

} // namespace

TEST_CASE("inspect: H2D with get_version prints units, slots and the active HT", "[printer][cli]")
{
    const Run run = inspect({fixturePath(QStringLiteral("h2d-get_version-ams-amsht.json")),
        fixturePath(QStringLiteral("h2d-pushall-ams-amsht-printing.json"))});
    INFO(str(run.err));
    REQUIRE(run.code == 0);
    const QJsonObject root = parse(run);
    const QJsonObject printer = root.value(QLatin1String("printer")).toObject();
    CHECK(printer.value(QLatin1String("model")).toString() == QLatin1String("H2D"));
    CHECK(printer.value(QLatin1String("gcode_state")).toString() == QLatin1String("RUNNING"));
    const QJsonObject job = printer.value(QLatin1String("job")).toObject();
    CHECK(job.value(QLatin1String("name")).toString() == QLatin1String("Number 10 House Numbers_plate_1"));
    CHECK(job.value(QLatin1String("state")).toString() == QLatin1String("RUNNING"));
    CHECK(job.value(QLatin1String("total_layers")).toInt() == 26);
    CHECK(job.value(QLatin1String("mapping")).toArray() == QJsonArray({128}));
    const QJsonArray units = root.value(QLatin1String("units")).toArray();
    REQUIRE(units.size() == 2);
    const QJsonObject ams = units.at(0).toObject();
    CHECK(ams.value(QLatin1String("id")).toInt() == 0);
    CHECK(ams.value(QLatin1String("type")).toString() == QLatin1String("ams"));
    CHECK(ams.value(QLatin1String("extruder")).toString() == QLatin1String("left"));
    CHECK(ams.value(QLatin1String("humidity_level")).toInt() == 4);
    CHECK(ams.value(QLatin1String("humidity_percent")).toInt() == 24);
    CHECK(ams.value(QLatin1String("temperature_c")).toDouble() == 26.2);
    const QJsonObject slot0 = ams.value(QLatin1String("slots")).toArray().at(0).toObject();
    CHECK(slot0.value(QLatin1String("slot")).toInt() == 0);
    CHECK(slot0.value(QLatin1String("global_id")).toInt() == 0);
    CHECK(slot0.value(QLatin1String("present")).toBool());
    CHECK(slot0.value(QLatin1String("material")).toString() == QLatin1String("PLA"));
    CHECK(slot0.value(QLatin1String("profile")).toString() == QLatin1String("PLA Matte"));
    CHECK(slot0.value(QLatin1String("color")).toString() == QLatin1String("FFFFFFFF"));
    CHECK(slot0.value(QLatin1String("tray_uuid")).toString() == QLatin1String("D99401E841C14828BF2E1B859AF2F770"));
    CHECK(slot0.value(QLatin1String("tag_uid")).toString() == QLatin1String("7B45A8FF00000100"));
    CHECK(slot0.value(QLatin1String("is_bambu_rfid")).toBool());
    CHECK(slot0.value(QLatin1String("remain_percent")).toInt() == 47);
    CHECK(slot0.value(QLatin1String("label_weight_g")).toInt() == 1000);
    CHECK_FALSE(slot0.value(QLatin1String("active")).toBool());
    const QJsonObject ht = units.at(1).toObject();
    CHECK(ht.value(QLatin1String("type")).toString() == QLatin1String("ams_ht"));
    CHECK(ht.value(QLatin1String("extruder")).toString() == QLatin1String("right"));
    CHECK(ht.value(QLatin1String("slots")).toArray().at(0).toObject().value(QLatin1String("active")).toBool());
    const QJsonArray external = root.value(QLatin1String("external")).toArray();
    REQUIRE(external.size() == 2);
    CHECK(external.at(0).toObject().value(QLatin1String("global_id")).toInt() == 254);
    CHECK(external.at(0).toObject().value(QLatin1String("tray_uuid")).isNull());
    CHECK(external.at(0).toObject().value(QLatin1String("remain_percent")).isNull());
}

TEST_CASE("inspect: replays a JSONL stream and lists the job events", "[printer][cli]")
{
    const Run run = inspect({fixturePath(QStringLiteral("a1-stream-multicolor-print-lan.jsonl"))});
    REQUIRE(run.code == 0);
    const QJsonObject root = parse(run);
    const QJsonArray events = root.value(QLatin1String("events")).toArray();
    REQUIRE(events.size() == 2);
    CHECK(events.at(0).toObject().value(QLatin1String("event")).toString() == QLatin1String("started"));
    const QJsonObject finished = events.at(1).toObject();
    CHECK(finished.value(QLatin1String("event")).toString() == QLatin1String("finished"));
    CHECK(finished.value(QLatin1String("loads")).toArray() == QJsonArray({3, 0, 3, 0, 1, 2}));
    CHECK(root.value(QLatin1String("units")).toArray().at(0).toObject().value(QLatin1String("type")).toString()
        == QLatin1String("ams_lite"));
}

TEST_CASE("inspect: a hand-written payload never seen before", "[printer][cli]")
{
    const QString dir = makeTempDir(QStringLiteral("inspect"));
    const QString path = writeFile(dir, QStringLiteral("handmade.jsonl"),
        R"({"print":{"ams":{"ams_exist_bits":"81","tray_exist_bits":"80002","tray_now":"255","ams":[{"id":"0","info":"1102","humidity":"2","humidity_raw":"31","temp":"24.5","tray":[{"id":"1","tray_type":"PETG","tray_sub_brands":"PETG HF","tray_color":"00ff00","tray_uuid":"ABCDEF0123456789ABCDEF0123456789","tag_uid":"1122334455667788","remain":64,"tray_weight":"1000","k":0.03}]},{"id":"131","info":"1004","humidity":"0","humidity_raw":"12","temp":"40.0","tray":[{"id":"0","tray_type":"PA-CF","tray_color":"000000FF","tray_uuid":"00000000000000000000000000000000","remain":-1}]}]},"device":{"extruder":{"state":2,"info":[{"id":0,"snow":33536},{"id":1,"snow":1}]}},"vir_slot":[{"id":"254","tray_type":"TPU"},{"id":"255","tray_type":""}],"gcode_state":"RUNNING","subtask_name":"bracket","task_id":"77","subtask_id":"78","mapping":[1,33536,65535],"some_future_field":{"x":[1,2]},"msg":0}}
{"ts":"2026-03-01 12:00:00","payload":{"print":{"mc_percent":12,"layer_num":3,"total_layer_num":40,"msg":1}}}
)");
    const Run run = inspect({path});
    INFO(str(run.err));
    REQUIRE(run.code == 0);
    const QJsonObject root = parse(run);
    const QJsonArray units = root.value(QLatin1String("units")).toArray();
    REQUIRE(units.size() == 2);
    const QJsonObject left = units.at(0).toObject();
    CHECK(left.value(QLatin1String("type")).toString() == QLatin1String("ams_lite"));
    CHECK(left.value(QLatin1String("extruder")).toString() == QLatin1String("left"));
    CHECK(left.value(QLatin1String("temperature_c")).isNull()); // AMS Lite: no sensor
    const QJsonArray leftSlots = left.value(QLatin1String("slots")).toArray();
    CHECK_FALSE(leftSlots.at(0).toObject().value(QLatin1String("present")).toBool());
    const QJsonObject petg = leftSlots.at(1).toObject();
    CHECK(petg.value(QLatin1String("present")).toBool());
    CHECK(petg.value(QLatin1String("color")).toString() == QLatin1String("00FF00FF"));
    CHECK(petg.value(QLatin1String("profile")).toString() == QLatin1String("PETG HF"));
    CHECK(petg.value(QLatin1String("remain_percent")).isNull()); // AMS Lite
    CHECK(petg.value(QLatin1String("active")).toBool()); // left extruder snow 1
    CHECK(petg.value(QLatin1String("k")).toDouble() == 0.03);
    const QJsonObject ht = units.at(1).toObject();
    CHECK(ht.value(QLatin1String("id")).toInt() == 131);
    CHECK(ht.value(QLatin1String("type")).toString() == QLatin1String("ams_ht"));
    CHECK(ht.value(QLatin1String("extruder")).toString() == QLatin1String("right"));
    CHECK(ht.value(QLatin1String("humidity_percent")).toInt() == 12);
    const QJsonObject htSlot = ht.value(QLatin1String("slots")).toArray().at(0).toObject();
    CHECK(htSlot.value(QLatin1String("global_id")).toInt() == 131);
    CHECK(htSlot.value(QLatin1String("present")).toBool()); // bit 16 + 3 = 19
    CHECK(htSlot.value(QLatin1String("tray_uuid")).isNull());
    CHECK(htSlot.value(QLatin1String("active")).toBool()); // right extruder snow 0x8300
    const QJsonObject job = root.value(QLatin1String("printer")).toObject().value(QLatin1String("job")).toObject();
    CHECK(job.value(QLatin1String("mapping")).toArray() == QJsonArray({1, 131, -1}));
    CHECK(job.value(QLatin1String("progress")).toInt() == 12);
    CHECK(job.value(QLatin1String("layer")).toInt() == 3);
    const QJsonArray external = root.value(QLatin1String("external")).toArray();
    CHECK(external.at(0).toObject().value(QLatin1String("material")).toString() == QLatin1String("TPU"));
    CHECK_FALSE(external.at(1).toObject().value(QLatin1String("present")).toBool());
}

TEST_CASE("inspect: bad input gives a clear message naming the file and line", "[printer][cli]")
{
    const QString dir = makeTempDir(QStringLiteral("inspect-bad"));

    const Run missing = inspect({dir + QStringLiteral("/nope.json")});
    CHECK(missing.code != 0);
    CHECK(missing.err.contains(QLatin1String("nope.json")));
    CHECK(missing.err.contains(QLatin1String("cannot read")));
    CHECK(missing.out.isEmpty());

    const QString notJson = writeFile(dir, QStringLiteral("garbage.json"), "this is not json");
    const Run garbage = inspect({notJson});
    CHECK(garbage.code != 0);
    CHECK(garbage.err.contains(QLatin1String("garbage.json: not valid JSON")));

    const QString lines = writeFile(dir, QStringLiteral("stream.jsonl"),
        "{\"print\":{\"gcode_state\":\"IDLE\"}}\n{\"print\":{\"gcode_state\":\n{\"payload\":7}\n[1,2]\n"
        "{\"print\":{\"ams\":{\"tray_now\":1e999}}}\n");
    const Run stream = inspect({lines});
    CHECK(stream.code == 1);
    CHECK(stream.err.contains(QLatin1String("stream.jsonl, line 2: not valid JSON")));
    CHECK(stream.err.contains(QLatin1String("stream.jsonl, line 3: \"payload\" is not a JSON object")));
    CHECK(stream.err.contains(QLatin1String("stream.jsonl, line 4: the message is not a JSON object")));
    CHECK_FALSE(stream.err.contains(QLatin1String("line 5"))); // a huge number is not an error
    CHECK(parse(stream).value(QLatin1String("printer")).toObject().value(QLatin1String("gcode_state")).toString()
        == QLatin1String("IDLE"));

    const QString wrongType = writeFile(dir, QStringLiteral("wrong.json"), R"({"print":"nope"})");
    const Run wrong = inspect({wrongType});
    CHECK(wrong.code != 0);
    CHECK(wrong.err.contains(QLatin1String("wrong.json")));
    CHECK(wrong.err.contains(QLatin1String("not an object")));

    const Run noArgs = inspect({});
    CHECK(noArgs.code == 2);
    CHECK(noArgs.err.contains(QLatin1String("--help")));
    const Run help = inspect({QStringLiteral("--help")});
    CHECK(help.code == 0);
    CHECK(help.out.contains(QLatin1String("Usage: spoolbridge-cli inspect")));
    const Run unknown = inspect({QStringLiteral("--frobnicate")});
    CHECK(unknown.code == 2);
}
