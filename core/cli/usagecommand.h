#pragma once

#include "core/cli/clicommand.h"

namespace Spoolbridge::Cli {

// spoolbridge-cli usage: list, undo, resolve and discard usage-ledger entries; show a 3MF's plates.
CliCommand usageCommand();
// spoolbridge-cli ledger: the former name of `usage`, kept working with a deprecation line on
// stderr (`ledger list` still prints the table, `ledger list --json` JSON).
CliCommand ledgerAliasCommand();

} // namespace Spoolbridge::Cli
