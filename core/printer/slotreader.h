#pragma once

#include "core/printer/jsonnode.h"
#include "core/printer/printerstate.h"

#include <QString>

#include <string_view>

namespace Spoolbridge {

// Reads the typed Slot values out of tray objects (ams.ams[].tray[], vir_slot[], vt_tray) of
// one report, for StateDeriver. The texts slots repeat (material, profile, preset, colours, RFID
// ids) come from a small per-thread cache, so slots, reports and printers share one QString each
// instead of allocating and converting it again.
class SlotReader
{
public:
    // Fills `slot` from `tray` (nullptr: no tray object). `present` says whether a spool is in
    // the slot; `noRemain` drops the remain % (AMS lite reports a meaningless 0/100).
    void fill(const JsonNode *tray, bool present, bool noRemain, Slot &slot);

    // The node as an int within [min, max], else `fallback` (missing, not numeric, out of range).
    static int intOr(const JsonNode *node, int fallback, qint64 min = -2147483647, qint64 max = 2147483647);
    // The node's text (numbers formatted); empty when missing.
    static QString stringOf(const JsonNode *node);
};

} // namespace Spoolbridge
