#include "core/cli/usageoutput.h"

#include <QCoreApplication>

namespace Spoolbridge::Cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Spoolbridge::Cli::UsageCommand)
};

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QJsonObject ledgerEntryJson(const LedgerEntry &entry)
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
        {QStringLiteral("created"), isoUtc(entry.createdAt)},
        {QStringLiteral("state"), ledgerStateName(entry.state)},
        {QStringLiteral("attempts"), entry.attempts},
        {QStringLiteral("last_error"), entry.lastError},
        {QStringLiteral("delivered"), isoUtc(entry.deliveredAt)},
        {QStringLiteral("undo_of"), entry.undoOf},
        {QStringLiteral("undone_by"), entry.undoneBy},
    };
}

void printLedgerTable(const QList<LedgerEntry> &entries, QTextStream &out)
{
    if (entries.isEmpty()) {
        out << Text::tr("The usage ledger is empty.") << '\n';
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

QJsonArray platesJson(const SliceInfo &info)
{
    QJsonArray plates;
    for (const SlicePlate &plate : info.plates) {
        QJsonArray filaments;
        for (const SliceFilament &filament : plate.filaments) {
            filaments.append(QJsonObject {{QStringLiteral("id"), filament.id},
                {QStringLiteral("tray_info_idx"), filament.trayInfoIdx}, {QStringLiteral("type"), filament.type},
                {QStringLiteral("color"), filament.color}, {QStringLiteral("used_m"), filament.usedMeters},
                {QStringLiteral("used_g"), filament.usedGrams}});
        }
        plates.append(QJsonObject {{QStringLiteral("index"), plate.index},
            {QStringLiteral("prediction_s"), plate.predictionSeconds}, {QStringLiteral("weight_g"), plate.weightGrams},
            {QStringLiteral("filaments"), filaments}});
    }
    return plates;
}

} // namespace Spoolbridge::Cli
