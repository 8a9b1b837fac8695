// The daemon's event-loop pacing: events that arrive while it waits out the interval are handled
// together, so a busy source wakes the loop at most once per interval; 0 turns pacing off.
#include "core/cli/clicommand.h"
#include "core/cli/eventlooppacer.h"
#include "core/cli/runcommand.h"

#include <catch2/catch.hpp>

#include <QEventLoop>
#include <QTimer>

using namespace Spoolbridge;

namespace {

// Runs an event loop for `ms` with a 5 ms repeating timer; returns how often it fired.
int ticksWithin(int ms)
{
    QEventLoop loop;
    QTimer busy;
    busy.setTimerType(Qt::PreciseTimer);
    int ticks = 0;
    QObject::connect(&busy, &QTimer::timeout, &loop, [&ticks] { ++ticks; });
    busy.start(5);
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
    return ticks;
}

} // namespace

TEST_CASE("event loop pacer: wakes the loop at most once per interval, 0 does not pace", "[app][daemon][pacer]")
{
    {
        Cli::EventLoopPacer pacer(50);
        CHECK(pacer.intervalMs() == 50);
        const int paced = ticksWithin(500);
        // Waits start at least 50 ms apart, so a 5 ms timer fires at most once per 50 ms.
        CHECK(paced >= 1);
        CHECK(paced <= 500 / 50 + 2);
        CHECK(pacer.pacedWaits() > 0);
        CHECK(pacer.waits() >= paced);
    }
    {
        Cli::EventLoopPacer off(0);
        const int unpaced = ticksWithin(500);
        CHECK(unpaced > 500 / 50 + 2); // without pacing the same timer fires far more often
        CHECK(off.waits() == 0); // not even watching
    }
}

TEST_CASE("event loop pacer: the daemon paces from 10 printers on, and can change its interval", "[app][daemon][pacer]")
{
    CHECK(Cli::EventLoopPacer::intervalFor(0) == 0);
    CHECK(Cli::EventLoopPacer::intervalFor(1) == 0); // the demo, a home: answers at once
    CHECK(Cli::EventLoopPacer::intervalFor(9) == 0);
    CHECK(Cli::EventLoopPacer::intervalFor(10) == Cli::EventLoopPacer::DefaultIntervalMs);
    CHECK(Cli::EventLoopPacer::intervalFor(100) == Cli::EventLoopPacer::DefaultIntervalMs);

    Cli::EventLoopPacer pacer(0);
    CHECK(ticksWithin(200) > 200 / 50 + 2);
    CHECK(pacer.waits() == 0);
    pacer.setIntervalMs(50);
    CHECK(ticksWithin(500) <= 500 / 50 + 2);
    CHECK(pacer.pacedWaits() > 0);
    pacer.setIntervalMs(0);
    const qint64 paced = pacer.pacedWaits();
    CHECK(ticksWithin(200) > 200 / 50 + 2);
    CHECK(pacer.pacedWaits() == paced);
}

TEST_CASE("event loop pacer: spoolbridge-cli run rejects a bad --pace-ms", "[app][daemon][pacer]")
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    Cli::CommandIo io {outStream, errStream};
    CHECK(Cli::runDaemon({QStringLiteral("--pace-ms"), QStringLiteral("soon")}, io) == 2);
    errStream.flush();
    CHECK(err.contains(QStringLiteral("--pace-ms needs a number of milliseconds from 0 to 1000")));
    err.clear();
    CHECK(Cli::runDaemon({QStringLiteral("--pace-ms"), QStringLiteral("5000")}, io) == 2);
    errStream.flush();
    CHECK(err.contains(QStringLiteral("--pace-ms")));
}
