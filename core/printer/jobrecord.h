#pragma once

#include "core/printer/printerstate.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Spoolbridge {

// Where a job's filament mapping came from.
enum class MappingSource {
    None,
    Report, // print.mapping[] (snow-encoded, newer firmware)
    ProjectFileEcho, // ams_mapping of the project_file command echo
    TrayHistory, // trays in the order they were first loaded (not per slicer filament!)
};

// One slot the job used, as it was at the start and at the end of the job.
struct JobSlotUsage {
    int globalId = -1;
    int unitId = -1;
    int slotIndex = 0;
    QString trayUuid;
    QString tagUid;
    QString material;
    QString color;
    std::optional<int> remainAtStart;
    std::optional<int> remainAtEnd;
};

// A change of the slot feeding an extruder while the job ran (loads, unloads, auto-refill).
struct ActiveSlotChange {
    QDateTime at;
    Extruder extruder = Extruder::Right; // single-nozzle printers report Right
    int globalId = -1; // -1 = nothing loaded
};

// Everything usage accounting needs about one print job.
struct JobRecord {
    QString key; // identity: "task:<task_id>/<subtask_id>" or "lan:<name>|<gcode_file>|<start ISO>"
    QString name;
    QString gcodeFile;
    QString taskId;
    QString subtaskId;
    QString projectId;
    QString printType;
    bool observedFromStart = true; // false when first seen already running (app started mid-job)
    JobState endState = JobState::Unknown; // Finish, Failed, or Unknown (job vanished)
    QList<int> mapping; // per slicer filament: global tray id, -1 unmapped
    MappingSource mappingSource = MappingSource::None;
    QList<JobSlotUsage> slotsUsed; // every slot in the mapping or the active-slot history
    QList<ActiveSlotChange> activeHistory;
    int lastProgress = 0; // last non-zero mc_percent
    int lastLayer = 0; // last non-zero layer_num
    int totalLayers = 0;
    QDateTime startedAt;
    QDateTime endedAt;

    // The global ids loaded in order (unloads left out), e.g. 3,0,3,0,1,2.
    QList<int> loads() const;
    // Distinct loaded global ids in order of first use.
    QList<int> traysUsed() const;
};

QString mappingSourceKey(MappingSource source); // "report", "project_file", "tray_history", "none"

} // namespace Spoolbridge

Q_DECLARE_METATYPE(Spoolbridge::JobRecord)
