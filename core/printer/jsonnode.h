#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>
#include <string>
#include <string_view>
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

    Type type = Type::Null;
    bool boolean = false;
    double number = 0.0;
    std::string text; // String
    std::vector<JsonMember> members; // Object, in arrival order
    std::vector<JsonNode> items; // Array

    bool isNull() const { return type == Type::Null; }
    bool isObject() const { return type == Type::Object; }
    bool isArray() const { return type == Type::Array; }
    bool isString() const { return type == Type::String; }
    bool isNumber() const { return type == Type::Number; }

    // Object member lookup; nullptr when this is not an object or the key is missing.
    const JsonNode *find(std::string_view key) const;
    JsonNode *find(std::string_view key);

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
    std::string key;
    JsonNode value;
};

} // namespace Spoolbridge
