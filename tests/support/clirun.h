#pragma once

#include "core/cli/commandtable.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace Spoolbridge::Test {

// What one in-process spoolbridge-cli run printed, and its exit code.
struct CliResult {
    QString out;
    QString err;
    int code = -1;
};

// Runs `spoolbridge-cli <args…>` in this process (for tests that link sb_cli).
inline CliResult runCli(const QStringList &args)
{
    CliResult result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    Cli::CommandIo io {out, err};
    result.code = Cli::runCli(QStringList {QStringLiteral("spoolbridge-cli")} + args, io);
    out.flush();
    err.flush();
    return result;
}

} // namespace Spoolbridge::Test
