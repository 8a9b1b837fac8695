#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Spoolbridge {

// A spool the sync created (or tagged) in Spoolman.
struct SyncCreatedSpool {
    int spoolId = 0;
    int unitId = 0;
    int slotIndex = 0;
    QString location;
    QString tag;
    QString filament; // "Bambu Lab PLA Basic Black"
    bool attached = false; // an existing untagged spool got the tag instead of a new one
};

// An existing untagged spool that could be the new RFID spool.
struct SyncCandidateSpool {
    int spoolId = 0;
    QString name;
    double remainingWeight = 0;
    bool unused = false;
};

// A slot whose RFID spool has no match but untagged stock of the same material and colour.
struct SyncCandidates {
    int unitId = 0;
    int slotIndex = 0;
    QString location;
    QString color; // RRGGBB
    QString tag;
    QList<SyncCandidateSpool> spools; // best first
};

// A slot that was not synced, with the reason shown to people.
struct SyncSkipped {
    int unitId = 0;
    int slotIndex = 0;
    QString location; // "Workshop X1C - AMS A Slot 1"
    QString color; // RRGGBB, empty when unknown
    QString reason;
};

// The outcome of one sync of one printer.
struct SyncResult {
    QString printer; // display name
    QString serial;
    bool full = false; // every slot was looked at (not only the changed ones)
    int synced = 0; // occupied slots that are linked to a Spoolman spool and up to date
    QList<SyncCreatedSpool> created;
    QList<SyncCandidates> candidates;
    QList<SyncSkipped> skipped;
    QStringList errors; // one readable sentence each
    QDateTime startedAt;
    QDateTime finishedAt;

    bool ok() const { return errors.isEmpty(); }
    QJsonObject toJson() const;
};

} // namespace Spoolbridge
