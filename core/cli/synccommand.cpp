#include "core/cli/synccommand.h"

#include "core/engine/linkstore.h"
#include "core/engine/syncengine.h"
#include "core/mqtt/printerconnection.h"
#include "core/printer/printermodel.h"
#include "core/spoolman/spoolmanclient.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTimer>

namespace Spoolbridge::Cli {

namespace {

// The result shape also for failures before any sync ran.
QJsonObject failure(const QString &name, const QString &serial, const QString &message)
{
    SyncResult result;
    result.printer = name;
    result.serial = serial;
    result.errors << message;
    return result.toJson();
}

} // namespace

int runSync(const QStringList &args, CommandIo &io)
{
    QCommandLineParser parser;
    const QCommandLineOption onceOpt(QStringLiteral("once"), QStringLiteral("Sync once and exit (required)."));
    const QCommandLineOption spoolmanOpt(
        QStringLiteral("spoolman"), QStringLiteral("Spoolman URL, e.g. http://host:7912."), QStringLiteral("URL"));
    const QCommandLineOption nameOpt(
        QStringLiteral("name"), QStringLiteral("Printer name used in locations."), QStringLiteral("NAME"));
    const QCommandLineOption hostOpt(
        QStringLiteral("host"), QStringLiteral("Printer IP address."), QStringLiteral("HOST"));
    const QCommandLineOption portOpt(
        QStringLiteral("port"), QStringLiteral("MQTT port."), QStringLiteral("P"), QStringLiteral("8883"));
    const QCommandLineOption serialOpt(
        QStringLiteral("serial"), QStringLiteral("Printer serial."), QStringLiteral("SN"));
    const QCommandLineOption codeOpt(QStringLiteral("access-code-file"),
        QStringLiteral("File holding the printer's LAN access code."), QStringLiteral("FILE"));
    const QCommandLineOption caOpt(
        QStringLiteral("ca-file"), QStringLiteral("Extra CA certificate file (PEM)."), QStringLiteral("FILE"));
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout"), QStringLiteral("Seconds for the whole run."),
        QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption dataOpt(QStringLiteral("data-dir"),
        QStringLiteral("Where the app keeps its slot links (default: the app data directory)."), QStringLiteral("DIR"));
    const QCommandLineOption helpOpt(QStringLiteral("help"), QStringLiteral("Show this help."));
    parser.addOptions(
        {onceOpt, spoolmanOpt, nameOpt, hostOpt, portOpt, serialOpt, codeOpt, caOpt, timeoutOpt, dataOpt, helpOpt});
    if (!parser.parse(QStringList {QStringLiteral("sync")} + args)) {
        io.err << "sync: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(helpOpt)) {
        io.out << "Usage: spoolbridge-cli sync --once --spoolman URL --name NAME --host HOST --serial SN\n"
               << "                            --access-code-file FILE [--port P] [--ca-file FILE] [--timeout S]\n\n"
               << "Connects to the printer (LAN MQTT, verified TLS), waits for its full report, syncs its AMS\n"
               << "slots with Spoolman once and prints the result as JSON. Exit code 0 only without errors.\n\n"
               << parser.helpText().section(u'\n', 1);
        return 0;
    }
    const QStringList required {QStringLiteral("spoolman"), QStringLiteral("host"), QStringLiteral("serial"),
        QStringLiteral("access-code-file")};
    for (const QString &option : required) {
        if (!parser.isSet(option)) {
            io.err << "sync: --" << option << " is required. Run spoolbridge-cli sync --help.\n";
            return 2;
        }
    }
    if (!parser.isSet(onceOpt)) {
        io.err << "sync: only --once is supported here; the desktop app or daemon syncs continuously.\n";
        return 2;
    }
    const QString serial = parser.value(serialOpt).trimmed();
    const QString name = parser.isSet(nameOpt) ? parser.value(nameOpt) : serial;
    QFile codeFile(parser.value(codeOpt));
    if (!codeFile.open(QIODevice::ReadOnly)) {
        io.err << "sync: cannot read the access code file " << codeFile.fileName() << ": " << codeFile.errorString()
               << ".\n";
        return 2;
    }
    const QString accessCode = QString::fromUtf8(codeFile.readAll()).trimmed();
    QString urlError;
    const std::optional<SpoolmanConfig> spoolmanConfig
        = SpoolmanConfig::fromUserUrl(parser.value(spoolmanOpt), &urlError);
    if (!spoolmanConfig) {
        io.err << "sync: " << urlError << '\n';
        return 2;
    }
    const int timeoutMs = std::max(1, int(parser.value(timeoutOpt).toDouble() * 1000));
    const QString dataDir = parser.isSet(dataOpt) ? parser.value(dataOpt)
                                                  : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);

    LinkStore links;
    if (!links.open(QDir(dataDir).filePath(QString::fromLatin1(LinkStore::FileName))))
        io.err << "sync: " << links.errorString() << '\n';
    QNetworkAccessManager network;
    SpoolmanClient client(&network);
    client.setConfig(*spoolmanConfig);

    PrinterModel printer(serial);
    SyncEngine::Services services;
    services.client = &client;
    services.links = &links;
    SyncEngine engine(&printer, services);
    EngineSettings settings;
    settings.mode = SyncMode::Manual;
    engine.setSettings(settings);
    engine.setPrinterName(name);

    PrinterConnectionConfig config;
    config.host = parser.value(hostOpt);
    config.port = quint16(parser.value(portOpt).toUInt());
    config.serial = serial;
    config.accessCode = accessCode;
    config.extraCaFile = parser.value(caOpt);
    config.connectTimeoutMs = std::min(10000, timeoutMs);
    PrinterConnection connection;
    connection.setConfig(config);

    QEventLoop loop;
    std::optional<SyncResult> result;
    QString error;
    bool syncing = false;
    QObject::connect(&connection, &PrinterConnection::messageReceived, &loop, [&](const QByteArray &payload) {
        const PrinterModel::IngestStatus status = printer.ingest(payload);
        if (!syncing && status.ok && status.kind == MergeResult::Kind::FullReport) {
            syncing = true;
            engine.syncNow();
        }
    });
    QObject::connect(&connection, &PrinterConnection::errorOccurred, &loop, [&](const QString &message) {
        if (syncing)
            return; // the report is in; a later hiccup does not matter for this sync
        error = message;
        // Rejected credentials or certificates are final; anything else is retried until the timeout.
        const PrinterConnection::State state = connection.state();
        if (state == PrinterConnection::State::AccessCodeRejected
            || state == PrinterConnection::State::CertificateRejected
            || state == PrinterConnection::State::ConfigurationError)
            loop.quit();
    });
    QObject::connect(&engine, &SyncEngine::syncFinished, &loop, [&](const SyncResult &finished) {
        result = finished;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    connection.start();
    loop.exec();

    QJsonObject out;
    if (result) {
        out = result->toJson();
    } else if (!error.isEmpty() && !syncing) {
        const PrinterConnection::State state = connection.state();
        const bool final = state == PrinterConnection::State::AccessCodeRejected
            || state == PrinterConnection::State::CertificateRejected
            || state == PrinterConnection::State::ConfigurationError;
        out = failure(name, serial,
            final ? error
                  : QStringLiteral("The printer could not be reached within %1 s. Last problem: %2")
                        .arg(timeoutMs / 1000.0)
                        .arg(error));
    } else if (syncing) {
        out = failure(name, serial,
            QStringLiteral("Spoolman did not finish the sync within %1 s: check that it is running.")
                .arg(timeoutMs / 1000.0));
    } else {
        out = failure(name, serial,
            QStringLiteral("The printer sent no full report within %1 s: check the address, serial and that LAN "
                           "mode is on.")
                .arg(timeoutMs / 1000.0));
    }
    connection.stop();
    io.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
    const QJsonArray errors = out.value(QLatin1String("errors")).toArray();
    for (const QJsonValue &message : errors)
        io.err << "sync: " << message.toString() << '\n';
    return errors.isEmpty() ? 0 : 1;
}

} // namespace Spoolbridge::Cli
