#include "core/settings/autostart.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace Spoolbridge;

namespace {
// Sets XDG_CONFIG_HOME for one test and restores it afterwards.
struct ScopedConfigHome {
    explicit ScopedConfigHome(const QByteArray &value)
        : m_old(qgetenv("XDG_CONFIG_HOME"))
        , m_had(qEnvironmentVariableIsSet("XDG_CONFIG_HOME"))
    {
        qputenv("XDG_CONFIG_HOME", value);
    }
    ~ScopedConfigHome()
    {
        if (m_had)
            qputenv("XDG_CONFIG_HOME", m_old);
        else
            qunsetenv("XDG_CONFIG_HOME");
    }
    ScopedConfigHome(const ScopedConfigHome &) = delete;
    ScopedConfigHome &operator=(const ScopedConfigHome &) = delete;
    QByteArray m_old;
    bool m_had;
};
} // namespace

TEST_CASE("autostart: writes and removes an XDG autostart entry under XDG_CONFIG_HOME")
{
    const QString home = Test::makeTempDir(QStringLiteral("autostart"));
    ScopedConfigHome scope(QFile::encodeName(home));
    const QString expected = home + QStringLiteral("/autostart/io.github.spoolbridge.Spoolbridge.desktop");
    REQUIRE(Autostart::entryPath() == expected);
    CHECK_FALSE(Autostart::isEnabled());

    QString error;
    REQUIRE(Autostart::setEnabled(
        true, &error, {QStringLiteral("--minimized")}, QStringLiteral("/opt/Spool Bridge/bin/spoolbridge")));
    CHECK(Autostart::isEnabled());
    QFile file(expected);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(file.readAll());
    CHECK(content.startsWith(QLatin1String("[Desktop Entry]\n")));
    CHECK(content.contains(QLatin1String("\nExec=\"/opt/Spool Bridge/bin/spoolbridge\" --minimized\n")));
    CHECK(content.contains(QLatin1String("\nIcon=io.github.spoolbridge.Spoolbridge\n")));

    const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (!validator.isEmpty()) {
        QProcess process;
        process.start(validator, {expected});
        REQUIRE(Test::waitUntil([&process] { return process.state() == QProcess::NotRunning; }, 10000));
        INFO(process.readAll().toStdString());
        CHECK(process.exitCode() == 0);
    }

    REQUIRE(Autostart::setEnabled(false, &error));
    CHECK_FALSE(QFile::exists(expected));
    CHECK_FALSE(Autostart::isEnabled());
    CHECK(Autostart::setEnabled(false, &error)); // already off: fine
}

TEST_CASE("autostart: a relative XDG_CONFIG_HOME is ignored as the spec says")
{
    ScopedConfigHome scope("relative/dir");
    CHECK(Autostart::entryPath()
        == QDir::homePath() + QStringLiteral("/.config/autostart/io.github.spoolbridge.Spoolbridge.desktop"));
}

TEST_CASE("autostart: Exec values are quoted per the desktop entry spec")
{
    CHECK(Autostart::desktopExec(QStringLiteral("/usr/bin/spoolbridge"), {QStringLiteral("--minimized")})
        == QLatin1String("/usr/bin/spoolbridge --minimized"));
    CHECK(Autostart::desktopExec(QStringLiteral("/a b/x"), {QStringLiteral("50%"), QStringLiteral("$HOME")})
        == QLatin1String(R"("/a b/x" "50%%" "\\$HOME")"));
}
