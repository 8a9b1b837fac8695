#pragma once

#include "core/cli/clicommand.h"

namespace Spoolbridge::Cli {

// spoolbridge-cli sync --once: connects to one printer over LAN MQTT, waits for its full report,
// syncs its AMS slots with Spoolman once and prints the SyncResult as JSON.
int runSync(const QStringList &args, CommandIo &io);

} // namespace Spoolbridge::Cli
