#pragma once

#include "core/printer/printerstate.h"
#include "core/printer/reportmerger.h"

namespace Spoolbridge {

// Turns the merged report tree into the typed PrinterState. Each part can be derived on its
// own so that a delta only costs what it touched.
class StateDeriver
{
public:
    // Printer model name/code and firmware from get_version, else the serial prefix, else the
    // report's shape.
    static void deriveModel(const ReportMerger &merger, PrinterState &state);
    // Units, slots, external spools, tray_now/tar/pre, extruders and active slots.
    // `staleTrays` receives (unit, slot) of trays whose exist bit says "empty" while the tree
    // still holds a spool's fields (BD apply_tray_exist_bits): the caller wipes them so that a
    // re-inserted spool never shows the previous spool's identity.
    static void deriveAms(
        const ReportMerger &merger, PrinterState &state, QList<QPair<int, int>> *staleTrays = nullptr);
    // The raw job fields (JobTracker adds identity, start time and the resolved mapping).
    static void deriveJob(const JsonNode &print, JobInfo &job);

    // Decodes a device.extruder snow/spre/star value (ams_id << 8 | slot) into a global tray id;
    // -1 for "none". A2L unit 16 slots map to their local slot (like its tray_now).
    static int globalIdFromSnow(qint64 snow);
    // Model display name for a serial number's prefix ("00M…" → "X1 Carbon"); empty if unknown.
    static QString modelFromSerial(const QString &serial);
};

} // namespace Spoolbridge
