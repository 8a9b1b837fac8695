#include "core/app/printersession.h"

#include "core/app/demoprinter.h"
#include "core/engine/syncengine.h"
#include "core/engine/usagepipeline.h"
#include "core/printer/jobsnapshot.h"
#include "core/printer/printermodel.h"
#include "core/util/logging.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace Spoolbridge {

PrinterSession::PrinterSession(const PrinterEntry &entry, const Services &services, QObject *parent)
    : QObject(parent)
    , m_entry(entry)
    , m_services(services)
    , m_model(new PrinterModel(entry.serial, this))
{
    SyncEngine::Services engineServices;
    engineServices.client = services.client;
    engineServices.links = services.links;
    engineServices.cache = services.cache;
    engineServices.catalog = services.catalog;
    m_engine = new SyncEngine(m_model, engineServices, this);
    m_engine->setPrinterName(name());
    m_usage = new UsagePipeline(m_model, services.ledger, this);
    m_usage->setEngine(m_engine);
    if (services.ledger)
        m_engine->setPendingUsageCheck(UsagePipeline::pendingUsageCheck(services.ledger));
    connect(m_usage, &UsagePipeline::problem, this, &PrinterSession::problem);
    if (!services.jobFile.isEmpty()) {
        restoreJob();
        connect(m_model, &PrinterModel::jobStarted, this, &PrinterSession::saveJob);
        connect(m_usage, &UsagePipeline::jobRecorded, this,
            [this](const QString &jobKey, const QList<qint64> &, const QStringList &) { forgetJob(jobKey); });
    }
}

void PrinterSession::restoreJob()
{
    QFile file(m_services.jobFile);
    if (!file.open(QIODevice::ReadOnly))
        return; // no job was running
    const std::optional<JobSnapshot> snapshot = JobSnapshot::fromJson(QJsonDocument::fromJson(file.readAll()).object());
    if (!snapshot) {
        qCWarning(lcApp) << name() << "ignores the unreadable job file" << m_services.jobFile;
        return;
    }
    qCInfo(lcApp).noquote() << name() << "takes up the job" << snapshot->record.key << "from before the restart";
    m_model->restoreJob(*snapshot);
}

void PrinterSession::saveJob()
{
    const std::optional<JobSnapshot> snapshot = m_model->jobTracker().snapshot();
    if (!snapshot)
        return;
    QSaveFile file(m_services.jobFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(snapshot->toJson()).toJson()) < 0
        || !file.commit())
        qCWarning(lcApp) << name() << "cannot write" << m_services.jobFile << file.errorString();
}

void PrinterSession::forgetJob(const QString &jobKey)
{
    // Only the job the file describes: a newer job may have started while this one was charged.
    QFile file(m_services.jobFile);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const std::optional<JobSnapshot> snapshot = JobSnapshot::fromJson(QJsonDocument::fromJson(file.readAll()).object());
    file.close();
    if (!snapshot || snapshot->record.key == jobKey)
        QFile::remove(m_services.jobFile);
}

PrinterSession::~PrinterSession()
{
    stop();
}

void PrinterSession::startLive(const QString &accessCode)
{
    stop();
    PrinterConnectionConfig config;
    config.mode = m_entry.mode == PrinterEntry::Mode::Cloud ? PrinterConnectionConfig::Mode::Cloud
                                                            : PrinterConnectionConfig::Mode::Lan;
    config.host = m_entry.host;
    config.port = quint16(m_entry.port);
    config.serial = m_entry.serial;
    config.accessCode = accessCode;
    config.extraCaFile = m_entry.caFile;
    config.pinnedFingerprint = m_entry.pinnedFingerprint;
    if (config.mode == PrinterConnectionConfig::Mode::Cloud)
        config.accessToken = accessCode;

    UsagePipeline::PrinterAccess access;
    access.host = m_entry.host;
    access.serial = m_entry.serial;
    access.accessCode = accessCode;
    access.caFile = m_entry.caFile;
    access.model = m_entry.model;
    if (config.mode == PrinterConnectionConfig::Mode::Lan)
        m_usage->setPrinterAccess(access);

    m_connection = new PrinterConnection(this);
    connect(m_connection, &PrinterConnection::messageReceived, this, &PrinterSession::ingest);
    connect(m_connection, &PrinterConnection::stateChanged, this, [this](PrinterConnection::State state) {
        setConnectionState(state, state == PrinterConnection::State::Connected ? QString() : m_connection->lastError());
    });
    connect(m_connection, &PrinterConnection::errorOccurred, this,
        [this](const QString &message) { setConnectionState(m_connection->state(), message); });
    connect(m_connection, &PrinterConnection::certificateRejected, this, &PrinterSession::certificateRejected);
    m_connection->setConfig(config);
    m_connection->start();
}

void PrinterSession::startDemo(int tickMs)
{
    stop();
    m_demo = new DemoPrinter(this);
    m_demo->setTickInterval(tickMs);
    connect(m_demo, &DemoPrinter::messageReady, this, &PrinterSession::ingest);
    setConnectionState(PrinterConnection::State::Connected, QString());
    m_demo->start();
}

void PrinterSession::stop()
{
    if (m_connection) {
        m_connection->disconnect(this);
        m_connection->stop();
        m_connection->deleteLater();
        m_connection = nullptr;
    }
    if (m_demo) {
        m_demo->disconnect(this);
        m_demo->stop();
        m_demo->deleteLater();
        m_demo = nullptr;
    }
    m_state = PrinterConnection::State::Idle;
}

void PrinterSession::setEngineSettings(const EngineSettings &settings)
{
    m_engine->setSettings(settings);
}

void PrinterSession::setConnectionState(PrinterConnection::State state, const QString &message)
{
    if (state == m_state && message == m_message)
        return;
    m_state = state;
    m_message = message;
    Q_EMIT connectionChanged(state, message);
}

void PrinterSession::ingest(const QByteArray &payload)
{
    const PrinterModel::IngestStatus status = m_model->ingest(payload);
    if (!status.ok && m_connection) {
        m_connection->reportMalformed(status.error); // once per session, shown with the connection
        return;
    }
    if (!status.ok && !m_reportedMalformed) {
        // One malformed message is logged once per session; the next good report repairs the state.
        m_reportedMalformed = true;
        qCWarning(lcApp) << name() << status.error;
    }
}

} // namespace Spoolbridge
