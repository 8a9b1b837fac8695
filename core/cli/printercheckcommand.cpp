#include "core/cli/printercheckcommand.h"

#include "core/mqtt/printerconnection.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QTimer>

namespace Spoolbridge::Cli {

int runPrinterCheck(const QStringList &args, CommandIo &io)
{
    QCommandLineParser parser;
    const QCommandLineOption hostOpt(
        QStringLiteral("host"), QStringLiteral("Printer IP address."), QStringLiteral("IP"));
    const QCommandLineOption portOpt(
        QStringLiteral("port"), QStringLiteral("MQTT port."), QStringLiteral("PORT"), QStringLiteral("8883"));
    const QCommandLineOption serialOpt(
        QStringLiteral("serial"), QStringLiteral("Printer serial."), QStringLiteral("SN"));
    const QCommandLineOption codeOpt(QStringLiteral("access-code"),
        QStringLiteral("LAN access code (or set SPOOLBRIDGE_ACCESS_CODE)."), QStringLiteral("CODE"));
    const QCommandLineOption caOpt(
        QStringLiteral("ca"), QStringLiteral("Extra CA certificate file (PEM)."), QStringLiteral("FILE"));
    const QCommandLineOption pinOpt(QStringLiteral("pin"),
        QStringLiteral("Trust the certificate with this SHA-256 fingerprint."), QStringLiteral("SHA256"));
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout"), QStringLiteral("Seconds to wait for a report."),
        QStringLiteral("S"), QStringLiteral("15"));
    const QCommandLineOption helpOpt(QStringLiteral("help"), QStringLiteral("Show this help."));
    parser.addOptions({hostOpt, portOpt, serialOpt, codeOpt, caOpt, pinOpt, timeoutOpt, helpOpt});
    if (!parser.parse(QStringList {QStringLiteral("printer-check")} + args)) {
        io.err << "printer-check: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(helpOpt)) {
        io.out << "Usage: spoolbridge-cli printer-check --host IP --serial SN --access-code CODE [options]\n\n"
               << "Connects to a printer in LAN mode (TLS verified against the Bambu CA and the serial),\n"
               << "asks for its full status and prints the outcome as JSON.\n\n"
               << parser.helpText().section(u'\n', 1);
        return 0;
    }

    PrinterConnectionConfig config;
    config.host = parser.value(hostOpt);
    config.port = quint16(parser.value(portOpt).toUInt());
    config.serial = parser.value(serialOpt);
    config.accessCode = parser.isSet(codeOpt) ? parser.value(codeOpt) : qEnvironmentVariable("SPOOLBRIDGE_ACCESS_CODE");
    config.extraCaFile = parser.value(caOpt);
    config.pinnedFingerprint = parser.value(pinOpt);
    const int timeoutMs = int(parser.value(timeoutOpt).toDouble() * 1000);
    config.connectTimeoutMs = qMin(10000, timeoutMs);

    PrinterConnection connection;
    connection.setConfig(config);
    QEventLoop loop;
    QJsonObject report;
    QJsonObject version;
    QString error;
    QObject::connect(&connection, &PrinterConnection::reportReceived, &loop, [&](const QJsonObject &message) {
        if (message.contains(QLatin1String("info")))
            version = message.value(QLatin1String("info")).toObject();
        const QJsonObject print = message.value(QLatin1String("print")).toObject();
        if (print.value(QLatin1String("msg")).toInt(0) == 0 && print.size() > 10)
            report = print;
        if (!report.isEmpty() && !version.isEmpty())
            loop.quit();
    });
    QObject::connect(&connection, &PrinterConnection::errorOccurred, &loop, [&](const QString &message) {
        error = message;
        loop.quit(); // the first failure is the answer; the app would keep retrying
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    connection.start();
    loop.exec();

    QJsonObject out {{QStringLiteral("serial"), config.serial}, {QStringLiteral("host"), config.host},
        {QStringLiteral("state"),
            QString::fromLatin1(QMetaEnum::fromType<PrinterConnection::State>().valueToKey(int(connection.state())))}};
    if (!error.isEmpty())
        out.insert(QStringLiteral("error"), error);
    if (connection.state() == PrinterConnection::State::CertificateRejected) {
        out.insert(QStringLiteral("certificateFingerprint"), connection.rejectedCertificate().fingerprint);
        out.insert(QStringLiteral("certificateSubject"), connection.rejectedCertificate().subject);
    }
    if (!report.isEmpty()) {
        const QJsonObject ams = report.value(QLatin1String("ams")).toObject();
        out.insert(QStringLiteral("gcodeState"), report.value(QLatin1String("gcode_state")));
        out.insert(QStringLiteral("amsUnits"), ams.value(QLatin1String("ams")).toArray().size());
        out.insert(QStringLiteral("trayExistBits"), ams.value(QLatin1String("tray_exist_bits")));
    }
    if (!version.isEmpty())
        out.insert(QStringLiteral("modules"), version.value(QLatin1String("module")).toArray().size());
    const bool ok = error.isEmpty() && !report.isEmpty();
    if (error.isEmpty() && report.isEmpty()) {
        out.insert(QStringLiteral("error"),
            QStringLiteral("Connected, but the printer sent no full status within %1 s.").arg(timeoutMs / 1000.0));
    }
    connection.stop();
    io.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
    if (!ok)
        io.err << "printer-check: " << out.value(QStringLiteral("error")).toString() << '\n';
    return ok ? 0 : 1;
}

} // namespace Spoolbridge::Cli
