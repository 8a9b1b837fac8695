#include "core/printer/slotreader.h"

#include <cmath>
#include <cstddef>
#include <string>

namespace Spoolbridge {

namespace {

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Upper-case copy of an ASCII hex string as a QString (one allocation); `suffix` is appended.
QString upperHex(std::string_view text, std::string_view suffix = std::string_view())
{
    QString result(qsizetype(text.size() + suffix.size()), Qt::Uninitialized);
    QChar *out = result.data();
    for (char c : text)
        *out++ = QLatin1Char(c >= 'a' && c <= 'f' ? char(c - 'a' + 'A') : c);
    for (char c : suffix)
        *out++ = QLatin1Char(c);
    return result;
}

// RRGGBBAA upper case; RRGGBB gets an opaque alpha; anything else is "unknown".
QString normaliseColor(const JsonNode *node)
{
    if (!node || !node->isString())
        return QString();
    const std::string_view text = node->textView();
    if (text.size() != 6 && text.size() != 8)
        return QString();
    for (char c : text) {
        if (!isHexDigit(c))
            return QString();
    }
    return upperHex(text, text.size() == 6 ? std::string_view("FF") : std::string_view());
}

// RFID ids: upper-case hex; all zeros (or not hex) means "no id". One pass: checks and converts
// into the result (only input that is not hex wastes the allocation).
QString normaliseId(const JsonNode *node)
{
    if (!node || !node->isString())
        return QString();
    const std::string_view text = node->textView();
    if (text.empty() || text.find_first_not_of('0') == std::string_view::npos)
        return QString();
    QString result(qsizetype(text.size()), Qt::Uninitialized);
    QChar *out = result.data();
    for (char c : text) {
        if (c >= 'a' && c <= 'f')
            c = char(c - 'a' + 'A');
        else if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F')))
            return QString();
        *out++ = QLatin1Char(c);
    }
    return result;
}

// Texts already converted, per thread: material, profile, preset, colours and RFID ids repeat
// across the slots of a report, across reports and across printers. Direct-mapped (a hash picks
// the one entry a text can live in; a newcomer replaces it), so lookups stay cheap and the cache
// small; `Make` turns the node into the QString (stringOf, normaliseColor, normaliseId) and is
// part of the key, since the same text gives different results.
enum class TextKind : unsigned char { Plain, Color, Id };

class TextCache
{
public:
    template<typename Make> QString get(TextKind kind, const JsonNode *node, Make make)
    {
        if (!node || !node->isString() || node->text.size() > maxLength)
            return make(node);
        const std::string_view text = node->textView();
        Entry &entry = m_entries[hash(kind, text) % entryCount];
        if (entry.used && entry.kind == kind && entry.key == text)
            return entry.value;
        entry.value = make(node);
        entry.key.assign(text.data(), text.size());
        entry.kind = kind;
        entry.used = true;
        return entry.value;
    }

private:
    static constexpr std::size_t entryCount = 256;
    static constexpr std::size_t maxLength = 64; // longer texts are not kept

    static std::size_t hash(TextKind kind, std::string_view text)
    {
        std::size_t value = 14695981039346656037ULL ^ std::size_t(kind);
        for (char c : text)
            value = (value ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
        return value ^ (value >> 29);
    }

    struct Entry {
        std::string key;
        QString value;
        TextKind kind = TextKind::Plain;
        bool used = false;
    };
    Entry m_entries[entryCount];
};

TextCache &textCache()
{
    thread_local TextCache cache;
    return cache;
}

// The tray fields SlotReader::fill reads, found in one walk over the tray's members instead of one
// lookup each (a tray has ~20 members). A repeated key: the last occurrence counts, like find().
struct TrayFields {
    const JsonNode *state = nullptr;
    const JsonNode *type = nullptr;
    const JsonNode *subBrands = nullptr;
    const JsonNode *infoIdx = nullptr;
    const JsonNode *idName = nullptr;
    const JsonNode *color = nullptr;
    const JsonNode *cols = nullptr;
    const JsonNode *uuid = nullptr;
    const JsonNode *tagUid = nullptr;
    const JsonNode *remain = nullptr;
    const JsonNode *weight = nullptr;
    const JsonNode *diameter = nullptr;
    const JsonNode *k = nullptr;
    const JsonNode *tempMin = nullptr;
    const JsonNode *tempMax = nullptr;

    explicit TrayFields(const JsonNode &tray)
    {
        if (!tray.isObject())
            return;
        for (const JsonMember &member : tray.members) {
            if (const JsonNode **field = slotFor(member.key))
                *field = &member.value;
        }
    }

private:
    const JsonNode **slotFor(std::string_view key)
    {
        switch (key.size()) {
        case 1:
            return key == "k" ? &k : nullptr;
        case 5:
            return key == "state" ? &state : nullptr;
        case 4:
            return key == "cols" ? &cols : nullptr;
        case 6:
            return key == "remain" ? &remain : nullptr;
        case 7:
            return key == "tag_uid" ? &tagUid : nullptr;
        case 9:
            return key == "tray_type" ? &type : key == "tray_uuid" ? &uuid : nullptr;
        case 10:
            return key == "tray_color" ? &color : nullptr;
        case 11:
            return key == "tray_weight" ? &weight : nullptr;
        case 12:
            return key == "tray_id_name" ? &idName : nullptr;
        case 13:
            return key == "tray_info_idx" ? &infoIdx : key == "tray_diameter" ? &diameter : nullptr;
        case 15:
            return key == "tray_sub_brands" ? &subBrands
                : key == "nozzle_temp_min"  ? &tempMin
                : key == "nozzle_temp_max"  ? &tempMax
                                            : nullptr;
        default:
            return nullptr;
        }
    }
};

} // namespace

int SlotReader::intOr(const JsonNode *node, int fallback, qint64 min, qint64 max)
{
    if (!node)
        return fallback;
    const std::optional<qint64> value = node->toInt();
    if (!value || *value < min || *value > max)
        return fallback;
    return int(*value);
}

QString SlotReader::stringOf(const JsonNode *node)
{
    return node ? node->toQString() : QString();
}

void SlotReader::fill(const JsonNode *tray, bool present, bool noRemain, Slot &slot)
{
    slot.present = present;
    if (!tray)
        return;
    const TrayFields fields(*tray);
    slot.state = intOr(fields.state, -1);
    if (!present)
        return;
    // tray_type "" clears the tray: whatever else the tree still holds is stale.
    if (fields.type && fields.type->isString() && fields.type->text.empty())
        return;
    TextCache &texts = textCache();
    slot.material = texts.get(TextKind::Plain, fields.type, stringOf);
    const QString subBrand = texts.get(TextKind::Plain, fields.subBrands, stringOf);
    slot.profile = subBrand.isEmpty() ? slot.material : subBrand;
    slot.presetId = texts.get(TextKind::Plain, fields.infoIdx, stringOf);
    slot.trayIdName = texts.get(TextKind::Plain, fields.idName, stringOf);
    slot.color = texts.get(TextKind::Color, fields.color, normaliseColor);
    if (fields.cols && fields.cols->isArray()) {
        slot.colors.reserve(qsizetype(fields.cols->items.size()));
        for (const JsonNode &col : fields.cols->items) {
            QString color = texts.get(TextKind::Color, &col, normaliseColor);
            if (!color.isEmpty())
                slot.colors.append(std::move(color));
        }
    }
    slot.trayUuid = texts.get(TextKind::Id, fields.uuid, normaliseId);
    slot.tagUid = texts.get(TextKind::Id, fields.tagUid, normaliseId);
    slot.isBambuRfid = !slot.trayUuid.isEmpty() || !slot.tagUid.isEmpty();
    const int remain = intOr(fields.remain, -1, -1, 100);
    if (remain >= 0 && slot.isBambuRfid && !noRemain)
        slot.remainPercent = remain;
    slot.labelWeightG = intOr(fields.weight, 0, 0, 100000);
    if (fields.diameter) {
        const std::optional<double> value = fields.diameter->toDouble();
        if (value && *value > 0.0 && *value < 10.0)
            slot.diameterMm = *value;
    }
    if (fields.k) {
        const std::optional<double> value = fields.k->toDouble();
        if (value && std::fabs(*value) < 1000.0)
            slot.k = *value;
    }
    slot.nozzleTempMin = intOr(fields.tempMin, 0, 0, 1000);
    slot.nozzleTempMax = intOr(fields.tempMax, 0, 0, 1000);
}

} // namespace Spoolbridge
