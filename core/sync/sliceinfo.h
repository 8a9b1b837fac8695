#pragma once

#include <QList>
#include <QString>

namespace Spoolbridge {

// One filament of a plate in Metadata/slice_info.config of a Bambu 3MF.
struct SliceFilament {
    int id = 0; // slicer filament number, 1-based
    QString trayInfoIdx; // preset id, e.g. "GFA00"
    QString type; // "PLA", "PETG", …
    QString color; // as written by the slicer, e.g. "#FFFFFF"
    double usedMeters = 0;
    double usedGrams = 0;
};

// One plate: what the slicer predicted for it.
struct SlicePlate {
    int index = 0; // 1-based plate number
    int predictionSeconds = 0;
    double weightGrams = 0; // total weight the slicer reports for the plate
    QList<SliceFilament> filaments;

    double totalFilamentGrams() const
    {
        double sum = 0;
        for (const SliceFilament &filament : filaments)
            sum += filament.usedGrams;
        return sum;
    }
};

struct SliceInfo {
    QList<SlicePlate> plates;

    const SlicePlate *plate(int index) const
    {
        for (const SlicePlate &candidate : plates) {
            if (candidate.index == index)
                return &candidate;
        }
        return nullptr;
    }
};

} // namespace Spoolbridge
