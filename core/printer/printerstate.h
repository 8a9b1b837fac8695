#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Typed printer state derived from the merged MQTT report tree. Plain value types: cheap to
// copy, comparable, no QObject. See docs/architecture.md and shared protocol notes.
namespace Spoolbridge {

enum class UnitType {
    Unknown,
    Ams, // "ams"
    AmsLite, // "ams_lite" (A1 / A1 mini / A2L unit 16)
    Ams2Pro, // "ams_2_pro" (N3F)
    AmsHt, // "ams_ht" (N3S, ids 128-135, one slot)
};

enum class Extruder {
    Unknown, // single-nozzle printers, or the unit reports "uninitialised"
    Right, // main
    Left, // deputy
};

// Global tray ids used by tray_now / tray_tar / tray_pre.
namespace TrayId {
constexpr int ExternalLeft = 254; // vir_slot "254" (deputy) or legacy vt_tray "254"
constexpr int ExternalRight = 255; // vir_slot "255" (main)
constexpr int None = 255; // as a tray_now value: nothing loaded
} // namespace TrayId

struct Slot {
    int unitId = 0; // 0-3 AMS, 16 A2L, 128-135 HT, 254/255 external
    int slotIndex = 0; // 0-3 inside the unit (0 for HT and external)
    int globalId = 0; // unit*4+slot for 0-3, the HT id, 254/255 external; A2L: slot (0-3)
    bool external = false;
    bool present = false;
    QString material; // tray_type, e.g. "PLA"
    QString profile; // tray_sub_brands, e.g. "PLA Matte"; falls back to material
    QString presetId; // tray_info_idx, e.g. "GFA00"
    QString trayIdName; // RFID material/colour code, e.g. "A01-D3"
    QString color; // RRGGBBAA, upper case; empty when unknown
    QStringList colors; // all colours of a multi-colour spool (RRGGBBAA)
    QString trayUuid; // 32 hex, empty when absent (all zeros on the wire)
    QString tagUid; // 16 hex, empty when absent
    bool isBambuRfid = false; // has a tray_uuid (or tag_uid)
    std::optional<int> remainPercent; // nullopt when unknown (third-party, AMS Lite)
    int labelWeightG = 0; // tray_weight, 0 = unknown
    double diameterMm = 0.0; // 0 = unknown
    std::optional<double> k; // pressure advance
    int nozzleTempMin = 0;
    int nozzleTempMax = 0;
    int state = -1; // raw tray state, -1 = not reported
    bool active = false; // currently feeding an extruder

    // The spool's stable identity: tray_uuid, else tag_uid, else empty.
    QString identity() const { return !trayUuid.isEmpty() ? trayUuid : tagUid; }
    // Field-by-field equality (implemented in printerstate.cpp).
    bool operator==(const Slot &other) const;
    bool operator!=(const Slot &other) const { return !(*this == other); }
};

// `slots` is also a Qt keyword macro (unless QT_NO_KEYWORDS is defined). The member keeps its
// name; the macro is suspended around the declaration. Code compiled with Qt keywords cannot
// write `unit.slots` and uses slotList() instead.
#pragma push_macro("slots")
#undef slots
struct AmsUnit {
    int id = 0;
    UnitType type = UnitType::Unknown;
    Extruder extruder = Extruder::Unknown; // which nozzle this unit feeds
    int humidityLevel = 0; // 1-5, 5 = driest; 0 = not reported
    std::optional<int> humidityPercent; // humidity_raw when reported and plausible
    std::optional<double> temperatureC; // nullopt when the unit has no sensor
    bool drying = false;
    int dryMinutesLeft = 0;
    QList<Slot> slots;
    const QList<Slot> &slotList() const { return slots; }
    QList<Slot> &slotList() { return slots; }

    bool operator==(const AmsUnit &other) const;
    bool operator!=(const AmsUnit &other) const { return !(*this == other); }
};

#pragma pop_macro("slots")

enum class JobState {
    Unknown,
    Idle,
    Prepare,
    Running,
    Pause,
    Finish,
    Failed,
};

struct JobInfo {
    JobState state = JobState::Unknown;
    QString gcodeState; // raw gcode_state
    QString name; // subtask_name
    QString gcodeFile;
    QString taskId; // "0" on LAN jobs
    QString subtaskId;
    QString projectId;
    QString printType; // local / cloud / idle
    int progressPercent = 0; // mc_percent (last non-zero value kept on cancel)
    int layer = 0;
    int totalLayers = 0;
    int remainingMinutes = 0;
    QList<int> mapping; // per slicer filament: global tray id, -1 unmapped
    QDateTime startedAt; // when the job moved to PREPARE/RUNNING (local clock)
    QString identity; // JobTracker key: "task:<task>/<subtask>" or "lan:<name>|<file>|<start>"

    bool operator==(const JobInfo &other) const;
    bool operator!=(const JobInfo &other) const { return !(*this == other); }
};

struct PrinterState {
    QString serial;
    QString modelName; // "X1 Carbon", "H2D", "A1 mini" … empty when unknown
    QString modelCode; // product/project code when known
    QString firmware;
    JobInfo job;
    QList<AmsUnit> units;
    QList<Slot> external; // external spools (254/255)
    int trayNow = TrayId::None;
    int trayTar = TrayId::None;
    int trayPre = TrayId::None;
    bool dualNozzle = false;
    int extruderCount = 0; // device.extruder entries (0 when the block is missing)
    int activeTrayRight = -1; // global tray id feeding each extruder, -1 none (single nozzle: Right)
    int activeTrayLeft = -1;

    const AmsUnit *unit(int id) const;
    const Slot *slot(int unitId, int slotIndex) const; // external: unitId 254/255
    const Slot *slotByGlobalId(int globalId) const; // nullptr when unknown
    bool operator==(const PrinterState &other) const;
    bool operator!=(const PrinterState &other) const { return !(*this == other); }
};

QString unitTypeKey(UnitType type); // "ams", "ams_lite", "ams_2_pro", "ams_ht", "unknown"
QString extruderKey(Extruder e); // "right", "left", "" for unknown
QString jobStateKey(JobState s); // "IDLE", …
JobState jobStateFromString(const QString &gcodeState); // SLICING/INIT count as PREPARE
bool isJobActive(JobState s); // PREPARE, RUNNING, PAUSE

} // namespace Spoolbridge
