#include "startupprobe.h"

#include "core/app/appcore.h"
#include "core/app/printersession.h"
#include "core/printer/printermodel.h"

#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>
#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

namespace Spoolbridge::Gui {

StartupProbe::Options StartupProbe::optionsFromEnvironment()
{
    Options options;
    const QByteArray value = qgetenv("SPOOLBRIDGE_STARTUP_PROBE").trimmed();
    options.enabled = !value.isEmpty() && value != "0";
    bool ok = false;
    const int idle = qEnvironmentVariableIntValue("SPOOLBRIDGE_STARTUP_PROBE_IDLE_S", &ok);
    if (options.enabled && ok && idle >= 0)
        options.idleExitS = idle;
    return options;
}

StartupProbe::StartupProbe(const Options &options, Writer writer, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_writer(std::move(writer))
{
    if (!m_writer) {
        m_writer = [](const QByteArray &line) {
            std::fprintf(stderr, "%s\n", line.constData());
            std::fflush(stderr);
        };
    }
}

void StartupProbe::watch(QWidget *window, AppCore *core)
{
    if (!m_options.enabled || m_window)
        return;
    m_window = window;
    m_core = core;
    window->installEventFilter(this);
    QTimer::singleShot(0, this, [this] { report("window-shown " + times()); });
    if (core) {
        // Connected after the AppController: by the time this runs the window has the state.
        connect(core, &AppCore::printerStateChanged, this, [this](const QString &id) {
            PrinterSession *session = m_core->session(id);
            if (!m_printersDone && session && !session->model()->state().units.isEmpty()) {
                m_shown.insert(id);
                checkPrinters();
            }
        });
    }
    // The demo adds its printer only once its Spoolman is up (AppCore::started).
    if (core && !core->isStarted())
        connect(core, &AppCore::started, this, &StartupProbe::checkPrinters);
    else
        checkPrinters();
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        QTimer::singleShot(0, this, [this] { report("window-painted " + times()); });
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::checkPrinters()
{
    if (m_printersDone)
        return;
    const QStringList ids = m_core ? m_core->printerIds() : QStringList();
    for (const QString &id : ids) {
        if (!m_shown.contains(id))
            return;
    }
    m_printersDone = true;
    const qsizetype count = ids.size();
    QTimer::singleShot(0, this, [this, count] {
        report("printers-shown " + QByteArray::number(count) + ' ' + times());
        startIdle();
    });
}

void StartupProbe::startIdle()
{
    if (m_options.idleExitS < 0)
        return;
    QTimer::singleShot(m_options.idleExitS * 1000, this, [this] {
        report("idle-rss-kb " + QByteArray::number(residentKb()) + ' ' + QByteArray::number(m_options.idleExitS));
        Q_EMIT finished();
    });
}

QByteArray StartupProbe::times()
{
    return QByteArray::number(msSinceProcessStart(), 'f', 0) + ' ' + QByteArray::number(cpuMs(), 'f', 0);
}

double StartupProbe::cpuMs()
{
    return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC; // process CPU time (POSIX: user + system)
}

void StartupProbe::report(const QByteArray &line)
{
    m_writer("startup-probe: " + line);
}

double StartupProbe::msSinceProcessStart()
{
#ifndef Q_OS_LINUX
    return -1;
#else
    // Field 22 of /proc/self/stat is the start time in clock ticks since boot (CLOCK_BOOTTIME).
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    bool ok = false;
    const double startTicks = fields.value(19).toDouble(&ok);
    timespec now {};
    if (!ok || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const double nowS = double(now.tv_sec) + double(now.tv_nsec) / 1e9;
    return (nowS - startTicks / double(sysconf(_SC_CLK_TCK))) * 1000.0;
#endif
}

qint64 StartupProbe::residentKb()
{
    // Linux only; elsewhere the file does not exist and the answer is -1.
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace Spoolbridge::Gui
