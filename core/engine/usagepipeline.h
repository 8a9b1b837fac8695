#pragma once

#include "core/printer/jobrecord.h"
#include "core/printer/printerstate.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

namespace Spoolbridge {

class FtpsFetcher;
class PrinterModel;
class SyncEngine;
class UsageLedger;
struct FtpsResult;
struct JobDescription;

// Per-print usage: on every job end (finished, failed, or vanished) of one printer, fetches the
// job's 3MF over FTPS, reads the printed plate's filament estimates, turns them into grams per
// spool (UsageCalculator: 3MF, scaled by progress for jobs that did not finish, AMS remain delta
// as the fallback) and records them in the UsageLedger, which delivers them to Spoolman.
class UsagePipeline final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsagePipeline)

public:
    // How to reach the printer's SD card (FTPS, port 990, user bblp, the access code).
    struct PrinterAccess {
        QString host;
        quint16 port = 990;
        QString serial; // the certificate's CN
        QString accessCode;
        QString caFile; // a CA bundle; empty = the Bambu CA bundle built into the app
        QString pinnedPublicKeySha256; // instead of the chain check, when the user pinned the printer
        QString model; // FTPS quirks per model ("A1", "P2S", …)
        int timeoutMs = 20000;
    };

    UsagePipeline(PrinterModel *printer, UsageLedger *ledger, QObject *parent = nullptr);
    ~UsagePipeline() override;

    // Without access (no host or code) only the AMS remain delta is used.
    void setPrinterAccess(const PrinterAccess &access);
    // Third-party spools are charged to the Spoolman spool the engine linked to their slot.
    void setEngine(SyncEngine *engine) { m_engine = engine; }
    // Where fetched 3MF files are kept while they are read (default: a temp dir).
    void setDownloadDirectory(const QString &directory) { m_downloadDir = directory; }

    // Accounts one ended job (the PrinterModel's signals call this).
    void accountJob(const JobRecord &record, JobState endState);
    bool isBusy() const { return !m_pending.isEmpty(); }

    // For SyncEngine::setPendingUsageCheck: whether the ledger still holds undelivered usage for
    // a spool (by Spoolman id or tag).
    static std::function<bool(int spoolId, const QString &tag)> pendingUsageCheck(UsageLedger *ledger);
    // The built-in Bambu printer CA bundle as a file (for libcurl); empty if it cannot be written.
    static QString bundledCaFile();

Q_SIGNALS:
    // The job's charges were written to the ledger (`added` new entries; a repeated job adds none).
    void jobRecorded(const QString &jobKey, const QList<qint64> &added, const QStringList &notes);
    // Something kept the job from being charged fully; one readable sentence.
    void problem(const QString &message);

private:
    struct PendingJob {
        JobRecord record;
        JobState endState = JobState::Unknown;
        PrinterState endState_;
    };
    void onFetched(int id, const FtpsResult &result);
    void finish(const PendingJob &job, const QString &threeMfPath, const QString &fetchProblem);
    void describe(const PendingJob &job, JobDescription *description) const;

    QPointer<PrinterModel> m_printer;
    QPointer<UsageLedger> m_ledger;
    QPointer<SyncEngine> m_engine;
    FtpsFetcher *m_fetcher;
    PrinterAccess m_access;
    QString m_downloadDir;
    QHash<int, PendingJob> m_pending; // fetch id → job
};

} // namespace Spoolbridge
