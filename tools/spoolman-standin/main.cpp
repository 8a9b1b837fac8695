// spoolbridge-spoolman-standin --port P --db FILE [--version V] [--seed-spools N] [--host ADDR]
//                              [--exit-after-request "METHOD PATH-PART"]
// A Spoolman-compatible server for tests, demos and benchmarks. Prints the URL it listens on
// and runs until SIGTERM/SIGINT (or, for fault injection, dies right after applying a request).

#include "signalwatcher.h"

#include "core/standin/spoolmanstandin.h"
#include "core/util/logging.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("spoolbridge-spoolman-standin"));
    Spoolbridge::Logging::setupFromEnvironment();
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "standin", "A Spoolman-compatible server (API of Spoolman 0.26.1) for tests, demos and benchmarks."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
        QCoreApplication::translate("standin", "TCP port to listen on (0 = any free port)."), QStringLiteral("P"),
        QStringLiteral("0"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QCoreApplication::translate("standin", "SQLite database file (created if missing; :memory: keeps nothing)."),
        QStringLiteral("FILE"), QStringLiteral(":memory:"));
    const QCommandLineOption versionOption(QStringLiteral("version"),
        QCoreApplication::translate("standin", "Version to report in /info (below 0.25 disables extra filters)."),
        QStringLiteral("V"), QStringLiteral("0.26.1"));
    const QCommandLineOption seedOption(QStringLiteral("seed-spools"),
        QCoreApplication::translate("standin", "Create N spools with unique tags before serving."), QStringLiteral("N"),
        QStringLiteral("0"));
    const QCommandLineOption hostOption(QStringLiteral("host"),
        QCoreApplication::translate("standin", "Address to listen on (default 127.0.0.1)."), QStringLiteral("ADDR"),
        QStringLiteral("127.0.0.1"));
    const QCommandLineOption exitOption(QStringLiteral("exit-after-request"),
        QCoreApplication::translate("standin",
            "Fault injection: die at once (exit code 3) after applying the first request with this method whose path "
            "contains PATH-PART, before its reply is sent, e.g. \"PUT /use\"."),
        QStringLiteral("METHOD PATH-PART"));
    parser.addOptions({portOption, dbOption, versionOption, seedOption, hostOption, exitOption});
    parser.process(app);

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    bool seedOk = false;
    const int seed = parser.value(seedOption).toInt(&seedOk);
    const QHostAddress host(parser.value(hostOption));
    if (!portOk || port > 65535 || !seedOk || seed < 0 || host.isNull()) {
        err << QCoreApplication::translate(
            "standin", "Invalid --port, --seed-spools or --host value; see --help for the expected forms.")
            << Qt::endl;
        return 2;
    }

    const QStringList exitAfter = parser.value(exitOption).split(u' ', Qt::SkipEmptyParts);
    if (parser.isSet(exitOption) && exitAfter.size() != 2) {
        err << QCoreApplication::translate(
            "standin", "--exit-after-request needs a method and a path part, e.g. \"PUT /use\".")
            << Qt::endl;
        return 2;
    }

    Spoolbridge::SpoolmanStandin server;
    if (exitAfter.size() == 2) {
        // The reply is still in the socket's buffer when requestServed is emitted: it never leaves,
        // like a server that crashes after its commit.
        QObject::connect(&server, &Spoolbridge::SpoolmanStandin::requestServed, &app,
            [exitAfter](const QByteArray &method, const QString &path, int) {
                if (QString::fromLatin1(method) == exitAfter.at(0) && path.contains(exitAfter.at(1)))
                    std::_Exit(3);
            });
    }
    server.setDatabasePath(parser.value(dbOption));
    server.setVersion(parser.value(versionOption));
    if (!server.listen(host, quint16(port))) {
        err << server.errorString() << Qt::endl;
        return 1;
    }
    if (seed > 0) {
        QElapsedTimer timer;
        timer.start();
        server.seedSpools(seed);
        err << QCoreApplication::translate("standin", "Seeded %1 spools in %2 ms (%3 spools in total).")
                   .arg(seed)
                   .arg(timer.elapsed())
                   .arg(server.spoolCount())
            << Qt::endl;
    }
    out << server.baseUrl().toString() << Qt::endl;

    Spoolbridge::Tools::SignalWatcher watcher;
    QObject::connect(&watcher, &Spoolbridge::Tools::SignalWatcher::terminationRequested, &app, [&](int) {
        server.close();
        QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}
