#pragma once

#include <QString>

namespace Spoolbridge {

enum class SyncMode {
    Auto, // on every AMS change (debounced) and on job end
    Manual, // only when asked
};

enum class WeightSource {
    PerPrintUsage, // Spoolman weight changes only through the usage ledger's relative /use
    AmsEstimate, // RFID spools follow the AMS remain % (downwards only, ≥ 1 % steps)
};

// How one printer's sync engine behaves. Plain value; the settings module maps it to QSettings.
struct EngineSettings {
    SyncMode mode = SyncMode::Auto;
    bool autoCreate = true; // create vendor/filament/spool for unknown Bambu RFID spools
    bool autoAttach = true; // tag the single untagged spool of the same material and colour
    WeightSource weightSource = WeightSource::PerPrintUsage;
    bool writeLocations = true;
    QString locationTemplate = QStringLiteral("{printer} - AMS {unit} Slot {slot}");
    QString externalLocationTemplate = QStringLiteral("{printer} - {unit}");
    QString homeLocation; // set on a removed spool we placed; empty = clear the location
    double lowStockThresholdG = 100; // global threshold; 0 = no alerts
    int debounceMs = 1500; // wait for the AMS to settle before an automatic sync
    // A manual link of a slot ends only once the slot has been empty this long (a single empty
    // report while the AMS reads or right after a reconnect is not an unload).
    int manualLinkGraceMs = 20000;
    int retryInitialMs = 5000; // Spoolman unreachable: first retry
    int retryMaxMs = 5 * 60 * 1000;

    static QString syncModeKey(SyncMode mode); // "auto", "manual"
    static SyncMode syncModeFromKey(const QString &key);
    static QString weightSourceKey(WeightSource source); // "usage", "ams"
    static WeightSource weightSourceFromKey(const QString &key);
};

} // namespace Spoolbridge
