#pragma once

#include "core/cli/clicommand.h"

namespace Spoolbridge::Cli {

// spoolbridge-cli status [--config FILE] [--data-dir DIR] [--json]: printers, connection, last
// sync and pending usage-ledger entries, from the running app's status file and the ledger.
int runStatus(const QStringList &args, CommandIo &io);

} // namespace Spoolbridge::Cli
