#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QSet>

#include <functional>

class QWidget;

namespace Spoolbridge {
class AppCore;
}

namespace Spoolbridge::Gui {

// Start-up measurement for bench/gui (BENCHMARKS.md §5). Off unless the environment asks for it,
// and then it only observes:
//   SPOOLBRIDGE_STARTUP_PROBE=1           report the lines below on stderr
//   SPOOLBRIDGE_STARTUP_PROBE_IDLE_S=N    then, N s after every printer's state was shown, report
//                                         the resident memory and quit the app (finished())
// Lines (<ms>: wall time since the process started, from /proc/self/stat: 10 ms resolution;
// <cpu>: CPU time this process used so far, ms — tells a slow start from a busy machine):
//   startup-probe: window-shown <ms> <cpu>           first event-loop turn after MainWindow::show()
//   startup-probe: window-painted <ms> <cpu>         first event-loop turn after the window's first paint
//   startup-probe: printers-shown <n> <ms> <cpu>     every configured printer's AMS units are in the window
//   startup-probe: idle-rss-kb <kB> <s>              VmRSS after the idle time
class StartupProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupProbe)

public:
    using Writer = std::function<void(const QByteArray &line)>;
    struct Options {
        bool enabled = false;
        int idleExitS = -1; // < 0: keep running
    };

    static Options optionsFromEnvironment();
    // `writer` receives each line without the newline; the default writes it to stderr.
    explicit StartupProbe(const Options &options, Writer writer = {}, QObject *parent = nullptr);

    bool isEnabled() const { return m_options.enabled; }
    // Call right after window->show(), with the core the window shows.
    void watch(QWidget *window, AppCore *core);

    // Milliseconds since this process started; -1 when /proc is not readable.
    static double msSinceProcessStart();
    // VmRSS of this process in kB; -1 when unknown.
    static qint64 residentKb();
    // CPU time (user + system) this process has used, in ms.
    static double cpuMs();

Q_SIGNALS:
    void finished(); // the idle time has passed and the memory was reported: time to quit

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report(const QByteArray &line);
    static QByteArray times(); // "<ms> <cpu>"
    void checkPrinters();
    void startIdle();

    Options m_options;
    Writer m_writer;
    AppCore *m_core = nullptr;
    QWidget *m_window = nullptr;
    QSet<QString> m_shown;
    bool m_painted = false;
    bool m_printersDone = false;
};

} // namespace Spoolbridge::Gui
