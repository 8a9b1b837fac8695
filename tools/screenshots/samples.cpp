#include "samples.h"

#include "fixturestate.h"

#include <QCoreApplication>

namespace Spoolbridge::Screenshots {

using Ui::SlotKey;
using Ui::SlotLinkInfo;

SlotLinkInfo linked(int spoolId, double remainingG)
{
    SlotLinkInfo info;
    info.state = SlotLinkInfo::Linked;
    info.spoolId = spoolId;
    info.remainingG = remainingG;
    info.spoolmanUrl = kSpoolmanUrl;
    info.vendor = QStringLiteral("Bambu Lab");
    return info;
}

SlotLinkInfo unlinked(bool spoolsAvailable)
{
    SlotLinkInfo info;
    info.state = SlotLinkInfo::Unlinked;
    info.spoolmanUrl = kSpoolmanUrl;
    info.unlinkedSpoolsAvailable = spoolsAvailable;
    return info;
}

SlotLinkInfo skipped(const QString &reason)
{
    SlotLinkInfo info;
    info.state = SlotLinkInfo::Skipped;
    info.spoolmanUrl = kSpoolmanUrl;
    info.skipReason = reason;
    info.unlinkedSpoolsAvailable = true;
    return info;
}

QList<SamplePrinter> samplePrinters(const QString &dir)
{
    const QString thirdParty = QCoreApplication::translate(
        "Screenshots", "Not a Bambu Lab spool (no RFID tag): link it to a Spoolman spool by hand or add it.");
    QList<SamplePrinter> printers;

    SamplePrinter h2d;
    h2d.id = QStringLiteral("h2d-farm");
    h2d.name = QStringLiteral("H2D Farm 1");
    h2d.state = stateFromFixture(
        dir + QStringLiteral("/h2d-pushall-2ams2pro-printing-left-right.json"), QStringLiteral("H2D"), true);
    int id = 40;
    for (const AmsUnit &unit : std::as_const(h2d.state.units)) {
        for (const Slot &slot : unit.slots)
            h2d.links.insert({unit.id, slot.slotIndex}, linked(id++, 10.0 * slot.remainPercent.value_or(50) - 3));
    }
    h2d.links.insert({0, 2}, unlinked(true));
    printers << h2d;

    SamplePrinter x1c;
    x1c.id = QStringLiteral("workshop-x1c");
    x1c.name = QStringLiteral("Workshop X1C");
    x1c.state = stateFromFixture(
        dir + QStringLiteral("/x1c-pushall-2ams-ams2pro-amsht.json"), QStringLiteral("X1 Carbon"), false);
    id = 12;
    for (const AmsUnit &unit : std::as_const(x1c.state.units)) {
        for (const Slot &slot : unit.slots) {
            if (slot.present)
                x1c.links.insert({unit.id, slot.slotIndex}, linked(id++, 10.0 * slot.remainPercent.value_or(50) - 8));
        }
    }
    x1c.links.insert({0, 2}, unlinked(true));
    x1c.links.insert({1, 1}, unlinked(false));
    printers << x1c;

    SamplePrinter p1p;
    p1p.id = QStringLiteral("garage-p1p");
    p1p.name = QStringLiteral("Garage P1P");
    p1p.state = stateFromFixture(
        dir + QStringLiteral("/p1p-pushall-ams-thirdparty-failed.json"), QStringLiteral("P1P"), false);
    for (const AmsUnit &unit : std::as_const(p1p.state.units)) {
        for (const Slot &slot : unit.slots)
            p1p.links.insert({unit.id, slot.slotIndex}, skipped(thirdParty));
    }
    printers << p1p;

    SamplePrinter a1mini;
    a1mini.id = QStringLiteral("desk-a1mini");
    a1mini.name = QStringLiteral("Desk A1 mini");
    a1mini.state = stateFromFixture(
        dir + QStringLiteral("/a1mini-pushall-amslite-idle-rfid.json"), QStringLiteral("A1 mini"), false);
    a1mini.connection = Ui::ConnectionState::Connecting;
    printers << a1mini;

    SamplePrinter lab;
    lab.id = QStringLiteral("lab-h2d");
    lab.name = QStringLiteral("Lab H2D (6 units)");
    lab.state = stateFromFixture(
        dir + QStringLiteral("/h2d-pushall-6units-extspool-active-thirdparty.json"), QStringLiteral("H2D"), true);
    for (const AmsUnit &unit : std::as_const(lab.state.units)) {
        for (const Slot &slot : unit.slots) {
            if (slot.present)
                lab.links.insert({unit.id, slot.slotIndex},
                    slot.isBambuRfid ? linked(id++, 10.0 * slot.remainPercent.value_or(50)) : skipped(thirdParty));
        }
    }
    for (const Slot &slot : std::as_const(lab.state.external)) {
        if (slot.present)
            lab.links.insert({slot.unitId, 0}, unlinked(true));
    }
    printers << lab;

    SamplePrinter h2s;
    h2s.id = QStringLiteral("basement-h2s");
    h2s.name = QStringLiteral("Basement H2S");
    h2s.state = stateFromFixture(
        dir + QStringLiteral("/h2s-pushall-ams2pro-thirdparty-printing.json"), QStringLiteral("H2S"), false);
    h2s.connection = Ui::ConnectionState::Error;
    h2s.connectionMessage = QCoreApplication::translate(
        "Screenshots", "The printer refused the access code; enter it again in Settings.");
    printers << h2s;
    return printers;
}

} // namespace Spoolbridge::Screenshots
