#pragma once

#include <QProcess>
#include <QString>

namespace Spoolbridge::Test {

// A real vsftpd in implicit-TLS mode (like the printers' port 990) on 127.0.0.1 and a free port,
// run as a child process for one test.
//
// Set-up (idempotent, needs root, which the tests run as): a system user `bblp` is created with
// useradd if missing and its password set to AccessCode with chpasswd; vsftpd runs as root,
// chroots the user into `root()` (local_root + chroot_local_user + allow_writeable_chroot).
// Certificates are made with the openssl CLI: a test CA and a leaf with CN = Serial, plus a
// second, unrelated CA for negative tests.
class VsftpdServer
{
public:
    static constexpr const char *AccessCode = "sb3mf991";
    static constexpr const char *Serial = "01P00A391800042";

    struct Options {
        bool forceDataTls = true; // X1/P1 behaviour; false lets PROT C (plain data) through
        bool requireSslReuse = true; // X1/P1: the data channel must resume the control session
    };

    VsftpdServer();
    ~VsftpdServer();
    VsftpdServer(const VsftpdServer &) = delete;
    VsftpdServer &operator=(const VsftpdServer &) = delete;

    // Returns an empty string when the server runs, else why not.
    QString start(const Options &options);
    void stop();

    quint16 port() const { return m_port; }
    QString root() const { return m_dir + QStringLiteral("/root"); } // what the printer's SD card holds
    QString caFile() const { return m_dir + QStringLiteral("/ca.pem"); }
    QString otherCaFile() const { return m_dir + QStringLiteral("/other-ca.pem"); }
    QString publicKeySha256() const { return m_pin; } // base64, for the pinned mode
    QString log() const;

private:
    QString run(const QString &program, const QStringList &args, const QByteArray &input = {});
    QString ensureUser();
    QString makeCertificates();

    QString m_dir;
    QString m_pin;
    quint16 m_port = 0;
    QProcess m_process;
};

} // namespace Spoolbridge::Test
