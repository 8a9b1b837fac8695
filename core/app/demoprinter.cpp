#include "core/app/demoprinter.h"

#include "core/util/logging.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Spoolbridge {

namespace {

struct DemoJob {
    const char *name;
    int globalTray; // unit * 4 + slot
    int remainDropPerStep; // remaining % per 20 % of progress
};

// Trays that hold Bambu RFID spools in the base report, so usage lands in the ledger by tag.
const DemoJob kJobs[] = {
    {"Cable clip (demo)", 1, 2},
    {"Filament guide (demo)", 4, 3},
    {"Headphone hook (demo)", 0, 2},
};

QJsonObject trayWith(QJsonObject tray, const QJsonObject &changes)
{
    for (auto it = changes.begin(); it != changes.end(); ++it)
        tray.insert(it.key(), it.value());
    return tray;
}

} // namespace

DemoPrinter::DemoPrinter(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(3000);
    connect(&m_timer, &QTimer::timeout, this, &DemoPrinter::tick);
}

DemoPrinter::~DemoPrinter() = default;

void DemoPrinter::setTickInterval(int milliseconds)
{
    m_timer.setInterval(std::max(50, milliseconds));
}

QJsonObject DemoPrinter::baseReport()
{
    QFile file(QStringLiteral(":/demo/x1c-pushall-2ams-ams2pro-amsht.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcApp) << "demo printer: the embedded report is missing";
        return {};
    }
    QJsonObject print = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("print")).toObject();
    print.remove(QStringLiteral("mapping")); // the job's trays come from tray_now, as on a LAN print
    print.insert(QStringLiteral("gcode_state"), QStringLiteral("IDLE"));
    print.insert(QStringLiteral("mc_percent"), 0);
    print.insert(QStringLiteral("mc_remaining_time"), 0);
    print.insert(QStringLiteral("subtask_name"), QString());
    print.insert(QStringLiteral("gcode_file"), QString());
    print.insert(QStringLiteral("task_id"), QStringLiteral("0"));
    print.insert(QStringLiteral("subtask_id"), QStringLiteral("0"));
    print.insert(QStringLiteral("print_type"), QStringLiteral("idle"));
    print.insert(QStringLiteral("layer_num"), 0);

    QJsonObject ams = print.value(QLatin1String("ams")).toObject();
    ams.insert(QStringLiteral("tray_now"), QStringLiteral("255"));
    QJsonArray units = ams.value(QLatin1String("ams")).toArray();
    // AMS B slot 4: a third-party PETG spool (no RFID tag, no remaining %).
    QJsonObject unit1 = units.at(1).toObject();
    QJsonArray trays1 = unit1.value(QLatin1String("tray")).toArray();
    trays1[3] = trayWith(trays1.at(3).toObject(),
        {{QStringLiteral("tray_type"), QStringLiteral("PETG")}, {QStringLiteral("tray_sub_brands"), QString()},
            {QStringLiteral("tray_color"), QStringLiteral("2850E0FF")},
            {QStringLiteral("cols"), QJsonArray {QStringLiteral("2850E0FF")}},
            {QStringLiteral("tray_info_idx"), QStringLiteral("GFG99")}, {QStringLiteral("tray_id_name"), QString()},
            {QStringLiteral("tray_uuid"), QStringLiteral("00000000000000000000000000000000")},
            {QStringLiteral("tag_uid"), QStringLiteral("0000000000000000")}, {QStringLiteral("remain"), -1},
            {QStringLiteral("tray_weight"), QStringLiteral("0")}});
    unit1.insert(QStringLiteral("tray"), trays1);
    units[1] = unit1;
    ams.insert(QStringLiteral("ams"), units);
    print.insert(QStringLiteral("ams"), ams);

    // The external holder: a third-party yellow PLA (vir_slot on this firmware, vt_tray for older).
    const QJsonObject external {{QStringLiteral("tray_type"), QStringLiteral("PLA")},
        {QStringLiteral("tray_color"), QStringLiteral("F4EE2AFF")},
        {QStringLiteral("cols"), QJsonArray {QStringLiteral("F4EE2AFF")}},
        {QStringLiteral("tray_info_idx"), QStringLiteral("GFL99")},
        {QStringLiteral("nozzle_temp_min"), QStringLiteral("190")},
        {QStringLiteral("nozzle_temp_max"), QStringLiteral("230")}, {QStringLiteral("remain"), -1}};
    print.insert(QStringLiteral("vt_tray"), trayWith(print.value(QLatin1String("vt_tray")).toObject(), external));
    QJsonArray virSlots = print.value(QLatin1String("vir_slot")).toArray();
    for (auto &&virSlot : virSlots)
        virSlot = trayWith(virSlot.toObject(), external);
    print.insert(QStringLiteral("vir_slot"), virSlots);
    return print;
}

void DemoPrinter::start()
{
    m_print = baseReport();
    if (m_print.isEmpty())
        return;
    m_phase = Phase::Idle;
    m_idleTicks = 0;
    QTimer::singleShot(0, this, &DemoPrinter::emitReport);
    m_timer.start();
}

void DemoPrinter::stop()
{
    m_timer.stop();
}

int DemoPrinter::trayRemain(int globalId) const
{
    const QJsonArray units = m_print.value(QLatin1String("ams")).toObject().value(QLatin1String("ams")).toArray();
    const QJsonObject unit = units.at(globalId / 4).toObject();
    return unit.value(QLatin1String("tray"))
        .toArray()
        .at(globalId % 4)
        .toObject()
        .value(QLatin1String("remain"))
        .toInt();
}

void DemoPrinter::setTrayRemain(int globalId, int remain)
{
    QJsonObject ams = m_print.value(QLatin1String("ams")).toObject();
    QJsonArray units = ams.value(QLatin1String("ams")).toArray();
    QJsonObject unit = units.at(globalId / 4).toObject();
    QJsonArray trays = unit.value(QLatin1String("tray")).toArray();
    QJsonObject tray = trays.at(globalId % 4).toObject();
    tray.insert(QStringLiteral("remain"), remain);
    trays[globalId % 4] = tray;
    unit.insert(QStringLiteral("tray"), trays);
    units[globalId / 4] = unit;
    ams.insert(QStringLiteral("ams"), units);
    m_print.insert(QStringLiteral("ams"), ams);
}

void DemoPrinter::tick()
{
    const DemoJob &job = kJobs[m_jobIndex % int(std::size(kJobs))];
    switch (m_phase) {
    case Phase::Idle:
    case Phase::Finished:
        // A short pause between jobs, so the finished state can be seen.
        if (++m_idleTicks < (m_phase == Phase::Idle ? 1 : 4))
            break;
        m_phase = Phase::Running;
        m_progress = 0;
        m_activeTray = job.globalTray;
        m_print.insert(QStringLiteral("gcode_state"), QStringLiteral("RUNNING"));
        m_print.insert(QStringLiteral("subtask_name"), QString::fromLatin1(job.name));
        m_print.insert(QStringLiteral("gcode_file"),
            QStringLiteral("/data/Metadata/demo_%1.gcode").arg(QDateTime::currentMSecsSinceEpoch()));
        m_print.insert(QStringLiteral("print_type"), QStringLiteral("local"));
        m_print.insert(QStringLiteral("total_layer_num"), 120);
        {
            QJsonObject ams = m_print.value(QLatin1String("ams")).toObject();
            ams.insert(QStringLiteral("tray_now"), QString::number(m_activeTray));
            m_print.insert(QStringLiteral("ams"), ams);
        }
        break;
    case Phase::Running:
        m_progress = std::min(100, m_progress + 20);
        setTrayRemain(m_activeTray, std::max(1, trayRemain(m_activeTray) - job.remainDropPerStep));
        if (m_progress >= 100) {
            m_phase = Phase::Finished;
            m_idleTicks = 0;
            ++m_jobIndex;
            ++m_jobsFinished;
            m_print.insert(QStringLiteral("gcode_state"), QStringLiteral("FINISH"));
        }
        break;
    }
    m_print.insert(QStringLiteral("mc_percent"), m_progress);
    m_print.insert(QStringLiteral("layer_num"), m_progress * 120 / 100);
    m_print.insert(QStringLiteral("mc_remaining_time"), m_phase == Phase::Running ? (100 - m_progress) / 2 : 0);
    emitReport();
}

void DemoPrinter::emitReport()
{
    QJsonObject print = m_print;
    print.insert(QStringLiteral("command"), QStringLiteral("push_status"));
    print.insert(QStringLiteral("msg"), 0);
    Q_EMIT messageReady(QJsonDocument(QJsonObject {{QStringLiteral("print"), print}}).toJson(QJsonDocument::Compact));
}

} // namespace Spoolbridge
