#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Spoolbridge {

// Which Spoolman spool sits in a slot, as far as the engine is concerned. `registered` (and the
// tag for RFID spools) tells a reused Spoolman id from the spool that was meant.
struct SlotBinding {
    static constexpr int Detached = -1; // manual link: "this RFID spool was unlinked by a person"

    int spoolId = 0;
    QString registered;
    QString tag; // empty for third-party spools
    QString location; // placements: the location the engine wrote ("" when it wrote none)
    // manual links: the slot's filament ("PLA|FFFFFFFF|GFL99": type, colour, preset) while the
    // linked spool sat in it; a spool coming back with another filament is another spool.
    QString filament {};

    QJsonObject toJson() const;
    static SlotBinding fromJson(const QJsonObject &object);
};

// The engine's small local state, shared by every printer's engine: manual links of slots to
// Spoolman spools, the locations it wrote (so it only clears its own), low-stock alerts already
// raised and per-spool thresholds. Kept in one JSON file, rewritten atomically on every change;
// without a file it lives in memory only.
class LinkStore
{
    Q_DECLARE_TR_FUNCTIONS(LinkStore)

public:
    static constexpr const char *FileName = "slot-links.json";

    LinkStore() = default;

    // Loads `path` (a missing file is an empty store). False with errorString() when the file
    // cannot be read or is not ours; the store then stays empty and in memory.
    bool open(const QString &path);
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }

    static QString slotKey(const QString &serial, int unitId, int slotIndex);
    // "tag:<TAG>" for RFID spools, else "spool:<id>@<registered>".
    static QString spoolKey(int spoolId, const QString &registered, const QString &tag);

    std::optional<SlotBinding> manualLink(const QString &serial, int unitId, int slotIndex) const;
    void setManualLink(const QString &serial, int unitId, int slotIndex, const SlotBinding &binding);
    void removeManualLink(const QString &serial, int unitId, int slotIndex);

    std::optional<SlotBinding> placement(const QString &serial, int unitId, int slotIndex) const;
    void setPlacement(const QString &serial, int unitId, int slotIndex, const SlotBinding &binding);
    void removePlacement(const QString &serial, int unitId, int slotIndex);
    // (unit, slot) of every placement / manual link of one printer.
    QList<std::pair<int, int>> placedSlots(const QString &serial) const;
    QList<std::pair<int, int>> linkedSlots(const QString &serial) const;

    bool lowStockAlerted(const QString &spoolKey) const { return m_lowStock.contains(spoolKey); }
    void setLowStockAlerted(const QString &spoolKey, bool alerted);
    std::optional<double> threshold(const QString &spoolKey) const;
    void setThreshold(const QString &spoolKey, std::optional<double> grams);

    bool save();

private:
    static QList<std::pair<int, int>> slotsIn(const QHash<QString, SlotBinding> &map, const QString &serial);

    QHash<QString, SlotBinding> m_links;
    QHash<QString, SlotBinding> m_placements;
    QHash<QString, bool> m_lowStock;
    QHash<QString, double> m_thresholds;
    QString m_path;
    QString m_error;
};

} // namespace Spoolbridge
