#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Spoolbridge::Test {

// A realistic Bambu Studio slice_info.config: plate 1 (two filaments) and plate 2 (three
// filaments, one of them unused on that plate).
QByteArray sampleSliceInfo();

// Writes a zip (3MF) with the given entries; returns false on failure.
bool writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &entries);

// A 3MF as the slicer sends it: content types, a model stub, plate G-code and slice_info.config.
bool writeSample3mf(const QString &path, const QByteArray &sliceInfo = sampleSliceInfo());

} // namespace Spoolbridge::Test
