#pragma once

#include "core/sync/sliceinfo.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Spoolbridge {

// Reads the slicer's per-plate filament estimates from a Bambu 3MF (a zip archive holding
// Metadata/slice_info.config). Every failure comes back as one readable sentence.
class SliceInfoReader
{
    Q_DECLARE_TR_FUNCTIONS(SliceInfoReader)

public:
    struct Result {
        bool ok = false;
        QString error; // empty when ok
        SliceInfo info;
    };
    struct PlateResult {
        bool ok = false;
        QString error;
        SlicePlate plate;
    };

    static constexpr const char *EntryName = "Metadata/slice_info.config";

    // A 3MF file on disk.
    static Result readFile(const QString &path);
    // A 3MF held in memory.
    static Result readArchive(const QByteArray &zipBytes);
    // The raw XML of slice_info.config.
    static Result parseXml(const QByteArray &xml);

    // The plate number a job's gcode file names ("Metadata/plate_3.gcode" → 3), or 0.
    static int plateIndexFromGcodeFile(const QString &gcodeFile);

    // Picks the printed plate: `plateIndex` when > 0, else the one named by `gcodeFile`, else the
    // only plate. Fails when the plate is missing or several plates remain possible.
    static PlateResult selectPlate(const SliceInfo &info, const QString &gcodeFile, int plateIndex = 0);
};

} // namespace Spoolbridge
