#include "core/engine/usagepipeline.h"

#include "core/engine/syncengine.h"
#include "core/engine/usagetypesbridge.h" // first: see the note there
#include "core/mqtt/printerconnection.h"
#include "core/printer/printermodel.h"
#include "core/sync/ftpsfetcher.h"
#include "core/util/logging.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace Spoolbridge {

UsagePipeline::UsagePipeline(PrinterModel *printer, UsageLedger *ledger, QObject *parent)
    : QObject(parent)
    , m_printer(printer)
    , m_ledger(ledger)
    , m_fetcher(new FtpsFetcher(this))
{
    connect(m_fetcher, &FtpsFetcher::finished, this, &UsagePipeline::onFetched);
    connect(m_printer, &PrinterModel::jobFinished, this,
        [this](const JobRecord &record) { accountJob(record, JobState::Finish); });
    connect(m_printer, &PrinterModel::jobFailed, this,
        [this](const JobRecord &record) { accountJob(record, JobState::Failed); });
    connect(m_printer, &PrinterModel::jobInterrupted, this,
        [this](const JobRecord &record) { accountJob(record, JobState::Unknown); });
}

UsagePipeline::~UsagePipeline() = default;

std::function<bool(int, const QString &)> UsagePipeline::pendingUsageCheck(UsageLedger *ledger)
{
    QPointer<UsageLedger> guarded(ledger);
    return [guarded](int spoolId, const QString &tag) {
        if (!guarded || guarded->pendingCount() == 0)
            return false;
        const QList<LedgerEntry> entries = guarded->entries();
        for (const LedgerEntry &entry : entries) {
            if (entry.state != LedgerState::Pending)
                continue;
            if ((spoolId > 0 && entry.spoolId == spoolId)
                || (!tag.isEmpty() && SyncEngine::normalizeTag(entry.trayUuid) == SyncEngine::normalizeTag(tag)))
                return true;
        }
        return false;
    };
}

QString UsagePipeline::bundledCaFile()
{
    // libcurl needs a file: the Bambu CA bundle compiled into the MQTT module, written once.
    static QString path;
    if (!path.isEmpty() && QFile::exists(path))
        return path;
    const QString candidate = QDir::temp().filePath(QStringLiteral("spoolbridge-bambu-printer-ca.pem"));
    QSaveFile file(candidate);
    if (file.open(QIODevice::WriteOnly) && file.write(PrinterConnection::bundledCaPem()) > 0 && file.commit())
        path = candidate;
    return path;
}

void UsagePipeline::setPrinterAccess(const PrinterAccess &access)
{
    m_access = access;
}

void UsagePipeline::accountJob(const JobRecord &record, JobState endState)
{
    if (!m_printer || !m_ledger)
        return;
    PendingJob job {record, endState, m_printer->state()};
    if (m_access.host.isEmpty() || m_access.accessCode.isEmpty()) {
        finish(job, QString(), tr("the printer's address or access code is not set, so its 3MF was not read"));
        return;
    }
    FtpsRequest request;
    request.host = m_access.host;
    request.port = m_access.port;
    request.serial = m_access.serial.isEmpty() ? m_printer->serial() : m_access.serial;
    request.accessCode = m_access.accessCode;
    request.caFile = m_access.caFile.isEmpty() ? bundledCaFile() : m_access.caFile;
    if (!m_access.pinnedPublicKeySha256.isEmpty()) {
        request.tlsMode = FtpsRequest::TlsMode::Pinned;
        request.pinnedPublicKeySha256 = m_access.pinnedPublicKeySha256;
    }
    request.applyModelQuirks(m_access.model.isEmpty() ? m_printer->state().modelName : m_access.model);
    request.jobName = record.name;
    request.gcodeFile = record.gcodeFile;
    request.destinationDir = m_downloadDir;
    request.connectTimeoutMs = m_access.timeoutMs;
    request.stallTimeoutMs = m_access.timeoutMs;
    const int id = m_fetcher->fetch(request);
    m_pending.insert(id, job);
}

void UsagePipeline::onFetched(int id, const FtpsResult &result)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const PendingJob job = it.value();
    m_pending.erase(it);
    finish(job, result.ok() ? result.localPath : QString(), result.ok() ? QString() : result.message);
    if (result.ok())
        QFile::remove(result.localPath);
}

void UsagePipeline::describe(const PendingJob &job, JobDescription *description) const
{
    const JobRecord &record = job.record;
    JobDescription &d = *description;
    d.jobKey = record.key;
    d.printerId = m_printer ? m_printer->serial() : QString();
    d.outcome = job.endState == JobState::Finish ? JobOutcome::Finished
        : job.endState == JobState::Failed       ? JobOutcome::Failed
                                                 : JobOutcome::Cancelled;
    d.gcodeFile = record.gcodeFile;
    d.startedAt = record.startedAt;
    d.endedAt = record.endedAt.isValid() ? record.endedAt : QDateTime::currentDateTime();
    if (record.lastProgress > 0)
        d.lastProgressPercent = record.lastProgress;
    d.lastLayer = record.lastLayer > 0 ? record.lastLayer : -1;
    d.totalLayers = record.totalLayers;
    // The mapping per slicer filament. A tray history is not per filament: only trust it for a
    // single-filament job on a single tray.
    const bool perFilament = record.mappingSource == MappingSource::Report
        || record.mappingSource == MappingSource::ProjectFileEcho
        || (record.mappingSource == MappingSource::TrayHistory && record.mapping.size() == 1);
    if (perFilament) {
        for (int i = 0; i < record.mapping.size(); ++i) {
            if (record.mapping.at(i) >= 0)
                d.filamentToSlot.insert(i + 1, record.mapping.at(i));
        }
    }
    auto identity = [this](const QString &uuid, int unitId, int slotIndex, const QString &label, int weight) {
        SpoolIdentity spool;
        spool.trayUuid = SyncEngine::normalizeTag(uuid);
        spool.label = label;
        spool.filamentWeightGrams = weight;
        if (m_engine) {
            if (const std::optional<Spool> bound = m_engine->spoolInSlot(unitId, slotIndex)) {
                const bool sameTag = !spool.trayUuid.isEmpty()
                    && SyncEngine::normalizeTag(bound->tag().value_or(QString())) == spool.trayUuid;
                if (spool.trayUuid.isEmpty() || sameTag) {
                    spool.spoolmanId = bound->id;
                    if (spool.filamentWeightGrams <= 0)
                        spool.filamentWeightGrams = bound->initialWeight.value_or(0);
                }
            }
        }
        return spool;
    };
    for (const JobSlotUsage &used : record.slotsUsed) {
        const Slot *now = job.endState_.slotByGlobalId(used.globalId);
        const int weight = now ? now->labelWeightG : 0;
        const QString label = QStringLiteral("%1 %2").arg(used.material, used.color.left(6));
        d.spoolsAtStart.insert(used.globalId,
            identity(
                used.trayUuid.isEmpty() ? used.tagUid : used.trayUuid, used.unitId, used.slotIndex, label, weight));
        if (now && now->present) {
            d.spoolsAtEnd.insert(used.globalId,
                identity(now->identity(), now->unitId, now->slotIndex,
                    QStringLiteral("%1 %2").arg(now->material, now->color.left(6)), now->labelWeightG));
        }
        SlotRemain remain;
        remain.startPercent = used.remainAtStart;
        remain.endPercent = used.remainAtEnd;
        // AMS Lite reports no usable remain %.
        if (const AmsUnit *unit = job.endState_.unit(used.unitId); unit && unit->type == UnitType::AmsLite)
            remain = SlotRemain();
        d.remain.insert(used.globalId, remain);
    }
    for (const ActiveSlotChange &change : record.activeHistory) {
        UsageActiveSlotChange usage;
        usage.at = change.at;
        usage.slot = change.globalId;
        d.history.append(usage);
    }
}

void UsagePipeline::finish(const PendingJob &job, const QString &threeMfPath, const QString &fetchProblem)
{
    if (!m_ledger)
        return;
    JobDescription description;
    describe(job, &description);
    QStringList notes;
    std::optional<SlicePlate> plate;
    if (!threeMfPath.isEmpty()) {
        const SliceInfoReader::Result info = SliceInfoReader::readFile(threeMfPath);
        if (info.ok) {
            const SliceInfoReader::PlateResult chosen = SliceInfoReader::selectPlate(info.info, description.gcodeFile);
            if (chosen.ok)
                plate = chosen.plate;
            else
                notes << chosen.error;
        } else {
            notes << info.error;
        }
    } else if (!fetchProblem.isEmpty()) {
        notes << tr("The job's 3MF could not be fetched: %1").arg(fetchProblem);
    }
    const UsageCalculator::Result computed = UsageCalculator::compute(description, plate ? &*plate : nullptr);
    notes << computed.notes;
    const UsageLedger::RecordResult recorded = m_ledger->record(computed.charges);
    if (!recorded.ok) {
        Q_EMIT problem(recorded.error);
        return;
    }
    qCInfo(lcSync).noquote() << description.printerId << "job" << description.jobKey << "charged"
                             << computed.charges.size() << "spool(s);" << recorded.added.size() << "new ledger entries";
    if (computed.charges.isEmpty() && !notes.isEmpty())
        Q_EMIT problem(tr("No filament use could be charged for \"%1\": %2").arg(job.record.name, notes.join(u' ')));
    Q_EMIT jobRecorded(description.jobKey, recorded.added, notes);
}

} // namespace Spoolbridge
