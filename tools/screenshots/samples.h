#pragma once

#include "core/printer/printerstate.h"
#include "ui/slotlinkinfo.h"

#include <QMap>
#include <QString>

namespace Spoolbridge::Screenshots {

// One sample printer for the screenshots: a state read from a real fixture, its connection,
// and link information as the sync layer would report it.
struct SamplePrinter {
    QString id;
    QString name;
    PrinterState state;
    Ui::ConnectionState connection = Ui::ConnectionState::Connected;
    QString connectionMessage;
    QMap<Ui::SlotKey, Ui::SlotLinkInfo> links;
};

inline const QString kSpoolmanUrl = QStringLiteral("http://spoolman.local:7912");

QList<SamplePrinter> samplePrinters(const QString &fixturesDir);

Ui::SlotLinkInfo linked(int spoolId, double remainingG);
Ui::SlotLinkInfo unlinked(bool spoolsAvailable);
Ui::SlotLinkInfo skipped(const QString &reason);

} // namespace Spoolbridge::Screenshots
