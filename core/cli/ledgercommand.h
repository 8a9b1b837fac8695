#pragma once

#include "core/cli/clicommand.h"

namespace Spoolbridge::Cli {

// spoolbridge-cli ledger list [--json] | undo ID [--ledger DIR]: the usage ledger the sync engine
// writes at each job end.
int runLedger(const QStringList &args, CommandIo &io);

} // namespace Spoolbridge::Cli
