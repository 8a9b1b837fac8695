#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTcpServer>
#include <QThread>
#include <QUuid>

namespace Spoolbridge::Test {

QString fixturePath(const QString &name)
{
    return QStringLiteral(SB_FIXTURES_DIR "/") + name;
}

QStringList fixtureNames()
{
    QDir dir(QStringLiteral(SB_FIXTURES_DIR));
    return dir.entryList({QStringLiteral("*.json"), QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name);
}

QByteArray readFixture(const QString &name)
{
    QFile file(fixturePath(name));
    if (!file.open(QIODevice::ReadOnly))
        FAIL("cannot open fixture " << name.toStdString());
    return file.readAll();
}

QJsonObject fixtureObject(const QString &name)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(readFixture(name), &error);
    if (!doc.isObject())
        FAIL("fixture " << name.toStdString() << " is not a JSON object: " << error.errorString().toStdString());
    return doc.object();
}

QList<QJsonObject> streamPayloads(const QString &name)
{
    QList<QJsonObject> payloads;
    const QList<QByteArray> lines = readFixture(name).split('\n');
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        payloads.append(
            object.contains(QLatin1String("payload")) ? object.value(QLatin1String("payload")).toObject() : object);
    }
    return payloads;
}

QString makeTempDir(const QString &prefix)
{
    QString base = qEnvironmentVariable("SB_TEST_TMP");
    if (base.isEmpty())
        base = QDir::tempPath() + QStringLiteral("/spoolbridge-tests");
    const QString path = base + u'/' + prefix + u'-' + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    QDir().mkpath(path);
    return path;
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    // processEvents(flags, maxtime) never sleeps, so poll with a short sleep in between to keep
    // the CPU free for the servers the tests talk to.
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return done();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QThread::msleep(2);
    }
    return true;
}

quint16 freeTcpPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

} // namespace Spoolbridge::Test
