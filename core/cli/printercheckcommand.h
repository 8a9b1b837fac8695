#pragma once

#include "core/cli/clicommand.h"

namespace Spoolbridge::Cli {

// spoolbridge-cli printer-check: connects to one printer over LAN MQTT and reports what happened.
int runPrinterCheck(const QStringList &args, CommandIo &io);

} // namespace Spoolbridge::Cli
