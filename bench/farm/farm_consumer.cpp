// bench/farm, consumer side: what the app does per printer, N times in one headless process —
// one PrinterConnection (its own TLS MQTT session) feeding one PrinterModel through
// PrinterConnection::messageReceived → PrinterModel::ingest, with a receiver on the model's
// change signals.
//
//   spoolbridge-bench-farm-consumer --port P --fingerprint SHA256 --access-code CODE --count N
//
// The broker's certificate names one broker, not N printers, so each connection pins its
// fingerprint (the app's trust-on-first-use path; the TLS handshake still happens per printer).
// Prints `CONSUMER connected N` when every connection is up and `CONSUMER stats …` every 10 s.
#include "core/mqtt/printerconnection.h"
#include "core/printer/printermodel.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>
#include <vector>

using namespace Spoolbridge;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int count = 10;
    quint16 port = 0;
    QString fingerprint;
    QString accessCode;
    QString prefix = QStringLiteral("01P00FARM");
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--count"))
            count = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--port"))
            port = quint16(args[i + 1].toUInt());
        else if (args[i] == QLatin1String("--fingerprint"))
            fingerprint = args[i + 1];
        else if (args[i] == QLatin1String("--access-code"))
            accessCode = args[i + 1];
        else if (args[i] == QLatin1String("--serial-prefix"))
            prefix = args[i + 1];
    }
    if (port == 0 || fingerprint.isEmpty() || accessCode.isEmpty()) {
        std::fprintf(stderr, "usage: %s --port P --fingerprint SHA256 --access-code CODE --count N\n", argv[0]);
        return 2;
    }

    long messages = 0;
    long changes = 0;
    long errors = 0;
    int connectedCount = 0;
    bool announced = false;
    std::vector<PrinterModel *> models;
    for (int i = 0; i < count; ++i) {
        const QString serial = prefix + QStringLiteral("%1").arg(i, 6, 10, QLatin1Char('0'));
        auto *model = new PrinterModel(serial, &app);
        auto *connection = new PrinterConnection(&app);
        PrinterConnectionConfig config;
        config.serial = serial;
        config.host = QStringLiteral("127.0.0.1");
        config.port = port;
        config.accessCode = accessCode;
        config.pinnedFingerprint = fingerprint;
        connection->setConfig(config);
        QObject::connect(connection, &PrinterConnection::messageReceived, model, [&, model](const QByteArray &payload) {
            ++messages;
            if (!model->ingest(payload).ok)
                ++errors;
        });
        QObject::connect(model, &PrinterModel::stateChanged, &app, [&] { ++changes; });
        QObject::connect(model, &PrinterModel::slotChanged, &app, [&](int, int) { ++changes; });
        QObject::connect(connection, &PrinterConnection::connected, &app, [&] {
            if (++connectedCount >= count && !announced) {
                announced = true;
                std::printf("CONSUMER connected %d\n", count);
                std::fflush(stdout);
            }
        });
        QObject::connect(connection, &PrinterConnection::errorOccurred, &app, [serial](const QString &message) {
            std::fprintf(stderr, "consumer %s: %s\n", qPrintable(serial), qPrintable(message));
        });
        models.push_back(model);
        connection->start();
    }

    QTimer stats;
    stats.setInterval(10000);
    QObject::connect(&stats, &QTimer::timeout, &app, [&] {
        std::printf("CONSUMER stats messages=%ld changes=%ld errors=%ld connected=%d\n", messages, changes, errors,
            connectedCount);
        std::fflush(stdout);
    });
    stats.start();
    return app.exec();
}
