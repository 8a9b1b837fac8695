#pragma once

#include "core/printer/nodeallocator.h"

#include <QJsonValue>
#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace Spoolbridge {

struct JsonMember;

// A small mutable JSON tree used for the merged printer report. Unlike QJsonObject it can be
// changed in place at any depth without detaching copies, which keeps delta merging cheap.
// Strings are kept as UTF-8 (std::string, short ones without allocation).
class JsonNode
{
public:
    enum class Type : unsigned char { Null, Bool, Number, String, Object, Array };

    // User-provided (not `= default`) so that containers of nodes construct them member by
    // member instead of zero-filling the whole node first.
    JsonNode() noexcept { } // NOLINT(modernize-use-equals-default): see above

    // The containers take their memory from NodeMemory's per-thread cache (nodeallocator.h).
    using Members = std::vector<JsonMember, NodeAllocator<JsonMember>>;
    using Items = std::vector<JsonNode, NodeAllocator<JsonNode>>;

    Type type = Type::Null;
    bool boolean = false;
    double number = 0.0;
    std::string text; // String
    Members members; // Object, in arrival order
    Items items; // Array

    bool isNull() const { return type == Type::Null; }
    bool isObject() const { return type == Type::Object; }
    bool isArray() const { return type == Type::Array; }
    bool isString() const { return type == Type::String; }
    bool isNumber() const { return type == Type::Number; }

    // Object member lookup; nullptr when this is not an object or the key is missing. When a
    // key occurs twice, the last occurrence counts. Inline: callers pass literal keys, so the
    // compiler compares with a known length.
    inline const JsonNode *find(std::string_view key) const;
    JsonNode *find(std::string_view key) { return const_cast<JsonNode *>(std::as_const(*this).find(key)); }

    // Loose readers: numbers, numeric strings and booleans where it makes sense. They never
    // throw and never overflow (infinite or out-of-range values give nullopt).
    std::optional<double> toDouble() const;
    std::optional<qint64> toInt() const;
    std::optional<quint64> toHex() const; // hex string ("10eff") or a non-negative number
    std::optional<bool> toBool() const;
    // String value (numbers formatted); empty for other types.
    QString toQString() const;
    std::string_view textView() const { return type == Type::String ? std::string_view(text) : std::string_view(); }
    // The value used to key array elements by "id": the string, or an integral number's text.
    std::string idKey() const;

    // Gives back the spare capacity of every vector and string below this node (a parsed tree
    // keeps room to grow; a stored one does not need it).
    void shrinkToFit();

    QJsonValue toJsonValue() const;
    static JsonNode fromJsonValue(const QJsonValue &value);

    bool operator==(const JsonNode &other) const;
    bool operator!=(const JsonNode &other) const { return !(*this == other); }
};

struct JsonMember {
    // User-provided like JsonNode's: emplace_back() must not zero-fill the member first.
    JsonMember() noexcept { } // NOLINT(modernize-use-equals-default)
    JsonMember(std::string memberKey, JsonNode memberValue)
        : key(std::move(memberKey))
        , value(std::move(memberValue))
    { }
    explicit JsonMember(std::string_view memberKey)
        : key(memberKey)
    { }

    std::string key;
    JsonNode value;
};

inline const JsonNode *JsonNode::find(std::string_view key) const
{
    if (type != Type::Object || key.empty())
        return nullptr;
    const char first = key.front();
    // From the back: with a duplicated key the last occurrence wins (as in QJsonDocument).
    for (auto it = members.rbegin(); it != members.rend(); ++it) {
        // Length and first byte reject almost every candidate before the byte comparison.
        if (it->key.size() == key.size() && it->key.front() == first
            && std::char_traits<char>::compare(it->key.data(), key.data(), key.size()) == 0)
            return &it->value;
    }
    return nullptr;
}

} // namespace Spoolbridge
