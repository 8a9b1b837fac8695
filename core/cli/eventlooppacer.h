#pragma once

#include <QElapsedTimer>
#include <QObject>

class QAbstractEventDispatcher;

namespace Spoolbridge::Cli {

// Paces the daemon's event loop: at least `intervalMs` pass between two wake-ups of the thread's
// event dispatcher. Whatever arrives meanwhile (reports of many printers, timers) is handled
// together in the next wake-up instead of one wake-up each.
//
// Why: every wake-up polls every socket. With 100 printers reporting once a second, that is 100
// wake-ups a second, each polling ~100 sockets — more CPU than handling the reports. Paced at
// 50 ms the loop wakes at most 20 times a second; nothing is lost or reordered (the kernel keeps
// the data), each event is handled at most `intervalMs` later. The cost is latency for chains of
// requests (each answer waits for the next turn), so the daemon paces only from
// PacedFromPrinters printers on (intervalFor), where the wake-ups dominate; its syncs wait seconds
// for the AMS to settle anyway. The desktop app does not pace.
class EventLoopPacer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLoopPacer)

public:
    static constexpr int DefaultIntervalMs = 50;
    static constexpr int PacedFromPrinters = 10;

    // The daemon's default for this many printers: DefaultIntervalMs from PacedFromPrinters on, else 0.
    static int intervalFor(qsizetype printers);

    // Paces the dispatcher of the current thread; intervalMs <= 0 does nothing (until changed).
    explicit EventLoopPacer(int intervalMs, QObject *parent = nullptr);

    int intervalMs() const { return m_intervalMs; }
    void setIntervalMs(int intervalMs);
    // Waits for events so far, and how many of them were put off to keep the interval.
    qint64 waits() const { return m_waits; }
    qint64 pacedWaits() const { return m_paced; }

private:
    void beforeBlocking();

    int m_intervalMs;
    QElapsedTimer m_sinceWait;
    qint64 m_waits = 0;
    qint64 m_paced = 0;
};

} // namespace Spoolbridge::Cli
