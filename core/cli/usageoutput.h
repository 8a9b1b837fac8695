#pragma once

#include "core/sync/ledgerentry.h"
#include "core/sync/sliceinfo.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QTextStream>

namespace Spoolbridge::Cli {

// What `spoolbridge-cli usage` prints.
// One ledger entry as JSON: every key always present (empty string or 0 when unset).
QJsonObject ledgerEntryJson(const LedgerEntry &entry);
// The entries as a table for people: id, state, grams, spool, method, job, and the last delivery
// error under an entry; a sentence when there are none.
void printLedgerTable(const QList<LedgerEntry> &entries, QTextStream &out);
// A sliced 3MF's plates with their filament estimates.
QJsonArray platesJson(const SliceInfo &info);

} // namespace Spoolbridge::Cli
