#pragma once

#include "core/cli/clicommand.h"

namespace Spoolbridge::Cli {

// spoolbridge-cli spoolman test --url URL [--timeout S] [--header NAME:VALUE]
//   [--user U --password-file F] [--ca-file F] [--json]
// Prints the Test Connection result; exit 0 only when Spoolman is usable, 1 when not, 2 for
// bad arguments.
int runSpoolmanCommand(const QStringList &args, CommandIo &io);

} // namespace Spoolbridge::Cli
