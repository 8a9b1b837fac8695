#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace Spoolbridge::Cli {

// Where a command writes: results on out (JSON for machine-readable commands), human
// messages on err. Commands never call exit(); they return the process exit code.
struct CommandIo {
    QTextStream &out;
    QTextStream &err;
};

// One sub-command of spoolbridge-cli. `run` gets the arguments after the command name and may
// spin its own event loop for asynchronous work (the CLI has no other loop running).
struct CliCommand {
    QString name; // "inspect", "spoolman", "sync", …
    QString summary; // one line for --help
    int (*run)(const QStringList &args, CommandIo &io);
};

} // namespace Spoolbridge::Cli
