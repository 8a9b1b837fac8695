#include "core/cli/ledgercommand.h"

#include "core/sync/usageledger.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Spoolbridge::Cli {

namespace {

QJsonObject entryJson(const LedgerEntry &entry)
{
    QJsonObject object {{QStringLiteral("id"), entry.id}, {QStringLiteral("state"), ledgerStateName(entry.state)},
        {QStringLiteral("job"), entry.jobKey}, {QStringLiteral("printer"), entry.printerId},
        {QStringLiteral("slot"), entry.slot}, {QStringLiteral("tag"), entry.trayUuid},
        {QStringLiteral("spool_id"), entry.spoolId}, {QStringLiteral("grams"), entry.grams},
        {QStringLiteral("method"), entry.method}, {QStringLiteral("detail"), entry.detail},
        {QStringLiteral("created"), entry.createdAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("attempts"), entry.attempts}};
    if (!entry.lastError.isEmpty())
        object.insert(QStringLiteral("last_error"), entry.lastError);
    if (entry.deliveredAt.isValid())
        object.insert(QStringLiteral("delivered"), entry.deliveredAt.toUTC().toString(Qt::ISODate));
    if (entry.undoOf > 0)
        object.insert(QStringLiteral("undo_of"), entry.undoOf);
    if (entry.undoneBy > 0)
        object.insert(QStringLiteral("undone_by"), entry.undoneBy);
    return object;
}

void printTable(const QList<LedgerEntry> &entries, QTextStream &out)
{
    if (entries.isEmpty()) {
        out << "The usage ledger is empty.\n";
        return;
    }
    out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
               .arg(QStringLiteral("ID"), 6)
               .arg(QStringLiteral("STATE"), -9)
               .arg(QStringLiteral("GRAMS"), 9)
               .arg(QStringLiteral("SPOOL"), 6)
               .arg(QStringLiteral("METHOD"), -12)
               .arg(QStringLiteral("JOB"));
    for (const LedgerEntry &entry : entries) {
        out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                   .arg(entry.id, 6)
                   .arg(ledgerStateName(entry.state), -9)
                   .arg(entry.grams, 9, 'f', 2)
                   .arg(entry.spoolId > 0 ? QString::number(entry.spoolId) : QStringLiteral("-"), 6)
                   .arg(entry.method, -12)
                   .arg(entry.jobKey);
        if (!entry.lastError.isEmpty())
            out << "        " << entry.lastError << '\n';
    }
}

} // namespace

int runLedger(const QStringList &args, CommandIo &io)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print the entries as JSON."));
    const QCommandLineOption dirOpt(QStringLiteral("ledger"),
        QStringLiteral("The ledger's directory (default: the app data directory)."), QStringLiteral("DIR"));
    const QCommandLineOption helpOpt(QStringLiteral("help"), QStringLiteral("Show this help."));
    parser.addOptions({jsonOpt, dirOpt, helpOpt});
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list, or undo ID"));
    if (!parser.parse(QStringList {QStringLiteral("ledger")} + args)) {
        io.err << "ledger: " << parser.errorText() << '\n';
        return 2;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(helpOpt) || positional.isEmpty()) {
        (positional.isEmpty() && !parser.isSet(helpOpt) ? io.err : io.out)
            << "Usage: spoolbridge-cli ledger list [--json] [--ledger DIR]\n"
            << "       spoolbridge-cli ledger undo ID [--ledger DIR]\n\n"
            << "The usage ledger: grams charged per print and spool, and whether Spoolman has them yet.\n"
            << "undo cancels an entry Spoolman never saw, or records a compensating negative entry.\n";
        return parser.isSet(helpOpt) ? 0 : 2;
    }
    const QString action = positional.first();
    if (action != QLatin1String("list") && action != QLatin1String("undo")) {
        io.err << "ledger: unknown action \"" << action << "\": use list or undo ID.\n";
        return 2;
    }
    bool idOk = false;
    const qint64 id = positional.value(1).toLongLong(&idOk);
    if (action == QLatin1String("undo") && (!idOk || id <= 0 || positional.size() != 2)) {
        io.err << "ledger: undo needs one entry id (see ledger list).\n";
        return 2;
    }

    UsageLedger ledger;
    const QString dir = parser.isSet(dirOpt) ? parser.value(dirOpt) : UsageLedger::defaultDirectory();
    if (!ledger.open(dir)) {
        io.err << "ledger: " << ledger.errorString() << '\n';
        return 1;
    }
    if (action == QLatin1String("list")) {
        const QList<LedgerEntry> entries = ledger.entries();
        if (parser.isSet(jsonOpt)) {
            QJsonArray array;
            for (const LedgerEntry &entry : entries)
                array.append(entryJson(entry));
            io.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        } else {
            printTable(entries, io.out);
        }
        return 0;
    }
    QString error;
    const std::optional<qint64> compensation = ledger.undo(id, &error);
    if (!compensation) {
        io.err << "ledger: " << error << '\n';
        return 1;
    }
    if (*compensation > 0)
        io.out << "Entry " << id << " is undone by entry " << *compensation
               << "; Spoolman gets the grams back the next time Spoolbridge reaches it.\n";
    else
        io.out << "Entry " << id << " was cancelled before it reached Spoolman.\n";
    return 0;
}

} // namespace Spoolbridge::Cli
