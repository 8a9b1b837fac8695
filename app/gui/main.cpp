#include "spoolbridge_version.h"

#include "core/util/logging.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Spoolbridge"));
    QApplication::setApplicationName(QStringLiteral("spoolbridge"));
    QApplication::setApplicationDisplayName(QStringLiteral("Spoolbridge"));
    QApplication::setApplicationVersion(QStringLiteral(SPOOLBRIDGE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.spoolbridge.Spoolbridge"));
    Spoolbridge::Logging::setupFromEnvironment();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Keeps Bambu Lab AMS slots and a Spoolman inventory in sync."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    Spoolbridge::Ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
