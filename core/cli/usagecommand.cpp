#include "core/cli/usagecommand.h"

#include "core/sync/sliceinforeader.h"
#include "core/sync/usageledger.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Spoolbridge::Cli {

namespace {

const char *const Help
    = "Usage: spoolbridge-cli usage <action> [options]\n\n"
      "Actions:\n"
      "  list [--state S]           The usage ledger as JSON (newest first); S = pending, delivered,\n"
      "                             undone, attention or discarded\n"
      "  undo <id>                  Give an entry's grams back (a compensating entry, sent by the app)\n"
      "  resolve <id> applied|again An entry in doubt: it was already applied, or apply it again\n"
      "  discard <id>               Do not charge an entry that needs attention\n"
      "  plates <file.3mf>          The plates and filament estimates of a 3MF as JSON\n\n"
      "Options:\n"
      "  --ledger-dir <dir>         Ledger directory (default: the app data directory)\n";

QJsonObject toJson(const LedgerEntry &entry)
{
    return QJsonObject {
        {QStringLiteral("id"), entry.id},
        {QStringLiteral("uid"), entry.uid},
        {QStringLiteral("job"), entry.jobKey},
        {QStringLiteral("printer"), entry.printerId},
        {QStringLiteral("slot"), entry.slot},
        {QStringLiteral("tag"), entry.trayUuid},
        {QStringLiteral("spool_id"), entry.spoolId},
        {QStringLiteral("grams"), entry.grams},
        {QStringLiteral("applied_grams"), entry.appliedGrams},
        {QStringLiteral("method"), entry.method},
        {QStringLiteral("detail"), entry.detail},
        {QStringLiteral("created"), entry.createdAt.toString(Qt::ISODate)},
        {QStringLiteral("state"), ledgerStateName(entry.state)},
        {QStringLiteral("attempts"), entry.attempts},
        {QStringLiteral("last_error"), entry.lastError},
        {QStringLiteral("delivered"),
            entry.deliveredAt.isValid() ? entry.deliveredAt.toString(Qt::ISODate) : QString()},
        {QStringLiteral("undo_of"), entry.undoOf},
        {QStringLiteral("undone_by"), entry.undoneBy},
    };
}

int plates(const QString &path, CommandIo &io)
{
    const SliceInfoReader::Result result = SliceInfoReader::readFile(path);
    if (!result.ok) {
        io.err << result.error << '\n';
        return 1;
    }
    QJsonArray platesJson;
    for (const SlicePlate &plate : result.info.plates) {
        QJsonArray filaments;
        for (const SliceFilament &filament : plate.filaments) {
            filaments.append(QJsonObject {{QStringLiteral("id"), filament.id},
                {QStringLiteral("tray_info_idx"), filament.trayInfoIdx}, {QStringLiteral("type"), filament.type},
                {QStringLiteral("color"), filament.color}, {QStringLiteral("used_m"), filament.usedMeters},
                {QStringLiteral("used_g"), filament.usedGrams}});
        }
        platesJson.append(QJsonObject {{QStringLiteral("index"), plate.index},
            {QStringLiteral("prediction_s"), plate.predictionSeconds}, {QStringLiteral("weight_g"), plate.weightGrams},
            {QStringLiteral("filaments"), filaments}});
    }
    io.out << QJsonDocument(platesJson).toJson(QJsonDocument::Indented);
    return 0;
}

int run(const QStringList &args, CommandIo &io)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("ledger-dir"), QString(), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("state"), QString(), QStringLiteral("state")});
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, QString()});
    if (!parser.parse(QStringList {QStringLiteral("usage")} + args)) {
        io.err << parser.errorText() << "\n\n" << Help;
        return 2;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) || positional.isEmpty()) {
        (positional.isEmpty() && !parser.isSet(QStringLiteral("help")) ? io.err : io.out) << Help;
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    }
    const QString &action = positional.first();
    if (action == QLatin1String("plates")) {
        if (positional.size() != 2) {
            io.err << "spoolbridge-cli usage plates: give one 3MF file.\n";
            return 2;
        }
        return plates(positional.at(1), io);
    }

    UsageLedger ledger;
    const QString dir = parser.isSet(QStringLiteral("ledger-dir")) ? parser.value(QStringLiteral("ledger-dir"))
                                                                   : UsageLedger::defaultDirectory();
    if (!ledger.open(dir)) {
        io.err << ledger.errorString() << '\n';
        return 1;
    }
    if (action == QLatin1String("list")) {
        const QString state = parser.value(QStringLiteral("state"));
        QJsonArray list;
        for (const LedgerEntry &entry : ledger.entries()) {
            if (state.isEmpty() || ledgerStateName(entry.state) == state)
                list.append(toJson(entry));
        }
        io.out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return 0;
    }
    bool idOk = false;
    const qint64 id = positional.value(1).toLongLong(&idOk);
    if (!idOk) {
        io.err << "spoolbridge-cli usage " << action << ": give the entry id (see spoolbridge-cli usage list).\n";
        return 2;
    }
    QString error;
    if (action == QLatin1String("undo")) {
        const std::optional<qint64> compensation = ledger.undo(id, &error);
        if (!compensation) {
            io.err << error << '\n';
            return 1;
        }
        if (*compensation == 0)
            io.out << "Entry " << id << " was cancelled before it reached Spoolman.\n";
        else
            io.out << "Entry " << id << " will be given back by entry " << *compensation
                   << " the next time Spoolbridge reaches Spoolman.\n";
        return 0;
    }
    if (action == QLatin1String("resolve")) {
        const QString how = positional.value(2);
        if (how != QLatin1String("applied") && how != QLatin1String("again")) {
            io.err << "spoolbridge-cli usage resolve: say \"applied\" or \"again\".\n";
            return 2;
        }
        const bool ok = ledger.resolve(id,
            how == QLatin1String("applied") ? UsageLedger::Resolution::AlreadyApplied
                                            : UsageLedger::Resolution::ApplyAgain,
            &error);
        if (!ok)
            io.err << error << '\n';
        return ok ? 0 : 1;
    }
    if (action == QLatin1String("discard")) {
        const bool ok = ledger.discard(id, &error);
        if (!ok)
            io.err << error << '\n';
        return ok ? 0 : 1;
    }
    io.err << "spoolbridge-cli usage: unknown action \"" << action << "\".\n\n" << Help;
    return 2;
}

} // namespace

CliCommand usageCommand()
{
    return CliCommand {QStringLiteral("usage"), QStringLiteral("List, undo or resolve recorded filament usage"), &run};
}

} // namespace Spoolbridge::Cli
