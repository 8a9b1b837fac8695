#include "core/printer/jsonparser.h"

#include <QCoreApplication>
#include <QtAlgorithms>
#include <QtEndian>

#include <charconv>
#include <cstring>
#include <limits>
#include <string_view>

namespace Spoolbridge {

// Two passes over the bytes (see docs/printer-model.md, "Parser"):
//  1. Validator: checks the whole grammar (same messages and byte offsets as before) and notes
//     on a tape, in document order, the element count of every object and array and the length
//     of every string (or that it has escapes). Nothing else is allocated, so hostile input never
//     builds a tree.
//  2. Builder: walks the now known-good bytes again and builds the JsonNode tree from the tape:
//     every member/item vector is reserved to its exact size (no regrowth, no moves of half-built
//     nodes), plain strings are copied without a second scan, small numbers are converted
//     without std::from_chars.

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
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

// Tape entry of a string that has escapes (or is too long to note): the Builder rescans it.
constexpr quint32 escapedMark = 0x80000000U;

// Skips plain string bytes from `p`; returns the first byte that is not plain (or `end`).
// Eight bytes at a time while they are available: a zero byte in (w ^ '"'), (w ^ '\\') or a byte
// below 0x20 marks the stop; the lowest marked byte is exact (borrows only run upwards).
inline __attribute__((always_inline)) const char *skipPlain(const char *p, const char *end)
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

class Validator
{
public:
    Validator(const char *begin, const char *end, std::vector<quint32> &tape)
        : m_begin(begin)
        , m_pos(begin)
        , m_end(end)
        , m_tape(tape)
    { }

    bool document()
    {
        skipSpace();
        if (!value(0))
            return false;
        skipSpace();
        if (m_pos != m_end)
            return fail(QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "unexpected text after the JSON value"));
        return true;
    }

    const char *m_error = nullptr;
    qsizetype offset() const { return qsizetype(m_pos - m_begin); }

private:
    bool fail(const char *message)
    {
        if (!m_error)
            m_error = message;
        return false;
    }

    void skipSpace()
    {
        while (m_pos != m_end && isSpace(*m_pos))
            ++m_pos;
    }

    bool literal(const char *word, size_t length)
    {
        if (size_t(m_end - m_pos) < length || std::memcmp(m_pos, word, length) != 0)
            return fail(QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "invalid literal"));
        m_pos += length;
        return true;
    }

    bool value(int depth)
    {
        if (m_pos == m_end)
            return fail(QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "the text ends where a value was expected"));
        switch (*m_pos) {
        case '{':
            return object(depth + 1);
        case '[':
            return array(depth + 1);
        case '"':
            return string();
        case 't':
            return literal("true", 4);
        case 'f':
            return literal("false", 5);
        case 'n':
            return literal("null", 4);
        default:
            return number();
        }
    }

    bool object(int depth)
    {
        if (depth > JsonParser::maxDepth)
            return fail(QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "the JSON is nested too deeply"));
        const size_t slot = m_tape.size();
        m_tape.push_back(0);
        ++m_pos; // {
        skipSpace();
        if (m_pos != m_end && *m_pos == '}') {
            ++m_pos;
            return true;
        }
        quint32 count = 0;
        while (true) {
            skipSpace();
            if (m_pos == m_end || *m_pos != '"')
                return fail(QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "an object key (a quoted name) was expected"));
            if (!string())
                return false;
            skipSpace();
            if (m_pos == m_end || *m_pos != ':')
                return fail(QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "a colon was expected after an object key"));
            ++m_pos;
            skipSpace();
            if (!value(depth))
                return false;
            ++count;
            skipSpace();
            if (m_pos == m_end)
                return fail(QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "the text ends inside an object"));
            if (*m_pos == ',') {
                ++m_pos;
                continue;
            }
            if (*m_pos == '}') {
                ++m_pos;
                m_tape[slot] = count;
                return true;
            }
            return fail(QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "a comma or closing brace was expected"));
        }
    }

    bool array(int depth)
    {
        if (depth > JsonParser::maxDepth)
            return fail(QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "the JSON is nested too deeply"));
        const size_t slot = m_tape.size();
        m_tape.push_back(0);
        ++m_pos; // [
        skipSpace();
        if (m_pos != m_end && *m_pos == ']') {
            ++m_pos;
            return true;
        }
        quint32 count = 0;
        while (true) {
            skipSpace();
            if (!value(depth))
                return false;
            ++count;
            skipSpace();
            if (m_pos == m_end)
                return fail(QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "the text ends inside an array"));
            if (*m_pos == ',') {
                ++m_pos;
                continue;
            }
            if (*m_pos == ']') {
                ++m_pos;
                m_tape[slot] = count;
                return true;
            }
            return fail(QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "a comma or closing bracket was expected"));
        }
    }

    bool hex4()
    {
        if (m_end - m_pos < 4)
            return fail(QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "invalid \\u escape"));
        for (int i = 0; i < 4; ++i) {
            if (hexDigit(m_pos[i]) < 0)
                return fail(QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "invalid \\u escape"));
        }
        m_pos += 4;
        return true;
    }

    bool string()
    {
        ++m_pos; // opening quote
        const char *start = m_pos;
        bool escaped = false;
        while (true) {
            m_pos = skipPlain(m_pos, m_end);
            if (m_pos == m_end)
                return fail(QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "the text ends inside a string"));
            const char c = *m_pos;
            if (c == '"') {
                const size_t length = size_t(m_pos - start);
                m_tape.push_back(escaped || length >= escapedMark ? escapedMark : quint32(length));
                ++m_pos;
                return true;
            }
            escaped = true;
            if (c != '\\')
                return fail(QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "a control character inside a string"));
            ++m_pos;
            if (m_pos == m_end)
                return fail(QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "the text ends inside a string"));
            switch (*m_pos++) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                break;
            case 'u':
                // A high surrogate's partner is an escape of its own: checked on the next turn.
                if (!hex4())
                    return false;
                break;
            default:
                return fail(QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "an invalid escape sequence in a string"));
            }
        }
    }

    bool number()
    {
        if (m_pos != m_end && *m_pos == '-')
            ++m_pos;
        if (m_pos == m_end || !isDigit(*m_pos))
            return fail(
                QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "an unexpected character where a value was expected"));
        if (*m_pos == '0') {
            ++m_pos;
        } else {
            while (m_pos != m_end && isDigit(*m_pos))
                ++m_pos;
        }
        if (m_pos != m_end && *m_pos == '.') {
            ++m_pos;
            if (m_pos == m_end || !isDigit(*m_pos))
                return fail(QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "a malformed number"));
            while (m_pos != m_end && isDigit(*m_pos))
                ++m_pos;
        }
        if (m_pos != m_end && (*m_pos == 'e' || *m_pos == 'E')) {
            ++m_pos;
            if (m_pos != m_end && (*m_pos == '+' || *m_pos == '-'))
                ++m_pos;
            if (m_pos == m_end || !isDigit(*m_pos))
                return fail(QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "a malformed number"));
            while (m_pos != m_end && isDigit(*m_pos))
                ++m_pos;
        }
        return true;
    }

    const char *m_begin;
    const char *m_pos;
    const char *m_end;
    std::vector<quint32> &m_tape;
};

// Builds the tree from bytes the Validator accepted; it relies on that and checks nothing.
// Positions are passed and returned by value: a member pointer would be reloaded after every
// string write (char stores may alias it).
class Builder
{
public:
    Builder(const char *end, const std::vector<quint32> &tape)
        : m_end(end)
        , m_tape(tape.data())
    { }

    void document(const char *p, JsonNode &out)
    {
        while (p != m_end && isSpace(*p))
            ++p;
        value(p, out);
    }

private:
    // Inside a validated container there is always a closing bracket ahead: no end check.
    static const char *skipSpace(const char *p)
    {
        while (isSpace(*p))
            ++p;
        return p;
    }

    const char *value(const char *p, JsonNode &out)
    {
        switch (*p) {
        case '{':
            return object(p, out);
        case '[':
            return array(p, out);
        case '"':
            out.type = JsonNode::Type::String;
            return string(p, out.text);
        case 't':
            out.type = JsonNode::Type::Bool;
            out.boolean = true;
            return p + 4;
        case 'f':
            out.type = JsonNode::Type::Bool;
            return p + 5;
        case 'n':
            return p + 4;
        default:
            out.type = JsonNode::Type::Number;
            return number(p, out.number);
        }
    }

    const char *object(const char *p, JsonNode &out)
    {
        out.type = JsonNode::Type::Object;
        const quint32 count = *m_tape++;
        ++p; // {
        if (count == 0)
            return skipSpace(p) + 1; // }
        out.members.reserve(count);
        for (quint32 i = 0; i < count; ++i) {
            p = skipSpace(p);
            const quint32 length = *m_tape++;
            if (length != escapedMark) {
                out.members.emplace_back(std::string_view(p + 1, length));
                p += length + 2;
            } else {
                out.members.emplace_back(std::string_view());
                p = escapedString(p, out.members.back().key);
            }
            p = skipSpace(p) + 1; // :
            p = value(skipSpace(p), out.members.back().value);
            p = skipSpace(p) + 1; // , or }
        }
        return p;
    }

    const char *array(const char *p, JsonNode &out)
    {
        out.type = JsonNode::Type::Array;
        const quint32 count = *m_tape++;
        ++p; // [
        if (count == 0)
            return skipSpace(p) + 1; // ]
        out.items.resize(count);
        for (JsonNode &item : out.items) {
            p = value(skipSpace(p), item);
            p = skipSpace(p) + 1; // , or ]
        }
        return p;
    }

    const char *string(const char *p, std::string &out)
    {
        const quint32 length = *m_tape++;
        if (length == escapedMark)
            return escapedString(p, out);
        out.assign(p + 1, length);
        return p + length + 2;
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

    static unsigned hex4(const char *p)
    {
        unsigned value = 0;
        for (int i = 0; i < 4; ++i)
            value = (value << 4) | unsigned(hexDigit(p[i]));
        return value;
    }

    const char *escapedString(const char *p, std::string &out) const
    {
        ++p; // opening quote
        out.clear();
        while (true) {
            const char *start = p;
            p = skipPlain(p, m_end);
            out.append(start, size_t(p - start));
            if (*p == '"')
                return p + 1;
            ++p; // backslash
            const char escape = *p++;
            switch (escape) {
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
                unsigned cp = hex4(p);
                p += 4;
                if (cp >= 0xD800 && cp < 0xDC00 && m_end - p >= 6 && p[0] == '\\' && p[1] == 'u') {
                    const unsigned low = hex4(p + 2);
                    p += 6; // the second escape is consumed either way
                    if (low >= 0xDC00 && low < 0xE000)
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    else
                        cp = 0xFFFD;
                } else if (cp >= 0xD800 && cp < 0xE000) {
                    cp = 0xFFFD; // a lone surrogate
                }
                appendUtf8(out, cp);
                break;
            }
            default: // " \ /
                out += escape;
                break;
            }
        }
    }

    const char *number(const char *p, double &out) const
    {
        const char *start = p;
        const bool negative = *p == '-';
        if (negative)
            ++p;
        // Fast path: up to 15 significant digits and no exponent. Mantissa and the power of ten
        // are then exact doubles and one division rounds correctly.
        quint64 mantissa = 0;
        int digits = 0;
        while (p != m_end && isDigit(*p)) {
            mantissa = mantissa * 10 + quint64(*p - '0');
            ++digits;
            ++p;
        }
        int fraction = 0;
        if (p != m_end && *p == '.') {
            ++p;
            while (p != m_end && isDigit(*p)) {
                mantissa = mantissa * 10 + quint64(*p - '0');
                ++digits;
                ++fraction;
                ++p;
            }
        }
        const bool exponent = p != m_end && (*p == 'e' || *p == 'E');
        if (!exponent && digits <= 15) {
            static constexpr double powers[]
                = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
            double value = double(mantissa);
            if (fraction > 0)
                value /= powers[fraction];
            out = negative ? -value : value;
            return p;
        }
        if (exponent) {
            ++p;
            if (*p == '+' || *p == '-')
                ++p;
            while (p != m_end && isDigit(*p))
                ++p;
        }
        out = slowNumber(start, p);
        return p;
    }

    static double slowNumber(const char *start, const char *end)
    {
        double value = 0.0;
        const auto result = std::from_chars(start, end, value);
        if (result.ec != std::errc::result_out_of_range)
            return value;
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
        value = tiny ? 0.0 : std::numeric_limits<double>::infinity();
        return negative ? -value : value;
    }

    const char *m_end;
    const quint32 *m_tape;
};

} // namespace

bool JsonParser::parse(const char *begin, const char *end, JsonNode &out, QString *errorText, qsizetype *errorOffset)
{
    out = JsonNode();
    // The count list is reused between calls on one thread: no allocation once it has grown.
    thread_local std::vector<quint32> tape;
    tape.clear();
    Validator validator(begin, end, tape);
    if (!validator.document()) {
        if (errorText)
            *errorText = QCoreApplication::translate("Spoolbridge::JsonParser", validator.m_error);
        if (errorOffset)
            *errorOffset = validator.offset();
        if (tape.capacity() > 65536)
            std::vector<quint32>().swap(tape); // do not keep a hostile document's size around
        return false;
    }
    Builder(end, tape).document(begin, out);
    if (tape.capacity() > 65536)
        std::vector<quint32>().swap(tape);
    return true;
}

} // namespace Spoolbridge
