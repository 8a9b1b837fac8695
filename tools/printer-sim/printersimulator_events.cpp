// The scripted events of PrinterSimulator: spools in/out, jobs, and the report merge.
#include "tools/printer-sim/printersimulator.h"

#include <QJsonDocument>

namespace Spoolbridge::Sim {

namespace {

QString key(const char *text)
{
    return QString::fromLatin1(text);
}

// Bit of a slot in tray_exist_bits (protocol doc §3.1/§3.2).
int trayBit(int unit, int slot)
{
    if (unit >= 128)
        return 16 + (unit - 128);
    if (unit == 16)
        return 24 + slot;
    return unit * 4 + slot;
}

QString presetFor(const QString &type)
{
    if (type == QLatin1String("PLA"))
        return QStringLiteral("GFL99");
    if (type == QLatin1String("PETG"))
        return QStringLiteral("GFG99");
    if (type == QLatin1String("ABS"))
        return QStringLiteral("GFB99");
    if (type == QLatin1String("TPU"))
        return QStringLiteral("GFU99");
    return QStringLiteral("GFL99");
}

} // namespace

void PrinterSimulator::mergeReport(QJsonObject &target, const QJsonObject &delta)
{
    for (auto it = delta.begin(); it != delta.end(); ++it) {
        const QJsonValue current = target.value(it.key());
        if (it.value().isObject() && current.isObject()) {
            QJsonObject merged = current.toObject();
            mergeReport(merged, it.value().toObject());
            target.insert(it.key(), merged);
            continue;
        }
        if (it.value().isArray() && current.isArray()) {
            QJsonArray merged = current.toArray();
            bool keyed = true;
            const QJsonArray incoming = it.value().toArray();
            for (const auto &element : incoming)
                keyed = keyed && element.isObject() && element.toObject().contains(key("id"));
            if (keyed) {
                for (const auto &element : incoming) {
                    const QJsonValue id = element.toObject().value(key("id"));
                    bool found = false;
                    for (int i = 0; i < merged.size() && !found; ++i) {
                        QJsonObject existing = merged.at(i).toObject();
                        if (existing.value(key("id")) == id) {
                            mergeReport(existing, element.toObject());
                            merged.replace(i, existing);
                            found = true;
                        }
                    }
                    if (!found)
                        merged.append(element);
                }
                target.insert(it.key(), merged);
                continue;
            }
        }
        target.insert(it.key(), it.value());
    }
}

void PrinterSimulator::insertSpool(
    int unit, int slot, const QString &type, const QString &color, const QString &uuid, int remain)
{
    const QJsonObject ams = m_report.value(key("print")).toObject().value(key("ams")).toObject();
    bool ok = false;
    qulonglong bits = ams.value(key("tray_exist_bits")).toString().toULongLong(&ok, 16);
    bits |= 1ULL << trayBit(unit, slot);
    const int version = ams.value(key("version")).toInt() + 1;
    const QString tagUid = uuid.isEmpty() ? QString(16, u'0') : uuid.left(16).toUpper();
    const QJsonObject tray {{key("id"), QString::number(slot)}, {key("state"), 11}, {key("tray_type"), type},
        {key("tray_sub_brands"), uuid.isEmpty() ? QString() : type + QStringLiteral(" Basic")},
        {key("tray_info_idx"), presetFor(type)}, {key("tray_color"), color.toUpper()},
        {key("cols"), QJsonArray {color.toUpper()}}, {key("tray_weight"), QStringLiteral("1000")},
        {key("tray_diameter"), QStringLiteral("1.75")}, {key("remain"), remain},
        {key("tray_uuid"), uuid.isEmpty() ? QString(32, u'0') : uuid.toUpper()}, {key("tag_uid"), tagUid},
        {key("nozzle_temp_min"), QStringLiteral("190")}, {key("nozzle_temp_max"), QStringLiteral("240")}};
    publishDelta({{key("ams"),
        QJsonObject {
            {key("ams"),
                QJsonArray {QJsonObject {{key("id"), QString::number(unit)}, {key("tray"), QJsonArray {tray}}}}},
            {key("tray_exist_bits"), QString::number(bits, 16)}, {key("version"), version}}}});
}

void PrinterSimulator::removeSpool(int unit, int slot)
{
    const QJsonObject ams = m_report.value(key("print")).toObject().value(key("ams")).toObject();
    bool ok = false;
    qulonglong bits = ams.value(key("tray_exist_bits")).toString().toULongLong(&ok, 16);
    bits &= ~(1ULL << trayBit(unit, slot));
    const int version = ams.value(key("version")).toInt() + 1;
    const QJsonObject tray {{key("id"), QString::number(slot)}, {key("state"), 9}, {key("tray_type"), QString()},
        {key("tray_sub_brands"), QString()}, {key("tray_info_idx"), QString()},
        {key("tray_color"), QStringLiteral("00000000")}, {key("remain"), -1}, {key("tray_uuid"), QString(32, u'0')},
        {key("tag_uid"), QString(16, u'0')}};
    publishDelta({{key("ams"),
        QJsonObject {
            {key("ams"),
                QJsonArray {QJsonObject {{key("id"), QString::number(unit)}, {key("tray"), QJsonArray {tray}}}}},
            {key("tray_exist_bits"), QString::number(bits, 16)}, {key("version"), version}}}});
}

void PrinterSimulator::startJob(const QString &name, const QList<int> &trays)
{
    QJsonArray mapping;
    for (int tray : trays)
        mapping.append(tray == 254 ? 0xFF00 : ((tray / 4) << 8) | (tray % 4));
    publishDelta({{key("gcode_state"), QStringLiteral("PREPARE")}, {key("subtask_name"), name},
        {key("gcode_file"), name + QStringLiteral(".gcode.3mf")}, {key("print_type"), QStringLiteral("local")},
        {key("mapping"), mapping}, {key("mc_percent"), 0}, {key("layer_num"), 0}, {key("task_id"), QStringLiteral("0")},
        {key("subtask_id"), QStringLiteral("0")}, {key("project_id"), QStringLiteral("0")}});
    const int first = trays.value(0, 255);
    publishDelta({{key("gcode_state"), QStringLiteral("RUNNING")},
        {key("ams"),
            QJsonObject {{key("tray_now"), QString::number(first)}, {key("tray_tar"), QString::number(first)}}}});
}

void PrinterSimulator::setProgress(int percent)
{
    publishDelta({{key("mc_percent"), percent}, {key("layer_num"), percent}});
}

void PrinterSimulator::finishJob()
{
    publishDelta({{key("gcode_state"), QStringLiteral("FINISH")}, {key("mc_percent"), 100},
        {key("gcode_file"), QString()}, {key("print_type"), QStringLiteral("idle")},
        {key("ams"),
            QJsonObject {{key("tray_now"), QStringLiteral("255")}, {key("tray_tar"), QStringLiteral("255")},
                {key("tray_pre"), QStringLiteral("255")}}}});
}

void PrinterSimulator::failJob()
{
    publishDelta({{key("gcode_state"), QStringLiteral("FAILED")}, {key("print_error"), 50348044}});
}

bool PrinterSimulator::runCommand(const QString &line, QString *error)
{
    const QStringList words = line.simplified().split(u' ');
    const QString command = words.value(0);
    auto number = [&](int index, int *out) {
        bool ok = false;
        *out = words.value(index).toInt(&ok);
        if (!ok)
            *error = QStringLiteral("\"%1\": argument %2 must be a number").arg(line).arg(index);
        return ok;
    };
    int unit = 0;
    int slot = 0;
    if (command == QLatin1String("insert")) {
        if (words.size() < 5 || !number(1, &unit) || !number(2, &slot)) {
            if (error->isEmpty())
                *error = QStringLiteral("usage: insert <unit> <slot> <type> <RRGGBBAA> [tray_uuid] [remain]");
            return false;
        }
        insertSpool(unit, slot, words.at(3), words.at(4), words.value(5), words.value(6, QStringLiteral("-1")).toInt());
    } else if (command == QLatin1String("remove")) {
        if (words.size() < 3 || !number(1, &unit) || !number(2, &slot)) {
            if (error->isEmpty())
                *error = QStringLiteral("usage: remove <unit> <slot>");
            return false;
        }
        removeSpool(unit, slot);
    } else if (command == QLatin1String("start")) {
        QList<int> trays;
        for (const QString &tray : words.value(2, QStringLiteral("0")).split(u',', Qt::SkipEmptyParts))
            trays.append(tray.toInt());
        startJob(words.value(1, QStringLiteral("job")), trays);
    } else if (command == QLatin1String("progress")) {
        if (!number(1, &unit))
            return false;
        setProgress(unit);
    } else if (command == QLatin1String("finish")) {
        finishJob();
    } else if (command == QLatin1String("fail")) {
        failJob();
    } else if (command == QLatin1String("pushall")) {
        publishFullReport();
    } else if (command == QLatin1String("delta")) {
        const QJsonObject delta = QJsonDocument::fromJson(line.section(u' ', 1).toUtf8()).object();
        if (delta.isEmpty()) {
            *error = QStringLiteral("usage: delta {\"json\":\"object for print\"}");
            return false;
        }
        publishDelta(delta);
    } else {
        *error = QStringLiteral("unknown command \"%1\"").arg(line);
        return false;
    }
    return true;
}

} // namespace Spoolbridge::Sim
