// The Catch2 runner for every test executable: creates the Qt application object first, so
// tests can use signals, timers, sockets and (GUI builds) widgets.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef SPOOLBRIDGE_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char *argv[])
{
#ifdef SPOOLBRIDGE_TEST_GUI
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("SpoolbridgeTests"));
    TestApplication::setApplicationName(QStringLiteral("spoolbridge-tests"));
    return Catch::Session().run(argc, argv);
}
