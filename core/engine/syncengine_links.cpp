// SyncEngine: spools leaving their slot, manual link / unlink of a slot, and the end of manual
// links once their slot is really empty.
#include "core/engine/filamentmatch.h"
#include "core/engine/spoolprovisioner.h"
#include "core/engine/syncengine.h"
#include "core/spoolman/spoolcache.h"
#include "core/spoolman/spoolmanextra.h"
#include "core/util/logging.h"

#include <QSet>

#include <algorithm>
#include <limits>
#include <memory>
#include <utility>

namespace Spoolbridge {

namespace {

// What the printer says about a slot's filament. For a third-party spool this is what a person
// set for the slot, not read from the spool: the same values may describe another spool, but
// other values always do.
QString filamentLook(const Slot &slot)
{
    return QStringList {
        slot.material.trimmed().toUpper(), FilamentMatch::normalizeColor(slot.color), slot.presetId.trimmed().toUpper()}
        .join(u'|');
}

} // namespace

void SyncEngine::checkManualLinks()
{
    // On a slot report and when a grace runs out. The grace of a linked slot counts from the
    // report that emptied it, in both sync modes.
    if (reviewManualLinks())
        onAmsChanged(); // auto mode: the spool gives its location back with the next sync
}

bool SyncEngine::reviewManualLinks()
{
    const QString serial = m_printer->serial();
    const qint64 now = m_clock.elapsed();
    const qint64 grace = std::max(0, m_settings.manualLinkGraceMs);
    QSet<QString> empty;
    qint64 nextReview = -1;
    bool ended = false;
    auto end = [this, serial, &ended](int unitId, int slotIndex, const char *why) {
        qCInfo(lcSync).noquote() << printerName() << "slot" << slotKey(unitId, slotIndex)
                                 << "manual link ended:" << why;
        m_services.links->removeManualLink(serial, unitId, slotIndex);
        ended = true;
    };
    for (const auto &[unitId, slotIndex] : m_services.links->linkedSlots(serial)) {
        const std::optional<SlotBinding> link = m_services.links->manualLink(serial, unitId, slotIndex);
        if (!link)
            continue;
        const QString key = slotKey(unitId, slotIndex);
        const Slot *slot = m_printer->state().slot(unitId, slotIndex);
        if (slot && slot->present) {
            const bool returned = m_emptySlots.remove(key) > 0;
            if (link->spoolId <= 0)
                continue; // a detached RFID spool: syncSlot compares its tag
            const QString look = filamentLook(*slot);
            if (!slot->identity().isEmpty()) {
                end(unitId, slotIndex, "an RFID spool sits in the slot now");
            } else if (returned && !link->filament.isEmpty() && look != link->filament) {
                end(unitId, slotIndex, "the slot was empty and holds another filament now");
            } else if (look != link->filament) {
                SlotBinding changed = *link; // a person changed the slot's filament settings
                changed.filament = look;
                m_services.links->setManualLink(serial, unitId, slotIndex, changed);
            }
            continue;
        }
        // Empty, or its unit missing from the report: an unload only once it stays so.
        empty.insert(key);
        const qint64 since = m_emptySlots.value(key, now);
        m_emptySlots.insert(key, since);
        if (now - since >= grace) {
            end(unitId, slotIndex, "the slot stayed empty");
            m_emptySlots.remove(key);
            empty.remove(key);
            continue;
        }
        const qint64 due = since + grace - now;
        nextReview = nextReview < 0 ? due : std::min(nextReview, due);
    }
    for (auto it = m_emptySlots.begin(); it != m_emptySlots.end();)
        it = empty.contains(it.key()) ? std::next(it) : m_emptySlots.erase(it);
    if (nextReview >= 0)
        m_linkGrace.start(int(std::min<qint64>(nextReview, std::numeric_limits<int>::max())));
    else
        m_linkGrace.stop();
    return ended;
}

bool SyncEngine::inLinkGrace(int unitId, int slotIndex) const
{
    return m_emptySlots.contains(slotKey(unitId, slotIndex));
}

void SyncEngine::releaseSlot(
    int unitId, int slotIndex, const SlotBinding &placement, std::function<void(SpoolmanStatus, const QString &)> done)
{
    const QString serial = m_printer->serial();
    auto forget
        = [this, serial, unitId, slotIndex, done = std::move(done)](SpoolmanStatus status, const QString &error) {
              if (error.isEmpty() || status == SpoolmanStatus::NotFound)
                  m_services.links->removePlacement(serial, unitId, slotIndex);
              done(status, status == SpoolmanStatus::NotFound ? QString() : error);
          };
    if (placement.location.isEmpty()) {
        forget(SpoolmanStatus::Ok, QString());
        return;
    }
    // Fresh from the server, never from a cache: a person may have moved the spool meanwhile.
    m_services.client->getSpool(placement.spoolId, this, [this, placement, forget](const SpoolmanResult<Spool> &spool) {
        if (!spool.ok()) {
            forget(spool.status, spool.message);
            return;
        }
        const bool sameSpool = placement.registered.isEmpty() || spool.payload.registered == placement.registered;
        const bool stillOurs = spool.payload.location.value_or(QString()) == placement.location;
        if (!sameSpool || !stillOurs) {
            qCDebug(lcSync) << "Spool" << placement.spoolId << "left its slot; its location is no longer ours";
            forget(SpoolmanStatus::Ok, QString());
            return;
        }
        const QString home = m_settings.homeLocation.trimmed();
        const QJsonValue location = home.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(home);
        m_services.client->patchSpool(placement.spoolId, {{QStringLiteral("location"), location}}, this,
            [this, forget](const SpoolmanResult<Spool> &patched) {
                if (patched.ok() && m_services.cache)
                    m_services.cache->insert(patched.payload);
                forget(patched.status, patched.ok() ? QString() : patched.message);
            });
    });
}

void SyncEngine::releaseStep(int unitId, int slotIndex, const SlotBinding &placement)
{
    releaseSlot(unitId, slotIndex, placement, [this, unitId, slotIndex](SpoolmanStatus status, const QString &error) {
        if (error.isEmpty()) {
            nextStep();
        } else if (SpoolProvisioner::isUnreachable(status)) {
            abortUnreachable(error);
        } else {
            m_run.result.errors << tr("%1: %2").arg(locationFor(unitId, slotIndex), error);
            nextStep();
        }
    });
}

void SyncEngine::clearTag(const QString &tag, int keepId, Done done)
{
    m_services.client->findSpoolsByTag(
        tag, this, [this, keepId, done = std::move(done)](const SpoolmanResult<QList<Spool>> &found) {
            if (!found.ok()) {
                done(false, found.message);
                return;
            }
            auto pending = std::make_shared<QList<int>>();
            for (const Spool &spool : found.payload) {
                if (spool.id != keepId)
                    pending->append(spool.id);
            }
            auto step = std::make_shared<std::function<void()>>();
            *step = [this, pending, step, done]() {
                if (pending->isEmpty()) {
                    done(true, QString());
                    *step = nullptr;
                    return;
                }
                const int id = pending->takeFirst();
                m_services.client->patchSpool(id, SpoolmanExtra::removal(QStringLiteral("tag")), this,
                    [this, step, done](const SpoolmanResult<Spool> &patched) {
                        if (!patched.ok()) {
                            done(false, patched.message);
                            *step = nullptr;
                            return;
                        }
                        if (m_services.cache)
                            m_services.cache->insert(patched.payload);
                        (*step)();
                    });
            };
            (*step)();
        });
}

void SyncEngine::linkCandidates(
    int unitId, int slotIndex, std::function<void(const QList<Spool> &, const QString &)> done)
{
    const Slot *slot = m_printer->state().slot(unitId, slotIndex);
    if (!slot || !slot->present) {
        done({}, tr("%1 is empty: insert the spool before linking it.").arg(locationFor(unitId, slotIndex)));
        return;
    }
    const Slot current = *slot;
    SpoolQuery query;
    if (!current.material.trimmed().isEmpty())
        query.filamentMaterial = current.material.trimmed();
    m_services.client->listSpools(
        query, this, [current, done = std::move(done)](const SpoolmanResult<QList<Spool>> &result) {
            if (!result.ok()) {
                done({}, result.message);
                return;
            }
            // Same colour first (ranked), then the other untagged spools of the material.
            QList<Spool> ranked = FilamentMatch::rankCandidates(result.payload, current.material, current.color,
                current.labelWeightG > 0 ? current.labelWeightG : 1000);
            for (const Spool &spool : result.payload) {
                const bool untagged = spool.tag().value_or(QString()).trimmed().isEmpty();
                const bool listed = std::any_of(
                    ranked.begin(), ranked.end(), [&spool](const Spool &other) { return other.id == spool.id; });
                if (!spool.archived && untagged && !listed
                    && (current.material.trimmed().isEmpty()
                        || FilamentMatch::sameMaterial(spool.filament.material.value_or(QString()), current.material)))
                    ranked.append(spool);
            }
            done(ranked, QString());
        });
}

void SyncEngine::resyncSlot(int unitId, int slotIndex)
{
    m_signatures.remove(slotKey(unitId, slotIndex));
    startRun(false);
}

void SyncEngine::linkSlot(int unitId, int slotIndex, int spoolId, Done done)
{
    const Slot *slot = m_printer->state().slot(unitId, slotIndex);
    if (!slot || !slot->present) {
        done(false, tr("%1 is empty: insert the spool before linking it.").arg(locationFor(unitId, slotIndex)));
        return;
    }
    const QString tag = normalizeTag(slot->identity());
    const QString serial = m_printer->serial();
    m_services.client->getSpool(spoolId, this,
        [this, unitId, slotIndex, spoolId, tag, serial, done = std::move(done)](const SpoolmanResult<Spool> &spool) {
            if (!spool.ok()) {
                done(false, spool.message);
                return;
            }
            const Spool chosen = spool.payload;
            auto finish = [this, unitId, slotIndex, serial, chosen, done]() {
                m_emptySlots.remove(slotKey(unitId, slotIndex));
                // The spool that sat here before gives its location back.
                const std::optional<SlotBinding> placement = m_services.links->placement(serial, unitId, slotIndex);
                auto resync = [this, unitId, slotIndex, done]() {
                    done(true, QString());
                    resyncSlot(unitId, slotIndex);
                };
                if (placement && placement->spoolId != chosen.id) {
                    releaseSlot(unitId, slotIndex, *placement, [resync](SpoolmanStatus, const QString &) { resync(); });
                    return;
                }
                resync();
            };
            if (tag.isEmpty()) {
                const Slot *current = m_printer->state().slot(unitId, slotIndex);
                const QString look = current ? filamentLook(*current) : QString();
                m_services.links->setManualLink(
                    serial, unitId, slotIndex, {chosen.id, chosen.registered, {}, {}, look});
                finish();
                return;
            }
            // RFID: the tag moves to the chosen spool; nobody else may keep it.
            clearTag(tag, chosen.id,
                [this, unitId, slotIndex, serial, tag, chosen, finish, done](bool ok, const QString &error) {
                    if (!ok) {
                        done(false, error);
                        return;
                    }
                    const QJsonObject changes {{QStringLiteral("extra"),
                        QJsonObject {{QStringLiteral("tag"), SpoolmanExtra::encodeText(tag)}}}};
                    m_services.client->patchSpool(chosen.id, changes, this,
                        [this, unitId, slotIndex, serial, finish, done](const SpoolmanResult<Spool> &patched) {
                            if (!patched.ok()) {
                                done(false, patched.message);
                                return;
                            }
                            if (m_services.cache)
                                m_services.cache->insert(patched.payload);
                            m_services.links->removeManualLink(serial, unitId, slotIndex); // no longer detached
                            finish();
                        });
                });
        });
}

void SyncEngine::unlinkSlot(int unitId, int slotIndex, Done done)
{
    const Slot *slot = m_printer->state().slot(unitId, slotIndex);
    const QString tag = slot ? normalizeTag(slot->identity()) : QString();
    const QString serial = m_printer->serial();
    auto release = [this, unitId, slotIndex, serial, done]() {
        const std::optional<SlotBinding> placement = m_services.links->placement(serial, unitId, slotIndex);
        auto forget = [this, unitId, slotIndex, done](SpoolmanStatus, const QString &error) {
            if (m_bound.remove(slotKey(unitId, slotIndex)) > 0)
                Q_EMIT slotSpoolChanged(unitId, slotIndex);
            done(error.isEmpty(), error);
            resyncSlot(unitId, slotIndex);
        };
        if (placement)
            releaseSlot(unitId, slotIndex, *placement, forget);
        else
            forget(SpoolmanStatus::Ok, QString());
    };
    if (tag.isEmpty()) {
        m_services.links->removeManualLink(serial, unitId, slotIndex);
        release();
        return;
    }
    clearTag(
        tag, 0, [this, unitId, slotIndex, serial, tag, release, done = std::move(done)](bool ok, const QString &error) {
            if (!ok) {
                done(false, error);
                return;
            }
            // Remember the choice, or the next sync would attach or create the spool again.
            m_services.links->setManualLink(serial, unitId, slotIndex, {SlotBinding::Detached, {}, tag, {}});
            release();
        });
}

} // namespace Spoolbridge
