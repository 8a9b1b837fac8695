#include "tools/printer-sim/mosquittobroker.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <unistd.h>

namespace Spoolbridge::Sim {

bool runTool(const QString &program, const QStringList &arguments, const QString &workDir, QString *error)
{
    QProcess process;
    process.setWorkingDirectory(workDir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(5000)) {
        *error = QStringLiteral("cannot run %1: %2 (is it installed?)").arg(program, process.errorString());
        return false;
    }
    process.waitForFinished(30000);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 failed: %3")
                     .arg(program, arguments.join(u' '), QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

MosquittoBroker::MosquittoBroker(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_process, &QProcess::finished, this, [this] {
        if (!m_stopping)
            Q_EMIT exitedUnexpectedly(QString::fromLocal8Bit(m_process.readAll()));
    });
}

MosquittoBroker::~MosquittoBroker()
{
    stop();
}

QString MosquittoBroker::caFile() const
{
    return m_setup.directory + QStringLiteral("/ca.pem");
}

QString MosquittoBroker::logFile() const
{
    return m_setup.directory + QStringLiteral("/mosquitto.log");
}

bool MosquittoBroker::generateCa(
    const QString &directory, const QString &name, const QString &commonName, QString *error)
{
    return runTool(QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
            QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
            name + QStringLiteral(".pem"), QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-subj"),
            QStringLiteral("/C=CN/O=Spoolbridge Test/CN=%1").arg(commonName)},
        directory, error);
}

bool MosquittoBroker::generateLeaf(
    const QString &directory, const QString &name, const QString &commonName, const QString &caName, QString *error)
{
    // No -addext/-extfile: like a Bambu printer's certificate, the leaf has no subjectAltName.
    return runTool(QStringLiteral("openssl"),
               {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                   name + QStringLiteral(".csr"), QStringLiteral("-subj"), QStringLiteral("/CN=%1").arg(commonName)},
               directory, error)
        && runTool(QStringLiteral("openssl"),
            {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), name + QStringLiteral(".csr"),
                QStringLiteral("-CA"), caName + QStringLiteral(".pem"), QStringLiteral("-CAkey"),
                caName + QStringLiteral(".key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
                name + QStringLiteral(".pem"), QStringLiteral("-days"), QStringLiteral("3650")},
            directory, error);
}

bool MosquittoBroker::prepare(const Setup &setup, QString *error)
{
    m_setup = setup;
    if (m_setup.directory.isEmpty()) {
        *error = QStringLiteral("no directory for the broker files");
        return false;
    }
    QDir().mkpath(m_setup.directory);
    if (m_setup.port == 0) {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_setup.port = probe.serverPort();
    }
    const QString dir = m_setup.directory;
    // Keep certificates across runs in the same directory (a configured CA or pinned
    // fingerprint stays valid) as long as the serial is the same.
    QFile marker(dir + QStringLiteral("/serial.txt"));
    const bool reuse = QFile::exists(dir + QStringLiteral("/server.pem")) && QFile::exists(caFile())
        && marker.open(QIODevice::ReadOnly) && QString::fromUtf8(marker.readAll()) == m_setup.serial;
    marker.close();
    if (!reuse) {
        if (!generateCa(dir, QStringLiteral("ca"), QStringLiteral("Spoolbridge Test Printer CA"), error)
            || !generateLeaf(dir, QStringLiteral("server"), m_setup.serial, QStringLiteral("ca"), error))
            return false;
        if (marker.open(QIODevice::WriteOnly | QIODevice::Truncate))
            marker.write(m_setup.serial.toUtf8());
        marker.close();
    }
    QFile::remove(dir + QStringLiteral("/passwd"));
    if (!runTool(QStringLiteral("mosquitto_passwd"),
            {QStringLiteral("-c"), QStringLiteral("-b"), QStringLiteral("passwd"), m_setup.username,
                m_setup.accessCode},
            dir, error))
        return false;
    for (const auto &[user, password] : std::as_const(m_setup.extraUsers)) {
        if (!runTool(QStringLiteral("mosquitto_passwd"),
                {QStringLiteral("-b"), QStringLiteral("passwd"), user, password}, dir, error))
            return false;
    }

    QFile conf(dir + QStringLiteral("/mosquitto.conf"));
    if (!conf.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = conf.errorString();
        return false;
    }
    QString text;
    text += QStringLiteral("per_listener_settings false\nallow_anonymous false\npersistence false\n");
    text += QStringLiteral("password_file %1/passwd\n").arg(dir);
    if (geteuid() == 0)
        text += QStringLiteral("user root\n"); // otherwise mosquitto drops to a user that cannot read our files
    text += QStringLiteral("log_dest file %1\nlog_type error\nlog_type warning\nlog_type notice\n").arg(logFile());
    text += QStringLiteral("listener %1 %2\n").arg(m_setup.port).arg(m_setup.listenAddress);
    text += QStringLiteral("cafile %1/ca.pem\ncertfile %1/server.pem\nkeyfile %1/server.key\n").arg(dir);
    text += QStringLiteral("require_certificate false\n");
    conf.write(text.toUtf8());
    return true;
}

bool MosquittoBroker::start(QString *error)
{
    if (isRunning())
        return true;
    m_stopping = false;
    m_process.start(
        QStringLiteral("mosquitto"), {QStringLiteral("-c"), m_setup.directory + QStringLiteral("/mosquitto.conf")});
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("cannot start mosquitto: %1 (is the mosquitto package installed?)")
                     .arg(m_process.errorString());
        return false;
    }
    QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning) {
            QFile log(logFile());
            log.open(QIODevice::ReadOnly);
            *error = QStringLiteral("mosquitto exited: %1 %2")
                         .arg(QString::fromLocal8Bit(m_process.readAll()), QString::fromLocal8Bit(log.readAll()));
            return false;
        }
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_setup.port);
        if (probe.waitForConnected(200))
            return true;
        QThread::msleep(20);
    }
    *error = QStringLiteral("mosquitto did not open port %1 within 5 s").arg(m_setup.port);
    stop();
    return false;
}

void MosquittoBroker::stop()
{
    if (!isRunning())
        return;
    m_stopping = true;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

} // namespace Spoolbridge::Sim
