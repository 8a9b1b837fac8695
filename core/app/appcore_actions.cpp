// AppCore: the actions the desktop app and the CLI trigger (sync, mode, links, ledger, pins).

#include "core/app/appcore.h"
#include "core/app/printersession.h"
#include "core/engine/syncengine.h"
#include "core/printer/jobrecord.h"
#include "core/settings/settings.h"
#include "core/spoolman/spoolmanclient.h"
#include "core/sync/usageledger.h"
#include "core/sync/usagetypes.h"

namespace Spoolbridge {

void AppCore::syncNow(const QString &printerId)
{
    for (PrinterSession *session : std::as_const(m_sessions)) {
        if (printerId.isEmpty() || session->id() == printerId)
            session->engine()->syncNow();
    }
}

void AppCore::setAutoSync(bool autoSync)
{
    if (isDemo()) {
        m_demoAutoSync = autoSync;
    } else {
        QString error;
        if (!m_settings->setValue(
                SettingKey::SyncMode, autoSync ? QStringLiteral("auto") : QStringLiteral("manual"), &error))
            Q_EMIT errorOccurred(QString(), error);
    }
    applyEngineSettings();
}

bool AppCore::autoSync() const
{
    return isDemo() ? m_demoAutoSync : m_settings->syncMode() == Settings::SyncMode::Auto;
}

void AppCore::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    applyEngineSettings();
}

void AppCore::linkSlot(const QString &printerId, int unitId, int slotIndex, int spoolId, Done done)
{
    PrinterSession *found = m_sessions.value(printerId);
    if (!found) {
        done(false, tr("That printer is no longer configured."));
        return;
    }
    found->engine()->linkSlot(unitId, slotIndex, spoolId, std::move(done));
}

void AppCore::unlinkSlot(const QString &printerId, int unitId, int slotIndex, Done done)
{
    PrinterSession *found = m_sessions.value(printerId);
    if (!found) {
        done(false, tr("That printer is no longer configured."));
        return;
    }
    found->engine()->unlinkSlot(unitId, slotIndex, std::move(done));
}

void AppCore::addSpool(
    const QString &printerId, int unitId, int slotIndex, const NewSpoolRequest &request, const Done &done)
{
    if (!m_sessions.contains(printerId)) {
        done(false, tr("That printer is no longer configured."));
        return;
    }
    // vendor (existing or new) → filament → spool → link to the slot; each step reports its error.
    auto createFilament = [this, printerId, unitId, slotIndex, request, done](int vendorId) {
        Filament filament;
        filament.vendorId = vendorId;
        filament.name = request.filamentName.isEmpty() ? request.material : request.filamentName;
        filament.material = request.material;
        filament.colorHex = request.colorHex;
        filament.density = request.material.startsWith(QLatin1String("PETG")) ? 1.27 : 1.24;
        filament.diameter = 1.75;
        filament.weight = request.initialWeightG;
        filament.spoolWeight = request.emptySpoolWeightG;
        m_client->createFilament(filament, this,
            [this, printerId, unitId, slotIndex, request, done](const SpoolmanResult<Filament> &created) {
                if (!created.ok())
                    return done(false, created.message);
                Spool spool;
                spool.filament = created.payload;
                spool.initialWeight = request.initialWeightG;
                spool.spoolWeight = request.emptySpoolWeightG;
                spool.price = request.price;
                m_client->createSpool(
                    spool, this, [this, printerId, unitId, slotIndex, done](const SpoolmanResult<Spool> &made) {
                        if (!made.ok())
                            return done(false, made.message);
                        linkSlot(printerId, unitId, slotIndex, made.payload.id, done);
                    });
            });
    };
    if (request.vendorId) {
        createFilament(*request.vendorId);
        return;
    }
    Vendor vendor;
    vendor.name = request.vendorName;
    vendor.emptySpoolWeight = request.emptySpoolWeightG;
    m_client->createVendor(vendor, this, [createFilament, done](const SpoolmanResult<Vendor> &created) {
        if (!created.ok())
            return done(false, created.message);
        createFilament(created.payload.id);
    });
}

bool AppCore::undoLedgerEntry(qint64 entryId, QString *error)
{
    return m_ledger->undo(entryId, error).has_value();
}

bool AppCore::pinCertificate(const QString &printerId, const QString &fingerprint, QString *error)
{
    if (isDemo()) {
        if (error)
            *error = tr("The demo printer needs no certificate.");
        return false;
    }
    std::optional<PrinterEntry> entry = m_settings->printer(printerId);
    if (!entry) {
        if (error)
            *error = tr("That printer is no longer configured.");
        return false;
    }
    entry->pinnedFingerprint = fingerprint;
    // Saving the entry changes the settings; the session is rebuilt with the pin.
    return m_settings->savePrinter(*entry, error);
}

} // namespace Spoolbridge
