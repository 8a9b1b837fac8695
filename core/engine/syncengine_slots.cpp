// SyncEngine: one occupied slot → its Spoolman spool (match, attach, create, link), then the
// location and weight updates for it.
#include "core/engine/filamentmatch.h"
#include "core/engine/lowstockmonitor.h"
#include "core/engine/spoolprovisioner.h"
#include "core/engine/stockfinder.h"
#include "core/engine/syncengine.h"
#include "core/spoolman/spoolcache.h"
#include "core/spoolman/spoolmanextra.h"
#include "core/util/logging.h"

#include <cmath>
#include <utility>

namespace Spoolbridge {

using namespace FilamentMatch;

namespace {

// Several spools may carry a tag (left over from other tools): the oldest active one wins.
Spool choose(const QList<Spool> &spools)
{
    Spool best = spools.first();
    for (const Spool &spool : spools) {
        if ((best.archived && !spool.archived) || (best.archived == spool.archived && spool.id < best.id))
            best = spool;
    }
    return best;
}

QString filamentLabel(const Spool &spool)
{
    QStringList parts;
    if (spool.filament.vendor)
        parts << spool.filament.vendor->name;
    parts << spool.filament.name.value_or(spool.filament.material.value_or(QString()));
    return parts.join(u' ').trimmed();
}

bool remainTrustworthy(const PrinterState &state, const Slot &slot)
{
    // 0 is what AMS Lite and spools without "update remaining" report: not a reading.
    if (!slot.remainPercent || *slot.remainPercent <= 0 || *slot.remainPercent > 100)
        return false;
    if (const AmsUnit *unit = state.unit(slot.unitId))
        return unit->type != UnitType::AmsLite;
    return true;
}

} // namespace

void SyncEngine::syncSlot(const Slot &slot)
{
    const QString tag = normalizeTag(slot.identity());
    const std::optional<SlotBinding> link
        = m_services.links->manualLink(m_printer->serial(), slot.unitId, slot.slotIndex);
    if (!tag.isEmpty()) {
        if (link && link->spoolId == SlotBinding::Detached && normalizeTag(link->tag) == tag) {
            skipSlot(slot, tr("Unlinked by you — link it to a Spoolman spool to sync it again."));
            return;
        }
        syncRfidSlot(slot, tag);
        return;
    }
    if (link && link->spoolId > 0) {
        syncLinkedSlot(slot, *link);
        return;
    }
    skipSlot(slot, tr("Non-Bambu Lab spool — link it manually"));
}

void SyncEngine::skipSlot(const Slot &slot, const QString &reason)
{
    Outcome outcome;
    outcome.kind = Outcome::Kind::Skipped;
    outcome.skipped = {slot.unitId, slot.slotIndex, locationFor(slot), normalizeColor(slot.color), reason};
    const QString key = slotKey(slot.unitId, slot.slotIndex);
    m_outcomes.insert(key, outcome);
    m_signatures.insert(key, signatureOf(slot));
    if (m_bound.remove(key) > 0)
        Q_EMIT slotSpoolChanged(slot.unitId, slot.slotIndex);
    nextStep();
}

void SyncEngine::syncRfidSlot(const Slot &slot, const QString &tag)
{
    // The websocket-fed cache is current while connected: no request at all.
    if (m_services.cache && m_services.cache->isConnected()) {
        const QList<Spool> cached = m_services.cache->spoolsByTag(tag);
        if (!cached.isEmpty()) {
            applySpool(slot, choose(cached));
            return;
        }
    }
    // The tag's key first, then one lookup: while this engine holds the key no engine of this
    // process creates or attaches the tag, so a miss stays true until we create — this lookup is
    // also the duplicate guard of a creation. (Someone else creating it meanwhile makes us wait
    // for the key and then look.)
    m_services.registry->acquire(CreationRegistry::tagKey(tag), this, [this, slot, tag](CreationRegistry::Hold hold) {
        m_services.client->findSpoolsByTag(
            tag, this, [this, slot, tag, hold = std::move(hold)](const SpoolmanResult<QList<Spool>> &found) {
                if (!found.ok()) {
                    stepFailed(slot, found.status, found.message);
                    return;
                }
                if (!found.payload.isEmpty()) {
                    applySpool(slot, choose(found.payload));
                    return;
                }
                resolveMissingTag(slot, tag, hold);
            });
    });
}

void SyncEngine::resolveMissingTag(const Slot &slot, const QString &tag, const CreationRegistry::Hold &hold)
{
    // Untagged stock of the same material and colour: maybe the user already entered this spool.
    m_stock->find(
        slot.material.trimmed(), slot.color, [this, slot, tag, hold](const SpoolmanResult<QList<Spool>> &stock) {
            if (!stock.ok()) {
                stepFailed(slot, stock.status, stock.message);
                return;
            }
            offerOrCreate(slot, tag, stock.payload, hold);
        });
}

void SyncEngine::offerOrCreate(
    const Slot &slot, const QString &tag, const QList<Spool> &stock, CreationRegistry::Hold hold)
{
    const QList<Spool> ranked = rankCandidates(stock, slot.material, slot.color, slot.labelWeightG);
    if (ranked.size() == 1 && m_settings.autoAttach) {
        attachTag(slot, tag, ranked.first(), std::move(hold));
        return;
    }
    if (!ranked.isEmpty()) {
        Outcome outcome;
        outcome.kind = Outcome::Kind::Candidates;
        outcome.candidates.unitId = slot.unitId;
        outcome.candidates.slotIndex = slot.slotIndex;
        outcome.candidates.location = locationFor(slot);
        outcome.candidates.color = normalizeColor(slot.color);
        outcome.candidates.tag = tag;
        for (const Spool &spool : ranked) {
            outcome.candidates.spools.append({spool.id, filamentLabel(spool), spool.remainingWeight.value_or(0),
                spool.usedWeight <= 0 && !spool.firstUsed});
        }
        const QString key = slotKey(slot.unitId, slot.slotIndex);
        m_outcomes.insert(key, outcome);
        m_signatures.insert(key, signatureOf(slot));
        nextStep();
        return;
    }
    if (!m_settings.autoCreate) {
        skipSlot(slot,
            tr("No Spoolman spool carries this RFID tag and automatic creation is off — link it manually "
               "or turn on automatic creation."));
        return;
    }
    createSpool(slot, tag, std::move(hold));
}

void SyncEngine::attachTag(const Slot &slot, const QString &tag, const Spool &spool, CreationRegistry::Hold hold)
{
    // Tag and location in one PATCH (applySpool then finds the location in place).
    QJsonObject changes {
        {QStringLiteral("extra"), QJsonObject {{QStringLiteral("tag"), SpoolmanExtra::encodeText(tag)}}}};
    if (m_settings.writeLocations)
        changes.insert(QStringLiteral("location"), locationFor(slot));
    m_services.client->patchSpool(
        spool.id, changes, this, [this, slot, tag, hold = std::move(hold)](const SpoolmanResult<Spool> &patched) {
            if (!patched.ok()) {
                stepFailed(slot, patched.status, patched.message);
                return;
            }
            qCInfo(lcSync) << "Attached tag" << tag << "to the existing Spoolman spool" << patched.payload.id;
            if (m_services.cache)
                m_services.cache->insert(patched.payload);
            m_run.result.created.append({patched.payload.id, slot.unitId, slot.slotIndex, locationFor(slot), tag,
                filamentLabel(patched.payload), true});
            applySpool(slot, patched.payload);
        });
}

void SyncEngine::createSpool(const Slot &slot, const QString &tag, CreationRegistry::Hold hold)
{
    ProvisionRequest request;
    request.tag = tag;
    request.material = slot.material;
    request.profile = slot.profile;
    request.color = slot.color;
    request.labelWeightG = slot.labelWeightG;
    request.diameterMm = slot.diameterMm;
    if (remainTrustworthy(m_printer->state(), slot) && slot.labelWeightG > 0)
        request.remainingWeight = std::round(slot.labelWeightG * *slot.remainPercent) / 100.0;
    if (m_settings.writeLocations)
        request.location = locationFor(slot);
    m_provisioner->provision(request, [this, slot, tag, hold = std::move(hold)](const ProvisionResult &result) {
        if (!result.ok) {
            stepFailed(slot, result.unreachable ? SpoolmanStatus::NetworkError : SpoolmanStatus::Invalid,
                tr("could not create the Spoolman spool for RFID tag %1: %2").arg(tag, result.error));
            return;
        }
        if (m_services.cache)
            m_services.cache->insert(result.spool);
        if (result.created) {
            m_run.result.created.append(
                {result.spool.id, slot.unitId, slot.slotIndex, locationFor(slot), tag, result.filamentName, false});
        }
        applySpool(slot, result.spool);
    });
}

void SyncEngine::syncLinkedSlot(const Slot &slot, const SlotBinding &link)
{
    const auto check = [this, slot, link](const Spool &spool) {
        if (!link.registered.isEmpty() && spool.registered != link.registered) {
            // The id now names another spool (Spoolman reuses ids after a delete).
            m_services.links->removeManualLink(m_printer->serial(), slot.unitId, slot.slotIndex);
            skipSlot(slot, tr("The linked Spoolman spool #%1 was deleted — link the slot again.").arg(link.spoolId));
            return;
        }
        applySpool(slot, spool);
    };
    if (m_services.cache && m_services.cache->isConnected()) {
        if (const std::optional<Spool> cached = m_services.cache->spool(link.spoolId)) {
            check(*cached);
            return;
        }
    }
    m_services.client->getSpool(link.spoolId, this, [this, slot, link, check](const SpoolmanResult<Spool> &spool) {
        if (spool.status == SpoolmanStatus::NotFound) {
            m_services.links->removeManualLink(m_printer->serial(), slot.unitId, slot.slotIndex);
            skipSlot(slot, tr("The linked Spoolman spool #%1 was deleted — link the slot again.").arg(link.spoolId));
            return;
        }
        if (!spool.ok()) {
            stepFailed(slot, spool.status, spool.message);
            return;
        }
        if (m_services.cache)
            m_services.cache->insert(spool.payload);
        check(spool.payload);
    });
}

std::optional<double> SyncEngine::estimateUse(const Slot &slot, const Spool &spool) const
{
    if (m_settings.weightSource != WeightSource::AmsEstimate || normalizeTag(slot.identity()).isEmpty())
        return std::nullopt;
    if (!remainTrustworthy(m_printer->state(), slot) || slot.labelWeightG <= 0 || !spool.remainingWeight)
        return std::nullopt;
    if (m_pendingUsage && m_pendingUsage(spool.id, normalizeTag(slot.identity())))
        return std::nullopt; // the ledger's charge lands first; the estimate waits
    const double target = slot.labelWeightG * *slot.remainPercent / 100.0;
    const double drop = *spool.remainingWeight - target;
    // Only downwards (an AMS reading never refills a spool) and only a real step (≥ 1 %).
    if (drop < slot.labelWeightG / 100.0)
        return std::nullopt;
    return std::round(drop * 100.0) / 100.0;
}

void SyncEngine::applySpool(const Slot &slot, const Spool &spool)
{
    const QString location = m_settings.writeLocations ? locationFor(slot) : QString();
    const bool moveIt = m_settings.writeLocations && spool.location.value_or(QString()) != location;
    const std::optional<double> use = estimateUse(slot, spool);
    auto afterLocation = [this, slot, location, use](const Spool &current) {
        if (!use) {
            finishSlot(slot, current, location);
            return;
        }
        // Relative: other tools writing the same spool add up instead of overwriting each other.
        m_services.client->useWeight(
            current.id, *use, this, [this, slot, location, current](const SpoolmanResult<Spool> &used) {
                if (!used.ok()) {
                    stepFailed(slot, used.status, used.message);
                    return;
                }
                finishSlot(slot, used.payload, location);
            });
    };
    if (!moveIt) {
        afterLocation(spool);
        return;
    }
    m_services.client->patchSpool(spool.id, {{QStringLiteral("location"), location}}, this,
        [this, slot, afterLocation](const SpoolmanResult<Spool> &patched) {
            if (!patched.ok()) {
                stepFailed(slot, patched.status, patched.message);
                return;
            }
            afterLocation(patched.payload);
        });
}

void SyncEngine::finishSlot(const Slot &slot, const Spool &spool, const QString &writtenLocation)
{
    const QString key = slotKey(slot.unitId, slot.slotIndex);
    if (m_services.cache)
        m_services.cache->insert(spool);
    SlotBinding placement;
    placement.spoolId = spool.id;
    placement.registered = spool.registered;
    placement.tag = normalizeTag(slot.identity());
    placement.location = writtenLocation;
    m_services.links->setPlacement(m_printer->serial(), slot.unitId, slot.slotIndex, placement);
    const auto previous = m_bound.constFind(key);
    const bool changed = previous == m_bound.constEnd() || !SpoolCache::sameSpool(previous.value(), spool);
    m_bound.insert(key, spool);
    m_outcomes.insert(key, Outcome());
    m_signatures.insert(key, signatureOf(slot));
    m_lowStock->observe(spool);
    if (changed)
        Q_EMIT slotSpoolChanged(slot.unitId, slot.slotIndex);
    nextStep();
}

} // namespace Spoolbridge
