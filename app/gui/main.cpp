#include "appcontroller.h"
#include "singleinstance.h"
#include "spoolbridge_version.h"
#include "startupprobe.h"

#include "core/app/appcore.h"
#include "core/settings/secretstore.h"
#include "core/settings/settings.h"
#include "core/settings/translations.h"
#include "core/util/logging.h"
#include "ui/mainwindow.h"
#include "ui/tray/traycontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCryptographicHash>

#include <memory>

using namespace Spoolbridge;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Spoolbridge"));
    QApplication::setApplicationName(QStringLiteral("spoolbridge"));
    QApplication::setApplicationDisplayName(QStringLiteral("Spoolbridge"));
    QApplication::setApplicationVersion(QStringLiteral(SPOOLBRIDGE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.spoolbridge.Spoolbridge"));
    QApplication::setQuitOnLastWindowClosed(false); // the tray keeps syncing; Quit ends the app
    Logging::setupFromEnvironment();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Keeps Bambu Lab AMS slots and a Spoolman inventory in sync."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOpt = Settings::configOption();
    const QCommandLineOption demoOpt(QStringLiteral("demo"),
        QApplication::translate("main", "Show the demo: a simulated printer and a built-in Spoolman."));
    const QCommandLineOption minimizedOpt(
        QStringLiteral("minimized"), QApplication::translate("main", "Start in the tray without showing the window."));
    parser.addOptions({configOpt, demoOpt, minimizedOpt});
    parser.process(app);

    Settings settings(parser.value(configOpt));
    Translations::install(settings.text(SettingKey::AppLanguage));
    SecretStore secrets(&settings);

    // A second launch only shows the running instance's window. The demo (and a separate
    // configuration file) runs on its own, so it never takes over the real app.
    const bool demo = parser.isSet(demoOpt) || !AppCore::isConfigured(settings);
    QString instanceName = Gui::SingleInstance::defaultName();
    if (parser.isSet(demoOpt))
        instanceName += QStringLiteral("-demo");
    if (parser.isSet(configOpt))
        instanceName += QStringLiteral("-")
            + QString::fromLatin1(
                QCryptographicHash::hash(settings.filePath().toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
    Gui::SingleInstance instance(instanceName);
    // Start-up time and idle memory for bench/gui; does nothing unless SPOOLBRIDGE_STARTUP_PROBE is set.
    Gui::StartupProbe probe(Gui::StartupProbe::optionsFromEnvironment());
    QObject::connect(&probe, &Gui::StartupProbe::finished, &app, [] { QApplication::exit(0); });

    // The window, the tray and the core exist only in the one running instance.
    std::unique_ptr<Ui::MainWindow> window;
    std::unique_ptr<Gui::AppController> controller;
    QObject::connect(&instance, &Gui::SingleInstance::secondary, &app, [] { QApplication::exit(0); });
    QObject::connect(&instance, &Gui::SingleInstance::raiseRequested, &app, [&] {
        if (controller)
            controller->showWindow();
    });
    QObject::connect(&instance, &Gui::SingleInstance::primary, &app, [&] {
        window = std::make_unique<Ui::MainWindow>();
        controller = std::make_unique<Gui::AppController>(&settings, &secrets, window.get());
        controller->start(demo);
        const bool minimized = (parser.isSet(minimizedOpt) || settings.flag(SettingKey::AppStartMinimised))
            && controller->tray()->isAvailable();
        if (!minimized) {
            window->show();
            probe.watch(window.get(), controller->core());
        }
    });
    instance.start();
    const int code = QApplication::exec();
    controller.reset(); // before the window it wires
    window.reset();
    return code;
}
