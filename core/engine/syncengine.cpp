#include "core/engine/syncengine.h"

#include "core/engine/filamentmatch.h"
#include "core/engine/lowstockmonitor.h"
#include "core/engine/spoolprovisioner.h"
#include "core/engine/stockfinder.h"
#include "core/spoolman/catalogcache.h"
#include "core/spoolman/spoolcache.h"
#include "core/util/logging.h"

#include <algorithm>

namespace Spoolbridge {

SyncEngine::SyncEngine(PrinterModel *printer, const Services &services, QObject *parent)
    : QObject(parent)
    , m_printer(printer)
    , m_services(services)
{
    Q_ASSERT(m_printer && m_services.client && m_services.links);
    if (!m_services.registry)
        m_services.registry = CreationRegistry::instance();
    if (!m_services.catalog)
        m_services.catalog = new CatalogCache(m_services.client, nullptr, this);
    m_provisioner = new SpoolProvisioner(m_services.client, m_services.catalog, m_services.registry, this);
    m_stock = new StockFinder(m_services.client, m_services.catalog, this);
    m_lowStock = new LowStockMonitor(m_services.links, this);
    m_lowStock->setGlobalThreshold(m_settings.lowStockThresholdG);
    connect(m_lowStock, &LowStockMonitor::lowStock, this, &SyncEngine::lowStock);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(m_settings.debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, [this]() { startRun(false); });
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this]() { startRun(false); });
    m_clock.start();
    m_linkGrace.setSingleShot(true);
    connect(&m_linkGrace, &QTimer::timeout, this, &SyncEngine::checkManualLinks);

    connect(m_printer, &PrinterModel::slotInserted, this, &SyncEngine::onAmsChanged);
    connect(m_printer, &PrinterModel::slotRemoved, this, &SyncEngine::onAmsChanged);
    connect(m_printer, &PrinterModel::slotRemoved, this, &SyncEngine::checkManualLinks);
    connect(m_printer, &PrinterModel::slotChanged, this, &SyncEngine::onAmsChanged);
    connect(m_printer, &PrinterModel::jobFinished, this, &SyncEngine::onAmsChanged);
    connect(m_printer, &PrinterModel::jobFailed, this, &SyncEngine::onAmsChanged);

    // Another Spoolman (or the same one at a new address) knows nothing of what we saw.
    connect(m_services.client, &SpoolmanClient::configChanged, this, [this]() {
        m_signatures.clear();
        m_outcomes.clear();
        m_bound.clear();
        m_retryDelayMs = 0;
        onAmsChanged();
    });
    if (m_services.cache) {
        // Weight changes from the ledger, other tools or people: low-stock alerts follow them.
        connect(m_services.cache, &SpoolCache::spoolUpdated, this, [this](const Spool &spool, const Spool &) {
            for (auto it = m_bound.begin(); it != m_bound.end(); ++it) {
                if (SpoolCache::sameSpool(it.value(), spool)) {
                    it.value() = spool;
                    m_lowStock->observe(spool);
                }
            }
        });
    }
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setPrinterName(const QString &name)
{
    if (m_printerName == name)
        return;
    m_printerName = name;
    m_signatures.clear(); // every location changes
    onAmsChanged();
}

QString SyncEngine::printerName() const
{
    return m_printerName.isEmpty() ? m_printer->serial() : m_printerName;
}

void SyncEngine::setSettings(const EngineSettings &settings)
{
    m_settings = settings;
    m_debounce.setInterval(std::max(0, settings.debounceMs));
    m_lowStock->setGlobalThreshold(settings.lowStockThresholdG);
    m_signatures.clear(); // locations, weight mode or creation rules may differ now
    if (settings.mode == SyncMode::Manual) {
        m_debounce.stop();
        m_retry.stop();
    }
}

void SyncEngine::setPendingUsageCheck(std::function<bool(int, const QString &)> check)
{
    m_pendingUsage = std::move(check);
}

void SyncEngine::syncNow()
{
    m_debounce.stop();
    startRun(true);
}

void SyncEngine::onAmsChanged()
{
    if (m_settings.mode == SyncMode::Auto)
        scheduleAuto();
}

void SyncEngine::scheduleAuto()
{
    m_debounce.start();
}

QString SyncEngine::slotKey(int unitId, int slotIndex)
{
    return QStringLiteral("%1/%2").arg(unitId).arg(slotIndex);
}

QList<Slot> SyncEngine::presentSlots() const
{
    QList<Slot> result;
    const PrinterState &state = m_printer->state();
    for (const AmsUnit &unit : state.units) {
        for (const Slot &slot : unit.slotList()) {
            if (slot.present)
                result.append(slot);
        }
    }
    for (const Slot &slot : state.external) {
        if (slot.present)
            result.append(slot);
    }
    return result;
}

LocationContext SyncEngine::contextFor(const Slot &slot) const
{
    const PrinterState &state = m_printer->state();
    LocationContext context;
    context.printer = printerName();
    context.serial = m_printer->serial();
    context.unitId = slot.unitId;
    context.slotIndex = slot.slotIndex;
    context.dualNozzle = state.dualNozzle;
    if (const AmsUnit *unit = state.unit(slot.unitId))
        context.unitType = unit->type;
    return context;
}

QString SyncEngine::locationFor(const Slot &slot) const
{
    const LocationContext context = contextFor(slot);
    const QString &text = context.isExternal() ? m_settings.externalLocationTemplate : m_settings.locationTemplate;
    return LocationTemplate::render(text, context).left(LocationTemplate::MaxLength);
}

QString SyncEngine::locationFor(int unitId, int slotIndex) const
{
    if (const Slot *slot = m_printer->state().slot(unitId, slotIndex))
        return locationFor(*slot);
    Slot placeholder;
    placeholder.unitId = unitId;
    placeholder.slotIndex = slotIndex;
    return locationFor(placeholder);
}

std::optional<Spool> SyncEngine::spoolInSlot(int unitId, int slotIndex) const
{
    const auto it = m_bound.constFind(slotKey(unitId, slotIndex));
    return it == m_bound.constEnd() ? std::nullopt : std::optional<Spool>(it.value());
}

QString SyncEngine::signatureOf(const Slot &slot) const
{
    QStringList parts {slot.identity().toUpper(), slot.material, slot.profile,
        FilamentMatch::normalizeColor(slot.color), QString::number(slot.labelWeightG), locationFor(slot)};
    if (slot.identity().isEmpty()) {
        const std::optional<SlotBinding> link
            = m_services.links->manualLink(m_printer->serial(), slot.unitId, slot.slotIndex);
        parts << QString::number(link ? link->spoolId : 0);
    }
    if (m_settings.weightSource == WeightSource::AmsEstimate)
        parts << QString::number(slot.remainPercent.value_or(-1));
    return parts.join(u'|');
}

void SyncEngine::startRun(bool full)
{
    if (m_running) {
        m_rerun = true;
        m_rerunFull = m_rerunFull || full;
        return;
    }
    m_retry.stop();
    m_running = true;
    m_run = Run();
    m_run.result.printer = printerName();
    m_run.result.serial = m_printer->serial();
    m_run.result.full = full;
    m_run.result.startedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT syncStarted();

    const QString serial = m_printer->serial();
    // Manual links end once their slot is really empty (syncengine_links.cpp).
    reviewManualLinks();
    // 1. Spools that left their slot (or were replaced) give their location back; a linked slot
    // within its grace keeps its spool's location.
    const QList<std::pair<int, int>> placed = m_services.links->placedSlots(serial);
    for (const auto &[unitId, slotIndex] : placed) {
        const std::optional<SlotBinding> placement = m_services.links->placement(serial, unitId, slotIndex);
        const Slot *slot = m_printer->state().slot(unitId, slotIndex);
        bool stillThere = false;
        if (slot && slot->present && placement) {
            const QString tag = normalizeTag(slot->identity());
            if (!tag.isEmpty()) {
                stillThere = normalizeTag(placement->tag) == tag;
            } else {
                const std::optional<SlotBinding> link = m_services.links->manualLink(serial, unitId, slotIndex);
                stillThere = placement->tag.isEmpty() && link && link->spoolId == placement->spoolId;
            }
        }
        if (stillThere || !placement || inLinkGrace(unitId, slotIndex))
            continue;
        const int u = unitId;
        const int s = slotIndex;
        m_run.steps.append([this, u, s, binding = *placement]() { releaseStep(u, s, binding); });
    }
    for (auto it = m_bound.begin(); it != m_bound.end();) {
        const QStringList parts = it.key().split(u'/');
        const int unitId = parts.value(0).toInt();
        const int slotIndex = parts.value(1).toInt();
        const Slot *slot = m_printer->state().slot(unitId, slotIndex);
        if (slot && slot->present) {
            ++it;
            continue;
        }
        it = m_bound.erase(it);
        Q_EMIT slotSpoolChanged(unitId, slotIndex);
    }
    // 2. Every occupied slot that changed since its last sync (all of them for a full sync).
    QSet<QString> present;
    const QList<Slot> slots_ = presentSlots();
    for (const Slot &slot : slots_) {
        const QString key = slotKey(slot.unitId, slot.slotIndex);
        present.insert(key);
        const QString signature = signatureOf(slot);
        if (!full && m_signatures.value(key) == signature)
            continue;
        qCDebug(lcSync).noquote() << printerName() << "slot" << key << "changed:" << m_signatures.value(key) << "→"
                                  << signature;
        m_outcomes.remove(key);
        m_run.steps.append([this, slot]() { syncSlot(slot); });
    }
    for (auto it = m_outcomes.begin(); it != m_outcomes.end();)
        it = present.contains(it.key()) ? std::next(it) : m_outcomes.erase(it);
    for (auto it = m_signatures.begin(); it != m_signatures.end();)
        it = present.contains(it.key()) ? std::next(it) : m_signatures.erase(it);

    // 0. The tag field must exist before the first lookup (a filter on an unregistered key is
    // ignored by Spoolman and would match every spool).
    const std::optional<QStringList> keys = m_services.client->knownFieldKeys(QStringLiteral("spool"));
    if (!m_run.steps.isEmpty() && (!keys || !keys->contains(QStringLiteral("tag")))) {
        m_run.steps.prepend([this]() {
            m_services.client->ensureExtraFields(
                requiredExtraFields(), this, [this](const SpoolmanResult<QList<ExtraField>> &result) {
                    if (result.ok()) {
                        nextStep();
                    } else if (SpoolProvisioner::isUnreachable(result.status)) {
                        abortUnreachable(result.message);
                    } else {
                        m_run.result.errors << tr("Spoolbridge could not register the \"tag\" field in Spoolman: %1")
                                                   .arg(result.message);
                        m_run.steps.clear();
                        finishRun();
                    }
                });
        });
    }
    nextStep();
}

void SyncEngine::nextStep()
{
    if (m_run.steps.isEmpty() || m_run.aborted) {
        finishRun();
        return;
    }
    const std::function<void()> step = m_run.steps.takeFirst();
    step();
}

void SyncEngine::abortUnreachable(const QString &message)
{
    m_run.aborted = true;
    m_run.steps.clear();
    m_run.result.errors << (m_settings.mode == SyncMode::Auto
            ? tr("%1 Spoolbridge syncs this printer again when Spoolman answers.").arg(message)
            : tr("%1 Sync again once Spoolman answers.").arg(message));
    m_retryDelayMs
        = m_retryDelayMs <= 0 ? m_settings.retryInitialMs : std::min(m_retryDelayMs * 2, m_settings.retryMaxMs);
    finishRun();
}

void SyncEngine::stepFailed(const Slot &slot, SpoolmanStatus status, const QString &message)
{
    if (SpoolProvisioner::isUnreachable(status)) {
        abortUnreachable(message);
        return;
    }
    Outcome outcome;
    outcome.kind = Outcome::Kind::Error;
    m_outcomes.insert(slotKey(slot.unitId, slot.slotIndex), outcome);
    m_run.result.errors << tr("%1: %2").arg(locationFor(slot), message);
    nextStep();
}

void SyncEngine::finishRun()
{
    if (!m_running)
        return;
    SyncResult &result = m_run.result;
    // The result describes the whole printer: slots that did not change keep their last outcome.
    const QList<Slot> slots_ = presentSlots();
    for (const Slot &slot : slots_) {
        const auto it = m_outcomes.constFind(slotKey(slot.unitId, slot.slotIndex));
        if (it == m_outcomes.constEnd())
            continue;
        switch (it->kind) {
        case Outcome::Kind::Synced:
            ++result.synced;
            break;
        case Outcome::Kind::Skipped:
            result.skipped.append(it->skipped);
            break;
        case Outcome::Kind::Candidates:
            result.candidates.append(it->candidates);
            break;
        case Outcome::Kind::Error:
            break;
        }
    }
    result.finishedAt = QDateTime::currentDateTimeUtc();
    m_running = false;
    const bool aborted = m_run.aborted;
    m_lastResult = result;
    const SyncResult finished = result;
    m_run = Run();
    if (aborted && m_settings.mode == SyncMode::Auto && m_retryDelayMs > 0) {
        m_retry.start(m_retryDelayMs);
    } else if (!aborted) {
        m_retryDelayMs = 0;
    }
    qCInfo(lcSync).noquote() << finished.printer << "synced:" << finished.synced
                             << "created:" << finished.created.size() << "skipped:" << finished.skipped.size()
                             << "errors:" << finished.errors.size();
    Q_EMIT syncFinished(finished);
    if (m_rerun) {
        const bool full = m_rerunFull;
        m_rerun = false;
        m_rerunFull = false;
        startRun(full);
    }
}

} // namespace Spoolbridge
