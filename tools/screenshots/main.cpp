// spoolbridge-screenshots: renders the desktop UI with sample data, in light and dark palettes,
// to PNG files (docs/screenshots and review).
//   QT_QPA_PLATFORM=offscreen spoolbridge-screenshots <output-dir> [--fixtures <dir>] [--only <set>]
// Sets: "windows" (the main window with sample states read from the real printer fixtures, slot
// cards, hover cards) and "views" (dialogs, views, tray, the main window's filled tabs). The
// Spoolman connection test of the views set runs for real against a stand-in on 127.0.0.1.
#include "shooter.h"
#include "shots.h"

#include "core/standin/spoolmanstandin.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QStyle>
#include <QStyleFactory>
#include <QTextStream>

using namespace Spoolbridge;
using namespace Spoolbridge::Screenshots;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("spoolbridge-screenshots"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Renders Spoolbridge's windows, dialogs and views to PNG files."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("output-dir"), QStringLiteral("Directory for the PNG files."));
    QCommandLineOption fixtures(QStringLiteral("fixtures"), QStringLiteral("Printer report fixtures directory."),
        QStringLiteral("dir"), QStringLiteral(SB_DEFAULT_FIXTURES_DIR));
    QCommandLineOption only(QStringLiteral("only"),
        QStringLiteral("Render one set only: \"windows\" (main window, slot and hover cards) or \"views\" "
                       "(dialogs, views, tray, main window tabs)."),
        QStringLiteral("set"));
    parser.addOption(fixtures);
    parser.addOption(only);
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString set = parser.value(only);
    if (!set.isEmpty() && set != QLatin1String("windows") && set != QLatin1String("views")) {
        QTextStream(stderr) << "Unknown set \"" << set << "\": use --only windows or --only views.\n";
        return 2;
    }
    const QString outDir = parser.positionalArguments().constFirst();
    if (!QDir().mkpath(outDir)) {
        QTextStream(stderr) << "Cannot create " << outDir << ": check the path and its permissions.\n";
        return 1;
    }
    const QString fixtureDir = parser.value(fixtures);
    if (!QFile::exists(fixtureDir + QStringLiteral("/x1c-pushall-2ams-ams2pro-amsht.json"))) {
        QTextStream(stderr) << "No printer fixtures in " << fixtureDir << ": pass --fixtures <dir>.\n";
        return 1;
    }
    SpoolmanStandin standin;
    if (set != QLatin1String("windows") && !standin.listen()) {
        QTextStream(stderr) << "The Spoolman stand-in could not start: " << standin.errorString() << '\n';
        return 1;
    }

    bool ok = true;
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        Shooter shooter(outDir, dark ? QStringLiteral("dark") : QStringLiteral("light"));
        if (set != QLatin1String("views"))
            shootWindows(shooter, fixtureDir);
        if (set != QLatin1String("windows")) {
            shootDialogs(shooter, standin.baseUrl().toString());
            shootViews(shooter);
            shootMainWindowTabs(shooter, fixtureDir);
        }
        ok = ok && shooter.ok();
    }
    return ok ? 0 : 1;
}
