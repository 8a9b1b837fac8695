#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

namespace Spoolbridge::Soak {

// Runs the event loop until `done` or `timeoutMs`; returns done().
bool waitFor(const std::function<bool()> &done, int timeoutMs);
void sleepEvents(int ms);

// The processes of the outage soak and how the soak looks at them: the Spoolman stand-in as a
// child process on a fixed port and a database file (killed and started again), the real daemon
// `spoolbridge-cli run` (SIGKILLed and started again; its stderr goes to a log file and is
// scanned for ledger lines), Spoolman's REST API, the daemon's ledger through
// `spoolbridge-cli usage list`, and the daemon's VmRSS, sampled twice a second.
class OutageRig final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutageRig)

public:
    struct Setup {
        QString cli; // spoolbridge-cli
        QString standin; // spoolbridge-spoolman-standin
        QString directory; // everything of this run lives here
        QProcessEnvironment daemonEnvironment;
    };
    struct RssSample {
        qint64 ms = 0; // since the rig started
        int instance = 0; // which daemon process (1, 2, …)
        double mb = 0;
    };

    explicit OutageRig(const Setup &setup, QObject *parent = nullptr);
    ~OutageRig() override;

    // --- Spoolman stand-in ---
    // `exitAfter` (e.g. "PUT /use"): the stand-in dies right after applying that request,
    // before its reply leaves (its --exit-after-request).
    bool startStandin(QString *error, const QString &exitAfter = QString());
    // SIGKILL (hard) or SIGTERM, and wait for the exit.
    void stopStandin(bool hard);
    bool standinRunning() const { return m_standin.state() != QProcess::NotRunning; }
    QUrl standinUrl() const;
    int standinStarts() const { return m_standinStarts; }

    // --- the daemon ---
    bool startDaemon(const QString &configFile, QString *error);
    // SIGKILL and wait for the exit (not counted as a crash).
    void killDaemon();
    // SIGTERM; returns the exit code (-1: crashed or did not stop within 15 s).
    int stopDaemon();
    qint64 daemonPid() const { return m_daemon.processId(); }
    bool daemonRunning() const { return m_daemon.state() != QProcess::NotRunning; }
    int daemonInstance() const { return m_instance; }
    // Exits nobody asked for (crashes), with their exit status.
    QStringList crashes() const { return m_crashes; }
    // How often a line containing `text` was logged by all daemon instances so far.
    int logCount(const QByteArray &text) const { return int(m_log.count(text)); }
    QString logPath() const;
    const QList<RssSample> &rss() const { return m_rss; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

    // --- looking at the results ---
    // GET /api/v1/spool (archived too); nullopt when the stand-in does not answer.
    std::optional<QJsonArray> spools();
    // `spoolbridge-cli usage list --ledger-dir <data dir>`; nullopt when it fails.
    std::optional<QJsonArray> ledger();
    QString dataDirectory() const;

private:
    void onDaemonStderr();
    void sampleRss();

    Setup m_setup;
    quint16 m_standinPort = 0;
    QProcess m_standin;
    QProcess m_daemon;
    QNetworkAccessManager m_network;
    QByteArray m_log;
    QFile m_logFile;
    QStringList m_crashes;
    QList<RssSample> m_rss;
    QTimer m_rssTimer;
    QElapsedTimer m_clock;
    bool m_daemonStopping = false;
    int m_instance = 0;
    int m_standinStarts = 0;
};

} // namespace Spoolbridge::Soak
