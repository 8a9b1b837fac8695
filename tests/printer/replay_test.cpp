// Whole-stream replays checked against an independent reference: a plain QJsonObject deep merge
// (the protocol's merge rule written the obvious way) and a full re-derivation of the state.
#include "printertestutil.h"

#include "core/printer/statederiver.h"

#include <QJsonArray>

using namespace Spoolbridge;
using namespace Spoolbridge::Test;

namespace {

bool keyedArray(const QString &key, const QString &parentKey)
{
    return key == QLatin1String("ams") || key == QLatin1String("tray") || key == QLatin1String("vir_slot")
        || (key == QLatin1String("info")
            && (parentKey == QLatin1String("extruder") || parentKey == QLatin1String("nozzle")));
}

QString idOf(const QJsonValue &element)
{
    const QJsonValue id = element.toObject().value(QLatin1String("id"));
    return id.isString() ? id.toString() : QString::number(id.toInteger());
}

QJsonValue referenceMerge(const QJsonValue &target, const QJsonValue &delta, const QString &key, const QString &parent)
{
    if (delta.isObject() && target.isObject()) {
        QJsonObject merged = target.toObject();
        const QJsonObject changes = delta.toObject();
        for (auto it = changes.begin(); it != changes.end(); ++it)
            merged.insert(it.key(), referenceMerge(merged.value(it.key()), it.value(), it.key(), key));
        return merged;
    }
    if (delta.isArray() && target.isArray() && keyedArray(key, parent)) {
        QJsonArray merged = target.toArray();
        const QJsonArray changes = delta.toArray();
        for (qsizetype i = 0; i < changes.size(); ++i) {
            const QJsonValue element = changes.at(i);
            qsizetype match = -1;
            if (element.toObject().contains(QLatin1String("id"))) {
                for (qsizetype j = 0; j < merged.size(); ++j) {
                    if (merged.at(j).toObject().contains(QLatin1String("id")) && idOf(merged.at(j)) == idOf(element))
                        match = j;
                }
            } else if (i < merged.size()) {
                match = i;
            }
            if (match >= 0)
                merged[match] = referenceMerge(merged.at(match), element, QString(), key);
            else
                merged.append(element);
        }
        return merged;
    }
    return delta;
}

void compareWithFullDerivation(const PrinterModel &model)
{
    PrinterState fresh;
    fresh.serial = model.state().serial;
    StateDeriver::deriveModel(model.merger(), fresh);
    StateDeriver::deriveAms(model.merger(), fresh);
    StateDeriver::deriveJob(model.merger().print(), fresh.job);
    const PrinterState &state = model.state();
    CHECK(state.modelName == fresh.modelName);
    CHECK(state.units == fresh.units);
    CHECK(state.external == fresh.external);
    CHECK(state.trayNow == fresh.trayNow);
    CHECK(state.trayTar == fresh.trayTar);
    CHECK(state.trayPre == fresh.trayPre);
    CHECK(state.activeTrayRight == fresh.activeTrayRight);
    CHECK(state.activeTrayLeft == fresh.activeTrayLeft);
    CHECK(state.job.state == fresh.job.state);
    CHECK(state.job.name == fresh.job.name);
    CHECK(state.job.gcodeFile == fresh.job.gcodeFile);
    CHECK(state.job.taskId == fresh.job.taskId);
    CHECK(state.job.printType == fresh.job.printType);
}

void replayAgainstReference(const QString &stream)
{
    PrinterModel bytesModel;
    PrinterModel objectModel;
    QJsonObject reference;
    int line = 0;
    for (const QJsonObject &payload : streamPayloads(stream)) {
        ++line;
        INFO(str(stream) << " message " << line);
        const QDateTime at = QDateTime::fromSecsSinceEpoch(1766000000 + 2 * line, Qt::UTC);
        REQUIRE(bytesModel.ingest(QJsonDocument(payload).toJson(QJsonDocument::Compact), at).ok);
        REQUIRE(objectModel.ingest(payload, at).ok);
        const QJsonObject print = payload.value(QLatin1String("print")).toObject();
        const QString command = print.value(QLatin1String("command")).toString();
        if (!payload.contains(QLatin1String("print"))
            || !(command.isEmpty() || command == QLatin1String("push_status")))
            continue;
        if (print.value(QLatin1String("msg")).toInt(-1) == 0)
            reference = print;
        else
            reference = referenceMerge(reference, print, QString(), QString()).toObject();
        REQUIRE(bytesModel.merger().printTree() == reference);
        compareWithFullDerivation(bytesModel);
        CHECK(objectModel.state() == bytesModel.state());
    }
}

} // namespace

TEST_CASE("replay: the LAN stream merges like the reference and derives incrementally", "[printer][replay]")
{
    replayAgainstReference(QStringLiteral("a1-stream-multicolor-print-lan.jsonl"));
}

TEST_CASE("replay: the cloud stream merges like the reference and derives incrementally", "[printer][replay]")
{
    replayAgainstReference(QStringLiteral("a1-stream-singlecolor-print-cloud.jsonl"));
}

TEST_CASE("replay: deltas over every H2D/X1C report keep incremental and full derivation equal", "[printer][replay]")
{
    PrinterModel model;
    ingestFixture(model, QStringLiteral("h2d-pushall-6units-extspool-active-thirdparty.json"));
    const char *deltas[] = {R"({"print":{"ams":{"ams":[{"id":"129","temp":"30.1","tray":[{"id":"0","remain":50}]}]}}})",
        R"({"print":{"device":{"extruder":{"info":[{"id":1,"snow":258}]}}}})",
        R"({"print":{"ams":{"tray_exist_bits":"3bbe9"}}})", R"({"print":{"vir_slot":[{"id":"255","tray_type":""}]}})",
        R"({"print":{"ams":{"ams":[{"id":"3","info":"2003"}]}}})"};
    for (const char *delta : deltas) {
        INFO(delta);
        REQUIRE(model.ingest(QByteArray(delta)).ok);
        compareWithFullDerivation(model);
    }
    CHECK(model.state().activeTrayLeft == 6); // snow 258 = AMS 1 slot 2
    CHECK(model.state().unit(3)->extruder == Extruder::Right);
    CHECK_FALSE(model.state().slot(0, 2)->present);
}
