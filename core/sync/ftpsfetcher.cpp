#include "core/sync/ftpsfetcher.h"

#include "core/sync/ftpstransfer.h"
#include "core/util/logging.h"

#include <QElapsedTimer>
#include <QPointer>

#include <curl/curl.h>
#include <mutex>

namespace Spoolbridge {

FtpsFetcher::FtpsFetcher(QObject *parent)
    : QObject(parent)
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    m_thread.setObjectName(QStringLiteral("spoolbridge-ftps"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // The worker thread starts with the first fetch: most printers finish a print every few
    // hours, and a farm of 100 would otherwise keep 100 idle threads.
}

FtpsFetcher::~FtpsFetcher()
{
    for (const auto &flag : std::as_const(m_cancelFlags))
        flag->store(true);
    if (!m_thread.isRunning() && !m_thread.isFinished()) {
        delete m_worker; // never started: nobody else will delete it
        return;
    }
    m_thread.quit();
    m_thread.wait();
}

bool FtpsFetcher::isWorkerStarted() const
{
    return m_thread.isRunning() || m_thread.isFinished();
}

int FtpsFetcher::fetch(const FtpsRequest &request)
{
    const int id = m_nextId++;
    auto cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_cancelFlags.insert(id, cancelFlag);
    if (!isWorkerStarted())
        m_thread.start();
    qCInfo(lcSync) << "fetching the 3MF of" << request.jobName << "from" << request.host << "request" << id;
    QPointer<FtpsFetcher> self(this);
    QMetaObject::invokeMethod(
        m_worker,
        [self, id, request, cancelFlag] {
            // Runs on the worker thread: the only place libcurl blocks.
            QElapsedTimer throttle; // the first report goes out at once, then at most every 100 ms
            auto onProgress = [self, id, &throttle](qint64 received, qint64 total) {
                if (throttle.isValid() && throttle.elapsed() < 100)
                    return;
                throttle.start();
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, id, received, total] {
                        if (self)
                            Q_EMIT self->progress(id, received, total);
                    },
                    Qt::QueuedConnection);
            };
            FtpsResult result;
            if (cancelFlag->load()) {
                result.error = FtpsResult::Error::Cancelled;
                result.message = FtpsTransfer::tr("The file transfer was cancelled.");
            } else {
                FtpsTransfer transfer(request, *cancelFlag, onProgress);
                result = transfer.run();
            }
            QMetaObject::invokeMethod(
                self.data(),
                [self, id, result] {
                    if (self)
                        self->onFinished(id, result);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return id;
}

void FtpsFetcher::cancel(int id)
{
    if (const auto flag = m_cancelFlags.value(id))
        flag->store(true);
}

void FtpsFetcher::onFinished(int id, const FtpsResult &result)
{
    m_cancelFlags.remove(id);
    if (result.ok())
        qCInfo(lcSync) << "fetched" << result.remotePath << result.bytes << "bytes";
    else
        qCWarning(lcSync) << "3MF fetch failed:" << result.message;
    Q_EMIT finished(id, result);
}

} // namespace Spoolbridge
