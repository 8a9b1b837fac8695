// bench/gui: the desktop main window with N printers, wired the way the app shell will wire it
// (PrinterConnection → PrinterModel → MainWindow::setPrinterState), for start-up time and idle
// memory. The released app binary does not connect printers yet in this tree (that wiring is on
// the `appcore` branch), so this probe composes the same parts.
//
//   spoolbridge-bench-gui --port P --fingerprint SHA256 --access-code CODE [--count 4]
//
// The printers come from spoolbridge-bench-farm-printers (bench/gui/run.sh starts both).
// Prints `GUI shown <ms since process start>` when the window is exposed and `GUI states N`
// once every printer's state reached the window.
// spoolbridge_ui builds with QT_NO_KEYWORDS (public), but core/mqtt headers use `signals:`.
#define signals Q_SIGNALS
#include "core/mqtt/printerconnection.h"
#undef signals
#include "core/printer/printermodel.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QTimer>

#include <cstdio>
#include <set>
#include <unistd.h>

using namespace Spoolbridge;

namespace {

// Milliseconds since this process started (from /proc/self/stat's start time).
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 of the whole line
    const double now = uptime.readAll().split(' ').value(0).toDouble();
    return (now - startTicks / double(sysconf(_SC_CLK_TCK))) * 1000.0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    int count = 4;
    quint16 port = 0;
    QString fingerprint;
    QString accessCode;
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
    }

    Ui::MainWindow window;
    std::set<QString> withState;
    for (int i = 0; i < count && port != 0; ++i) {
        const QString serial = QStringLiteral("01P00FARM%1").arg(i, 6, 10, QLatin1Char('0'));
        window.addPrinter(serial, QStringLiteral("Printer %1").arg(i + 1));
        auto *model = new PrinterModel(serial, &window);
        auto *connection = new PrinterConnection(&window);
        PrinterConnectionConfig config;
        config.serial = serial;
        config.host = QStringLiteral("127.0.0.1");
        config.port = port;
        config.accessCode = accessCode;
        config.pinnedFingerprint = fingerprint;
        connection->setConfig(config);
        QObject::connect(connection, &PrinterConnection::messageReceived, model,
            [model](const QByteArray &payload) { model->ingest(payload); });
        QObject::connect(model, &PrinterModel::stateChanged, &window, [&, model, serial] {
            window.setPrinterState(serial, model->state());
            if (withState.insert(serial).second && int(withState.size()) == count) {
                std::printf("GUI states %d %.0f\n", count, msSinceProcessStart());
                std::fflush(stdout);
            }
        });
        connection->start();
    }
    window.show();
    // The first event-loop turn after show(): the window has been mapped and painted once.
    QTimer::singleShot(0, &window, [] {
        std::printf("GUI shown %.0f\n", msSinceProcessStart());
        std::fflush(stdout);
    });
    return QApplication::exec();
}
