#pragma once

#include "core/sync/ftpsrequest.h"

#include <QHash>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace Spoolbridge {

// Fetches a job's 3MF from a printer over implicit FTPS (libcurl) without blocking the caller's
// thread: transfers run one after another on a worker thread owned by the fetcher; progress and
// results arrive as signals on the fetcher's thread.
class FtpsFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FtpsFetcher)

public:
    explicit FtpsFetcher(QObject *parent = nullptr);
    // Cancels what is running and waits for the worker to stop (at most one progress tick).
    ~FtpsFetcher() override;

    // Queues a fetch; returns its id for the signals and cancel().
    int fetch(const FtpsRequest &request);
    void cancel(int id);
    bool isBusy() const { return !m_cancelFlags.isEmpty(); }
    // Whether the worker thread exists; it is started by the first fetch().
    bool isWorkerStarted() const;

Q_SIGNALS:
    void progress(int id, qint64 received, qint64 total);
    void finished(int id, const Spoolbridge::FtpsResult &result);

private:
    void onFinished(int id, const FtpsResult &result);

    QThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread
    QHash<int, std::shared_ptr<std::atomic_bool>> m_cancelFlags;
    int m_nextId = 1;
};

} // namespace Spoolbridge
