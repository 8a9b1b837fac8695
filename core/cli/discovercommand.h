#pragma once

#include "core/cli/clicommand.h"

namespace Spoolbridge::Cli {

// spoolbridge-cli discover: listens for printer announcements on the LAN, prints them as JSON.
int runDiscover(const QStringList &args, CommandIo &io);

} // namespace Spoolbridge::Cli
