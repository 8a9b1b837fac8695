#include "core/cli/eventlooppacer.h"

#include <QAbstractEventDispatcher>
#include <QThread>

#include <chrono>
#include <thread>

namespace Spoolbridge::Cli {

EventLoopPacer::EventLoopPacer(int intervalMs, QObject *parent)
    : QObject(parent)
    , m_intervalMs(std::max(0, intervalMs))
{
    if (QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance(QThread::currentThread()))
        connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, this, &EventLoopPacer::beforeBlocking);
}

int EventLoopPacer::intervalFor(qsizetype printers)
{
    return printers >= PacedFromPrinters ? DefaultIntervalMs : 0;
}

void EventLoopPacer::setIntervalMs(int intervalMs)
{
    m_intervalMs = std::max(0, intervalMs);
}

void EventLoopPacer::beforeBlocking()
{
    // The loop has handled everything that was ready and is about to wait for more. If the
    // previous wait began less than the interval ago, sleep the rest first: the wait that follows
    // then returns at once with everything that arrived meanwhile. So waits — and the wake-ups
    // that end them — start at least the interval apart.
    if (m_intervalMs <= 0)
        return;
    ++m_waits;
    if (m_sinceWait.isValid()) {
        const qint64 left = m_intervalMs - m_sinceWait.elapsed();
        if (left > 0) {
            ++m_paced;
            std::this_thread::sleep_for(std::chrono::milliseconds(left));
        }
    }
    m_sinceWait.start();
}

} // namespace Spoolbridge::Cli
