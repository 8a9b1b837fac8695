// spoolbridge-cli run as a real child process, and spoolbridge-cli status.
#include "core/cli/statuscommand.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace Spoolbridge;
using namespace Spoolbridge::Test;

namespace {

QJsonObject statusJson(const QString &dir, int *exitCode)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    Cli::CommandIo io {outStream, errStream};
    *exitCode = Cli::runStatus({QStringLiteral("--json"), QStringLiteral("--data-dir"), dir + QStringLiteral("/data"),
                                   QStringLiteral("--config"), dir + QStringLiteral("/settings.ini")},
        io);
    outStream.flush();
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

} // namespace

TEST_CASE("app: spoolbridge-cli run --demo stops cleanly on SIGTERM and status --json reports it", "[app][daemon]")
{
    const QString dir = makeTempDir(QStringLiteral("daemon"));
    QProcess daemon;
    daemon.setProgram(QStringLiteral(SB_BINARY_DIR "/app/spoolbridge-cli"));
    daemon.setArguments({QStringLiteral("run"), QStringLiteral("--demo"), QStringLiteral("--demo-tick-ms"),
        QStringLiteral("150"), QStringLiteral("--data-dir"), dir + QStringLiteral("/data"), QStringLiteral("--config"),
        dir + QStringLiteral("/settings.ini")});
    QByteArray log;
    QObject::connect(&daemon, &QProcess::readyReadStandardError, [&] { log += daemon.readAllStandardError(); });
    daemon.start();
    REQUIRE(waitUntil([&] { return daemon.state() == QProcess::Running; }, 5000));
    // Running: synced and a demo job charged.
    REQUIRE(waitUntil([&] { return log.contains("sync finished") && log.contains("delivered usage entry"); }, 30000));

    daemon.terminate(); // SIGTERM
    REQUIRE(waitUntil([&] { return daemon.state() == QProcess::NotRunning; }, 10000));
    INFO(log.toStdString());
    CHECK(daemon.exitStatus() == QProcess::NormalExit);
    CHECK(daemon.exitCode() == 0);
    CHECK(log.contains("stopped"));

    int exitCode = -1;
    const QJsonObject status = statusJson(dir, &exitCode);
    CHECK(exitCode == 0);
    CHECK(status.value(QLatin1String("demo")).toBool());
    CHECK(status.value(QLatin1String("source")).toString() == QLatin1String("running"));
    CHECK_FALSE(status.value(QLatin1String("running")).toBool()); // the daemon stopped
    const QJsonArray printers = status.value(QLatin1String("printers")).toArray();
    REQUIRE(printers.size() == 1);
    const QJsonObject printer = printers.first().toObject();
    CHECK(printer.value(QLatin1String("serial")).toString() == QLatin1String("00M00DEMO000001"));
    CHECK(printer.value(QLatin1String("lastSync")).toObject().value(QLatin1String("ok")).toBool());
    CHECK(status.value(QLatin1String("ledger")).toObject().value(QLatin1String("entries")).toInt() >= 1);
}

TEST_CASE("app: status without a running app lists the configured printers", "[app][daemon]")
{
    const QString dir = makeTempDir(QStringLiteral("status"));
    {
        QFile settings(dir + QStringLiteral("/settings.ini"));
        REQUIRE(settings.open(QIODevice::WriteOnly));
    }
    int exitCode = -1;
    const QJsonObject status = statusJson(dir, &exitCode);
    CHECK(exitCode == 0);
    CHECK(status.value(QLatin1String("source")).toString() == QLatin1String("files"));
    CHECK(status.value(QLatin1String("printers")).toArray().isEmpty());
    CHECK(status.value(QLatin1String("ledger")).toObject().value(QLatin1String("pending")).toInt() == 0);
}
