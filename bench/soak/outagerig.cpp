#include "outagerig.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpServer>

#include <csignal>
#include <sys/types.h>

namespace Spoolbridge::Soak {

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

void sleepEvents(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

OutageRig::OutageRig(const Setup &setup, QObject *parent)
    : QObject(parent)
    , m_setup(setup)
{
    m_clock.start();
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    m_standinPort = probe.serverPort();
    probe.close();

    m_standin.setProcessChannelMode(QProcess::SeparateChannels);
    m_standin.setStandardErrorFile(setup.directory + QStringLiteral("/standin.log"), QIODevice::Append);

    m_logFile.setFileName(logPath());
    m_logFile.open(QIODevice::WriteOnly | QIODevice::Append);
    m_daemon.setProcessEnvironment(setup.daemonEnvironment);
    connect(&m_daemon, &QProcess::readyReadStandardError, this, &OutageRig::onDaemonStderr);
    connect(&m_daemon, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        onDaemonStderr();
        if (!m_daemonStopping) {
            m_crashes << QStringLiteral("daemon instance %1 exited on its own: %2 %3")
                             .arg(m_instance)
                             .arg(status == QProcess::CrashExit ? QStringLiteral("crash, signal/code")
                                                                : QStringLiteral("exit code"))
                             .arg(code);
        }
    });
    m_rssTimer.setInterval(500);
    connect(&m_rssTimer, &QTimer::timeout, this, &OutageRig::sampleRss);
    m_rssTimer.start();
}

OutageRig::~OutageRig()
{
    m_rssTimer.stop();
    if (daemonRunning())
        killDaemon();
    if (standinRunning())
        stopStandin(true);
}

QString OutageRig::logPath() const
{
    return m_setup.directory + QStringLiteral("/daemon.log");
}

QString OutageRig::dataDirectory() const
{
    return m_setup.directory + QStringLiteral("/data");
}

QUrl OutageRig::standinUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_standinPort));
}

bool OutageRig::startStandin(QString *error, const QString &exitAfter)
{
    QStringList args {QStringLiteral("--port"), QString::number(m_standinPort), QStringLiteral("--db"),
        m_setup.directory + QStringLiteral("/spoolman.sqlite")};
    if (!exitAfter.isEmpty())
        args << QStringLiteral("--exit-after-request") << exitAfter;
    m_standin.start(m_setup.standin, args);
    QByteArray line;
    const bool up = waitFor(
        [&] {
            line += m_standin.readAllStandardOutput();
            return line.contains('\n') || m_standin.state() == QProcess::NotRunning;
        },
        15000);
    if (!up || !line.contains('\n')) {
        *error = QStringLiteral("the stand-in did not start on port %1 (see standin.log)").arg(m_standinPort);
        return false;
    }
    ++m_standinStarts;
    return true;
}

void OutageRig::stopStandin(bool hard)
{
    if (!standinRunning())
        return;
    if (hard)
        m_standin.kill();
    else
        m_standin.terminate();
    waitFor([this] { return !standinRunning(); }, 10000);
}

bool OutageRig::startDaemon(const QString &configFile, QString *error)
{
    ++m_instance;
    const QByteArray banner
        = QStringLiteral("=== daemon instance %1 at %2 ms ===\n").arg(m_instance).arg(m_clock.elapsed()).toUtf8();
    m_logFile.write(banner);
    m_daemonStopping = false;
    m_daemon.start(m_setup.cli,
        {QStringLiteral("run"), QStringLiteral("--config"), configFile, QStringLiteral("--data-dir"), dataDirectory()});
    if (!m_daemon.waitForStarted(10000)) {
        *error = QStringLiteral("spoolbridge-cli run did not start: %1").arg(m_daemon.errorString());
        return false;
    }
    return true;
}

void OutageRig::killDaemon()
{
    m_daemonStopping = true;
    ::kill(pid_t(m_daemon.processId()), SIGKILL);
    waitFor([this] { return !daemonRunning(); }, 10000);
}

int OutageRig::stopDaemon()
{
    m_daemonStopping = true;
    m_daemon.terminate();
    if (!waitFor([this] { return !daemonRunning(); }, 15000)) {
        m_daemon.kill();
        waitFor([this] { return !daemonRunning(); }, 5000);
        return -1;
    }
    return m_daemon.exitStatus() == QProcess::NormalExit ? m_daemon.exitCode() : -1;
}

void OutageRig::onDaemonStderr()
{
    const QByteArray chunk = m_daemon.readAllStandardError();
    m_log += chunk;
    m_logFile.write(chunk);
    m_logFile.flush();
}

void OutageRig::sampleRss()
{
    if (!daemonRunning())
        return;
    QFile status(QStringLiteral("/proc/%1/status").arg(m_daemon.processId()));
    if (!status.open(QIODevice::ReadOnly))
        return;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            const double mb = line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
            m_rss.append({m_clock.elapsed(), m_instance, mb});
            return;
        }
    }
}

std::optional<QJsonArray> OutageRig::spools()
{
    QUrl url = standinUrl();
    url.setPath(QStringLiteral("/api/v1/spool"));
    url.setQuery(QStringLiteral("allow_archived=true"));
    QNetworkRequest request(url);
    request.setTransferTimeout(5000);
    QNetworkReply *reply = m_network.get(request);
    waitFor([reply] { return reply->isFinished(); }, 10000);
    std::optional<QJsonArray> result;
    if (reply->isFinished() && reply->error() == QNetworkReply::NoError) {
        const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
        if (document.isArray())
            result = document.array();
    }
    reply->deleteLater();
    return result;
}

std::optional<QJsonArray> OutageRig::ledger()
{
    QProcess cli;
    cli.setProcessEnvironment(m_setup.daemonEnvironment);
    cli.start(m_setup.cli,
        {QStringLiteral("usage"), QStringLiteral("list"), QStringLiteral("--ledger-dir"), dataDirectory()});
    if (!waitFor([&cli] { return cli.state() == QProcess::NotRunning; }, 15000) || cli.exitCode() != 0)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(cli.readAllStandardOutput());
    if (!document.isArray())
        return std::nullopt;
    return document.array();
}

} // namespace Spoolbridge::Soak
