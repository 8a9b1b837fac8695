#include "core/printer/jsonparser.h"

#include <QCoreApplication>
#include <QtAlgorithms>
#include <QtEndian>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <limits>
#include <string_view>

namespace Spoolbridge {

// One pass (see docs/printer-model.md, "Parser"). The members of an object (items of an array)
// go straight into the node's vector, reserved to the size the previous container at the same
// depth had (SizeHints), which nearly always fits; a reservation that was far too big is given
// back. Plain strings are found eight bytes at a time and copied in one go; numbers with up to
// 15 digits and no exponent are converted without std::from_chars.

namespace {

bool isSpace(char c)
{
    // Compact JSON has no whitespace: one comparison rejects every other byte.
    return static_cast<unsigned char>(c) <= ' ' && (c == ' ' || c == '\n' || c == '\r' || c == '\t');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// A plain string byte: not the closing quote, not a backslash, not a control character.
bool isPlain(char c)
{
    return c != '"' && c != '\\' && static_cast<unsigned char>(c) >= 0x20;
}

// Skips plain string bytes from `p`; returns the first byte that is not plain (or `end`).
// Eight bytes at a time while they are available: a zero byte in (w ^ '"'), (w ^ '\\') or a byte
// below 0x20 marks the stop; the lowest marked byte is exact (borrows only run upwards).
Q_ALWAYS_INLINE const char *skipPlain(const char *p, const char *end)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    while (end - p >= 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        const quint64 quote = word ^ (ones * '"');
        const quint64 backslash = word ^ (ones * '\\');
        const quint64 stop
            = ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash) | ((word - ones * 0x20) & ~word);
        const quint64 marked = stop & highs;
        if (marked) {
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
            return p + (qCountTrailingZeroBits(marked) >> 3);
#else
            break;
#endif
        }
        p += 8;
    }
    while (p != end && isPlain(*p))
        ++p;
    return p;
}

// Container sizes seen before, kept from document to document on the thread: printers send the
// same shapes again and again. An object is known by its depth and first key, an array by its
// depth and the first byte of its first item; the table remembers the last size per such
// (hashed) shape, so the next container of that shape is reserved to the right size almost
// always. A hint never exceeds maxHint: one huge container cannot make later documents reserve
// a lot.
constexpr size_t maxHint = 64;
class SizeHints
{
public:
    static unsigned objectSlot(int depth, std::string_view firstKey)
    {
        const unsigned first = firstKey.empty() ? 0U : static_cast<unsigned char>(firstKey.front());
        const unsigned last = firstKey.empty() ? 0U : static_cast<unsigned char>(firstKey.back());
        return (unsigned(depth) * 131U + unsigned(firstKey.size()) * 31U + first * 7U + last) % slots;
    }
    static unsigned arraySlot(int depth, char firstByte)
    {
        return (unsigned(depth) * 131U + static_cast<unsigned char>(firstByte) * 7U + 1U) % slots;
    }
    size_t get(unsigned slot) const { return m_sizes[slot]; }
    void set(unsigned slot, size_t size) { m_sizes[slot] = quint8(std::min(size, maxHint)); }

private:
    static constexpr unsigned slots = 512;
    quint8 m_sizes[slots] = {};
};

// Positions live in a local pointer `p` that the helpers take and return: a member pointer would
// be reloaded after every string write (char stores may alias it). m_pos is only kept up to date
// for the error offset.
class Parser
{
public:
    Parser(const char *begin, const char *end, SizeHints &hints)
        : m_begin(begin)
        , m_pos(begin)
        , m_end(end)
        , m_hints(hints)
    { }

    bool document(JsonNode &out)
    {
        const char *p = skipSpace(m_begin);
        if (!value(p, out, 0))
            return false;
        p = skipSpace(p);
        if (p != m_end)
            return fail(p, QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "unexpected text after the JSON value"));
        return true;
    }

    const char *m_error = nullptr;
    qsizetype offset() const { return qsizetype(m_pos - m_begin); }

private:
    bool fail(const char *p, const char *message)
    {
        if (!m_error) {
            m_error = message;
            m_pos = p;
        }
        return false;
    }

    const char *skipSpace(const char *p) const
    {
        while (p != m_end && isSpace(*p))
            ++p;
        return p;
    }

    bool literal(const char *&p, const char *word, size_t length)
    {
        if (size_t(m_end - p) < length || std::memcmp(p, word, length) != 0)
            return fail(p, QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "invalid literal"));
        p += length;
        return true;
    }

    bool value(const char *&p, JsonNode &out, int depth)
    {
        if (p == m_end)
            return fail(p, QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "the text ends where a value was expected"));
        switch (*p) {
        case '{':
            return object(p, out, depth + 1);
        case '[':
            return array(p, out, depth + 1);
        case '"':
            out.type = JsonNode::Type::String;
            return string(p, out.text);
        case 't':
            out.type = JsonNode::Type::Bool;
            out.boolean = true;
            return literal(p, "true", 4);
        case 'f':
            out.type = JsonNode::Type::Bool;
            return literal(p, "false", 5);
        case 'n':
            return literal(p, "null", 4);
        default:
            out.type = JsonNode::Type::Number;
            return number(p, out.number);
        }
    }

    bool object(const char *&p, JsonNode &out, int depth)
    {
        if (depth > JsonParser::maxDepth)
            return fail(p, QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "the JSON is nested too deeply"));
        out.type = JsonNode::Type::Object;
        p = skipSpace(p + 1); // {
        if (p != m_end && *p == '}') {
            ++p;
            return true;
        }
        JsonNode::Members &members = out.members;
        unsigned hintSlot = 0;
        while (true) {
            p = skipSpace(p);
            if (p == m_end || *p != '"')
                return fail(
                    p, QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "an object key (a quoted name) was expected"));
            const char *keyEnd = skipPlain(p + 1, m_end);
            const bool plainKey = keyEnd != m_end && *keyEnd == '"';
            if (members.empty()) {
                hintSlot = SizeHints::objectSlot(
                    depth, plainKey ? std::string_view(p + 1, size_t(keyEnd - p - 1)) : std::string_view());
                members.reserve(std::max<size_t>(m_hints.get(hintSlot), 1));
            }
            if (plainKey) {
                members.emplace_back(std::string_view(p + 1, size_t(keyEnd - p - 1)));
                p = keyEnd + 1;
            } else {
                members.emplace_back();
                if (!string(p, members.back().key))
                    return false;
            }
            p = skipSpace(p);
            if (p == m_end || *p != ':')
                return fail(
                    p, QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "a colon was expected after an object key"));
            p = skipSpace(p + 1);
            JsonNode &memberValue = members.back().value;
            // Strings and numbers (most members) without the call through value().
            if (p != m_end && *p == '"') {
                memberValue.type = JsonNode::Type::String;
                if (!string(p, memberValue.text))
                    return false;
            } else if (p != m_end && (isDigit(*p) || *p == '-')) {
                memberValue.type = JsonNode::Type::Number;
                if (!number(p, memberValue.number))
                    return false;
            } else if (!value(p, memberValue, depth)) {
                return false;
            }
            p = skipSpace(p);
            if (p == m_end)
                return fail(p, QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "the text ends inside an object"));
            if (*p == ',') {
                ++p;
                continue;
            }
            if (*p == '}') {
                ++p;
                m_hints.set(hintSlot, members.size());
                trimSlack(members);
                return true;
            }
            return fail(p, QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "a comma or closing brace was expected"));
        }
    }

    bool array(const char *&p, JsonNode &out, int depth)
    {
        if (depth > JsonParser::maxDepth)
            return fail(p, QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "the JSON is nested too deeply"));
        out.type = JsonNode::Type::Array;
        p = skipSpace(p + 1); // [
        if (p != m_end && *p == ']') {
            ++p;
            return true;
        }
        JsonNode::Items &items = out.items;
        const unsigned hintSlot = SizeHints::arraySlot(depth, *p);
        items.reserve(std::max<size_t>(m_hints.get(hintSlot), 1));
        while (true) {
            p = skipSpace(p);
            JsonNode &item = items.emplace_back();
            if (p != m_end && *p == '"') {
                item.type = JsonNode::Type::String;
                if (!string(p, item.text))
                    return false;
            } else if (p != m_end && (isDigit(*p) || *p == '-')) {
                item.type = JsonNode::Type::Number;
                if (!number(p, item.number))
                    return false;
            } else if (!value(p, item, depth)) {
                return false;
            }
            p = skipSpace(p);
            if (p == m_end)
                return fail(p, QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "the text ends inside an array"));
            if (*p == ',') {
                ++p;
                continue;
            }
            if (*p == ']') {
                ++p;
                m_hints.set(hintSlot, items.size());
                trimSlack(items);
                return true;
            }
            return fail(p, QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "a comma or closing bracket was expected"));
        }
    }

    // The tree lives long: a reservation that was far too generous is given back.
    template<typename Vector> static void trimSlack(Vector &vector)
    {
        if (vector.capacity() > 2 * vector.size() + 2)
            vector.shrink_to_fit();
    }

    bool hex4(const char *&p, unsigned &out)
    {
        if (m_end - p < 4)
            return fail(p, QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "invalid \\u escape"));
        out = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = hexDigit(p[i]);
            if (digit < 0)
                return fail(p, QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "invalid \\u escape"));
            out = (out << 4) | unsigned(digit);
        }
        p += 4;
        return true;
    }

    static void appendUtf8(std::string &out, unsigned cp)
    {
        if (cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x800) {
            out += char(0xC0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += char(0xE0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        } else {
            out += char(0xF0 | (cp >> 18));
            out += char(0x80 | ((cp >> 12) & 0x3F));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        }
    }

    bool string(const char *&p, std::string &out)
    {
        ++p; // opening quote
        const char *start = p;
        p = skipPlain(p, m_end);
        if (p != m_end && *p == '"') { // no escapes: the common case
            if (p != start)
                out.append(start, size_t(p - start)); // `out` is empty: cheaper than assign()
            ++p;
            return true;
        }
        out.assign(start, size_t(p - start));
        while (true) {
            if (p == m_end)
                return fail(p, QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "the text ends inside a string"));
            const char c = *p;
            if (c == '"') {
                ++p;
                return true;
            }
            if (c != '\\')
                return fail(p, QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "a control character inside a string"));
            ++p;
            if (p == m_end)
                return fail(p, QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "the text ends inside a string"));
            const char escape = *p++;
            switch (escape) {
            case '"':
            case '\\':
            case '/':
                out += escape;
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                unsigned cp = 0;
                if (!hex4(p, cp))
                    return false;
                if (cp >= 0xD800 && cp < 0xDC00 && m_end - p >= 6 && p[0] == '\\' && p[1] == 'u') {
                    p += 2;
                    unsigned low = 0;
                    if (!hex4(p, low))
                        return false;
                    if (low >= 0xDC00 && low < 0xE000)
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    else
                        cp = 0xFFFD; // the second escape is consumed either way
                } else if (cp >= 0xD800 && cp < 0xE000) {
                    cp = 0xFFFD; // a lone surrogate
                }
                appendUtf8(out, cp);
                break;
            }
            default:
                return fail(p, QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "an invalid escape sequence in a string"));
            }
            const char *plain = p;
            p = skipPlain(p, m_end);
            out.append(plain, size_t(p - plain));
        }
    }

    bool number(const char *&p, double &out)
    {
        const char *start = p;
        const bool negative = *p == '-';
        if (negative)
            ++p;
        if (p == m_end || !isDigit(*p))
            return fail(
                p, QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "an unexpected character where a value was expected"));
        quint64 mantissa = 0;
        int digits = 0;
        if (*p == '0') {
            ++p;
            digits = 1;
        } else {
            while (p != m_end && isDigit(*p)) {
                mantissa = mantissa * 10 + quint64(*p - '0');
                ++digits;
                ++p;
            }
        }
        int fraction = 0;
        if (p != m_end && *p == '.') {
            ++p;
            if (p == m_end || !isDigit(*p))
                return fail(p, QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "a malformed number"));
            while (p != m_end && isDigit(*p)) {
                mantissa = mantissa * 10 + quint64(*p - '0');
                ++digits;
                ++fraction;
                ++p;
            }
        }
        if (p != m_end && (*p == 'e' || *p == 'E')) {
            ++p;
            if (p != m_end && (*p == '+' || *p == '-'))
                ++p;
            if (p == m_end || !isDigit(*p))
                return fail(p, QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "a malformed number"));
            while (p != m_end && isDigit(*p))
                ++p;
        } else if (digits <= 15) {
            // Mantissa and power of ten are exact doubles: one division rounds correctly.
            static constexpr double powers[]
                = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
            double value = double(mantissa);
            if (fraction > 0)
                value /= powers[fraction];
            out = negative ? -value : value;
            return true;
        }
        return slowNumber(start, p, out);
    }

    bool slowNumber(const char *start, const char *end, double &out)
    {
        const auto result = std::from_chars(start, end, out);
        if (result.ec == std::errc())
            return true;
        if (result.ec != std::errc::result_out_of_range)
            return fail(end, QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "a malformed number"));
        // Beyond the double range: keep the sign, readers treat it as "no usable value".
        const bool negative = *start == '-';
        bool tiny = true; // underflow when the mantissa is all zeros; overflow otherwise
        const char *exponent = start;
        while (exponent != end && *exponent != 'e' && *exponent != 'E') {
            if (*exponent >= '1' && *exponent <= '9')
                tiny = false;
            ++exponent;
        }
        if (exponent != end && exponent + 1 != end && exponent[1] == '-')
            tiny = true;
        const double value = tiny ? 0.0 : std::numeric_limits<double>::infinity();
        out = negative ? -value : value;
        return true;
    }

    const char *m_begin;
    const char *m_pos;
    const char *m_end;
    SizeHints &m_hints;
};

} // namespace

bool JsonParser::parse(const char *begin, const char *end, JsonNode &out, QString *errorText, qsizetype *errorOffset)
{
    out = JsonNode();
    thread_local SizeHints hints;
    Parser parser(begin, end, hints);
    const bool ok = parser.document(out);
    if (!ok) {
        if (errorText)
            *errorText = QCoreApplication::translate("Spoolbridge::JsonParser", parser.m_error);
        if (errorOffset)
            *errorOffset = parser.offset();
        out = JsonNode();
    }
    return ok;
}

} // namespace Spoolbridge
