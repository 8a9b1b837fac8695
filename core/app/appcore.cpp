#include "core/app/appcore.h"

#include "core/app/demoenvironment.h"
#include "core/app/demoprinter.h"
#include "core/app/printersession.h"
#include "core/engine/linkstore.h"
#include "core/engine/spoolmanusagesink.h"
#include "core/engine/syncengine.h"
#include "core/history/environmenthistory.h"
#include "core/printer/jobrecord.h"
#include "core/printer/printermodel.h"
#include "core/settings/secretstore.h"
#include "core/settings/settings.h"
#include "core/spoolman/catalogcache.h"
#include "core/spoolman/spoolcache.h"
#include "core/spoolman/spoolmanclient.h"
#include "core/spoolman/spoolmanevents.h"
#include "core/sync/usageledger.h"
#include "core/sync/usagetypes.h"
#include "core/util/logging.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QPointer>

#include <cmath>

namespace Spoolbridge {

AppCore::AppCore(Settings *settings, SecretStore *secrets, const Options &options, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_options(options)
    , m_network(new QNetworkAccessManager(this))
    , m_client(new SpoolmanClient(m_network, this))
    , m_events(new SpoolmanEvents(this))
    , m_cache(new SpoolCache(m_client, m_events, this))
    , m_catalog(new CatalogCache(m_client, m_events, this))
    , m_ledger(new UsageLedger(this))
    , m_sink(new SpoolmanUsageSink(m_client, this))
    , m_links(std::make_unique<LinkStore>())
    , m_history(new EnvironmentHistory(this))
{
    // Everything ("/"): spool events for the spool cache, vendor and filament events for the catalog.
    m_events->setPath(QStringLiteral("/"));
    m_statusTimer.setSingleShot(true);
    m_statusTimer.setInterval(1000);
    connect(&m_statusTimer, &QTimer::timeout, this, &AppCore::writeStatus);
    connect(m_ledger, &UsageLedger::entryAdded, this, &AppCore::ledgerEntryChanged);
    connect(m_ledger, &UsageLedger::entryChanged, this, &AppCore::ledgerEntryChanged);
    connect(m_ledger, &UsageLedger::pendingCountChanged, this, [this](int count) {
        Q_EMIT pendingCountChanged(count);
        scheduleStatusWrite();
    });
    // Delivery problems are retried by the ledger; the pending count tells the UI about them.
    connect(m_ledger, &UsageLedger::deliveryProblem, this,
        [](qint64 id, const QString &message) { qCInfo(lcApp).noquote() << "usage entry" << id << ":" << message; });
    connect(m_events, &SpoolmanEvents::connectedChanged, this, [this](bool connected) {
        if (connected && !m_spoolmanOk) {
            m_spoolmanOk = true;
            Q_EMIT spoolmanStatusChanged(true, QString());
        }
    });
}

AppCore::~AppCore()
{
    shutdown();
}

bool AppCore::isConfigured(const Settings &settings)
{
    return !settings.printers().isEmpty() || !settings.spoolmanUrl().isEmpty();
}

QString AppCore::defaultDataDirectory()
{
    return UsageLedger::defaultDirectory();
}

void AppCore::start()
{
    if (m_started || m_demo)
        return;
    if (m_options.demo) {
        startDemo();
        return;
    }
    openStores(m_options.dataDirectory.isEmpty() ? defaultDataDirectory() : m_options.dataDirectory);
    connect(m_settings, &Settings::spoolmanChanged, this, &AppCore::configureSpoolman);
    connect(m_settings, &Settings::syncChanged, this, &AppCore::applyEngineSettings);
    connect(m_settings, &Settings::printersChanged, this, &AppCore::syncPrinters);
    connect(m_settings, &Settings::secretsChanged, this, [this] {
        configureSpoolman();
        const QStringList ids = m_order;
        for (const QString &id : ids)
            removeSession(id);
        syncPrinters();
    });
    configureSpoolman();
    syncPrinters();
    m_started = true;
    scheduleStatusWrite();
    Q_EMIT started();
}

void AppCore::startDemo()
{
    m_demo = new DemoEnvironment(this);
    openStores(m_options.dataDirectory.isEmpty() ? m_demo->dataDirectory() : m_options.dataDirectory);
    connect(m_demo, &DemoEnvironment::failed, this, [this](const QString &message) {
        qCWarning(lcApp) << message;
        Q_EMIT errorOccurred(QString(), message);
    });
    connect(m_demo, &DemoEnvironment::ready, this, [this] {
        m_events->setConfig(m_client->config());
        m_events->start();
        m_spoolmanOk = true;
        Q_EMIT spoolmanStatusChanged(true, QString());
        PrinterEntry entry;
        entry.id = QString::fromLatin1(DemoPrinterId);
        entry.name = tr("Demo X1 Carbon");
        entry.serial = QString::fromLatin1(DemoPrinter::Serial);
        entry.model = QStringLiteral("X1C");
        entry.host = QStringLiteral("demo");
        addSession(entry);
        // Once the simulated printer reported its units, give them a day of climate history.
        PrinterSession *session = m_sessions.value(entry.id);
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(session->model(), &PrinterModel::stateChanged, this, [this, once, id = entry.id] {
            disconnect(*once);
            backfillDemoClimate(id);
        });
        m_started = true;
        scheduleStatusWrite();
        Q_EMIT started();
    });
    m_demo->start(m_client);
}

void AppCore::backfillDemoClimate(const QString &printerId)
{
    // The demo's last day of AMS climate, so the chart tells a story from the start: humidity
    // rises slowly over the day and temperatures follow the room; every curve ends at the value
    // the unit reports now.
    PrinterSession *session = m_sessions.value(printerId);
    if (!session)
        return;
    const PrinterState state = session->model()->state();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    constexpr int steps = 24 * 6; // every 10 minutes
    for (int step = steps; step > 0; --step) {
        const QDateTime time = now.addSecs(-qint64(step) * 600);
        const double wave = (1 - std::cos(2 * M_PI * step / steps)) / 2; // 0 now, 1 half a day ago
        for (int index = 0; index < state.units.size(); ++index) {
            const AmsUnit &unit = state.units.at(index);
            EnvironmentSample sample;
            sample.time = time;
            sample.printerId = printerId;
            sample.unitId = unit.id;
            if (unit.humidityPercent)
                sample.humidityPercent = std::round(*unit.humidityPercent + (6 + 3 * index) * wave);
            if (unit.temperatureC)
                sample.temperatureC = std::round((*unit.temperatureC - (unit.drying ? 0.5 : 2.5) * wave) * 10) / 10;
            m_history->record(sample);
        }
    }
}

void AppCore::openStores(const QString &directory)
{
    m_dataDir = directory;
    QDir().mkpath(directory);
    if (!m_ledger->open(directory))
        Q_EMIT errorOccurred(QString(), m_ledger->errorString());
    m_ledger->setSink(m_sink);
    if (!m_links->open(QDir(directory).filePath(QString::fromLatin1(LinkStore::FileName))))
        Q_EMIT errorOccurred(QString(), m_links->errorString());
    QString error;
    if (!m_history->open(QDir(directory).filePath(QStringLiteral("environment-history.sqlite")), &error))
        qCWarning(lcApp) << "climate history:" << error;
}

void AppCore::shutdown()
{
    if (m_stopped)
        return;
    m_stopped = true;
    for (PrinterSession *session : std::as_const(m_sessions))
        session->stop();
    m_events->stop();
    m_statusTimer.stop();
    if (m_started)
        writeStatus();
}

QStringList AppCore::printerIds() const
{
    return m_order;
}

PrinterSession *AppCore::session(const QString &printerId) const
{
    return m_sessions.value(printerId);
}

QString AppCore::printerName(const QString &printerId) const
{
    PrinterSession *found = m_sessions.value(printerId);
    return found ? found->name() : QString();
}

QUrl AppCore::spoolmanUrl() const
{
    return m_client->config().baseUrl;
}

// --- Spoolman ------------------------------------------------------------------------------

void AppCore::configureSpoolman()
{
    if (isDemo())
        return;
    const QUrl url = m_settings->spoolmanUrl();
    const Settings::AuthKind auth = m_settings->spoolmanAuthKind();
    const int generation = ++m_spoolmanGeneration;
    if (url.isEmpty() || auth == Settings::AuthKind::None) {
        applySpoolmanConfig(url, {}, {}, {}, {});
        return;
    }
    const bool header = auth == Settings::AuthKind::Header;
    const QString key = header ? SecretStore::spoolmanHeaderValueKey() : SecretStore::spoolmanPasswordKey();
    m_secrets->read(key, this, [this, url, header, generation](const SecretResult &result) {
        if (generation != m_spoolmanGeneration)
            return; // the settings changed again meanwhile
        if (!result.ok)
            Q_EMIT errorOccurred(QString(), result.message);
        if (header) {
            applySpoolmanConfig(url, m_settings->text(SettingKey::SpoolmanHeaderName).toUtf8(), result.value.toUtf8(),
                QString(), QString());
        } else {
            applySpoolmanConfig(url, {}, {}, m_settings->text(SettingKey::SpoolmanUsername), result.value);
        }
    });
}

void AppCore::applySpoolmanConfig(const QUrl &url, const QByteArray &headerName, const QByteArray &headerValue,
    const QString &user, const QString &password)
{
    SpoolmanConfig config;
    if (!url.isEmpty()) {
        QString error;
        const std::optional<SpoolmanConfig> parsed = SpoolmanConfig::fromUserUrl(url.toString(), &error);
        if (!parsed) {
            Q_EMIT errorOccurred(QString(), error);
            return;
        }
        config = *parsed;
    }
    config.timeoutMs = std::max(1, m_settings->number(SettingKey::SpoolmanTimeoutS)) * 1000;
    config.caFile = m_settings->text(SettingKey::SpoolmanCaFile);
    config.headerName = headerName;
    config.headerValue = headerValue;
    config.user = user;
    config.password = password;
    const bool changed = config.baseUrl != m_client->config().baseUrl;
    m_client->setConfig(config);
    m_events->stop();
    m_spoolmanOk = false;
    if (config.baseUrl.isEmpty()) {
        Q_EMIT spoolmanStatusChanged(false, tr("Spoolman is not set up yet: add its address in the settings."));
        return;
    }
    m_events->setConfig(config);
    m_events->start();
    checkSpoolman();
    // The engines register the tag field again whenever the client's address changed; a sync
    // of every printer brings the new server up to date.
    if (changed && m_started)
        syncNow();
}

void AppCore::checkSpoolman()
{
    const int generation = m_spoolmanGeneration;
    m_client->info(this, [this, generation](const SpoolmanResult<ServerInfo> &result) {
        if (generation != m_spoolmanGeneration)
            return;
        m_spoolmanOk = result.ok();
        Q_EMIT spoolmanStatusChanged(result.ok(), result.ok() ? QString() : result.message);
        scheduleStatusWrite();
    });
}

// --- Printers ------------------------------------------------------------------------------

void AppCore::syncPrinters()
{
    if (isDemo())
        return;
    const QList<PrinterEntry> entries = m_settings->printers();
    QStringList wanted;
    for (const PrinterEntry &entry : entries) {
        if (!entry.enabled)
            continue;
        wanted << entry.id;
        PrinterSession *existing = m_sessions.value(entry.id);
        if (existing && existing->entry() == entry)
            continue;
        if (existing)
            removeSession(entry.id);
        addSession(entry);
    }
    const QStringList current = m_order;
    for (const QString &id : current) {
        if (!wanted.contains(id))
            removeSession(id);
    }
}

void AppCore::addSession(const PrinterEntry &entry)
{
    PrinterSession::Services services;
    services.client = m_client;
    services.links = m_links.get();
    services.cache = m_cache;
    services.catalog = m_catalog;
    services.ledger = m_ledger;
    if (!m_dataDir.isEmpty())
        services.jobFile = QDir(m_dataDir).filePath(QStringLiteral("job-in-progress-%1.json").arg(entry.id));
    auto *session = new PrinterSession(entry, services, this);
    session->setEngineSettings(engineSettings());
    m_sessions.insert(entry.id, session);
    m_order << entry.id;
    wireSession(session);
    Q_EMIT printerAdded(entry.id, session->name());
    if (isDemo()) {
        session->startDemo(m_options.demoTickMs);
        return;
    }
    const QString key = SecretStore::printerAccessCodeKey(entry.id);
    const QString id = entry.id;
    m_secrets->read(key, session, [this, id, session](const SecretResult &result) {
        if (m_sessions.value(id) != session)
            return; // rebuilt or removed meanwhile
        if (!result.ok || result.value.isEmpty()) {
            const QString message = result.ok
                ? tr("No access code is stored for %1: enter it in Settings → Printers.").arg(session->name())
                : result.message;
            Q_EMIT connectionChanged(id, PrinterConnection::State::ConfigurationError, message);
            Q_EMIT errorOccurred(id, message);
        }
        session->startLive(result.value);
    });
}

void AppCore::removeSession(const QString &printerId)
{
    PrinterSession *session = m_sessions.take(printerId);
    if (!session)
        return;
    m_order.removeAll(printerId);
    session->stop();
    session->disconnect(this);
    session->deleteLater();
    Q_EMIT printerRemoved(printerId);
    scheduleStatusWrite();
}

void AppCore::wireSession(PrinterSession *session)
{
    const QString id = session->id();
    PrinterModel *model = session->model();
    SyncEngine *engine = session->engine();
    connect(model, &PrinterModel::stateChanged, this, [this, id] { Q_EMIT printerStateChanged(id); });
    auto record = [this, id, model] { m_history->recordState(id, model->state()); };
    connect(model, &PrinterModel::unitChanged, this, record);
    connect(model, &PrinterModel::unitAdded, this, record);
    connect(session, &PrinterSession::connectionChanged, this,
        [this, id](PrinterConnection::State state, const QString &message) {
            Q_EMIT connectionChanged(id, state, message);
            if (!message.isEmpty() && state != PrinterConnection::State::Connected)
                qCWarning(lcApp).noquote() << printerName(id) + QStringLiteral(": ") + message;
            scheduleStatusWrite();
        });
    connect(session, &PrinterSession::certificateRejected, this,
        [this, id](const QString &fingerprint, const QString &subject, const QString &reason) {
            Q_EMIT certificateRejected(id, fingerprint, subject, reason);
        });
    connect(session, &PrinterSession::problem, this, [this, id](const QString &message) {
        qCWarning(lcApp).noquote() << printerName(id) + QStringLiteral(": ") + message;
        Q_EMIT errorOccurred(id, message);
    });
    connect(engine, &SyncEngine::syncStarted, this, [this, id] { Q_EMIT syncStarted(id); });
    connect(engine, &SyncEngine::syncFinished, this, [this, id](const SyncResult &result) {
        qCInfo(lcApp).noquote() << printerName(id) + QStringLiteral(": sync finished,") << result.synced << "synced,"
                                << result.created.size() << "created," << result.errors.size() << "errors";
        for (const QString &error : result.errors)
            qCWarning(lcApp).noquote() << printerName(id) + QStringLiteral(": ") + error;
        Q_EMIT syncFinished(id, result);
        // Usage waiting for a spool that this sync may just have tagged is delivered right away.
        if (m_ledger->pendingCount() > 0)
            m_ledger->deliverNow();
        scheduleStatusWrite();
    });
    connect(engine, &SyncEngine::lowStock, this, [this, id](const Spool &spool) { Q_EMIT lowStock(id, spool); });
}

// --- Sync settings ---------------------------------------------------------------------------

EngineSettings AppCore::engineSettings() const
{
    EngineSettings settings;
    if (!isDemo()) {
        settings.mode = m_settings->syncMode() == Settings::SyncMode::Manual ? SyncMode::Manual : SyncMode::Auto;
        settings.autoCreate = m_settings->flag(SettingKey::SyncAutoCreate);
        settings.autoAttach = m_settings->flag(SettingKey::SyncAutoAttach);
        settings.weightSource = m_settings->weightSource() == Settings::WeightSource::AmsEstimate
            ? WeightSource::AmsEstimate
            : WeightSource::PerPrintUsage;
        const QString location = m_settings->text(SettingKey::SyncLocationTemplate);
        if (!location.isEmpty())
            settings.locationTemplate = location;
        settings.homeLocation = m_settings->text(SettingKey::SyncHomeLocation);
        settings.lowStockThresholdG = m_settings->number(SettingKey::SyncLowStockThresholdG);
        settings.debounceMs = m_settings->number(SettingKey::SyncDebounceMs);
    } else {
        settings.mode = m_demoAutoSync ? SyncMode::Auto : SyncMode::Manual;
        settings.debounceMs = 500;
    }
    if (m_paused)
        settings.mode = SyncMode::Manual;
    return settings;
}

void AppCore::applyEngineSettings()
{
    const EngineSettings settings = engineSettings();
    for (PrinterSession *session : std::as_const(m_sessions))
        session->setEngineSettings(settings);
}

void AppCore::scheduleStatusWrite()
{
    if (!m_statusTimer.isActive())
        m_statusTimer.start();
}

} // namespace Spoolbridge
