#include "core/cli/settingscommand.h"

#include "core/settings/settings.h"
#include "core/settings/settingstransfer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Spoolbridge::Cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Spoolbridge::Cli::SettingsCommand)
};

void usage(QTextStream &stream)
{
    stream << "Usage: spoolbridge-cli settings [--config FILE] <action>\n\n"
           << "Actions:\n"
           << "  path              Print the settings file in use\n"
           << "  list              Print every setting as JSON (no secrets)\n"
           << "  get KEY           Print one setting (e.g. sync/mode)\n"
           << "  set KEY VALUE     Change one setting (validated)\n"
           << "  reset KEY         Back to the default\n"
           << "  export FILE       Write settings and printers as JSON (never secrets)\n"
           << "  import FILE       Read a file written by export\n";
}

} // namespace

int runSettingsCommand(const QStringList &args, CommandIo &io)
{
    QCommandLineParser parser;
    parser.addOption(Settings::configOption());
    parser.addHelpOption();
    if (!parser.parse(QStringList {QStringLiteral("settings")} + args)) {
        io.err << parser.errorText() << '\n';
        return 2;
    }
    const QStringList rest = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) || rest.isEmpty()) {
        usage(parser.isSet(QStringLiteral("help")) ? io.out : io.err);
        return rest.isEmpty() && !parser.isSet(QStringLiteral("help")) ? 2 : 0;
    }
    Settings settings(parser.value(Settings::configOption()));
    const QString action = rest.first();
    const auto needs = [&](int count) {
        if (rest.size() == count + 1)
            return true;
        io.err << Text::tr("settings %1: wrong number of arguments; see spoolbridge-cli settings --help.").arg(action)
               << '\n';
        return false;
    };
    const auto keyOf = [&](const QString &name, SettingKey *key) {
        if (SettingKeys::fromName(name, key))
            return true;
        io.err << Text::tr("Unknown setting \"%1\"; spoolbridge-cli settings list shows them all.").arg(name) << '\n';
        return false;
    };

    if (action == QLatin1String("path") && needs(0)) {
        io.out << settings.filePath() << '\n';
        return 0;
    }
    if (action == QLatin1String("list") && needs(0)) {
        io.out << QJsonDocument(SettingsTransfer::toJson(settings)).toJson(QJsonDocument::Indented);
        return 0;
    }
    SettingKey key {};
    if (action == QLatin1String("get") && needs(1) && keyOf(rest.at(1), &key)) {
        io.out << settings.value(key).toString() << '\n';
        return 0;
    }
    QString error;
    if (action == QLatin1String("set") && needs(2) && keyOf(rest.at(1), &key)) {
        if (settings.setValue(key, rest.at(2), &error))
            return 0;
        io.err << error << '\n';
        return 1;
    }
    if (action == QLatin1String("reset") && needs(1) && keyOf(rest.at(1), &key)) {
        if (settings.reset(key, &error))
            return 0;
        io.err << error << '\n';
        return 1;
    }
    if (action == QLatin1String("export") && needs(1)) {
        if (SettingsTransfer::exportToFile(settings, rest.at(1), &error))
            return 0;
        io.err << error << '\n';
        return 1;
    }
    if (action == QLatin1String("import") && needs(1)) {
        const SettingsTransfer::ImportResult result = SettingsTransfer::importFromFile(settings, rest.at(1));
        for (const QString &note : result.notes)
            io.err << note << '\n';
        if (result.ok)
            return 0;
        io.err << result.error << '\n';
        return 1;
    }
    if (!QStringList {QStringLiteral("path"), QStringLiteral("list"), QStringLiteral("get"), QStringLiteral("set"),
            QStringLiteral("reset"), QStringLiteral("export"), QStringLiteral("import")}
             .contains(action)) {
        io.err << Text::tr("Unknown action \"%1\"; see spoolbridge-cli settings --help.").arg(action) << '\n';
    }
    return 2;
}

} // namespace Spoolbridge::Cli
