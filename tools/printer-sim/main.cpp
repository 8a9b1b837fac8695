// spoolbridge-printer-sim: a simulated Bambu printer on a real mosquitto broker (see
// docs/printer-sim.md).
#include "tools/printer-sim/mosquittobroker.h"
#include "tools/printer-sim/printersimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace Spoolbridge;

namespace {

int s_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(s_signalPipe[1], &byte, 1);
}

// SIGINT/SIGTERM quit the event loop, so the broker child is stopped cleanly.
void installSignalHandlers(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(s_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(s_signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

QString fixture(const char *name)
{
    return QStringLiteral(SB_PRINTERSIM_FIXTURES_DIR "/") + QLatin1String(name);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("spoolbridge-printer-sim"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Simulates a Bambu Lab printer: starts a TLS mosquitto broker (CN = serial) and answers like a printer."));
    parser.addHelpOption();
    const QCommandLineOption serialOpt(QStringLiteral("serial"), QStringLiteral("Printer serial."),
        QStringLiteral("SN"), QStringLiteral("01P00A000000001"));
    const QCommandLineOption codeOpt(QStringLiteral("access-code"), QStringLiteral("LAN access code."),
        QStringLiteral("CODE"), QStringLiteral("12345678"));
    const QCommandLineOption portOpt(QStringLiteral("port"), QStringLiteral("Broker port (0: a free one)."),
        QStringLiteral("PORT"), QStringLiteral("0"));
    const QCommandLineOption dirOpt(QStringLiteral("dir"),
        QStringLiteral("Directory for certificates and broker files (default: temporary)."), QStringLiteral("DIR"));
    const QCommandLineOption brokerOpt(QStringLiteral("broker"),
        QStringLiteral("Use a running broker instead of starting one (needs --ca)."), QStringLiteral("HOST:PORT"));
    const QCommandLineOption caOpt(
        QStringLiteral("ca"), QStringLiteral("CA of --broker's certificate."), QStringLiteral("FILE"));
    const QCommandLineOption reportOpt(QStringLiteral("report"),
        QStringLiteral("Full report fixture (pushall answer)."), QStringLiteral("FILE"),
        fixture("x1c-pushall-2ams-ams2pro-amsht.json"));
    const QCommandLineOption versionOpt(QStringLiteral("version-fixture"),
        QStringLiteral("get_version answer fixture."), QStringLiteral("FILE"),
        fixture("x1c-get_version-2ams-ams2pro-amsht.json"));
    const QCommandLineOption deltaOpt(QStringLiteral("delta-interval"),
        QStringLiteral("Publish a small delta every MS milliseconds (0: off)."), QStringLiteral("MS"),
        QStringLiteral("2000"));
    const QCommandLineOption replayOpt(QStringLiteral("replay"),
        QStringLiteral("Replay a JSONL stream ({ts,payload} per line)."), QStringLiteral("FILE"));
    const QCommandLineOption speedOpt(
        QStringLiteral("speed"), QStringLiteral("Replay speed factor."), QStringLiteral("X"), QStringLiteral("1"));
    const QCommandLineOption scriptOpt(
        QStringLiteral("script"), QStringLiteral("Run an event script."), QStringLiteral("FILE"));
    const QCommandLineOption eventOpt(QStringLiteral("event"),
        QStringLiteral("Run one event once online, e.g. \"insert 0 1 PLA FF0000FF\" (repeatable)."),
        QStringLiteral("CMD"));
    const QCommandLineOption exitOpt(
        QStringLiteral("exit-after"), QStringLiteral("Quit after MS milliseconds."), QStringLiteral("MS"));
    parser.addOptions({serialOpt, codeOpt, portOpt, dirOpt, brokerOpt, caOpt, reportOpt, versionOpt, deltaOpt,
        replayOpt, speedOpt, scriptOpt, eventOpt, exitOpt});
    parser.process(app);
    installSignalHandlers(app);

    Sim::PrinterSimulator::Options options;
    options.serial = parser.value(serialOpt);
    options.accessCode = parser.value(codeOpt);
    options.reportFixture = parser.value(reportOpt);
    options.versionFixture = parser.value(versionOpt);
    options.deltaIntervalMs = parser.value(deltaOpt).toInt();

    QTemporaryDir tempDir;
    Sim::MosquittoBroker broker;
    QString error;
    if (parser.isSet(brokerOpt)) {
        const QString hostPort = parser.value(brokerOpt);
        options.host = hostPort.section(u':', 0, 0);
        options.port = quint16(hostPort.section(u':', 1, 1).toUInt());
        options.caFile = parser.value(caOpt);
        if (options.port == 0 || options.caFile.isEmpty()) {
            err << "printer-sim: --broker needs HOST:PORT and --ca FILE\n";
            return 2;
        }
    } else {
        Sim::MosquittoBroker::Setup setup;
        setup.serial = options.serial;
        setup.accessCode = options.accessCode;
        setup.port = quint16(parser.value(portOpt).toUInt());
        setup.directory = parser.isSet(dirOpt) ? parser.value(dirOpt) : tempDir.path();
        if (!broker.prepare(setup, &error) || !broker.start(&error)) {
            err << "printer-sim: " << error << '\n';
            return 1;
        }
        QObject::connect(&broker, &Sim::MosquittoBroker::exitedUnexpectedly, &app, [&](const QString &output) {
            err << "printer-sim: the broker exited: " << output << '\n';
            QCoreApplication::exit(1);
        });
        options.port = broker.port();
        options.caFile = broker.caFile();
    }

    Sim::PrinterSimulator sim;
    if (!sim.setOptions(options, &error)) {
        err << "printer-sim: " << error << '\n';
        return 1;
    }
    QObject::connect(&sim, &Sim::PrinterSimulator::problem, &app, [&](const QString &message) {
        err << "printer-sim: " << message << '\n';
        err.flush();
    });
    QObject::connect(&sim, &Sim::PrinterSimulator::requestReceived, &app, [&](const QJsonObject &request) {
        out << "request: " << QJsonDocument(request).toJson(QJsonDocument::Compact) << '\n';
        out.flush();
    });

    out << "printer-sim: broker " << options.host << ':' << options.port << '\n'
        << "printer-sim: ca " << options.caFile << '\n'
        << "printer-sim: serial " << options.serial << ", user bblp, access code " << options.accessCode << '\n'
        << "SPOOLBRIDGE_SIM "
        << QJsonDocument(QJsonObject {{QStringLiteral("host"), options.host}, {QStringLiteral("port"), options.port},
                             {QStringLiteral("ca"), options.caFile}, {QStringLiteral("serial"), options.serial},
                             {QStringLiteral("accessCode"), options.accessCode}})
               .toJson(QJsonDocument::Compact)
        << '\n';
    out.flush();

    bool startedExtras = false;
    QObject::connect(&sim, &Sim::PrinterSimulator::online, &app, [&] {
        out << "printer-sim: online\n";
        out.flush();
        if (startedExtras)
            return;
        startedExtras = true;
        QString problem;
        for (const QString &event : parser.values(eventOpt)) {
            if (!sim.runCommand(event, &problem))
                err << "printer-sim: " << problem << '\n';
        }
        if (parser.isSet(replayOpt)
            && !sim.replay(parser.value(replayOpt), parser.value(speedOpt).toDouble(), &problem))
            err << "printer-sim: " << problem << '\n';
        if (parser.isSet(scriptOpt)) {
            QFile script(parser.value(scriptOpt));
            if (!script.open(QIODevice::ReadOnly))
                err << "printer-sim: cannot read " << script.fileName() << '\n';
            else if (!sim.runScript(QString::fromUtf8(script.readAll()), &problem))
                err << "printer-sim: " << problem << '\n';
        }
        err.flush();
    });
    sim.start();
    if (parser.isSet(exitOpt))
        QTimer::singleShot(parser.value(exitOpt).toInt(), &app, &QCoreApplication::quit);
    const int code = app.exec();
    sim.stop();
    broker.stop();
    return code;
}
