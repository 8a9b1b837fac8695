// A job followed before a restart (JobSnapshot written to a file, read back by a new model):
// its end is still reported when it happened while nobody was listening, with the remain % from
// the job's real start.
#include "printertestutil.h"

#include "core/printer/jobsnapshot.h"

#include <QJsonArray>

using namespace Spoolbridge;
using namespace Spoolbridge::Test;

namespace {

const QString x1c = QStringLiteral("x1c-pushall-2ams-ams2pro-amsht.json");

QJsonObject delta(const QJsonObject &fields)
{
    QJsonObject print = fields;
    print.insert(QStringLiteral("command"), QStringLiteral("push_status"));
    print.insert(QStringLiteral("msg"), 1);
    return {{QStringLiteral("print"), print}};
}

QJsonObject remainOfFirstTray(int remain)
{
    const QJsonObject tray {{QStringLiteral("id"), QStringLiteral("0")}, {QStringLiteral("remain"), remain}};
    const QJsonObject unit {{QStringLiteral("id"), QStringLiteral("0")}, {QStringLiteral("tray"), QJsonArray {tray}}};
    return {{QStringLiteral("ams"), QJsonObject {{QStringLiteral("ams"), QJsonArray {unit}}}}};
}

// The fixture's full report with the job `name` in `state` and unit 0 slot 0 at `remain` %.
QJsonObject fullReport(const QString &name, const QString &state, int remain)
{
    QJsonObject report = fixtureObject(x1c);
    QJsonObject print = report.value(QLatin1String("print")).toObject();
    print.insert(QStringLiteral("subtask_name"), name);
    print.insert(QStringLiteral("gcode_state"), state);
    print.insert(QStringLiteral("task_id"), QStringLiteral("0")); // a LAN job, like "cube" below
    print.insert(QStringLiteral("subtask_id"), QStringLiteral("0"));
    print.insert(QStringLiteral("mapping"), QJsonArray {0}); // unit 0 slot 0 (snow encoding)
    QJsonObject ams = print.value(QLatin1String("ams")).toObject();
    QJsonArray units = ams.value(QLatin1String("ams")).toArray();
    QJsonObject unit = units.at(0).toObject();
    QJsonArray trays = unit.value(QLatin1String("tray")).toArray();
    QJsonObject tray = trays.at(0).toObject();
    tray.insert(QStringLiteral("remain"), remain);
    trays.replace(0, tray);
    unit.insert(QStringLiteral("tray"), trays);
    units.replace(0, unit);
    ams.insert(QStringLiteral("ams"), units);
    print.insert(QStringLiteral("ams"), ams);
    report.insert(QStringLiteral("print"), print);
    return report;
}

// A model that saw "cube" start on unit 0 slot 0 (93 %) and use 3 %; its snapshot, through JSON.
JobSnapshot runningCube(QString *key)
{
    PrinterModel before(QStringLiteral("00M00A000000001"));
    REQUIRE(before.ingest(fixtureObject(x1c)).ok);
    REQUIRE(before
                .ingest(delta({{QStringLiteral("gcode_state"), QStringLiteral("PREPARE")},
                    {QStringLiteral("subtask_name"), QStringLiteral("cube")},
                    {QStringLiteral("gcode_file"), QStringLiteral("cube.gcode.3mf")},
                    {QStringLiteral("task_id"), QStringLiteral("0")}, {QStringLiteral("mapping"), QJsonArray {0}}}))
                .ok);
    REQUIRE(before.ingest(delta({{QStringLiteral("gcode_state"), QStringLiteral("RUNNING")}})).ok);
    REQUIRE(before.ingest(delta(remainOfFirstTray(90))).ok);
    const std::optional<JobSnapshot> snapshot = before.jobTracker().snapshot();
    REQUIRE(snapshot.has_value());
    *key = snapshot->record.key;
    const QByteArray file = QJsonDocument(snapshot->toJson()).toJson();
    const std::optional<JobSnapshot> read = JobSnapshot::fromJson(QJsonDocument::fromJson(file).object());
    REQUIRE(read.has_value());
    CHECK(read->record.key == snapshot->record.key);
    REQUIRE(read->startSlots.contains(0));
    CHECK(read->startSlots.value(0).remainPercent == 93);
    return *read;
}

struct Ends {
    QList<JobRecord> finished;
    QList<JobRecord> interrupted;
    explicit Ends(PrinterModel &model)
    {
        QObject::connect(
            &model, &PrinterModel::jobFinished, &model, [this](const JobRecord &r) { finished.append(r); });
        QObject::connect(
            &model, &PrinterModel::jobInterrupted, &model, [this](const JobRecord &r) { interrupted.append(r); });
    }
};

} // namespace

TEST_CASE("jobs: a job that finished while the app was down is reported after the restart, with its start remain",
    "[printer][jobs][snapshot]")
{
    QString key;
    const JobSnapshot snapshot = runningCube(&key);

    // Without the snapshot a job first seen ended is old: nothing is reported.
    PrinterModel fresh(QStringLiteral("00M00A000000001"));
    Ends freshEnds(fresh);
    REQUIRE(fresh.ingest(fullReport(QStringLiteral("cube"), QStringLiteral("FINISH"), 88)).ok);
    CHECK(freshEnds.finished.isEmpty());

    PrinterModel after(QStringLiteral("00M00A000000001"));
    Ends ends(after);
    after.restoreJob(snapshot);
    REQUIRE(after.ingest(fullReport(QStringLiteral("cube"), QStringLiteral("FINISH"), 88)).ok);
    REQUIRE(ends.finished.size() == 1);
    CHECK(ends.interrupted.isEmpty());
    const JobRecord &job = ends.finished.first();
    CHECK(job.key == key); // the same job: the ledger's unique key keeps a second charge out
    CHECK(job.endState == JobState::Finish);
    REQUIRE(job.slotsUsed.size() == 1);
    CHECK(job.slotsUsed.first().globalId == 0);
    CHECK(job.slotsUsed.first().remainAtStart == 93);
    CHECK(job.slotsUsed.first().remainAtEnd == 88);
    // The FINISH stays on the printer: no second report of the end.
    REQUIRE(after.ingest(fullReport(QStringLiteral("cube"), QStringLiteral("FINISH"), 88)).ok);
    CHECK(ends.finished.size() == 1);
}

TEST_CASE("jobs: a restored job still running continues with its start, idle or another end interrupts it",
    "[printer][jobs][snapshot]")
{
    QString key;
    const JobSnapshot snapshot = runningCube(&key);

    PrinterModel running(QStringLiteral("00M00A000000001"));
    Ends runningEnds(running);
    running.restoreJob(snapshot);
    REQUIRE(running.ingest(fullReport(QStringLiteral("cube"), QStringLiteral("RUNNING"), 89)).ok);
    REQUIRE(running.ingest(delta({{QStringLiteral("gcode_state"), QStringLiteral("FINISH")}})).ok);
    REQUIRE(runningEnds.finished.size() == 1);
    CHECK(runningEnds.finished.first().key == key);
    CHECK(runningEnds.finished.first().slotsUsed.first().remainAtStart == 93);

    PrinterModel idle(QStringLiteral("00M00A000000001"));
    Ends idleEnds(idle);
    idle.restoreJob(snapshot);
    REQUIRE(idle.ingest(fullReport(QStringLiteral("cube"), QStringLiteral("IDLE"), 88)).ok);
    CHECK(idleEnds.finished.isEmpty());
    REQUIRE(idleEnds.interrupted.size() == 1);
    CHECK(idleEnds.interrupted.first().key == key);

    PrinterModel other(QStringLiteral("00M00A000000001"));
    Ends otherEnds(other);
    other.restoreJob(snapshot);
    REQUIRE(other.ingest(fullReport(QStringLiteral("another job"), QStringLiteral("FINISH"), 70)).ok);
    CHECK(otherEnds.finished.isEmpty());
    REQUIRE(otherEnds.interrupted.size() == 1);
    CHECK(otherEnds.interrupted.first().key == key);
}
