#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace Spoolbridge::Ui {

// What the UI knows about one slot's link to a Spoolman spool. A plain value the window
// receives from the sync layer (see MainWindow::setSlotLinkInfo); the widgets only display it.
struct SlotLinkInfo {
    enum State {
        Unknown, // not looked up yet, or Spoolman not configured
        Linked, // a Spoolman spool carries this slot's tag (or is bound to the slot)
        Unlinked, // a spool is loaded but no Spoolman spool belongs to it
        Skipped, // the sync skipped this slot (see skipReason)
    };

    State state = Unknown;
    int spoolId = 0; // Spoolman spool id when linked
    std::optional<double> remainingG; // Spoolman's remaining weight when linked
    QString spoolmanUrl; // base URL of the Spoolman server; empty = Spoolman not configured
    QString vendor; // vendor name from Spoolman when linked
    QString colorName; // colour name from Spoolman (extra.bambu_color_name or filament name)
    QString skipReason; // one readable sentence when skipped
    bool unlinkedSpoolsAvailable = false; // Spoolman has spools without a tag to link to

    bool spoolmanConfigured() const { return !spoolmanUrl.isEmpty(); }

    bool operator==(const SlotLinkInfo &o) const
    {
        return state == o.state && spoolId == o.spoolId && remainingG == o.remainingG && spoolmanUrl == o.spoolmanUrl
            && vendor == o.vendor && colorName == o.colorName && skipReason == o.skipReason
            && unlinkedSpoolsAvailable == o.unlinkedSpoolsAvailable;
    }
    bool operator!=(const SlotLinkInfo &o) const { return !(*this == o); }
};

// Where a slot sits on its printer: AMS unit id (0-3, 16, 128-135; 254/255 external) and slot.
struct SlotKey {
    int unitId = 0;
    int slotIndex = 0;

    bool operator==(const SlotKey &o) const { return unitId == o.unitId && slotIndex == o.slotIndex; }
    bool operator!=(const SlotKey &o) const { return !(*this == o); }
    bool operator<(const SlotKey &o) const { return unitId != o.unitId ? unitId < o.unitId : slotIndex < o.slotIndex; }
};

// Connection state of one printer as the window shows it.
enum class ConnectionState {
    Disconnected,
    Connecting,
    Connected,
    Error,
};

} // namespace Spoolbridge::Ui

Q_DECLARE_METATYPE(Spoolbridge::Ui::SlotKey)
Q_DECLARE_METATYPE(Spoolbridge::Ui::SlotLinkInfo)
