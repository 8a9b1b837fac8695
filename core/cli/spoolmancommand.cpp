#include "core/cli/spoolmancommand.h"

#include "core/spoolman/connectiontester.h"
#include "core/spoolman/spoolmanclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>

#include <cmath>

namespace Spoolbridge::Cli {

namespace {

// One translation context for the command (lupdate reads it from here, so it matches at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Spoolbridge::Cli::Spoolman)
};

void printUsage(QTextStream &stream)
{
    stream << "Usage: spoolbridge-cli spoolman test --url URL [options]\n\n"
           << "Checks a Spoolman server: reachability, version, tag lookups, extra fields, round trip.\n"
           << "Exit status: 0 when Spoolbridge can use it, 1 when not, 2 for bad arguments.\n\n"
           << "Options:\n"
           << "  --url URL             Spoolman address, e.g. http://192.168.1.50:7912 or https://host/spoolman\n"
           << "  --timeout S           Seconds to wait for an answer (default 10)\n"
           << "  --header NAME:VALUE   Extra header for a reverse proxy (e.g. X-Api-Key:abc)\n"
           << "  --user U              User name for a reverse proxy's basic authentication\n"
           << "  --password-file F     File whose first line is that user's password\n"
           << "  --ca-file F           CA certificate (PEM/DER) for a self-signed https server\n"
           << "  --json                Print the result as JSON\n";
}

// Fills `config` from the parsed options; returns an error sentence or an empty string.
QString applyOptions(const QCommandLineParser &parser, SpoolmanConfig &config)
{
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || !(seconds > 0) || seconds > 3600)
            return Text::tr("--timeout wants a number of seconds between 0 and 3600, not \"%1\".")
                .arg(parser.value(QStringLiteral("timeout")));
        config.timeoutMs = int(std::lround(seconds * 1000));
    }
    if (parser.isSet(QStringLiteral("header"))) {
        const QString header = parser.value(QStringLiteral("header"));
        const int colon = int(header.indexOf(u':'));
        if (colon <= 0)
            return Text::tr("--header wants NAME:VALUE, e.g. X-Api-Key:abc123.");
        config.headerName = header.left(colon).trimmed().toLatin1();
        config.headerValue = header.mid(colon + 1).trimmed().toUtf8();
    }
    if (parser.isSet(QStringLiteral("user")))
        config.user = parser.value(QStringLiteral("user"));
    if (parser.isSet(QStringLiteral("password-file"))) {
        if (config.user.isEmpty())
            return Text::tr("--password-file needs --user as well.");
        QFile file(parser.value(QStringLiteral("password-file")));
        if (!file.open(QIODevice::ReadOnly))
            return Text::tr("Cannot read the password file %1 (%2).").arg(file.fileName(), file.errorString());
        QByteArray line = file.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        config.password = QString::fromUtf8(line);
    }
    if (parser.isSet(QStringLiteral("ca-file")))
        config.caFile = parser.value(QStringLiteral("ca-file"));
    return {};
}

int runTest(const QStringList &args, CommandIo &io)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("url"), QString(), QStringLiteral("url")},
        {QStringLiteral("timeout"), QString(), QStringLiteral("seconds")},
        {QStringLiteral("header"), QString(), QStringLiteral("name:value")},
        {QStringLiteral("user"), QString(), QStringLiteral("user")},
        {QStringLiteral("password-file"), QString(), QStringLiteral("file")},
        {QStringLiteral("ca-file"), QString(), QStringLiteral("file")},
        {QStringLiteral("json"), QString()},
        {{QStringLiteral("h"), QStringLiteral("help")}, QString()},
    });
    if (!parser.parse(QStringList {QStringLiteral("spoolman-test")} + args)) {
        io.err << "spoolbridge-cli spoolman test: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printUsage(io.out);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        io.err << "spoolbridge-cli spoolman test: "
               << Text::tr("unexpected argument \"%1\".").arg(parser.positionalArguments().first()) << '\n';
        return 2;
    }
    if (!parser.isSet(QStringLiteral("url"))) {
        io.err << "spoolbridge-cli spoolman test: " << Text::tr("--url is required.") << '\n';
        printUsage(io.err);
        return 2;
    }
    QString error;
    std::optional<SpoolmanConfig> config = SpoolmanConfig::fromUserUrl(parser.value(QStringLiteral("url")), &error);
    if (config)
        error = applyOptions(parser, *config);
    if (!error.isEmpty()) {
        io.err << "spoolbridge-cli spoolman test: " << error << '\n';
        return 2;
    }

    QNetworkAccessManager network;
    SpoolmanClient client(&network);
    client.setConfig(*config);
    ConnectionTester tester(&client);
    QEventLoop loop;
    QObject::connect(&tester, &ConnectionTester::finished, &loop, &QEventLoop::quit);
    tester.start();
    if (tester.isRunning())
        loop.exec();

    const ConnectionTestResult &result = tester.result();
    if (parser.isSet(QStringLiteral("json")))
        io.out << QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented);
    else
        io.out << result.toText();
    return result.usable ? 0 : 1;
}

} // namespace

int runSpoolmanCommand(const QStringList &args, CommandIo &io)
{
    const QString sub = args.value(0);
    if (sub.isEmpty() || sub == QLatin1String("-h") || sub == QLatin1String("--help")) {
        printUsage(sub.isEmpty() ? io.err : io.out);
        return sub.isEmpty() ? 2 : 0;
    }
    if (sub == QLatin1String("test"))
        return runTest(args.mid(1), io);
    io.err << "spoolbridge-cli spoolman: " << Text::tr("unknown sub-command \"%1\".").arg(sub) << '\n';
    printUsage(io.err);
    return 2;
}

} // namespace Spoolbridge::Cli
