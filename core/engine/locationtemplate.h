#pragma once

#include "core/printer/printerstate.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Spoolbridge {

// What a location template is filled with for one slot.
struct LocationContext {
    QString printer; // the printer's display name
    QString serial;
    int unitId = 0; // 0-3 AMS, 16 A2L, 128-135 HT, 254/255 external
    int slotIndex = 0; // 0-based
    UnitType unitType = UnitType::Unknown;
    bool dualNozzle = false;

    bool isExternal() const { return unitId == TrayId::ExternalLeft || unitId == TrayId::ExternalRight; }
};

// Spoolman locations written for AMS slots, e.g. "{printer} - AMS {unit} Slot {slot}" →
// "Workshop X1C - AMS A Slot 1". Placeholders: {printer}, {serial}, {unit} (A–D, "HT-A",
// "External", "External L"/"External R"), {slot} (1-based), {unit_type} ("AMS", "AMS Lite",
// "AMS 2 Pro", "AMS HT", "External").
class LocationTemplate
{
    Q_DECLARE_TR_FUNCTIONS(LocationTemplate)

public:
    static constexpr int MaxLength = 64; // Spoolman's limit for a location

    static QStringList placeholders(); // "printer", "serial", "unit", "slot", "unit_type"
    // The unit as people name it: "A" for unit 0, "HT-A" for 128, "External L" for 254 on a
    // dual-nozzle printer, "External" on a single-nozzle one.
    static QString unitLabel(int unitId, bool dualNozzle);
    static QString unitTypeLabel(UnitType type, bool external);

    // Fills `text`; unknown placeholders are left as they are (validate() reports them).
    static QString render(const QString &text, const LocationContext &context);

    // Problems with a template, one readable sentence each (empty = fine): unknown placeholders,
    // unbalanced braces, nothing that tells slots apart, too long for Spoolman. The external
    // spool template needs only {unit}.
    static QStringList validate(const QString &text, bool externalTemplate = false);

    // For the settings page: the template applied to a sample slot, or the first problem.
    struct Preview {
        bool ok = false;
        QString text; // the rendered location when ok
        QStringList problems;
    };
    static Preview preview(const QString &text, const LocationContext &sample);
    static Preview preview(const QString &text) { return preview(text, sampleContext()); }
    // A sample slot for previews: "Workshop X1C", AMS unit 0, slot 1.
    static LocationContext sampleContext();
};

} // namespace Spoolbridge
