// AppController: what the views and dialogs show (slot links, inventory, history) and the
// Link / Add to Spoolman / Unlink actions.

#include "appcontroller.h"

#include "core/app/printersession.h"
#include "core/engine/locationtemplate.h"
#include "core/engine/syncengine.h"
#include "core/printer/jobrecord.h"
#include "core/printer/printermodel.h"
#include "core/spoolman/spoolmanclient.h"
#include "core/sync/usageledger.h"
#include "core/sync/usagetypes.h"
#include "ui/dialogs/addspooldialog.h"
#include "ui/dialogs/linkspooldialog.h"
#include "ui/mainwindow.h"
#include "ui/views/historyview.h"
#include "ui/views/inventoryview.h"

namespace Spoolbridge::Gui {

namespace {

QList<Slot> allSlots(const PrinterState &state)
{
    QList<Slot> result;
    for (const AmsUnit &unit : state.units)
        result += unit.trays;
    result += state.external;
    return result;
}

QString slotLabel(const PrinterState &state, const Slot &slot)
{
    QString unit = LocationTemplate::unitLabel(slot.unitId, state.dualNozzle);
    if (slot.external)
        return unit;
    if (slot.unitId >= 128 && slot.unitId < 136)
        return QCoreApplication::translate("Spoolbridge::Gui::AppController", "AMS %1").arg(unit);
    return QCoreApplication::translate("Spoolbridge::Gui::AppController", "AMS %1 Slot %2")
        .arg(unit)
        .arg(slot.slotIndex + 1);
}

Ui::HistoryEntry::Method methodOf(const QString &method)
{
    if (method == QLatin1String("3mf_progress"))
        return Ui::HistoryEntry::Method::Progress;
    if (method == QLatin1String("remain_delta"))
        return Ui::HistoryEntry::Method::RemainDelta;
    return Ui::HistoryEntry::Method::ThreeMf;
}

// "lan:<name>|<file>|<start>" or "task:<id>/<sub>": the job's name for people.
QString jobName(const LedgerEntry &entry)
{
    QString key = entry.jobKey;
    if (key.startsWith(QLatin1String("lan:")))
        return key.mid(4).section(QLatin1Char('|'), 0, 0);
    return key;
}

} // namespace

void AppController::refreshLinks(const QString &printerId)
{
    PrinterSession *session = m_core ? m_core->session(printerId) : nullptr;
    if (!session)
        return;
    const PrinterState &state = session->model()->state();
    const QString url = m_core->spoolmanUrl().toString();
    const bool synced = m_lastResults.contains(printerId);
    const SyncResult last = m_lastResults.value(printerId);
    for (const Slot &slot : allSlots(state)) {
        Ui::SlotLinkInfo info;
        info.spoolmanUrl = url;
        info.unlinkedSpoolsAvailable = true;
        if (!slot.present) {
            m_window->setSlotLinkInfo(printerId, slot.unitId, slot.slotIndex, info);
            continue;
        }
        if (const std::optional<Spool> spool = session->engine()->spoolInSlot(slot.unitId, slot.slotIndex)) {
            info.state = Ui::SlotLinkInfo::Linked;
            info.spoolId = spool->id;
            info.remainingG = spool->remainingWeight;
            if (spool->filament.vendor)
                info.vendor = spool->filament.vendor->name;
            info.colorName = spool->filament.name.value_or(QString());
        } else if (synced) {
            info.state = Ui::SlotLinkInfo::Unlinked;
            for (const SyncSkipped &skipped : last.skipped) {
                if (skipped.unitId == slot.unitId && skipped.slotIndex == slot.slotIndex) {
                    info.state = Ui::SlotLinkInfo::Skipped;
                    info.skipReason = skipped.reason;
                }
            }
        }
        m_window->setSlotLinkInfo(printerId, slot.unitId, slot.slotIndex, info);
    }
}

void AppController::refreshInventory()
{
    if (!m_core || m_core->spoolmanUrl().isEmpty())
        return;
    // Where each linked spool is loaded, from every printer's engine.
    struct Place {
        QString printer;
        QString slot;
    };
    QHash<int, Place> places;
    for (const QString &id : m_core->printerIds()) {
        PrinterSession *session = m_core->session(id);
        const PrinterState &state = session->model()->state();
        for (const Slot &slot : allSlots(state)) {
            if (const std::optional<Spool> spool = session->engine()->spoolInSlot(slot.unitId, slot.slotIndex))
                places.insert(spool->id, {session->name(), slotLabel(state, slot)});
        }
    }
    const QPointer<AppCore> core = m_core;
    m_core->client()->listAllSpools(
        SpoolQuery(), 200, this, [this, core, places](const SpoolmanResult<QList<Spool>> &result) {
            if (!result.ok() || core != m_core)
                return;
            QList<Ui::InventoryRow> rows;
            m_spoolLabels.clear();
            for (const Spool &spool : result.payload) {
                m_spoolLabels.insert(
                    spool.id, QStringLiteral("#%1 %2").arg(spool.id).arg(spool.filament.name.value_or(QString())));
                Ui::InventoryRow row;
                row.spoolId = spool.id;
                row.name = spool.filament.name.value_or(QString());
                row.material = spool.filament.material.value_or(QString());
                row.colorHex = spool.filament.colorHex.value_or(QString());
                row.multiColorHexes = spool.filament.multiColorHexes.value_or(QString());
                if (spool.filament.vendor)
                    row.vendor = spool.filament.vendor->name;
                row.remainingG = spool.remainingWeight;
                row.initialG = spool.initialWeight;
                row.location = spool.location.value_or(QString());
                const auto place = places.constFind(spool.id);
                if (place != places.cend()) {
                    row.printerName = place->printer;
                    row.slotLabel = place->slot;
                }
                rows.append(row);
            }
            m_views.inventory->setRows(rows);
            refreshHistory(); // spool names for the usage rows
        });
}

void AppController::refreshHistory()
{
    if (!m_core)
        return;
    QList<Ui::HistoryEntry> entries;
    const QList<LedgerEntry> ledger = m_core->ledger()->entries(); // newest first
    for (const LedgerEntry &entry : ledger) {
        if (entry.undoOf != 0)
            continue; // compensations show as the original entry being undone
        Ui::HistoryEntry item;
        item.id = entry.id;
        item.time = entry.createdAt;
        item.printerName = printerNameFor(entry.printerId);
        item.jobName = jobName(entry);
        item.method = methodOf(entry.method);
        switch (entry.state) {
        case LedgerState::Delivered:
            item.delivery = Ui::HistoryEntry::Delivery::Delivered;
            break;
        case LedgerState::Pending:
        case LedgerState::Attention:
            item.delivery = Ui::HistoryEntry::Delivery::Pending;
            item.message = entry.lastError;
            break;
        case LedgerState::Undone:
        case LedgerState::Discarded:
            item.delivery = Ui::HistoryEntry::Delivery::Undone;
            break;
        }
        Ui::HistoryEntry::Usage usage;
        usage.spoolId = entry.spoolId;
        usage.spoolLabel = m_spoolLabels.value(entry.spoolId, entry.spoolLabel);
        if (usage.spoolLabel.isEmpty() && entry.spoolId > 0)
            usage.spoolLabel = QStringLiteral("#%1").arg(entry.spoolId);
        usage.grams = entry.grams;
        item.usages.append(usage);
        entries.append(item);
    }
    m_views.history->setEntries(entries);
}

QString AppController::printerNameFor(const QString &idOrSerial) const
{
    // Ledger entries name the printer by its serial.
    for (const QString &id : m_core->printerIds()) {
        PrinterSession *session = m_core->session(id);
        if (id == idOrSerial || session->entry().serial == idOrSerial)
            return session->name();
    }
    return idOrSerial;
}

QString AppController::slotDescription(const QString &printerId, int unitId, int slotIndex) const
{
    PrinterSession *session = m_core ? m_core->session(printerId) : nullptr;
    if (!session)
        return QString();
    const Slot *slot = session->model()->state().slot(unitId, slotIndex);
    if (!slot)
        return session->name();
    return tr("%1 — %2 (%3)").arg(session->name(), slotLabel(session->model()->state(), *slot), slot->material);
}

void AppController::openLinkDialog(const QString &printerId, int unitId, int slotIndex)
{
    PrinterSession *session = m_core ? m_core->session(printerId) : nullptr;
    if (!session)
        return;
    auto *dialog = new Ui::LinkSpoolDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSlotDescription(slotDescription(printerId, unitId, slotIndex));
    if (const Slot *slot = session->model()->state().slot(unitId, slotIndex))
        dialog->setSlotFilament(slot->material, slot->color.left(6));
    dialog->setLoading(true);
    const QPointer<Ui::LinkSpoolDialog> guard(dialog);
    m_core->client()->listAllSpools(SpoolQuery(), 200, dialog, [guard](const SpoolmanResult<QList<Spool>> &result) {
        if (!guard)
            return;
        guard->setLoading(false);
        if (!result.ok()) {
            guard->setError(result.message);
            return;
        }
        QList<Spool> unlinked;
        for (const Spool &spool : result.payload) {
            if (!spool.archived && spool.tag().value_or(QString()).isEmpty())
                unlinked.append(spool);
        }
        guard->setSpools(unlinked);
    });
    connect(dialog, &Ui::LinkSpoolDialog::spoolChosen, this, [this, printerId, unitId, slotIndex](int spoolId) {
        m_core->linkSlot(printerId, unitId, slotIndex, spoolId, [this, printerId](bool ok, const QString &error) {
            m_window->showStatusMessage(ok ? tr("Linked.") : error, 8000);
            refreshLinks(printerId);
            refreshInventory();
        });
    });
    dialog->open();
}

void AppController::openAddDialog(const QString &printerId, int unitId, int slotIndex)
{
    PrinterSession *session = m_core ? m_core->session(printerId) : nullptr;
    if (!session)
        return;
    auto *dialog = new Ui::AddSpoolDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSlotDescription(slotDescription(printerId, unitId, slotIndex));
    if (const Slot *slot = session->model()->state().slot(unitId, slotIndex)) {
        dialog->prefill(slot->material, slot->color.left(6),
            slot->isBambuRfid ? QStringLiteral("Bambu Lab") : QString(), slot->profile,
            slot->labelWeightG > 0 ? slot->labelWeightG : 1000);
    }
    const QPointer<Ui::AddSpoolDialog> guard(dialog);
    m_core->client()->listVendors({}, dialog, [guard](const SpoolmanResult<QList<Vendor>> &result) {
        if (guard && result.ok())
            guard->setVendors(result.payload);
    });
    connect(dialog, &Ui::AddSpoolDialog::requestAccepted, this,
        [this, printerId, unitId, slotIndex](const Ui::AddSpoolRequest &request) {
            NewSpoolRequest spool;
            spool.material = request.material;
            spool.colorHex = request.colorHex;
            spool.vendorId = request.vendorId;
            spool.vendorName = request.vendorName;
            spool.filamentName = request.filamentName;
            spool.initialWeightG = request.initialWeightG;
            spool.emptySpoolWeightG = request.emptySpoolWeightG;
            spool.price = request.spoolPrice();
            m_core->addSpool(printerId, unitId, slotIndex, spool, [this, printerId](bool ok, const QString &error) {
                m_window->showStatusMessage(ok ? tr("Added to Spoolman and linked.") : error, 8000);
                refreshLinks(printerId);
                refreshInventory();
            });
        });
    dialog->open();
}

void AppController::unlink(const QString &printerId, int unitId, int slotIndex)
{
    if (!m_core)
        return;
    m_core->unlinkSlot(printerId, unitId, slotIndex, [this, printerId](bool ok, const QString &error) {
        m_window->showStatusMessage(ok ? tr("Unlinked.") : error, 8000);
        refreshLinks(printerId);
        refreshInventory();
    });
}

} // namespace Spoolbridge::Gui
