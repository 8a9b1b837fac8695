#include "vsftpdserver.h"

#include "support/testsupport.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTcpSocket>
#include <QThread>

#include <pwd.h>

namespace Spoolbridge::Test {

VsftpdServer::VsftpdServer()
    : m_dir(makeTempDir(QStringLiteral("vsftpd")))
{ }

VsftpdServer::~VsftpdServer()
{
    stop();
}

QString VsftpdServer::run(const QString &program, const QStringList &args, const QByteArray &input)
{
    QProcess process;
    process.setWorkingDirectory(m_dir);
    process.start(program, args);
    if (!input.isEmpty()) {
        process.write(input);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return QStringLiteral("%1 %2 failed: %3")
            .arg(program, args.join(u' '), QString::fromLocal8Bit(process.readAllStandardError()));
    }
    return QString();
}

QString VsftpdServer::ensureUser()
{
    if (!getpwnam("bblp")) {
        // Another test process may create it at the same moment: only fail if it still is missing.
        run(QStringLiteral("useradd"),
            {QStringLiteral("--system"), QStringLiteral("--no-create-home"), QStringLiteral("--shell"),
                QStringLiteral("/bin/bash"), QStringLiteral("bblp")});
        if (!getpwnam("bblp"))
            return QStringLiteral("cannot create the test user bblp (the FTPS tests need root)");
    }
    // vsftpd enters the home directory before local_root: it must exist.
    if (const passwd *user = getpwnam("bblp"))
        QDir().mkpath(QString::fromLocal8Bit(user->pw_dir));
    QString error;
    for (int attempt = 0; attempt < 5; ++attempt) { // chpasswd fails while another one holds the lock
        error = run(QStringLiteral("chpasswd"), {}, QByteArray("bblp:") + AccessCode + '\n');
        if (error.isEmpty())
            return QString();
        QThread::msleep(100);
    }
    return error;
}

QString VsftpdServer::makeCertificates()
{
    const QString openssl = QStringLiteral("openssl");
    const QStringList ec {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    QString error = run(openssl,
        QStringList {QStringLiteral("req"), QStringLiteral("-x509")} + ec
            + QStringList {QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                QStringLiteral("/O=Test BBL/CN=Test BBL CA")});
    if (error.isEmpty())
        error = run(openssl,
            QStringList {QStringLiteral("req"), QStringLiteral("-x509")} + ec
                + QStringList {QStringLiteral("-keyout"), QStringLiteral("other-ca.key"), QStringLiteral("-out"),
                    QStringLiteral("other-ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=Someone Else CA")});
    if (error.isEmpty())
        error = run(openssl,
            QStringList {QStringLiteral("req")} + ec
                + QStringList {QStringLiteral("-keyout"), QStringLiteral("leaf.key"), QStringLiteral("-out"),
                    QStringLiteral("leaf.csr"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=%1").arg(QLatin1String(Serial))});
    // Like the printers' leaf: signed by the CA, CN = serial, no subjectAltName.
    if (error.isEmpty())
        error = run(openssl,
            {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("leaf.csr"),
                QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), QStringLiteral("leaf.pem"),
                QStringLiteral("-days"), QStringLiteral("2")});
    if (error.isEmpty())
        error = run(openssl,
            {QStringLiteral("x509"), QStringLiteral("-in"), QStringLiteral("leaf.pem"), QStringLiteral("-pubkey"),
                QStringLiteral("-noout"), QStringLiteral("-out"), QStringLiteral("leaf-pub.pem")});
    if (error.isEmpty())
        error = run(openssl,
            {QStringLiteral("pkey"), QStringLiteral("-pubin"), QStringLiteral("-in"), QStringLiteral("leaf-pub.pem"),
                QStringLiteral("-outform"), QStringLiteral("der"), QStringLiteral("-out"),
                QStringLiteral("leaf-pub.der")});
    if (!error.isEmpty())
        return error;
    QFile der(m_dir + QStringLiteral("/leaf-pub.der"));
    if (!der.open(QIODevice::ReadOnly))
        return QStringLiteral("no public key");
    m_pin = QString::fromLatin1(QCryptographicHash::hash(der.readAll(), QCryptographicHash::Sha256).toBase64());
    return QString();
}

QString VsftpdServer::start(const Options &options)
{
    QString error = ensureUser();
    if (error.isEmpty())
        error = makeCertificates();
    if (!error.isEmpty())
        return error;
    QDir().mkpath(root() + QStringLiteral("/cache"));
    QDir().mkpath(m_dir + QStringLiteral("/empty"));
    m_port = freeTcpPort();
    const QString config = QStringLiteral("listen=YES\nlisten_address=127.0.0.1\nlisten_port=%1\nbackground=NO\n"
                                          "anonymous_enable=NO\nlocal_enable=YES\nwrite_enable=NO\n"
                                          "local_root=%2\nchroot_local_user=YES\nallow_writeable_chroot=YES\n"
                                          "ssl_enable=YES\nimplicit_ssl=YES\nrsa_cert_file=%3/leaf.pem\n"
                                          "rsa_private_key_file=%3/leaf.key\nforce_local_logins_ssl=YES\n"
                                          "force_local_data_ssl=%4\nrequire_ssl_reuse=%7\nssl_ciphers=HIGH\n"
                                          "pasv_enable=YES\npasv_min_port=%5\npasv_max_port=%6\n"
                                          "seccomp_sandbox=NO\nisolate=NO\nisolate_network=NO\n"
                                          "pam_service_name=vsftpd\nsecure_chroot_dir=%3/empty\n"
                                          "xferlog_enable=NO\ndual_log_enable=YES\nlog_ftp_protocol=YES\n"
                                          "vsftpd_log_file=%3/vsftpd.log\n")
                               .arg(m_port)
                               .arg(root(), m_dir, options.forceDataTls ? QStringLiteral("YES") : QStringLiteral("NO"))
                               .arg(40000 + (m_port % 200) * 100)
                               .arg(40000 + (m_port % 200) * 100 + 99)
                               .arg(options.requireSslReuse ? QStringLiteral("YES") : QStringLiteral("NO"));
    QFile file(m_dir + QStringLiteral("/vsftpd.conf"));
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write vsftpd.conf");
    file.write(config.toUtf8());
    file.close();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QStringLiteral("/usr/sbin/vsftpd"), {file.fileName()});
    if (!m_process.waitForStarted(5000))
        return QStringLiteral("vsftpd does not start: ") + m_process.errorString();
    // Ready once it accepts connections.
    QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running)
            return QStringLiteral("vsftpd stopped: ") + QString::fromLocal8Bit(m_process.readAll());
        QTcpSocket probe;
        probe.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        if (probe.waitForConnected(200)) {
            probe.abort();
            return QString();
        }
        QThread::msleep(20);
    }
    return QStringLiteral("vsftpd did not listen on port %1").arg(m_port);
}

void VsftpdServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

QString VsftpdServer::log() const
{
    QFile file(m_dir + QStringLiteral("/vsftpd.log"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace Spoolbridge::Test
