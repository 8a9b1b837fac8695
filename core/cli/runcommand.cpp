#include "core/cli/runcommand.h"

#include "core/app/appcore.h"
#include "core/cli/eventlooppacer.h"
#include "core/settings/secretstore.h"
#include "core/settings/settings.h"
#include "core/util/logging.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace Spoolbridge::Cli {

namespace {

int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    // Only async-signal-safe work here: one byte into the socket pair wakes the event loop.
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalFds[0], &byte, 1);
}

} // namespace

int runDaemon(const QStringList &args, CommandIo &io)
{
    QCommandLineParser parser;
    const QCommandLineOption configOpt = Settings::configOption();
    const QCommandLineOption demoOpt(QStringLiteral("demo"),
        QStringLiteral("Run the demo (a stand-in Spoolman and a simulated printer) instead of the configuration."));
    const QCommandLineOption dataOpt(QStringLiteral("data-dir"),
        QStringLiteral("Where the ledger, links and status are kept (default: the app data directory)."),
        QStringLiteral("DIR"));
    const QCommandLineOption tickOpt(QStringLiteral("demo-tick-ms"),
        QStringLiteral("How fast the demo printer prints (milliseconds per step)."), QStringLiteral("MS"),
        QStringLiteral("3000"));
    const QCommandLineOption paceOpt(QStringLiteral("pace-ms"),
        QStringLiteral("Handle events in batches at most every MS milliseconds (fewer wake-ups with many printers; "
                       "0 = at once). Default: %1 from %2 printers on, else 0.")
            .arg(EventLoopPacer::DefaultIntervalMs)
            .arg(EventLoopPacer::PacedFromPrinters),
        QStringLiteral("MS"));
    const QCommandLineOption helpOpt(QStringLiteral("help"), QStringLiteral("Show this help."));
    parser.addOptions({configOpt, demoOpt, dataOpt, tickOpt, paceOpt, helpOpt});
    if (!parser.parse(QStringList {QStringLiteral("run")} + args)) {
        io.err << "run: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(helpOpt)) {
        io.out << "Usage: spoolbridge-cli run [--config FILE] [--demo] [--data-dir DIR] [--pace-ms MS]\n\n"
               << "Runs Spoolbridge without a desktop: keeps every configured printer's AMS slots in sync with\n"
               << "Spoolman and records filament usage, until SIGTERM or SIGINT. Logs go to stderr.\n"
               << "With nothing configured, or with --demo, runs the demo instead.\n\n"
               << parser.helpText().section(u'\n', 1);
        return 0;
    }
    bool paceOk = true;
    const bool paceFixed = parser.isSet(paceOpt);
    const int paceMs = paceFixed ? parser.value(paceOpt).toInt(&paceOk) : 0;
    if (!paceOk || paceMs < 0 || paceMs > 1000) {
        io.err << "run: --pace-ms needs a number of milliseconds from 0 to 1000.\n";
        return 2;
    }
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0) {
        io.err << "run: cannot set up signal handling.\n";
        return 1;
    }
    Settings settings(parser.value(configOpt));
    if (!settings.lastError().isEmpty())
        io.err << "run: " << settings.lastError() << '\n';
    SecretStore secrets(&settings);
    AppCore::Options options;
    options.demo = parser.isSet(demoOpt) || !AppCore::isConfigured(settings);
    options.dataDirectory = parser.value(dataOpt);
    options.demoTickMs = std::max(50, parser.value(tickOpt).toInt());
    if (options.demo && !parser.isSet(demoOpt))
        io.err << "run: nothing is configured yet, so the demo runs. Set up a printer with spoolbridge-cli settings "
                  "or the desktop app.\n";
    io.err.flush();

    QEventLoop loop;
    EventLoopPacer pacer(paceMs);
    QSocketNotifier notifier(g_signalFds[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &loop, [&] {
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(g_signalFds[1], &byte, 1);
        qCInfo(lcApp) << "stopping";
        loop.quit();
    });
    struct sigaction action {
    };
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);

    int exitCode = 0;
    {
        AppCore core(&settings, &secrets, options);
        QObject::connect(&core, &AppCore::started, &loop, [&core] {
            qCInfo(lcApp).noquote() << (core.isDemo() ? "demo running" : "running") << "with"
                                    << core.printerIds().size() << "printer(s); data in" << core.dataDirectory();
        });
        QObject::connect(&core, &AppCore::errorOccurred, &loop, [](const QString &printerId, const QString &message) {
            qCWarning(lcApp).noquote() << (printerId.isEmpty() ? QString() : printerId + QStringLiteral(": "))
                                       << message;
        });
        if (!paceFixed) {
            // Pacing pays off once many printers report; below that it would only delay answers.
            const auto follow
                = [&core, &pacer] { pacer.setIntervalMs(EventLoopPacer::intervalFor(core.printerIds().size())); };
            QObject::connect(&core, &AppCore::printerAdded, &loop, follow);
            QObject::connect(&core, &AppCore::printerRemoved, &loop, follow);
        }
        core.start();
        loop.exec();
        core.shutdown();
    }
    signal(SIGTERM, SIG_DFL);
    signal(SIGINT, SIG_DFL);
    ::close(g_signalFds[0]);
    ::close(g_signalFds[1]);
    qCInfo(lcApp) << "stopped";
    return exitCode;
}

} // namespace Spoolbridge::Cli
