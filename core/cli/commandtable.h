#pragma once

#include "core/cli/clicommand.h"

#include <QList>

namespace Spoolbridge::Cli {

// Every sub-command of spoolbridge-cli, in the order --help lists them.
const QList<CliCommand> &commands();

// Runs spoolbridge-cli with its full argument list (argv[0] first); returns the exit code.
int runCli(const QStringList &arguments, CommandIo &io);

} // namespace Spoolbridge::Cli
