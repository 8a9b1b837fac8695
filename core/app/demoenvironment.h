#pragma once

#include <QObject>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <memory>

namespace Spoolbridge {

class SpoolmanClient;
class SpoolmanStandin;

// The demo's Spoolman: an in-process stand-in on a free loopback port with a database in a
// temporary directory, seeded through the real REST API with a Bambu Lab vendor, a few filaments
// and some untagged spools (one matches an RFID spool of the demo printer, so the sync attaches
// it; others can be linked to the third-party slots by hand). Everything is gone when the
// environment is destroyed.
class DemoEnvironment final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoEnvironment)

public:
    explicit DemoEnvironment(QObject *parent = nullptr);
    ~DemoEnvironment() override;

    // Starts the stand-in and seeds it with `client` (configured here to point at it). ready()
    // or failed() follows.
    void start(SpoolmanClient *client);

    bool isReady() const { return m_ready; }
    QUrl spoolmanUrl() const;
    // A directory for the demo's ledger, links and history (inside the temporary directory).
    QString dataDirectory() const;
    SpoolmanStandin *standin() const { return m_standin; }

Q_SIGNALS:
    void ready();
    void failed(const QString &message);

private:
    void seed(SpoolmanClient *client);

    std::unique_ptr<QTemporaryDir> m_dir;
    SpoolmanStandin *m_standin;
    bool m_ready = false;
};

} // namespace Spoolbridge
