#pragma once

#include "core/cli/clicommand.h"

namespace Spoolbridge::Cli {

// spoolbridge-cli inspect FILE...: merges recorded printer payloads in order and prints the
// derived state as JSON (schema in docs/cli.md).
int runInspect(const QStringList &args, CommandIo &io);

} // namespace Spoolbridge::Cli
