#include "core/cli/commandtable.h"

#include "core/cli/discovercommand.h"
#include "core/cli/inspectcommand.h"
#include "core/cli/printercheckcommand.h"
#include "core/cli/runcommand.h"
#include "core/cli/settingscommand.h"
#include "core/cli/spoolmancommand.h"
#include "core/cli/statuscommand.h"
#include "core/cli/synccommand.h"
#include "core/cli/usagecommand.h"

#include <QCoreApplication>

namespace Spoolbridge::Cli {

namespace {

void printUsage(QTextStream &stream)
{
    stream << "Usage: spoolbridge-cli <command> [options]\n\n"
           << "Keeps Bambu Lab AMS slots and a Spoolman inventory in sync, without a desktop.\n\n"
           << "Commands:\n";
    for (const CliCommand &command : commands())
        stream << "  " << command.name.leftJustified(15) << command.summary << '\n';
    stream << "\nGeneral options:\n"
           << "  -h, --help     Show this help (or a command's help: spoolbridge-cli <command> --help)\n"
           << "  -v, --version  Show the version\n";
}

} // namespace

const QList<CliCommand> &commands()
{
    // Sub-commands register here, one line each.
    static const QList<CliCommand> table = {
        // printer side
        {QStringLiteral("inspect"), QStringLiteral("Show the printer state derived from recorded MQTT payloads"),
            &runInspect},
        {QStringLiteral("discover"), QStringLiteral("List Bambu printers announcing themselves on the LAN"),
            &runDiscover},
        {QStringLiteral("printer-check"), QStringLiteral("Connect to one printer over LAN MQTT and report the outcome"),
            &runPrinterCheck},
        // Spoolman side
        {QStringLiteral("spoolman"), QStringLiteral("Test a Spoolman connection (spoolman test --url URL)"),
            &runSpoolmanCommand},
        // sync and usage
        {QStringLiteral("run"), QStringLiteral("Run headless: sync every printer until stopped (the daemon)"),
            &runDaemon},
        {QStringLiteral("status"), QStringLiteral("Show printers, last sync and pending usage (status --json)"),
            &runStatus},
        {QStringLiteral("sync"), QStringLiteral("Sync one printer's AMS slots with Spoolman once (sync --once …)"),
            &runSync},
        usageCommand(),
        ledgerAliasCommand(),
        // configuration
        {QStringLiteral("settings"), QStringLiteral("Show, change, export or import the settings"),
            &runSettingsCommand},
        {QStringLiteral("secrets"), QStringLiteral("Store or check access codes and passwords"), &runSecretsCommand},
    };
    return table;
}

int runCli(const QStringList &arguments, CommandIo &io)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        printUsage(io.err);
        return 2;
    }
    const QString &first = args.first();
    if (first == QLatin1String("-h") || first == QLatin1String("--help") || first == QLatin1String("help")) {
        printUsage(io.out);
        return 0;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        io.out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    for (const CliCommand &command : commands()) {
        if (command.name == first)
            return command.run(args.mid(1), io);
    }
    io.err << "spoolbridge-cli: unknown command \"" << first << "\". Run spoolbridge-cli --help for the list.\n";
    return 2;
}

} // namespace Spoolbridge::Cli
