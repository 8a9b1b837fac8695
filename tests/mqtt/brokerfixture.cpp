#include "brokerfixture.h"

#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

#include <sys/resource.h>

namespace Spoolbridge::Test {

std::unique_ptr<Sim::MosquittoBroker> startBroker(const QString &serial, const QString &accessCode)
{
    auto broker = std::make_unique<Sim::MosquittoBroker>();
    Sim::MosquittoBroker::Setup setup;
    setup.serial = serial;
    setup.accessCode = accessCode;
    setup.directory = makeTempDir(QStringLiteral("broker"));
    QString error;
    if (!broker->prepare(setup, &error) || !broker->start(&error))
        FAIL("broker: " << error.toStdString());
    return broker;
}

bool waitIdle(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || deadline.hasExpired())
            loop.quit();
    });
    poll.start();
    if (!done())
        loop.exec();
    return done();
}

qint64 processCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return (qint64(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * 1000
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

} // namespace Spoolbridge::Test
