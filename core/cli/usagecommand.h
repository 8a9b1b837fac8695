#pragma once

#include "core/cli/clicommand.h"

namespace Spoolbridge::Cli {

// spoolbridge-cli usage: list, undo, resolve and discard usage-ledger entries; show a 3MF's plates.
CliCommand usageCommand();

} // namespace Spoolbridge::Cli
