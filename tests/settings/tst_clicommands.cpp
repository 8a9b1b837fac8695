// spoolbridge-cli settings / secrets, run as the real program with --config.
#include "core/settings/settings.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QFile>
#include <QProcess>

#include <sys/stat.h>

using namespace Spoolbridge;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args, const QByteArray &input = QByteArray())
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("spoolbridge.*.info=false"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SB_BINARY_DIR "/app/spoolbridge-cli"), args);
    process.write(input);
    process.closeWriteChannel();
    if (!Test::waitUntil([&process] { return process.state() == QProcess::NotRunning; }, 20000))
        FAIL("spoolbridge-cli did not finish: " << args.join(u' ').toStdString());
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("cli settings: get, set with validation, export and import")
{
    const QString dir = Test::makeTempDir(QStringLiteral("cli-settings"));
    const QString config = dir + QStringLiteral("/spoolbridge.conf");
    const QStringList base {QStringLiteral("settings"), QStringLiteral("--config"), config};

    Run run = cli(base + QStringList {QStringLiteral("path")});
    CHECK(run.out.trimmed() == config);
    run = cli(base + QStringList {QStringLiteral("set"), QStringLiteral("sync/debounce_ms"), QStringLiteral("1500")});
    CHECK(run.code == 0);
    CHECK(Settings(config).number(SettingKey::SyncDebounceMs) == 1500);
    run = cli(base + QStringList {QStringLiteral("get"), QStringLiteral("sync/debounce_ms")});
    CHECK(run.out.trimmed() == QLatin1String("1500"));

    run = cli(
        base + QStringList {QStringLiteral("set"), QStringLiteral("spoolman/url"), QStringLiteral("spoolman.lan")});
    CHECK(run.code == 1);
    CHECK(run.err.contains(QLatin1String("http://")));
    run = cli(base + QStringList {QStringLiteral("get"), QStringLiteral("sync/nonsense")});
    CHECK(run.code == 2);
    CHECK(run.err.contains(QLatin1String("Unknown setting")));

    const QString exported = dir + QStringLiteral("/export.json");
    REQUIRE(cli(base + QStringList {QStringLiteral("export"), exported}).code == 0);
    const QString other = dir + QStringLiteral("/other.conf");
    run = cli({QStringLiteral("settings"), QStringLiteral("--config"), other, QStringLiteral("import"), exported});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(Settings(other).number(SettingKey::SyncDebounceMs) == 1500);
}

TEST_CASE("cli secrets: a value from standard input goes only to the secrets file")
{
    const QString dir = Test::makeTempDir(QStringLiteral("cli-secrets"));
    const QString config = dir + QStringLiteral("/spoolbridge.conf");
    {
        Settings settings(config);
        REQUIRE(settings.setValue(SettingKey::SecretsBackend, QStringLiteral("file")));
        PrinterEntry printer = PrinterEntry::create();
        printer.name = QStringLiteral("Workshop X1C");
        printer.serial = QStringLiteral("00M09A350100123");
        printer.host = QStringLiteral("192.168.1.20");
        REQUIRE(settings.savePrinter(printer));
    }
    const QStringList base {QStringLiteral("secrets"), QStringLiteral("--config"), config};
    CHECK(cli(base + QStringList {QStringLiteral("check")}).code == 0);

    Run run = cli(
        base + QStringList {QStringLiteral("set"), QStringLiteral("access-code:00M09A350100123")}, "CODE-24680\n");
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK_FALSE(run.out.contains(QLatin1String("CODE-24680")));
    run = cli(base + QStringList {QStringLiteral("has"), QStringLiteral("access-code:Workshop X1C")});
    CHECK(run.out.trimmed() == QLatin1String("yes"));
    CHECK_FALSE(run.out.contains(QLatin1String("CODE-24680")));

    // Only the secrets file holds the value, and only its owner can read it.
    QStringList holders;
    QDirIterator it(dir, QDir::Files);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains("CODE-24680"))
            holders << QFileInfo(file.fileName()).fileName();
    }
    CHECK(holders == QStringList {QStringLiteral("secrets.json")});
    struct stat info {
    };
    REQUIRE(::stat(QFile::encodeName(dir + QStringLiteral("/secrets.json")).constData(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);

    CHECK(cli(base + QStringList {QStringLiteral("set"), QStringLiteral("cloud/token")}, "").code == 1);
    run = cli(base + QStringList {QStringLiteral("set"), QStringLiteral("access-code:Nobody")}, "x\n");
    CHECK(run.code == 1);
    CHECK(run.err.contains(QLatin1String("No printer")));
    REQUIRE(cli(base + QStringList {QStringLiteral("remove"), QStringLiteral("access-code:Workshop X1C")}).code == 0);
    CHECK(cli(base + QStringList {QStringLiteral("has"), QStringLiteral("access-code:Workshop X1C")}).out.trimmed()
        == QLatin1String("no"));
}

TEST_CASE("cli secrets: copy-from moves known secrets to the newly chosen store")
{
    const QString dir = Test::makeTempDir(QStringLiteral("cli-copy"));
    const QString config = dir + QStringLiteral("/spoolbridge.conf");
    {
        Settings settings(config);
        REQUIRE(settings.setValue(SettingKey::SecretsBackend, QStringLiteral("file")));
    }
    const QStringList base {QStringLiteral("secrets"), QStringLiteral("--config"), config};
    // Environment variables were used so far; now the secrets file is chosen.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SPOOLBRIDGE_SPOOLMAN_PASSWORD"), QStringLiteral("PW-from-env"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SB_BINARY_DIR "/app/spoolbridge-cli"),
        base + QStringList {QStringLiteral("copy-from"), QStringLiteral("env")});
    REQUIRE(Test::waitUntil([&process] { return process.state() == QProcess::NotRunning; }, 20000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    INFO(out.toStdString() << QString::fromUtf8(process.readAllStandardError()).toStdString());
    CHECK(process.exitCode() == 0);
    CHECK(out.contains(QLatin1String("copied spoolman/password")));
    CHECK(cli(base + QStringList {QStringLiteral("has"), QStringLiteral("spoolman/password")}).out.trimmed()
        == QLatin1String("yes"));
    const Run run = cli(base + QStringList {QStringLiteral("copy-from"), QStringLiteral("file")});
    CHECK(run.code == 1);
    CHECK(run.err.contains(QLatin1String("already kept")));
}
