#pragma once

#include "core/standin/standinstore.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace Spoolbridge::Standin::Entities {

// Current time as entities carry it ("2026-11-22T03:47:01Z") and as websocket events carry it
// (with microseconds).
QString nowString();
QString eventDateString();

// Length in mm of `weight` grams of filament, and the reverse, as Spoolman computes them.
double lengthFromWeight(double weight, double diameter, double density);
double weightFromLength(double length, double diameter, double density);

// The API view of stored rows: nested vendor/filament objects, computed weights and lengths.
// `filamentCache` (optional) keeps rendered filaments while rendering many spools.
QJsonObject renderVendor(const QJsonObject &row);
QJsonObject renderFilament(const StandinStore &store, const QJsonObject &row);
QJsonObject renderSpool(
    const StandinStore &store, const QJsonObject &row, QHash<qint64, QJsonObject> *filamentCache = nullptr);

// Merges an extra patch into existing extras: a null value removes the key.
QJsonObject mergeExtra(QJsonObject extra, const QJsonObject &patch);

} // namespace Spoolbridge::Standin::Entities
