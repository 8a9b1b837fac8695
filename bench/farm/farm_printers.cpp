// bench/farm, printer side: one real TLS mosquitto broker (sb_printersim's MosquittoBroker) and
// N simulated printers, each with its own serial and topics, publishing one delta per second
// (the payloads of a recorded A1 print, cycled: temperatures, progress, layers, AMS) and the
// full X1C report on pushall, the version fixture on get_version. Each printer's RFID spools are
// its own: the first six hex digits of every tray_uuid / tag_uid are the printer's index, so N
// printers hold 12·N distinct spools (as a real farm would), not the same 12 N times.
//
//   spoolbridge-bench-farm-printers --count N [--interval-ms 1000] [--spools-out FILE]
//
// Prints one line `FARM {"port":…,"fingerprint":…,"serialPrefix":…,"count":N,…}` once the
// publisher is connected, then runs until SIGINT/SIGTERM. Serials: 01P00FARM000000, …001, ….
// --spools-out writes every printer's RFID spools as a JSON array
// ({"serial", "tag", "material", "color"}) so a benchmark can put them into Spoolman beforehand.
#include "core/mqtt/mqttclient.h"
#include "core/mqtt/mqtterror.h"
#include "core/mqtt/tlscontext.h"
#include "tools/printer-sim/mosquittobroker.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Spoolbridge;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    (void)!::write(g_signalPipe[1], &byte, 1);
}

QString serialFor(int index)
{
    return QStringLiteral("01P00FARM%1").arg(index, 6, 10, QLatin1Char('0'));
}

// The `print` objects of the recorded A1 stream's deltas (msg 1), to be cycled.
QList<QJsonObject> recordedDeltas()
{
    QList<QJsonObject> deltas;
    QFile file(QStringLiteral(SB_PRINTERSIM_FIXTURES_DIR "/a1-stream-multicolor-print-lan.jsonl"));
    if (!file.open(QIODevice::ReadOnly))
        return deltas;
    while (!file.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
        const QJsonObject print
            = line.value(QStringLiteral("payload")).toObject().value(QStringLiteral("print")).toObject();
        if (!print.isEmpty() && print.value(QStringLiteral("msg")).toInt(-1) != 0)
            deltas.append(print);
    }
    return deltas;
}

// The full report as printer `index` sends it: its own RFID spools (see the header comment).
QJsonObject personalised(QJsonObject print, int index)
{
    const QString prefix = QStringLiteral("%1").arg(index, 6, 16, QLatin1Char('0')).toUpper();
    auto own = [&prefix](QJsonObject tray) {
        for (const QString &key : {QStringLiteral("tray_uuid"), QStringLiteral("tag_uid")}) {
            const QString value = tray.value(key).toString();
            if (value.size() > prefix.size() && value.count(QLatin1Char('0')) != value.size())
                tray.insert(key, prefix + value.mid(prefix.size()));
        }
        return tray;
    };
    QJsonObject ams = print.value(QStringLiteral("ams")).toObject();
    QJsonArray units = ams.value(QStringLiteral("ams")).toArray();
    for (qsizetype u = 0; u < units.size(); ++u) {
        QJsonObject unit = units.at(u).toObject();
        QJsonArray trays = unit.value(QStringLiteral("tray")).toArray();
        for (qsizetype t = 0; t < trays.size(); ++t)
            trays.replace(t, own(trays.at(t).toObject()));
        unit.insert(QStringLiteral("tray"), trays);
        units.replace(u, unit);
    }
    ams.insert(QStringLiteral("ams"), units);
    print.insert(QStringLiteral("ams"), ams);
    return print;
}

// Every RFID spool of printer `index` ({"serial","tag","material","color"}).
QJsonArray rfidSpools(const QJsonObject &print, int index)
{
    QJsonArray spools;
    const QJsonArray units = print.value(QStringLiteral("ams")).toObject().value(QStringLiteral("ams")).toArray();
    for (const QJsonValue &unit : units) {
        for (const QJsonValue &value : unit.toObject().value(QStringLiteral("tray")).toArray()) {
            const QJsonObject tray = value.toObject();
            const QString tag = tray.value(QStringLiteral("tray_uuid")).toString();
            if (tag.isEmpty() || tag.count(QLatin1Char('0')) == tag.size())
                continue;
            spools.append(QJsonObject {{QStringLiteral("serial"), serialFor(index)}, {QStringLiteral("tag"), tag},
                {QStringLiteral("material"), tray.value(QStringLiteral("tray_type"))},
                {QStringLiteral("color"), tray.value(QStringLiteral("tray_color")).toString().left(6)}});
        }
    }
    return spools;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int count = 10;
    int intervalMs = 1000;
    QString spoolsOut;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--count"))
            count = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--interval-ms"))
            intervalMs = std::max(10, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--spools-out"))
            spoolsOut = args[i + 1];
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return 2;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QSocketNotifier signalNotifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);

    QTemporaryDir dir;
    Sim::MosquittoBroker broker;
    Sim::MosquittoBroker::Setup setup;
    setup.serial = QStringLiteral("01P00FARMBROKER");
    setup.directory = dir.path();
    QString error;
    if (!broker.prepare(setup, &error) || !broker.start(&error)) {
        std::fprintf(stderr, "farm: broker failed: %s\n", qPrintable(error));
        return 2;
    }
    QFile serverPem(dir.path() + QStringLiteral("/server.pem"));
    serverPem.open(QIODevice::ReadOnly);
    const QStringList fingerprints = TlsContext::pemFingerprints(serverPem.readAll());
    if (fingerprints.isEmpty()) {
        std::fprintf(stderr, "farm: no server certificate fingerprint\n");
        return 2;
    }

    const QList<QJsonObject> deltas = recordedDeltas();
    QFile reportFile(QStringLiteral(SB_PRINTERSIM_FIXTURES_DIR "/x1c-pushall-2ams-ams2pro-amsht.json"));
    QFile versionFile(QStringLiteral(SB_PRINTERSIM_FIXTURES_DIR "/x1c-get_version-2ams-ams2pro-amsht.json"));
    if (deltas.isEmpty() || !reportFile.open(QIODevice::ReadOnly) || !versionFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "farm: fixtures missing in %s\n", SB_PRINTERSIM_FIXTURES_DIR);
        return 2;
    }
    const QJsonObject fullReport = QJsonDocument::fromJson(reportFile.readAll()).object();
    const QByteArray versionReply = QJsonDocument::fromJson(versionFile.readAll()).toJson(QJsonDocument::Compact);
    if (!spoolsOut.isEmpty()) {
        QJsonArray spools;
        for (int i = 0; i < count; ++i) {
            for (const QJsonValue &spool :
                rfidSpools(personalised(fullReport.value(QStringLiteral("print")).toObject(), i), i))
                spools.append(spool);
        }
        QFile out(spoolsOut);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(QJsonDocument(spools).toJson()) < 0) {
            std::fprintf(stderr, "farm: cannot write %s\n", qPrintable(spoolsOut));
            return 2;
        }
    }

    // One MQTT session publishes for every simulated printer (the consumer still opens one TLS
    // session per printer, as the app does).
    MqttClient client;
    MqttOptions mqtt;
    mqtt.host = QStringLiteral("127.0.0.1");
    mqtt.port = broker.port();
    mqtt.clientId = QStringLiteral("farm-printers");
    mqtt.username = broker.username();
    mqtt.password = broker.accessCode();
    mqtt.caFiles = {broker.caFile()};
    mqtt.expectedPeerName = setup.serial;
    client.setOptions(mqtt);
    bool announced = false;
    QObject::connect(&client, &MqttClient::connected, &app, [&] {
        client.subscribe(QStringLiteral("device/+/request"));
        if (announced)
            return;
        announced = true;
        const QJsonObject info {{QStringLiteral("port"), broker.port()},
            {QStringLiteral("fingerprint"), fingerprints.first()}, {QStringLiteral("accessCode"), broker.accessCode()},
            {QStringLiteral("serialPrefix"), QStringLiteral("01P00FARM")}, {QStringLiteral("count"), count},
            {QStringLiteral("pid"), qint64(QCoreApplication::applicationPid())}};
        std::printf("FARM %s\n", QJsonDocument(info).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
    });
    QObject::connect(&client, &MqttClient::errorOccurred, &app,
        [](const MqttError &failure) { std::fprintf(stderr, "farm: %s\n", qPrintable(failure.message)); });
    QObject::connect(&client, &MqttClient::disconnected, &app,
        [&] { QTimer::singleShot(200, &client, &MqttClient::connectToHost); });
    int pushalls = 0;
    QObject::connect(&client, &MqttClient::messageReceived, &app, [&](const QString &topic, const QByteArray &payload) {
        const QString serial = topic.section(QLatin1Char('/'), 1, 1);
        const QJsonObject request = QJsonDocument::fromJson(payload).object();
        const QString reportTopic = QStringLiteral("device/%1/report").arg(serial);
        if (request.contains(QStringLiteral("pushing"))) {
            ++pushalls;
            const int index = serial.mid(QStringLiteral("01P00FARM").size()).toInt();
            QJsonObject print = personalised(fullReport.value(QStringLiteral("print")).toObject(), index);
            print.insert(QStringLiteral("command"), QStringLiteral("push_status"));
            print.insert(QStringLiteral("msg"), 0);
            print.insert(QStringLiteral("sequence_id"),
                request.value(QStringLiteral("pushing")).toObject().value(QStringLiteral("sequence_id")));
            client.publish(reportTopic,
                QJsonDocument(QJsonObject {{QStringLiteral("print"), print}}).toJson(QJsonDocument::Compact));
        } else if (request.contains(QStringLiteral("info"))) {
            client.publish(reportTopic, versionReply);
        }
    });
    client.connectToHost();

    // One delta per printer per interval, spread over the interval so the broker sees a steady
    // stream rather than N messages at once; consecutive printers are at different points of the
    // recording.
    QList<QByteArray> deltaPayloads;
    for (const QJsonObject &delta : deltas) {
        deltaPayloads.append(
            QJsonDocument(QJsonObject {{QStringLiteral("print"), delta}}).toJson(QJsonDocument::Compact));
    }
    int next = 0;
    int cursor = 0;
    qint64 published = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(std::max(1, intervalMs / count));
    QObject::connect(&tick, &QTimer::timeout, &app, [&] {
        if (announced) {
            client.publish(QStringLiteral("device/%1/report").arg(serialFor(next)),
                deltaPayloads.at((cursor + next * 7) % deltaPayloads.size()));
            ++published;
        }
        if (++next == count) {
            next = 0;
            ++cursor;
        }
    });
    tick.start();

    const int status = app.exec();
    std::fprintf(stderr, "farm: %lld deltas published, %d pushall answered\n", published, pushalls);
    client.disconnectFromHost();
    broker.stop();
    return status;
}
