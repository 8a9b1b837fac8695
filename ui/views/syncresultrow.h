#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Spoolbridge::Ui {

// One sync run of one printer, as the Sync results view shows it.
struct SyncResultRow {
    struct Skipped {
        QString location; // "AMS A Slot 1", "External"
        QString colorHex; // RRGGBB[AA]; may be empty
        QString reason; // "Not a Bambu Lab spool (no RFID tag)."
    };

    QString printerName;
    QDateTime time;
    int synced = 0;
    int created = 0;
    QList<Skipped> skipped;
    QStringList errors;
};

} // namespace Spoolbridge::Ui
