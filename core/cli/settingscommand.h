#pragma once

#include "core/cli/clicommand.h"

namespace Spoolbridge::Cli {

// spoolbridge-cli settings: show, change, export and import the configuration.
int runSettingsCommand(const QStringList &args, CommandIo &io);
// spoolbridge-cli secrets: store, remove and check secrets in the chosen secret store.
int runSecretsCommand(const QStringList &args, CommandIo &io);

} // namespace Spoolbridge::Cli
