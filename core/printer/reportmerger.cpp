#include "core/printer/reportmerger.h"

#include "core/printer/jsonparser.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Spoolbridge {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Spoolbridge::ReportMerger", text);
}

bool isKeyedArray(std::string_view key, std::string_view parentKey)
{
    if (key == "ams" || key == "tray" || key == "vir_slot")
        return true;
    return key == "info" && (parentKey == "extruder" || parentKey == "nozzle");
}

// Root keys whose change affects the derived job or units. Dispatch on the length first: it
// rejects most of the ~100 root keys at once, and comparisons with a known length are inlined.
void markRootKey(std::string_view key, MergeResult &result)
{
    bool ams = false;
    bool job = false;
    switch (key.size()) {
    case 3:
        ams = key == "ams";
        break;
    case 6:
        ams = key == "device";
        break;
    case 7:
        ams = key == "vt_tray";
        job = key == "task_id" || key == "mapping";
        break;
    case 8:
        ams = key == "vir_slot";
        break;
    case 9:
        job = key == "layer_num";
        break;
    case 10:
        job = key == "gcode_file" || key == "subtask_id" || key == "project_id" || key == "print_type"
            || key == "mc_percent";
        break;
    case 11:
        job = key == "gcode_state";
        break;
    case 12:
        job = key == "subtask_name";
        break;
    case 15:
        job = key == "total_layer_num";
        break;
    case 17:
        job = key == "mc_remaining_time";
        break;
    default:
        break;
    }
    result.amsDirty = result.amsDirty || ams;
    result.jobDirty = result.jobDirty || job;
}

bool mergeNode(JsonNode &target, JsonNode &&delta, std::string_view key, std::string_view parentKey);

bool mergeObject(JsonNode &target, JsonNode &&delta, std::string_view selfKey, MergeResult *rootResult)
{
    if (target.members.empty()) {
        // Nothing to merge with (a first report without msg 0): take the members over whole.
        if (rootResult) {
            for (const JsonMember &member : delta.members)
                markRootKey(member.key, *rootResult);
        }
        target.members = std::move(delta.members);
        return !target.members.empty();
    }
    bool changed = false;
    for (JsonMember &incoming : delta.members) {
        JsonNode *existing = target.find(incoming.key);
        if (!existing) {
            target.members.emplace_back(std::move(incoming.key), std::move(incoming.value));
            if (rootResult)
                markRootKey(target.members.back().key, *rootResult);
            changed = true;
            continue;
        }
        const bool memberChanged = mergeNode(*existing, std::move(incoming.value), incoming.key, selfKey);
        if (memberChanged && rootResult)
            markRootKey(incoming.key, *rootResult);
        changed = changed || memberChanged;
    }
    return changed;
}

bool mergeKeyedArray(JsonNode &target, JsonNode &&delta, std::string_view key)
{
    bool changed = false;
    for (size_t index = 0; index < delta.items.size(); ++index) {
        JsonNode &incoming = delta.items[index];
        const JsonNode *idNode = incoming.isObject() ? incoming.find("id") : nullptr;
        JsonNode *match = nullptr;
        if (idNode) {
            const std::string id = idNode->idKey();
            for (JsonNode &candidate : target.items) {
                const JsonNode *candidateId = candidate.isObject() ? candidate.find("id") : nullptr;
                if (candidateId && candidateId->idKey() == id) {
                    match = &candidate;
                    break;
                }
            }
        } else if (index < target.items.size()) {
            match = &target.items[index]; // no id: positional
        }
        if (match) {
            changed = mergeNode(*match, std::move(incoming), std::string_view(), key) || changed;
        } else {
            target.items.push_back(std::move(incoming));
            changed = true;
        }
    }
    return changed;
}

bool mergeNode(JsonNode &target, JsonNode &&delta, std::string_view key, std::string_view parentKey)
{
    if (delta.isObject() && target.isObject())
        return mergeObject(target, std::move(delta), key, nullptr);
    if (delta.isArray() && target.isArray() && isKeyedArray(key, parentKey))
        return mergeKeyedArray(target, std::move(delta), key);
    if (target == delta)
        return false;
    target = std::move(delta);
    return true;
}

} // namespace

MergeResult ReportMerger::ingest(const QByteArray &payload)
{
    JsonNode document;
    QString error;
    qsizetype offset = 0;
    if (!JsonParser::parse(payload.constData(), payload.constData() + payload.size(), document, &error, &offset)) {
        MergeResult result;
        result.kind = MergeResult::Kind::Error;
        result.error
            = tr("The printer message is not valid JSON (%1 at byte %2); it was ignored.").arg(error).arg(offset);
        return result;
    }
    return apply(std::move(document));
}

MergeResult ReportMerger::ingest(const QJsonObject &payload)
{
    return apply(JsonNode::fromJsonValue(payload));
}

MergeResult ReportMerger::ingest(JsonNode &&document)
{
    return apply(std::move(document));
}

MergeResult ReportMerger::apply(JsonNode &&document)
{
    MergeResult result;
    if (!document.isObject()) {
        result.kind = MergeResult::Kind::Error;
        result.error = tr("The printer message is JSON but not an object; it was ignored.");
        return result;
    }
    JsonNode *print = document.find("print");
    JsonNode *info = document.find("info");
    if (print && !print->isObject()) {
        result.kind = MergeResult::Kind::Error;
        result.error = tr("The printer message has a \"print\" entry that is not an object; it was ignored.");
        return result;
    }
    if (info && !info->isObject()) {
        result.kind = MergeResult::Kind::Error;
        result.error = tr("The printer message has an \"info\" entry that is not an object; it was ignored.");
        return result;
    }
    if (print) {
        const JsonNode *command = print->find("command");
        const std::string_view commandText = command ? command->textView() : std::string_view();
        if (!command || commandText == "push_status") {
            const JsonNode *msg = print->find("msg");
            const bool full = msg && msg->toInt() == 0;
            result.kind = full ? MergeResult::Kind::FullReport : MergeResult::Kind::DeltaReport;
            mergeReport(std::move(*print), full, result);
        } else if (commandText == "project_file") {
            result.kind = MergeResult::Kind::ProjectFileEcho;
            m_projectFile = std::move(*print);
            ++m_projectFileCount;
            result.jobDirty = true;
        }
    }
    if (info) {
        const JsonNode *command = info->find("command");
        const JsonNode *modules = info->find("module");
        if (command && command->textView() == "get_version" && modules && modules->isArray()) {
            if (*info != m_version) {
                m_version = std::move(*info);
                result.modelDirty = true;
                result.amsDirty = true;
            }
            if (result.kind == MergeResult::Kind::Ignored)
                result.kind = MergeResult::Kind::VersionInfo;
        }
    }
    return result;
}

void ReportMerger::mergeReport(JsonNode &&report, bool full, MergeResult &result)
{
    if (!m_print.isObject()) {
        m_print = JsonNode();
        m_print.type = JsonNode::Type::Object;
    }
    if (!full) {
        mergeObject(m_print, std::move(report), std::string_view(), &result);
        return;
    }
    // A full report replaces the tree; compare key by key to know what changed.
    for (const JsonMember &member : report.members) {
        const JsonNode *old = m_print.find(member.key);
        if (!old || *old != member.value)
            markRootKey(member.key, result);
    }
    for (const JsonMember &member : m_print.members) {
        if (!report.find(member.key))
            markRootKey(member.key, result);
    }
    m_print = std::move(report);
    // The tree is kept until the next full report (minutes): without the parser's spare room it
    // takes about a third less memory.
    m_print.shrinkToFit();
}

void ReportMerger::clearTray(int unitId, int slotIndex)
{
    JsonNode *ams = m_print.find("ams");
    JsonNode *units = ams ? ams->find("ams") : nullptr;
    if (!units || !units->isArray())
        return;
    for (JsonNode &unit : units->items) {
        const JsonNode *id = unit.find("id");
        JsonNode *trays = unit.find("tray");
        if (!id || id->toInt() != unitId || !trays || !trays->isArray())
            continue;
        for (JsonNode &tray : trays->items) {
            const JsonNode *trayId = tray.find("id");
            if (!trayId || trayId->toInt() != slotIndex)
                continue;
            JsonNode::Members kept;
            for (JsonMember &member : tray.members) {
                if (member.key == "id" || member.key == "state")
                    kept.push_back(std::move(member));
            }
            tray.members = std::move(kept);
        }
    }
}

QJsonObject ReportMerger::printTree() const
{
    return m_print.toJsonValue().toObject();
}

void ReportMerger::clear()
{
    m_print = JsonNode();
    m_version = JsonNode();
    m_projectFile = JsonNode();
    m_projectFileCount = 0;
}

} // namespace Spoolbridge
