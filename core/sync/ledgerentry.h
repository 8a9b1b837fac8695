#pragma once

#include <QDateTime>
#include <QString>

namespace Spoolbridge {

enum class LedgerState {
    Pending, // written locally, not yet confirmed in Spoolman
    Delivered, // applied to the spool exactly once
    Undone, // cancelled before it reached Spoolman, or compensated by an undo entry
    Attention, // needs a person: no spool, spool replaced or deleted, outcome in doubt
    Discarded, // a person decided not to charge it
};

QString ledgerStateName(LedgerState state);
LedgerState ledgerStateFromName(const QString &name);

// One usage entry of the ledger: grams charged to one spool for one job and slot.
struct LedgerEntry {
    qint64 id = 0;
    QString uid; // "<ledger instance>.<id>": the id written into the spool's marker
    QString jobKey;
    QString printerId;
    int slot = -1;
    QString trayUuid; // the spool's tag (RFID tray_uuid), empty for third-party spools
    int spoolId = 0; // Spoolman spool id, 0 until resolved from the tag
    QString spoolRegistered; // the spool's Spoolman "registered" time: detects a reused id
    QString spoolLabel;
    double grams = 0; // negative for undo entries
    QString method; // "3mf", "3mf_progress", "remain_delta", "undo", "manual"
    QString detail;
    QDateTime createdAt;
    LedgerState state = LedgerState::Pending;
    int attempts = 0;
    QString lastError;
    QDateTime nextAttemptAt;
    QDateTime deliveredAt;
    double appliedGrams = 0; // what Spoolman really applied (an undo can be clamped at 0 used)
    qint64 undoOf = 0; // for undo entries: the entry they compensate
    qint64 undoneBy = 0; // the undo entry that compensates this one
    bool freshIntent = false; // a person said the last attempt did not apply: ignore its intent
};

} // namespace Spoolbridge
