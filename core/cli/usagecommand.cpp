#include "core/cli/usagecommand.h"

#include "core/cli/usageoutput.h"
#include "core/sync/sliceinforeader.h"
#include "core/sync/usageledger.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

namespace Spoolbridge::Cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Spoolbridge::Cli::UsageCommand)
};

const QStringList kStates {QStringLiteral("pending"), QStringLiteral("delivered"), QStringLiteral("undone"),
    QStringLiteral("attention"), QStringLiteral("discarded")};

QString help()
{
    return Text::tr("Usage: spoolbridge-cli usage <action> [options]\n\n"
                    "The usage ledger: the grams charged per print and spool, and whether Spoolman has them yet.\n"
                    "Changes stay local until the app or the daemon next reaches Spoolman.\n\n"
                    "Actions:\n"
                    "  list [--state S] [--table]  The entries, newest first, as JSON (--table: as a table);\n"
                    "                              S = pending, delivered, undone, attention or discarded\n"
                    "  undo <id>                   Give an entry's grams back: cancels an entry Spoolman never\n"
                    "                              saw, or records a compensating negative entry\n"
                    "  resolve <id> applied|again  An entry in doubt: it was already applied, or apply it again\n"
                    "  discard <id>                Do not charge an entry that needs attention\n"
                    "  plates <file.3mf>           The plates and filament estimates of a 3MF as JSON\n\n"
                    "Options:\n"
                    "  --ledger-dir <dir>          Ledger directory (default: the app data directory)\n"
                    "  -h, --help                  Show this help\n");
}

// Prints "spoolbridge-cli usage: <message>" on stderr and returns `code`.
int fail(CommandIo &io, const QString &message, int code)
{
    io.err << "spoolbridge-cli usage: " << message << '\n';
    return code;
}

int list(UsageLedger &ledger, const QString &state, bool table, CommandIo &io)
{
    QList<LedgerEntry> entries;
    for (const LedgerEntry &entry : ledger.entries()) {
        if (state.isEmpty() || ledgerStateName(entry.state) == state)
            entries.append(entry);
    }
    if (table) {
        printLedgerTable(entries, io.out);
        return 0;
    }
    QJsonArray array;
    for (const LedgerEntry &entry : entries)
        array.append(ledgerEntryJson(entry));
    io.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return 0;
}

int changeEntry(UsageLedger &ledger, const QString &action, qint64 id, const QString &how, CommandIo &io)
{
    QString error;
    if (action == QLatin1String("undo")) {
        const std::optional<qint64> compensation = ledger.undo(id, &error);
        if (!compensation)
            return fail(io, error, 1);
        if (*compensation == 0)
            io.out << Text::tr("Entry %1 was cancelled before it reached Spoolman.").arg(id) << '\n';
        else
            io.out << Text::tr("Entry %1 will be given back by entry %2 the next time Spoolbridge reaches Spoolman.")
                          .arg(id)
                          .arg(*compensation)
                   << '\n';
        return 0;
    }
    if (action == QLatin1String("resolve")) {
        const UsageLedger::Resolution resolution = how == QLatin1String("applied")
            ? UsageLedger::Resolution::AlreadyApplied
            : UsageLedger::Resolution::ApplyAgain;
        return ledger.resolve(id, resolution, &error) ? 0 : fail(io, error, 1);
    }
    return ledger.discard(id, &error) ? 0 : fail(io, error, 1);
}

int runUsage(const QStringList &args, CommandIo &io)
{
    QCommandLineParser parser;
    // --ledger and --json are the spellings of the former `ledger` command; JSON is the default.
    const QCommandLineOption dirOpt(
        {QStringLiteral("ledger-dir"), QStringLiteral("ledger")}, QString(), QStringLiteral("dir"));
    const QCommandLineOption stateOpt(QStringLiteral("state"), QString(), QStringLiteral("state"));
    const QCommandLineOption tableOpt(QStringLiteral("table"), QString());
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QString());
    const QCommandLineOption helpOpt({QStringLiteral("h"), QStringLiteral("help")}, QString());
    parser.addOptions({dirOpt, stateOpt, tableOpt, jsonOpt, helpOpt});
    if (!parser.parse(QStringList {QStringLiteral("usage")} + args)) {
        io.err << "spoolbridge-cli usage: " << parser.errorText() << "\n\n" << help();
        return 2;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(helpOpt) || positional.isEmpty()) {
        (parser.isSet(helpOpt) ? io.out : io.err) << help();
        return parser.isSet(helpOpt) ? 0 : 2;
    }
    const QString &action = positional.first();
    static const QStringList kActions {QStringLiteral("list"), QStringLiteral("undo"), QStringLiteral("resolve"),
        QStringLiteral("discard"), QStringLiteral("plates")};
    if (!kActions.contains(action)) {
        io.err << "spoolbridge-cli usage: "
               << Text::tr("unknown action \"%1\"; use list, undo, resolve, discard or plates.").arg(action) << "\n\n"
               << help();
        return 2;
    }
    if (parser.isSet(tableOpt) && parser.isSet(jsonOpt))
        return fail(io, Text::tr("choose either --table or --json."), 2);
    const QString state = parser.value(stateOpt);
    if (!state.isEmpty() && !kStates.contains(state))
        return fail(
            io, Text::tr("unknown state \"%1\"; use one of %2.").arg(state, kStates.join(QStringLiteral(", "))), 2);
    if (action == QLatin1String("plates")) {
        if (positional.size() != 2)
            return fail(io, Text::tr("plates: give one 3MF file."), 2);
        const SliceInfoReader::Result result = SliceInfoReader::readFile(positional.at(1));
        if (!result.ok)
            return fail(io, result.error, 1);
        io.out << QJsonDocument(platesJson(result.info)).toJson(QJsonDocument::Indented);
        return 0;
    }
    qint64 id = 0;
    const QString how = positional.value(2);
    if (action == QLatin1String("list")) {
        if (positional.size() != 1)
            return fail(io, Text::tr("list takes no arguments; filter with --state."), 2);
    } else {
        bool idOk = false;
        id = positional.value(1).toLongLong(&idOk);
        const int expected = action == QLatin1String("resolve") ? 3 : 2;
        if (!idOk || id <= 0 || positional.size() > expected)
            return fail(io, Text::tr("%1 needs one entry id (see spoolbridge-cli usage list).").arg(action), 2);
        if (action == QLatin1String("resolve") && how != QLatin1String("applied") && how != QLatin1String("again"))
            return fail(io, Text::tr("resolve: say \"applied\" or \"again\" after the entry id."), 2);
    }

    UsageLedger ledger;
    const QString dir = parser.isSet(dirOpt) ? parser.value(dirOpt) : UsageLedger::defaultDirectory();
    if (!ledger.open(dir))
        return fail(io, ledger.errorString(), 1);
    if (action == QLatin1String("list"))
        return list(ledger, state, parser.isSet(tableOpt), io);
    return changeEntry(ledger, action, id, how, io);
}

// The first argument that is neither an option nor an option's value.
QString firstPositional(const QStringList &args)
{
    static const QStringList kWithValue {
        QStringLiteral("--ledger"), QStringLiteral("--ledger-dir"), QStringLiteral("--state")};
    for (int i = 0; i < args.size(); ++i) {
        if (kWithValue.contains(args.at(i)))
            ++i;
        else if (!args.at(i).startsWith(QLatin1Char('-')))
            return args.at(i);
    }
    return QString();
}

// The former `ledger` command: `ledger list` printed a table and `ledger list --json` JSON; the
// rest is the same as `usage`. One line on stderr points to the new name.
int runLedgerAlias(const QStringList &args, CommandIo &io)
{
    io.err << Text::tr("spoolbridge-cli: \"ledger\" is now \"usage\" (spoolbridge-cli usage --help); the old name "
                       "will be removed in a later release.")
           << '\n';
    QStringList forwarded = args;
    const bool json = forwarded.removeAll(QStringLiteral("--json")) > 0;
    if (!json && firstPositional(forwarded) == QLatin1String("list"))
        forwarded.append(QStringLiteral("--table"));
    return runUsage(forwarded, io);
}

} // namespace

CliCommand usageCommand()
{
    return CliCommand {QStringLiteral("usage"),
        QStringLiteral("The usage ledger: list, undo, resolve or discard charged grams; a 3MF's plates"), &runUsage};
}

CliCommand ledgerAliasCommand()
{
    return CliCommand {
        QStringLiteral("ledger"), QStringLiteral("Former name of \"usage\" (deprecated)"), &runLedgerAlias};
}

} // namespace Spoolbridge::Cli
