// JsonParser edge cases: escapes, surrogates, numbers, nesting, duplicate keys, trailing text,
// the exact error messages and offsets, and agreement with QJsonDocument on every fixture.
#include "printertestutil.h"

#include "core/printer/jsonparser.h"

#include <QJsonArray>
#include <QJsonObject>

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <random>

using namespace Spoolbridge;
using namespace Spoolbridge::Test;

namespace {

struct Parsed {
    bool ok = false;
    JsonNode node;
    QString error;
    qsizetype offset = -1;
};

Parsed parse(const QByteArray &text)
{
    Parsed result;
    result.ok = JsonParser::parse(
        text.constData(), text.constData() + text.size(), result.node, &result.error, &result.offset);
    return result;
}

double parseNumber(const std::string &text)
{
    const Parsed parsed = parse(QByteArray::fromStdString("[" + text + "]"));
    REQUIRE(parsed.ok);
    REQUIRE(parsed.node.items.size() == 1);
    REQUIRE(parsed.node.items.front().isNumber());
    return parsed.node.items.front().number;
}

} // namespace

TEST_CASE("parser: escapes in values and keys, surrogate pairs and lone surrogates", "[printer][json]")
{
    const Parsed parsed = parse(R"({"k\"\\\/\b\f\n\r\t":"v\u0041\u00e9\u20ac\ud83d\ude00x","lone":"a\ud800b",)"
                                R"("low":"\udc00","pair_bad":"\ud83d\u0041z","nul":"\u0000"})");
    REQUIRE(parsed.ok);
    const JsonNode &node = parsed.node;
    REQUIRE(node.members.size() == 5);
    CHECK(node.members[0].key == "k\"\\/\b\f\n\r\t");
    CHECK(node.members[0].value.text == "vA\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80x");
    CHECK(node.find("lone")->text
        == "a\xEF\xBF\xBD"
           "b"); // U+FFFD
    CHECK(node.find("low")->text == "\xEF\xBF\xBD");
    // A high surrogate followed by another escape that is not a low surrogate: both consumed.
    CHECK(node.find("pair_bad")->text == "\xEF\xBF\xBDz");
    CHECK(node.find("nul")->text == std::string(1, '\0'));
    // Long plain strings (the 8-byte scan) and UTF-8 pass through unchanged.
    const std::string longText = "0123456789abcdefghij\xC3\xA9klmnopqrstuvwxyz";
    const Parsed longParsed = parse(QByteArray::fromStdString("{\"" + longText + "\":\"" + longText + "\"}"));
    REQUIRE(longParsed.ok);
    CHECK(longParsed.node.members.front().key == longText);
    CHECK(longParsed.node.members.front().value.text == longText);
}

TEST_CASE("parser: numbers convert exactly like std::from_chars, extremes stay harmless", "[printer][json]")
{
    for (const char *text : {"0", "-0", "1", "-1", "26.2", "1.75", "0.1", "0.3", "-0.02", "123456789012345",
             "999999999999999", "1234567890123456", "12345678901234567890", "0.000000000000001234", "1.5e2", "-1.5E-2",
             "2.2250738585072014e-308", "1.7976931348623157e308", "3.14159265358979323846"}) {
        double expected = 0.0;
        std::from_chars(text, text + std::strlen(text), expected);
        INFO(text);
        CHECK(parseNumber(text) == expected);
        CHECK(std::signbit(parseNumber(text)) == std::signbit(expected));
    }
    // Random decimals with up to 17 significant digits: bit-identical to std::from_chars.
    std::mt19937_64 random(42);
    for (int i = 0; i < 2000; ++i) {
        const int intDigits = int(random() % 9) + 1;
        const int fracDigits = int(random() % 9);
        std::string text = random() % 2 ? "-" : "";
        text += char('1' + random() % 9);
        for (int d = 1; d < intDigits; ++d)
            text += char('0' + random() % 10);
        if (fracDigits > 0) {
            text += '.';
            for (int d = 0; d < fracDigits; ++d)
                text += char('0' + random() % 10);
        }
        double expected = 0.0;
        std::from_chars(text.data(), text.data() + text.size(), expected);
        INFO(text);
        REQUIRE(parseNumber(text) == expected);
    }
    // Beyond the double range: infinities or zero, which the readers refuse or keep as 0.
    CHECK(parseNumber("1e400") == std::numeric_limits<double>::infinity());
    CHECK(parseNumber("-1e400") == -std::numeric_limits<double>::infinity());
    CHECK(parseNumber("1e-400") == 0.0);
    const Parsed big = parse(R"({"a":1e400,"b":"1e400","c":123456789012345678901234567890})");
    REQUIRE(big.ok);
    CHECK_FALSE(big.node.find("a")->toDouble().has_value());
    CHECK_FALSE(big.node.find("a")->toInt().has_value());
    CHECK_FALSE(big.node.find("b")->toDouble().has_value());
    CHECK_FALSE(big.node.find("c")->toInt().has_value()); // beyond 2^53
    CHECK(big.node.find("c")->toDouble().has_value());
}

TEST_CASE("parser: integer strings read the same through the fast path", "[printer][json]")
{
    JsonNode node;
    node.type = JsonNode::Type::String;
    const std::pair<const char *, std::optional<qint64>> cases[] = {{"230", 230}, {"-1", -1}, {"0", 0}, {"-0", 0},
        {"007", 7}, {"999999999999999", 999999999999999}, {"9007199254740992", 9007199254740992},
        {"9007199254740994", std::nullopt}, {"12.9", 12}, {"-12.9", -12}, {" 42 ", 42}, {"+5", 5}, {"1e3", 1000},
        {"", std::nullopt}, {"-", std::nullopt}, {"12a", std::nullopt}, {"0x10", std::nullopt}};
    for (const auto &[text, expected] : cases) {
        node.text = text;
        INFO(text);
        CHECK(node.toInt() == expected);
    }
}

TEST_CASE("parser: nesting is limited to maxDepth, for objects and arrays", "[printer][json]")
{
    auto nested = [](int depth, char open, char close) {
        QByteArray text;
        for (int i = 0; i < depth; ++i)
            text += open == '{' ? QByteArray("{\"a\":") : QByteArray(1, open);
        text += "1";
        text += QByteArray(depth, close);
        return text;
    };
    CHECK(parse(nested(JsonParser::maxDepth, '[', ']')).ok);
    CHECK(parse(nested(JsonParser::maxDepth, '{', '}')).ok);
    for (const char open : {'[', '{'}) {
        const Parsed deep = parse(nested(JsonParser::maxDepth + 1, open, open == '[' ? ']' : '}'));
        CHECK_FALSE(deep.ok);
        CHECK(str(deep.error) == "the JSON is nested too deeply");
        CHECK(deep.node.isNull());
    }
    // Hostile depth fails fast and leaves no trace: the next document parses normally.
    const Parsed hostile = parse(QByteArray(1'000'000, '['));
    CHECK_FALSE(hostile.ok);
    CHECK(hostile.offset == JsonParser::maxDepth);
    const Parsed after = parse(R"({"ok":[1,2,3]})");
    REQUIRE(after.ok);
    CHECK(after.node.find("ok")->items.size() == 3);
}

TEST_CASE("parser: duplicate keys keep both members, lookups and merges see the last", "[printer][json]")
{
    const Parsed parsed = parse(R"({"a":1,"b":2,"a":3})");
    REQUIRE(parsed.ok);
    CHECK(parsed.node.members.size() == 3);
    CHECK(parsed.node.find("a")->number == 3.0);
    CHECK(parsed.node.toJsonValue().toObject().value(QLatin1String("a")).toDouble() == 3.0); // as QJsonDocument

    // The same through the model: a full report, a first delta onto the empty tree, a later delta.
    for (const char *first : {R"({"print":{"msg":0,"gcode_state":"IDLE","gcode_state":"RUNNING","subtask_name":"x"}})",
             R"({"print":{"gcode_state":"IDLE","gcode_state":"RUNNING","subtask_name":"x"}})"}) {
        PrinterModel model;
        REQUIRE(model.ingest(QByteArray(first)).ok);
        CHECK(model.state().job.state == JobState::Running);
        REQUIRE(model.ingest(QByteArray(R"({"print":{"gcode_state":"PAUSE","gcode_state":"FINISH"}})")).ok);
        CHECK(model.state().job.state == JobState::Finish);
        CHECK(model.merger().print().find("gcode_state")->text == "FINISH");
    }
}

TEST_CASE("parser: malformed input is rejected with the message and byte offset", "[printer][json]")
{
    struct Case {
        const char *text;
        const char *message;
        qsizetype offset;
    };
    const Case cases[] = {
        {R"({"a":1} x)", "unexpected text after the JSON value", 8},
        {R"({"a":1}})", "unexpected text after the JSON value", 7},
        {R"({"a":01})", "a comma or closing brace was expected", 6},
        {R"({"a":1.})", "a malformed number", 7},
        {R"({"a":1e})", "a malformed number", 7},
        {R"({"a":-})", "an unexpected character where a value was expected", 6},
        {"{\"a\":\"\x01\"}", "a control character inside a string", 6},
        {R"({"a":tru})", "invalid literal", 5},
        {R"({"a":nul)", "invalid literal", 5},
        {R"({"a" 1})", "a colon was expected after an object key", 5},
        {R"({a:1})", "an object key (a quoted name) was expected", 1},
        {R"({"a":1,})", "an object key (a quoted name) was expected", 7},
        {R"([1,])", "an unexpected character where a value was expected", 3},
        {R"([1 2])", "a comma or closing bracket was expected", 3},
        {R"({"a":"\q"})", "an invalid escape sequence in a string", 8},
        {R"({"a":"\u12G4"})", "invalid \\u escape", 8},
        {R"({"a":"\u12)", "invalid \\u escape", 8},
        {R"({"a":"abc)", "the text ends inside a string", 9},
        {R"({"a":"abc\)", "the text ends inside a string", 10},
        {R"({"a":1)", "the text ends inside an object", 6},
        {R"([1)", "the text ends inside an array", 2},
        {R"({"a":)", "the text ends where a value was expected", 5},
        {"", "the text ends where a value was expected", 0},
        {"   ", "the text ends where a value was expected", 3},
    };
    for (const Case &c : cases) {
        INFO(c.text);
        const Parsed parsed = parse(QByteArray(c.text));
        CHECK_FALSE(parsed.ok);
        CHECK(str(parsed.error) == c.message);
        CHECK(parsed.offset == c.offset);
        CHECK(parsed.node.isNull());
    }
    // Whitespace around and inside is fine; scalars are documents too.
    CHECK(parse(" \t\r\n{ \"a\" : [ 1 , { } , [ ] ] }\n ").ok);
    CHECK(parse("42").ok);
    // The model turns a parse error into one sentence and keeps its state.
    PrinterModel model;
    ingestFixture(model, QStringLiteral("x1c-pushall-2ams-ams2pro-amsht.json"));
    const PrinterState before = model.state();
    const PrinterModel::IngestStatus status = model.ingest(QByteArray(R"({"print":{"msg":0}} trailing)"));
    CHECK_FALSE(status.ok);
    CHECK(str(status.error)
        == "The printer message is not valid JSON (unexpected text after the JSON value at byte 20); it was ignored.");
    CHECK(model.state() == before);
}

TEST_CASE("parser: every fixture parses to what QJsonDocument reads", "[printer][json]")
{
    int documents = 0;
    for (const QString &name : fixtureNames()) {
        const QByteArray all = readFixture(name);
        const QList<QByteArray> texts
            = name.endsWith(QLatin1String(".jsonl")) ? all.split('\n') : QList<QByteArray> {all};
        for (const QByteArray &text : texts) {
            if (text.trimmed().isEmpty())
                continue;
            INFO(str(name));
            const Parsed parsed = parse(text);
            QJsonParseError qtError;
            const QJsonDocument reference = QJsonDocument::fromJson(text, &qtError);
            REQUIRE(qtError.error == QJsonParseError::NoError);
            REQUIRE(parsed.ok);
            const QJsonValue expected
                = reference.isObject() ? QJsonValue(reference.object()) : QJsonValue(reference.array());
            CHECK(parsed.node.toJsonValue() == expected);
            ++documents;
        }
    }
    CHECK(documents > 100);
}

TEST_CASE("parser: containers of changing sizes parse right and keep no large spare room", "[printer][json]")
{
    // The parser reserves from sizes it saw before at the same place: a big object followed by
    // small ones (and the other way round) must neither lose members nor keep the big block.
    QByteArray big = "{\"items\":[";
    for (int i = 0; i < 200; ++i)
        big += (i ? "," : "") + QByteArray::number(i);
    big += "],\"obj\":{";
    for (int i = 0; i < 200; ++i)
        big += (i ? ",\"k" : "\"k") + QByteArray::number(i) + "\":" + QByteArray::number(i);
    big += "}}";
    for (const QByteArray &text : {big, QByteArray(R"({"items":[0],"obj":{"k0":0}})"), big}) {
        const Parsed parsed = parse(text);
        REQUIRE(parsed.ok);
        const JsonNode &items = *parsed.node.find("items");
        const JsonNode &obj = *parsed.node.find("obj");
        const size_t expected = text.size() > 100 ? 200 : 1;
        CHECK(items.items.size() == expected);
        CHECK(obj.members.size() == expected);
        CHECK(items.items.capacity() <= 2 * items.items.size() + 2);
        CHECK(obj.members.capacity() <= 2 * obj.members.size() + 2);
        CHECK(obj.find("k0")->number == 0.0);
        CHECK(items.items.back().number == double(expected - 1));
    }
}
