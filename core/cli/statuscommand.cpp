#include "core/cli/statuscommand.h"

#include "core/app/appcore.h"
#include "core/app/appstatus.h"
#include "core/settings/settings.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace Spoolbridge::Cli {

int runStatus(const QStringList &args, CommandIo &io)
{
    QCommandLineParser parser;
    const QCommandLineOption configOpt = Settings::configOption();
    const QCommandLineOption dataOpt(QStringLiteral("data-dir"),
        QStringLiteral("The app's data directory (default: the usual one)."), QStringLiteral("DIR"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption helpOpt(QStringLiteral("help"), QStringLiteral("Show this help."));
    parser.addOptions({configOpt, dataOpt, jsonOpt, helpOpt});
    if (!parser.parse(QStringList {QStringLiteral("status")} + args)) {
        io.err << "status: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(helpOpt)) {
        io.out << "Usage: spoolbridge-cli status [--config FILE] [--data-dir DIR] [--json]\n\n"
               << "Shows the configured printers, their connection and last sync (as the running app or daemon\n"
               << "last wrote them) and the usage-ledger entries still waiting for Spoolman.\n\n"
               << parser.helpText().section(u'\n', 1);
        return 0;
    }
    Settings settings(parser.value(configOpt));
    const QString dataDir = parser.isSet(dataOpt) ? parser.value(dataOpt) : AppCore::defaultDataDirectory();
    const QJsonObject status = AppStatus::read(settings, dataDir);
    if (parser.isSet(jsonOpt))
        io.out << QJsonDocument(status).toJson(QJsonDocument::Indented);
    else
        io.out << AppStatus::toText(status);
    return 0;
}

} // namespace Spoolbridge::Cli
