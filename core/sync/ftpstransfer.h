#pragma once

#include "core/sync/ftpsrequest.h"

#include <QCoreApplication>
#include <QDateTime>

#include <atomic>
#include <functional>

namespace Spoolbridge {

// One blocking FTPS session with libcurl. Runs on FtpsFetcher's worker thread only; never on the
// GUI thread. Cancelled through `cancel`, which libcurl's progress callback checks.
class FtpsTransfer
{
    Q_DECLARE_TR_FUNCTIONS(FtpsTransfer)

public:
    using Progress = std::function<void(qint64 received, qint64 total)>;

    FtpsTransfer(const FtpsRequest &request, const std::atomic_bool &cancel, Progress progress);
    ~FtpsTransfer();
    FtpsTransfer(const FtpsTransfer &) = delete;
    FtpsTransfer &operator=(const FtpsTransfer &) = delete;

    FtpsResult run();

    struct ListedFile {
        QString name;
        QDateTime modified;
        qint64 size = 0;
    };
    // Parses a Unix-style LIST reply (as vsftpd and the printers send it).
    static QList<ListedFile> parseListing(const QByteArray &listing, const QDateTime &now);

private:
    struct Outcome {
        int code = 0; // CURLcode
        long ftpCode = 0;
        QString curlMessage;
    };
    Outcome download(const QString &remotePath, const QString &localPath, qint64 *bytes);
    Outcome list(const QString &directory, QByteArray *listing);
    Outcome perform(const QString &remotePath);
    void setCommonOptions(const QString &remotePath);
    QString urlFor(const QString &remotePath) const;
    FtpsResult failure(const Outcome &outcome, const QString &remotePath) const;

    const FtpsRequest m_request;
    const std::atomic_bool &m_cancel;
    Progress m_progress;
    void *m_curl = nullptr;
    void *m_resolve = nullptr;
    char m_errorBuffer[256] = {};
};

} // namespace Spoolbridge
