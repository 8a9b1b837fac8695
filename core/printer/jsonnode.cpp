#include "core/printer/jsonnode.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <charconv>
#include <cmath>
#include <limits>

namespace Spoolbridge {

namespace {

std::optional<double> parseDecimal(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    if (text.empty())
        return std::nullopt;
    if (text.front() == '+')
        text.remove_prefix(1);
    // Fast path for the printers' numeric strings ("26.2", "-1", "1000"): up to 15 digits, no
    // exponent. Mantissa and power of ten are exact doubles; one division rounds correctly.
    {
        size_t pos = 0;
        const bool negative = text.front() == '-';
        if (negative)
            ++pos;
        quint64 mantissa = 0;
        int digits = 0;
        int fraction = 0;
        bool dot = false;
        bool plain = pos < text.size();
        for (; pos < text.size(); ++pos) {
            const char c = text[pos];
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + quint64(c - '0');
                ++digits;
                fraction += dot ? 1 : 0;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                plain = false;
                break;
            }
        }
        if (plain && digits > 0 && digits <= 15) {
            static constexpr double powers[]
                = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
            double value = double(mantissa);
            if (fraction > 0)
                value /= powers[fraction];
            return negative ? -value : value;
        }
    }
    double value = 0.0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

std::optional<double> JsonNode::toDouble() const
{
    switch (type) {
    case Type::Number:
        if (std::isfinite(number))
            return number;
        return std::nullopt;
    case Type::String:
        return parseDecimal(text);
    case Type::Bool:
        return boolean ? 1.0 : 0.0;
    default:
        return std::nullopt;
    }
}

std::optional<qint64> JsonNode::toInt() const
{
    // Fast path for the printers' integer strings ("230", "-1"): up to 15 digits, nothing else.
    // Same result as the route through toDouble below, without the conversion.
    if (type == Type::String && !text.empty() && text.size() <= 16) {
        size_t pos = text.front() == '-' ? 1 : 0;
        qint64 value = 0;
        const size_t digitsStart = pos;
        for (; pos < text.size(); ++pos) {
            const char c = text[pos];
            if (c < '0' || c > '9')
                break;
            value = value * 10 + (c - '0');
        }
        if (pos == text.size() && pos > digitsStart && pos - digitsStart <= 15)
            return digitsStart ? -value : value;
    }
    const std::optional<double> value = toDouble();
    if (!value)
        return std::nullopt;
    // Within +-2^53 every integer is exact; larger magnitudes are not meaningful here.
    constexpr double limit = 9007199254740992.0;
    if (*value > limit || *value < -limit)
        return std::nullopt;
    return static_cast<qint64>(std::trunc(*value));
}

std::optional<quint64> JsonNode::toHex() const
{
    if (type == Type::Number) {
        const std::optional<qint64> value = toInt();
        if (!value || *value < 0)
            return std::nullopt;
        return static_cast<quint64>(*value);
    }
    if (type != Type::String)
        return std::nullopt;
    std::string_view view(text);
    if (view.size() > 2 && view[0] == '0' && (view[1] == 'x' || view[1] == 'X'))
        view.remove_prefix(2);
    if (view.empty() || view.size() > 16)
        return std::nullopt;
    quint64 value = 0;
    const auto result = std::from_chars(view.data(), view.data() + view.size(), value, 16);
    if (result.ec != std::errc() || result.ptr != view.data() + view.size())
        return std::nullopt;
    return value;
}

std::optional<bool> JsonNode::toBool() const
{
    if (type == Type::Bool)
        return boolean;
    if (type == Type::Number && std::isfinite(number))
        return number != 0.0;
    if (type == Type::String) {
        if (text == "true" || text == "1")
            return true;
        if (text == "false" || text == "0")
            return false;
    }
    return std::nullopt;
}

QString JsonNode::toQString() const
{
    if (type == Type::String)
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    if (type == Type::Number) {
        if (const std::optional<qint64> integral = toInt(); integral && double(*integral) == number)
            return QString::number(*integral);
        return QString::number(number, 'g', 17);
    }
    return QString();
}

std::string JsonNode::idKey() const
{
    if (type == Type::String)
        return text;
    if (type == Type::Number) {
        if (const std::optional<qint64> integral = toInt(); integral && double(*integral) == number)
            return std::to_string(*integral);
    }
    return std::string();
}

QJsonValue JsonNode::toJsonValue() const
{
    switch (type) {
    case Type::Null:
        return QJsonValue(QJsonValue::Null);
    case Type::Bool:
        return QJsonValue(boolean);
    case Type::Number:
        if (!std::isfinite(number))
            return QJsonValue(QJsonValue::Null);
        return QJsonValue(number);
    case Type::String:
        return QJsonValue(toQString());
    case Type::Object: {
        QJsonObject object;
        for (const JsonMember &member : members)
            object.insert(
                QString::fromUtf8(member.key.data(), qsizetype(member.key.size())), member.value.toJsonValue());
        return object;
    }
    case Type::Array: {
        QJsonArray array;
        for (const JsonNode &item : items)
            array.append(item.toJsonValue());
        return array;
    }
    }
    return QJsonValue();
}

JsonNode JsonNode::fromJsonValue(const QJsonValue &value)
{
    JsonNode node;
    switch (value.type()) {
    case QJsonValue::Bool:
        node.type = Type::Bool;
        node.boolean = value.toBool();
        break;
    case QJsonValue::Double:
        node.type = Type::Number;
        node.number = value.toDouble();
        break;
    case QJsonValue::String: {
        node.type = Type::String;
        const QByteArray utf8 = value.toString().toUtf8();
        node.text.assign(utf8.constData(), size_t(utf8.size()));
        break;
    }
    case QJsonValue::Object: {
        node.type = Type::Object;
        const QJsonObject object = value.toObject();
        node.members.reserve(size_t(object.size()));
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QByteArray key = it.key().toUtf8();
            node.members.emplace_back(std::string(key.constData(), size_t(key.size())), fromJsonValue(it.value()));
        }
        break;
    }
    case QJsonValue::Array: {
        node.type = Type::Array;
        const QJsonArray array = value.toArray();
        node.items.reserve(size_t(array.size()));
        for (const auto &item : array)
            node.items.push_back(fromJsonValue(item));
        break;
    }
    default:
        break;
    }
    return node;
}

bool JsonNode::operator==(const JsonNode &other) const
{
    if (type != other.type)
        return false;
    switch (type) {
    case Type::Null:
        return true;
    case Type::Bool:
        return boolean == other.boolean;
    case Type::Number:
        return number == other.number;
    case Type::String:
        return text == other.text;
    case Type::Object:
        if (members.size() != other.members.size())
            return false;
        for (size_t i = 0; i < members.size(); ++i) {
            if (members[i].key != other.members[i].key || members[i].value != other.members[i].value)
                return false;
        }
        return true;
    case Type::Array:
        return items == other.items;
    }
    return false;
}

void JsonNode::shrinkToFit()
{
    text.shrink_to_fit();
    members.shrink_to_fit();
    items.shrink_to_fit();
    for (JsonMember &member : members) {
        member.key.shrink_to_fit();
        member.value.shrinkToFit();
    }
    for (JsonNode &item : items)
        item.shrinkToFit();
}

} // namespace Spoolbridge
