// Job tracking over the two real A1 print streams and synthetic edge cases.
#include "printertestutil.h"

#include <QSignalSpy>

using namespace Spoolbridge;
using namespace Spoolbridge::Test;

namespace {

struct JobLog {
    QList<JobRecord> started;
    QList<JobRecord> finished;
    QList<JobRecord> failed;
    QList<JobRecord> interrupted;

    explicit JobLog(PrinterModel &model)
    {
        QObject::connect(&model, &PrinterModel::jobStarted, &model, [this](const JobRecord &r) { started.append(r); });
        QObject::connect(
            &model, &PrinterModel::jobFinished, &model, [this](const JobRecord &r) { finished.append(r); });
        QObject::connect(&model, &PrinterModel::jobFailed, &model, [this](const JobRecord &r) { failed.append(r); });
        QObject::connect(
            &model, &PrinterModel::jobInterrupted, &model, [this](const JobRecord &r) { interrupted.append(r); });
    }
};

QDateTime at(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

TEST_CASE("jobs: the A1 multicolour LAN print starts and finishes once, with its tray history", "[printer][jobs]")
{
    PrinterModel model;
    JobLog log(model);
    CHECK(replayStream(model, QStringLiteral("a1-stream-multicolor-print-lan.jsonl")) == 669);

    // The capture starts with the previous (cloud) job in FINISH: old, never reported.
    REQUIRE(log.started.size() == 1);
    REQUIRE(log.finished.size() == 1);
    CHECK(log.failed.isEmpty());
    CHECK(log.interrupted.isEmpty());

    const JobRecord &job = log.finished.front();
    CHECK(str(job.name) == "Testqube_Mulitcolor.3mf");
    CHECK(str(job.gcodeFile) == "Testqube_Mulitcolor.3mf"); // kept although FINISH clears gcode_file
    CHECK(str(job.taskId) == "0");
    CHECK(job.startedAt == at("2025-12-19 18:24:10")); // the move to PREPARE
    CHECK(job.endedAt == at("2025-12-19 18:48:09"));
    CHECK(str(job.key) == "lan:Testqube_Mulitcolor.3mf|Testqube_Mulitcolor.3mf|2025-12-19T18:24:10.000");
    CHECK(job.key == log.started.front().key);
    CHECK(job.observedFromStart);
    CHECK(job.endState == JobState::Finish);
    CHECK(job.lastProgress == 100);
    CHECK(job.lastLayer == 50);
    CHECK(job.totalLayers == 50);

    // No mapping[] and no project_file echo on a LAN start: the tray_now history decides.
    CHECK(job.loads() == QList<int>({3, 0, 3, 0, 1, 2}));
    CHECK(job.mappingSource == MappingSource::TrayHistory);
    CHECK(job.mapping == QList<int>({3, 0, 1, 2}));
    // Upstream's expected mapping {"0":"3","1":"0","2":"2","3":"1"} uses exactly these trays.
    const QList<int> expected = {3, 0, 2, 1};
    CHECK(QSet<int>(job.mapping.begin(), job.mapping.end()) == QSet<int>(expected.begin(), expected.end()));
    // First load and the unloads in between carry their times.
    REQUIRE(job.activeHistory.size() == 12);
    CHECK(job.activeHistory.front().globalId == 3);
    CHECK(job.activeHistory.front().at == at("2025-12-19 18:25:54"));
    CHECK(job.activeHistory.at(1).globalId == -1);
    CHECK(job.activeHistory.at(1).at == at("2025-12-19 18:30:10"));
    CHECK(job.activeHistory.back().globalId == -1);

    REQUIRE(job.slotsUsed.size() == 4);
    CHECK(job.slotsUsed.at(3).globalId == 2);
    CHECK(str(job.slotsUsed.at(3).trayUuid) == "886F70EC301A4376BA78700856FAE12E");
    CHECK_FALSE(job.slotsUsed.at(3).remainAtStart.has_value()); // AMS Lite never reports remain

    // FINISH persists in the state with the finished job's identity.
    CHECK(model.state().job.state == JobState::Finish);
    CHECK(model.state().job.identity == job.key);
    CHECK(model.state().job.progressPercent == 100);
}

TEST_CASE("jobs: the A1 cloud print takes its mapping from the project_file echo", "[printer][jobs]")
{
    PrinterModel model;
    JobLog log(model);
    CHECK(replayStream(model, QStringLiteral("a1-stream-singlecolor-print-cloud.jsonl")) == 392);
    REQUIRE(log.started.size() == 1);
    REQUIRE(log.finished.size() == 1);
    const JobRecord &job = log.finished.front();
    CHECK(str(job.key) == "task:626732162/626732162");
    CHECK(str(job.name) == "Würfel");
    CHECK(str(job.printType) == "cloud");
    CHECK(job.mappingSource == MappingSource::ProjectFileEcho);
    CHECK(job.mapping == QList<int>({3}));
    CHECK(log.started.front().mapping == QList<int>({3})); // known already at the start
    CHECK(job.loads() == QList<int>({3}));
    CHECK(job.startedAt == at("2025-12-19 08:03:31"));
    CHECK(job.endedAt == at("2025-12-19 08:14:35"));
    CHECK(job.totalLayers == 50); // not the previous job's 751 still shown during PREPARE
    CHECK(log.started.front().totalLayers == 0);
}

TEST_CASE("jobs: the multicolour cloud echo maps filaments to trays 3,0,2,1", "[printer][jobs]")
{
    PrinterModel model;
    JobLog log(model);
    ingestFixture(model, QStringLiteral("a1-pushall-amslite-thirdparty-remain100.json")); // IDLE
    ingestFixture(model, QStringLiteral("a1-cmd-echo-project_file-cloud-ams_mapping.json"));
    REQUIRE(model
                .ingest(QByteArray(R"({"print":{"gcode_state":"PREPARE","task_id":"627521184","subtask_id":"627521184",
                    "project_id":"627521184","subtask_name":"Testqube_Mulitcolor","print_type":"cloud","msg":1}})"))
                .ok);
    REQUIRE(log.started.size() == 1);
    CHECK(log.started.front().mappingSource == MappingSource::ProjectFileEcho);
    CHECK(log.started.front().mapping == QList<int>({3, 0, 2, 1}));
    CHECK(model.state().job.mapping == QList<int>({3, 0, 2, 1}));
}

TEST_CASE("jobs: a job first seen ended is old; cancel keeps the last progress", "[printer][jobs]")
{
    PrinterModel model;
    JobLog log(model);
    ingestFixture(model, QStringLiteral("p1p-pushall-ams-thirdparty-failed.json")); // sticky FAILED
    ingestFixture(model, QStringLiteral("p1p-pushall-ams-thirdparty-failed.json"));
    CHECK(log.started.isEmpty());
    CHECK(log.failed.isEmpty());
    CHECK(model.state().job.state == JobState::Failed);

    // A new LAN job, then a cancel (FAILED with progress and layer zeroed).
    auto send = [&model](const char *json) { REQUIRE(model.ingest(QByteArray(json), at("2026-01-01 10:00:00")).ok); };
    send(R"({"print":{"gcode_state":"RUNNING","subtask_name":"cube","gcode_file":"cube.3mf","task_id":"0",
        "mc_percent":42,"layer_num":17,"total_layer_num":80}})");
    REQUIRE(log.started.size() == 1);
    CHECK(log.started.front().observedFromStart); // FAILED was seen before: seen from its start
    send(R"({"print":{"mc_percent":0,"layer_num":0,"gcode_state":"FAILED"}})");
    REQUIRE(log.failed.size() == 1);
    CHECK(log.failed.front().lastProgress == 42);
    CHECK(log.failed.front().lastLayer == 17);
    CHECK(model.state().job.progressPercent == 42);
    CHECK(model.state().job.layer == 17);
    // FAILED persists: further reports do not repeat the event.
    send(R"({"print":{"gcode_state":"FAILED","wifi_signal":"-40dBm"}})");
    CHECK(log.failed.size() == 1);
}

TEST_CASE("jobs: a job starts only once it has an identity", "[printer][jobs]")
{
    PrinterModel model;
    JobLog log(model);
    REQUIRE(model.ingest(QByteArray(R"({"print":{"gcode_state":"RUNNING","mc_percent":5}})")).ok);
    CHECK(log.started.isEmpty());
    REQUIRE(model.ingest(QByteArray(R"({"print":{"subtask_name":"vase","gcode_file":"vase.3mf","task_id":"0"}})")).ok);
    REQUIRE(log.started.size() == 1);
    CHECK(str(log.started.front().name) == "vase");
    CHECK(log.started.front().key.startsWith(QLatin1String("lan:vase|vase.3mf|")));
    CHECK_FALSE(log.started.front().observedFromStart);
}

TEST_CASE("jobs: first seen running, replaced by another job, or gone idle", "[printer][jobs]")
{
    PrinterModel model;
    JobLog log(model);
    ingestFixture(model, QStringLiteral("h2d-pushall-2ams2pro-printing-left-right.json"));
    REQUIRE(log.started.size() == 1);
    CHECK_FALSE(log.started.front().observedFromStart);
    CHECK(log.started.front().mapping == QList<int>({7}));
    CHECK(log.started.front().mappingSource == MappingSource::Report);
    // Remain % at start is recorded per slot used.
    REQUIRE(model
                .ingest(QByteArray(
                    R"({"print":{"gcode_state":"FINISH","ams":{"ams":[{"id":"1","tray":[{"id":"3","remain":49}]}]}}})"))
                .ok);
    REQUIRE(log.finished.size() == 1);
    REQUIRE(log.finished.front().slotsUsed.size() == 1);
    CHECK(log.finished.front().slotsUsed.front().remainAtStart == 51);
    CHECK(log.finished.front().slotsUsed.front().remainAtEnd == 49);
    CHECK(str(log.finished.front().slotsUsed.front().trayUuid) == "31E07CBE145B460B8B0199223280DBD1");

    REQUIRE(model.ingest(QByteArray(R"({"print":{"gcode_state":"RUNNING","task_id":"1","subtask_id":"1"}})")).ok);
    REQUIRE(model.ingest(QByteArray(R"({"print":{"gcode_state":"RUNNING","task_id":"2","subtask_id":"2"}})")).ok);
    CHECK(log.started.size() == 3);
    REQUIRE(log.interrupted.size() == 1);
    CHECK(str(log.interrupted.front().key) == "task:1/1");
    REQUIRE(model.ingest(QByteArray(R"({"print":{"gcode_state":"IDLE"}})")).ok);
    CHECK(log.interrupted.size() == 2);
}
