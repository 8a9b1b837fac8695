// The start-up probe of the desktop app (bench/gui): silent unless switched on; when on, it
// reports the window, then the printers' states once they are in the window, then the memory
// after the idle time, and asks the app to quit.

#include "appcontroller.h"
#include "startupprobe.h"

#include "core/settings/secretstore.h"
#include "core/settings/settings.h"
#include "support/testsupport.h"
#include "ui/mainwindow.h"
#include "ui/printerview.h"

#include <catch2/catch.hpp>

#include <QList>

using namespace Spoolbridge;
using namespace Spoolbridge::Test;

namespace {

struct EnvGuard {
    explicit EnvGuard(const char *name)
        : m_name(name)
        , m_old(qgetenv(name))
        , m_had(qEnvironmentVariableIsSet(name))
    { }
    ~EnvGuard()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    const char *m_name;
    QByteArray m_old;
    bool m_had;
};

} // namespace

TEST_CASE("startup probe: switched on and configured only by the environment", "[app][gui][probe]")
{
    EnvGuard probe("SPOOLBRIDGE_STARTUP_PROBE");
    EnvGuard idle("SPOOLBRIDGE_STARTUP_PROBE_IDLE_S");
    qunsetenv("SPOOLBRIDGE_STARTUP_PROBE");
    qputenv("SPOOLBRIDGE_STARTUP_PROBE_IDLE_S", "10");
    CHECK_FALSE(Gui::StartupProbe::optionsFromEnvironment().enabled);
    CHECK(Gui::StartupProbe::optionsFromEnvironment().idleExitS < 0);
    qputenv("SPOOLBRIDGE_STARTUP_PROBE", "0");
    CHECK_FALSE(Gui::StartupProbe::optionsFromEnvironment().enabled);
    qputenv("SPOOLBRIDGE_STARTUP_PROBE", "1");
    CHECK(Gui::StartupProbe::optionsFromEnvironment().enabled);
    CHECK(Gui::StartupProbe::optionsFromEnvironment().idleExitS == 10);
    qunsetenv("SPOOLBRIDGE_STARTUP_PROBE_IDLE_S");
    CHECK(Gui::StartupProbe::optionsFromEnvironment().idleExitS < 0);

    CHECK(Gui::StartupProbe::msSinceProcessStart() > 0);
    CHECK(Gui::StartupProbe::residentKb() > 1000);
}

TEST_CASE("startup probe: reports window, printers in the window and idle memory, then finishes", "[app][gui][probe]")
{
    const QString dir = makeTempDir(QStringLiteral("probe"));
    Settings settings(dir + QStringLiteral("/settings.ini"));
    REQUIRE(settings.setValue(SettingKey::SecretsBackend, QStringLiteral("file")));
    REQUIRE(settings.setValue(SettingKey::SecretsFile, dir + QStringLiteral("/secrets.json")));
    SecretStore secrets(&settings);
    Ui::MainWindow window;
    Gui::AppController controller(&settings, &secrets, &window);
    controller.start(true, 60000);
    window.show();

    const QString demoId = QString::fromLatin1(AppCore::DemoPrinterId);
    QList<QByteArray> lines;
    bool unitsInWindowWhenReported = false;
    Gui::StartupProbe::Options options;
    options.enabled = true;
    options.idleExitS = 0;
    Gui::StartupProbe probe(options, [&](const QByteArray &line) {
        lines << line;
        if (line.startsWith("startup-probe: printers-shown")) {
            Ui::PrinterView *view = window.printerView(demoId);
            unitsInWindowWhenReported = view && view->unitWidget(0) != nullptr;
        }
    });
    bool finished = false;
    QObject::connect(&probe, &Gui::StartupProbe::finished, &probe, [&] { finished = true; });
    probe.watch(&window, controller.core());

    REQUIRE(waitUntil([&] { return finished; }, 20000));
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0).startsWith("startup-probe: window-shown "));
    CHECK(lines.at(0).split(' ').value(2).toDouble() > 0);
    CHECK(lines.at(0).split(' ').value(3).toDouble() > 0); // CPU ms
    CHECK(lines.at(0).split(' ').size() == 4);
    const auto find = [&lines](const char *prefix) {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines.at(i).startsWith(prefix))
                return i;
        }
        return qsizetype(-1);
    };
    CHECK(find("startup-probe: window-painted ") > 0);
    const qsizetype printers = find("startup-probe: printers-shown 1 ");
    REQUIRE(printers > 0);
    CHECK(unitsInWindowWhenReported);
    CHECK(lines.at(printers).split(' ').value(3).toDouble() >= lines.at(0).split(' ').value(2).toDouble());
    CHECK(lines.last().startsWith("startup-probe: idle-rss-kb "));
    CHECK(lines.last().split(' ').value(2).toLongLong() > 1000);
}

TEST_CASE("startup probe: switched off it reports nothing and never finishes the app", "[app][gui][probe]")
{
    Ui::MainWindow window;
    QList<QByteArray> lines;
    Gui::StartupProbe::Options options;
    options.idleExitS = 0;
    Gui::StartupProbe probe(options, [&](const QByteArray &line) { lines << line; });
    bool finished = false;
    QObject::connect(&probe, &Gui::StartupProbe::finished, &probe, [&] { finished = true; });
    window.show();
    probe.watch(&window, nullptr);
    // Against the same probe switched on, which reports within these turns of the event loop.
    QList<QByteArray> enabledLines;
    options.enabled = true;
    Gui::StartupProbe enabled(options, [&](const QByteArray &line) { enabledLines << line; });
    enabled.watch(&window, nullptr);
    REQUIRE(waitUntil([&] { return enabledLines.size() >= 2; }, 5000));
    CHECK(lines.isEmpty());
    CHECK_FALSE(finished);
    CHECK_FALSE(probe.isEnabled());
}
