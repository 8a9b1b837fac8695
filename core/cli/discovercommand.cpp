#include "core/cli/discovercommand.h"

#include "core/mqtt/printerdiscovery.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace Spoolbridge::Cli {

int runDiscover(const QStringList &args, CommandIo &io)
{
    QCommandLineParser parser;
    const QCommandLineOption secondsOpt(QStringLiteral("seconds"),
        QStringLiteral("How long to listen (printers announce every few seconds)."), QStringLiteral("N"),
        QStringLiteral("6"));
    const QCommandLineOption portOpt(QStringLiteral("port"), QStringLiteral("UDP port to listen on."),
        QStringLiteral("PORT"), QString::number(PrinterDiscovery::DefaultPort));
    const QCommandLineOption helpOpt(QStringLiteral("help"), QStringLiteral("Show this help."));
    parser.addOptions({secondsOpt, portOpt, helpOpt});
    if (!parser.parse(QStringList {QStringLiteral("discover")} + args)) {
        io.err << "discover: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(helpOpt)) {
        io.out << "Usage: spoolbridge-cli discover [--seconds N] [--port PORT]\n\n"
               << "Listens for the SSDP announcements Bambu Lab printers broadcast on the LAN and prints\n"
               << "the printers seen as a JSON array (serial, model, name, ip, mode).\n\n"
               << parser.helpText().section(u'\n', 1);
        return 0;
    }

    PrinterDiscovery discovery;
    discovery.setPort(quint16(parser.value(portOpt).toUInt()));
    QString failure;
    QObject::connect(&discovery, &PrinterDiscovery::errorOccurred, [&](const QString &message) { failure = message; });
    if (!discovery.start()) {
        io.err << "discover: " << failure << '\n';
        return 1;
    }
    QEventLoop loop;
    QTimer::singleShot(int(parser.value(secondsOpt).toDouble() * 1000), &loop, &QEventLoop::quit);
    loop.exec();

    QJsonArray printers;
    for (const DiscoveredPrinter &printer : discovery.printers()) {
        printers.append(
            QJsonObject {{QStringLiteral("serial"), printer.serial}, {QStringLiteral("model"), printer.modelName},
                {QStringLiteral("modelCode"), printer.modelCode}, {QStringLiteral("name"), printer.name},
                {QStringLiteral("ip"), printer.ip}, {QStringLiteral("mode"), printer.connectMode},
                {QStringLiteral("bind"), printer.bindState}, {QStringLiteral("firmware"), printer.firmware},
                {QStringLiteral("lastSeen"), printer.lastSeen.toString(Qt::ISODate)}});
    }
    io.out << QJsonDocument(printers).toJson(QJsonDocument::Indented);
    if (printers.isEmpty()) {
        io.err << "discover: no printer announced itself. Check that the printer is on the same network "
                  "(announcements do not cross routers) and that UDP port "
               << discovery.port() << " is not blocked by a firewall.\n";
    }
    return 0;
}

} // namespace Spoolbridge::Cli
