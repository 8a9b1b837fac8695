#include "core/printer/jsonparser.h"

#include <QCoreApplication>

#include <charconv>
#include <limits>
#include <string_view>

namespace Spoolbridge {

namespace {

class Parser
{
public:
    Parser(const char *begin, const char *end)
        : m_begin(begin)
        , m_pos(begin)
        , m_end(end)
    { }

    bool document(JsonNode &out)
    {
        skipSpace();
        if (!value(out, 0))
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
        while (m_pos != m_end && (*m_pos == ' ' || *m_pos == '\n' || *m_pos == '\r' || *m_pos == '\t'))
            ++m_pos;
    }

    bool literal(const char *word, size_t length)
    {
        if (size_t(m_end - m_pos) < length || std::string_view(m_pos, length) != std::string_view(word, length))
            return fail(QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "invalid literal"));
        m_pos += length;
        return true;
    }

    bool value(JsonNode &out, int depth)
    {
        if (m_pos == m_end)
            return fail(QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "the text ends where a value was expected"));
        switch (*m_pos) {
        case '{':
            return object(out, depth + 1);
        case '[':
            return array(out, depth + 1);
        case '"':
            out.type = JsonNode::Type::String;
            return string(out.text);
        case 't':
            out.type = JsonNode::Type::Bool;
            out.boolean = true;
            return literal("true", 4);
        case 'f':
            out.type = JsonNode::Type::Bool;
            out.boolean = false;
            return literal("false", 5);
        case 'n':
            out.type = JsonNode::Type::Null;
            return literal("null", 4);
        default:
            return numberValue(out);
        }
    }

    bool object(JsonNode &out, int depth)
    {
        if (depth > JsonParser::maxDepth)
            return fail(QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "the JSON is nested too deeply"));
        out.type = JsonNode::Type::Object;
        ++m_pos; // {
        skipSpace();
        if (m_pos != m_end && *m_pos == '}') {
            ++m_pos;
            return true;
        }
        out.members.reserve(8);
        while (true) {
            skipSpace();
            if (m_pos == m_end || *m_pos != '"')
                return fail(QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "an object key (a quoted name) was expected"));
            out.members.emplace_back();
            JsonMember &member = out.members.back();
            if (!string(member.key))
                return false;
            skipSpace();
            if (m_pos == m_end || *m_pos != ':')
                return fail(QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "a colon was expected after an object key"));
            ++m_pos;
            skipSpace();
            if (!value(member.value, depth))
                return false;
            skipSpace();
            if (m_pos == m_end)
                return fail(QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "the text ends inside an object"));
            if (*m_pos == ',') {
                ++m_pos;
                continue;
            }
            if (*m_pos == '}') {
                ++m_pos;
                return true;
            }
            return fail(QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "a comma or closing brace was expected"));
        }
    }

    bool array(JsonNode &out, int depth)
    {
        if (depth > JsonParser::maxDepth)
            return fail(QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "the JSON is nested too deeply"));
        out.type = JsonNode::Type::Array;
        ++m_pos; // [
        skipSpace();
        if (m_pos != m_end && *m_pos == ']') {
            ++m_pos;
            return true;
        }
        while (true) {
            skipSpace();
            out.items.emplace_back();
            if (!value(out.items.back(), depth))
                return false;
            skipSpace();
            if (m_pos == m_end)
                return fail(QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "the text ends inside an array"));
            if (*m_pos == ',') {
                ++m_pos;
                continue;
            }
            if (*m_pos == ']') {
                ++m_pos;
                return true;
            }
            return fail(QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "a comma or closing bracket was expected"));
        }
    }

    static int hexDigit(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool hex4(unsigned &out)
    {
        if (m_end - m_pos < 4)
            return fail(QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "invalid \\u escape"));
        out = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = hexDigit(m_pos[i]);
            if (digit < 0)
                return fail(QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "invalid \\u escape"));
            out = (out << 4) | unsigned(digit);
        }
        m_pos += 4;
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

    bool string(std::string &out)
    {
        ++m_pos; // opening quote
        const char *start = m_pos;
        // Fast path: no escapes.
        while (m_pos != m_end && *m_pos != '"' && *m_pos != '\\' && static_cast<unsigned char>(*m_pos) >= 0x20)
            ++m_pos;
        out.assign(start, size_t(m_pos - start));
        while (true) {
            if (m_pos == m_end)
                return fail(QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "the text ends inside a string"));
            const char c = *m_pos;
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return fail(QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "a control character inside a string"));
            if (c != '\\') {
                out += c;
                ++m_pos;
                continue;
            }
            ++m_pos;
            if (m_pos == m_end)
                return fail(QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "the text ends inside a string"));
            const char escape = *m_pos++;
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
                if (!hex4(cp))
                    return false;
                if (cp >= 0xD800 && cp < 0xDC00 && m_end - m_pos >= 6 && m_pos[0] == '\\' && m_pos[1] == 'u') {
                    m_pos += 2;
                    unsigned low = 0;
                    if (!hex4(low))
                        return false;
                    if (low >= 0xDC00 && low < 0xE000)
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    else
                        cp = 0xFFFD;
                } else if (cp >= 0xD800 && cp < 0xE000) {
                    cp = 0xFFFD;
                }
                appendUtf8(out, cp);
                break;
            }
            default:
                return fail(QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "an invalid escape sequence in a string"));
            }
        }
    }

    bool numberValue(JsonNode &out)
    {
        const char *start = m_pos;
        if (m_pos != m_end && *m_pos == '-')
            ++m_pos;
        if (m_pos == m_end || !(*m_pos >= '0' && *m_pos <= '9'))
            return fail(
                QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "an unexpected character where a value was expected"));
        if (*m_pos == '0') {
            ++m_pos;
        } else {
            while (m_pos != m_end && *m_pos >= '0' && *m_pos <= '9')
                ++m_pos;
        }
        if (m_pos != m_end && *m_pos == '.') {
            ++m_pos;
            if (m_pos == m_end || !(*m_pos >= '0' && *m_pos <= '9'))
                return fail(QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "a malformed number"));
            while (m_pos != m_end && *m_pos >= '0' && *m_pos <= '9')
                ++m_pos;
        }
        if (m_pos != m_end && (*m_pos == 'e' || *m_pos == 'E')) {
            ++m_pos;
            if (m_pos != m_end && (*m_pos == '+' || *m_pos == '-'))
                ++m_pos;
            if (m_pos == m_end || !(*m_pos >= '0' && *m_pos <= '9'))
                return fail(QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "a malformed number"));
            while (m_pos != m_end && *m_pos >= '0' && *m_pos <= '9')
                ++m_pos;
        }
        out.type = JsonNode::Type::Number;
        double value = 0.0;
        const auto result = std::from_chars(start, m_pos, value);
        if (result.ec == std::errc::result_out_of_range) {
            // Beyond the double range: keep the sign, readers treat it as "no usable value".
            const bool negative = *start == '-';
            bool tiny = true; // underflow when the mantissa is small; overflow otherwise
            for (const char *p = start; p != m_pos && *p != 'e' && *p != 'E'; ++p) {
                if (*p >= '1' && *p <= '9') {
                    tiny = false;
                    break;
                }
            }
            const char *exponent = start;
            while (exponent != m_pos && *exponent != 'e' && *exponent != 'E')
                ++exponent;
            if (exponent != m_pos && exponent + 1 != m_pos && exponent[1] == '-')
                tiny = true;
            value = tiny ? 0.0 : std::numeric_limits<double>::infinity();
            if (negative)
                value = -value;
        } else if (result.ec != std::errc()) {
            return fail(QT_TRANSLATE_NOOP("Spoolbridge::JsonParser", "a malformed number"));
        }
        out.number = value;
        return true;
    }

    const char *m_begin;
    const char *m_pos;
    const char *m_end;
};

} // namespace

bool JsonParser::parse(const char *begin, const char *end, JsonNode &out, QString *errorText, qsizetype *errorOffset)
{
    out = JsonNode();
    Parser parser(begin, end);
    if (parser.document(out))
        return true;
    if (errorText)
        *errorText = QCoreApplication::translate("Spoolbridge::JsonParser", parser.m_error);
    if (errorOffset)
        *errorOffset = parser.offset();
    out = JsonNode();
    return false;
}

} // namespace Spoolbridge
