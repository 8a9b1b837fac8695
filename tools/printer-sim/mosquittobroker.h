#pragma once

#include <QList>
#include <QObject>
#include <QPair>
#include <QProcess>
#include <QString>

namespace Spoolbridge::Sim {

// A real mosquitto broker that looks like a Bambu printer's: TLS on a loopback port, a
// leaf certificate with CN = serial and no SAN signed by a generated CA, user `bblp` with the
// access code as password. Used by the printer simulator, the demo and the MQTT tests.
//
// prepare() and start() block (they run openssl, mosquitto_passwd and wait for the port):
// this is a developer tool, never used by the application itself.
class MosquittoBroker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MosquittoBroker)

public:
    struct Setup {
        QString serial = QStringLiteral("01P00A000000001");
        QString accessCode = QStringLiteral("12345678");
        QString username = QStringLiteral("bblp");
        quint16 port = 0; // 0: a free loopback port
        QString directory; // where certificates and configuration go (created)
        QString listenAddress = QStringLiteral("127.0.0.1"); // "localhost": every loopback address
        QList<QPair<QString, QString>> extraUsers; // more user/password pairs (e.g. cloud u_<uid>)
    };

    explicit MosquittoBroker(QObject *parent = nullptr);
    ~MosquittoBroker() override;

    // Writes ca.pem/ca.key, server.pem/server.key (CN = serial), passwd and mosquitto.conf.
    bool prepare(const Setup &setup, QString *error);
    // Starts mosquitto on the prepared port and waits until it accepts connections.
    bool start(QString *error);
    // Stops the broker (SIGTERM, then kill) and waits for it to exit.
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    quint16 port() const { return m_setup.port; }
    QString serial() const { return m_setup.serial; }
    QString accessCode() const { return m_setup.accessCode; }
    QString username() const { return m_setup.username; }
    QString directory() const { return m_setup.directory; }
    QString caFile() const;
    QString logFile() const;

    // Generates a self-signed CA (<dir>/<name>.pem + .key) with the openssl CLI.
    static bool generateCa(const QString &directory, const QString &name, const QString &commonName, QString *error);
    // Generates a leaf certificate <dir>/<name>.pem/.key with CN = commonName (no SAN) signed by a CA.
    static bool generateLeaf(const QString &directory, const QString &name, const QString &commonName,
        const QString &caName, QString *error);

Q_SIGNALS:
    void exitedUnexpectedly(const QString &output);

private:
    Setup m_setup;
    QProcess m_process;
    bool m_stopping = false;
};

// Runs a command line tool to completion (tools only); returns false with its output on failure.
bool runTool(const QString &program, const QStringList &arguments, const QString &workDir, QString *error);

} // namespace Spoolbridge::Sim
