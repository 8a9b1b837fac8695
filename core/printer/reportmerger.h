#pragma once

#include "core/printer/jsonnode.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Spoolbridge {

// What one payload did to the merged state.
struct MergeResult {
    enum class Kind {
        Error, // not usable; nothing changed
        FullReport, // print.msg == 0: replaced the tree
        DeltaReport, // merged into the tree
        VersionInfo, // get_version reply (module list) stored
        ProjectFileEcho, // print.command == "project_file": stored for job mapping
        Ignored, // another command echo, a broker event, or a payload without print/info
    };
    Kind kind = Kind::Ignored;
    QString error; // one readable sentence when kind == Error
    // Which parts of the derived state may have changed.
    bool jobDirty = false;
    bool amsDirty = false;
    bool modelDirty = false;

    bool ok() const { return kind != Kind::Error; }
    bool anyDirty() const { return jobDirty || amsDirty || modelDirty; }
};

// Keeps the printer's report tree. Each `print` report is deep-merged: objects key by key,
// the id-keyed arrays (ams.ams[], tray[], vir_slot[], device.extruder.info[],
// device.nozzle.info[]) element by element, anything else replaced. A full report (msg 0)
// replaces the tree. get_version replies and project_file echoes are kept separately.
class ReportMerger
{
public:
    MergeResult ingest(const QByteArray &payload);
    MergeResult ingest(const QJsonObject &payload);
    MergeResult ingest(JsonNode &&document); // an already parsed payload

    const JsonNode &print() const { return m_print; }
    const JsonNode &versionInfo() const { return m_version; } // the `info` object, or Null
    const JsonNode &projectFileEcho() const { return m_projectFile; } // the echo's `print` object
    int projectFileEchoCount() const { return m_projectFileCount; }

    // Drops a tray's spool fields (keeps id and state) after its exist bit said "empty".
    void clearTray(int unitId, int slotIndex);

    QJsonObject printTree() const; // the merged tree as JSON (for diagnostics)
    void clear();

private:
    MergeResult apply(JsonNode &&document);
    void mergeReport(JsonNode &&report, bool full, MergeResult &result);

    JsonNode m_print;
    JsonNode m_version;
    JsonNode m_projectFile;
    int m_projectFileCount = 0;
};

} // namespace Spoolbridge
