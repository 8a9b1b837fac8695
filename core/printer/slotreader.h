#pragma once

#include "core/printer/jsonnode.h"
#include "core/printer/printerstate.h"

#include <QString>

#include <string_view>

namespace Spoolbridge {

// Reads the typed Slot values out of tray objects (ams.ams[].tray[], vir_slot[], vt_tray) of
// one report, for StateDeriver. One reader per derivation: it keeps views into the report tree,
// which must not change while the reader lives.
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

private:
    // The slots of one report repeat a few texts (material, profile, preset, colour): each distinct
    // text becomes one QString that the slots share, instead of one allocation per slot. The keys
    // are views into the report tree, which does not change while the state is derived.
    class SharedTexts
    {
    public:
        // `make` turns the node into the QString (stringOf, normaliseColor, …); only string nodes
        // are shared.
        template<typename Make> QString get(const JsonNode *node, Make make)
        {
            if (!node || !node->isString())
                return make(node);
            const std::string_view text = node->textView();
            for (int i = 0; i < m_count; ++i) {
                if (m_keys[i] == text)
                    return m_values[i];
            }
            QString value = make(node);
            if (m_count < capacity) {
                m_keys[m_count] = text;
                m_values[m_count] = value;
                ++m_count;
            }
            return value;
        }

    private:
        static constexpr int capacity = 24;
        std::string_view m_keys[capacity];
        QString m_values[capacity];
        int m_count = 0;
    };

    SharedTexts m_plain; // stringOf
    SharedTexts m_colors; // normalised colours
};

} // namespace Spoolbridge
