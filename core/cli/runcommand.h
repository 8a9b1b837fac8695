#pragma once

#include "core/cli/clicommand.h"

namespace Spoolbridge::Cli {

// spoolbridge-cli run [--config FILE] [--demo]: the headless daemon. Runs the application core
// (automatic sync, usage tracking) until SIGTERM or SIGINT, logging to stderr; exit code 0 after
// a clean stop.
int runDaemon(const QStringList &args, CommandIo &io);

} // namespace Spoolbridge::Cli
