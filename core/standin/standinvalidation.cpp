#include "core/standin/standinvalidation.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>

namespace Spoolbridge::Standin::Validation {

namespace {
QJsonObject error(
    const char *type, const QJsonArray &loc, const QString &msg, const QJsonValue &input, const QJsonObject &ctx = {})
{
    QJsonObject entry {{QStringLiteral("type"), QLatin1String(type)}, {QStringLiteral("loc"), loc},
        {QStringLiteral("msg"), msg}, {QStringLiteral("input"), input}};
    if (!ctx.isEmpty())
        entry.insert(QStringLiteral("ctx"), ctx);
    return entry;
}

QJsonArray bodyLoc(const char *name)
{
    return QJsonArray {QStringLiteral("body"), QLatin1String(name)};
}

bool toNumber(const QJsonValue &value, double &number)
{
    if (value.isDouble()) {
        number = value.toDouble();
        return true;
    }
    if (value.isBool()) {
        number = value.toBool() ? 1 : 0;
        return true;
    }
    if (value.isString()) {
        bool ok = false;
        number = value.toString().trimmed().toDouble(&ok);
        return ok && std::isfinite(number);
    }
    return false;
}

// Checks one value; returns an error entry or an empty object, and may convert `value`.
QJsonObject checkValue(const Field &field, QJsonValue &value)
{
    const QJsonArray loc = bodyLoc(field.name);
    switch (field.kind) {
    case Kind::String:
        if (!value.isString())
            return error("string_type", loc, QStringLiteral("Input should be a valid string"), value);
        if (field.maxLength > 0 && value.toString().size() > field.maxLength)
            return error("string_too_long", loc,
                QStringLiteral("String should have at most %1 characters").arg(field.maxLength), value,
                {{QStringLiteral("max_length"), field.maxLength}});
        return {};
    case Kind::Number:
    case Kind::Integer: {
        double number = 0;
        if (field.kind == Kind::Integer) {
            if (value.isString()) {
                bool ok = false;
                const qint64 parsed = value.toString().trimmed().toLongLong(&ok);
                if (!ok)
                    return intParsing(loc, value);
                number = double(parsed);
            } else if (!toNumber(value, number) || value.isBool()) {
                if (!value.isBool())
                    return error("int_type", loc, QStringLiteral("Input should be a valid integer"), value);
                number = value.toBool() ? 1 : 0;
            } else if (number != std::floor(number)) {
                return error("int_from_float", loc,
                    QStringLiteral("Input should be a valid integer, got a number with a fractional part"), value);
            }
        } else if (!toNumber(value, number)) {
            if (value.isString())
                return error("float_parsing", loc,
                    QStringLiteral("Input should be a valid number, unable to parse string as a number"), value);
            return error("float_type", loc, QStringLiteral("Input should be a valid number"), value);
        }
        if (field.bound == Bound::Ge && number < 0)
            return error("greater_than_equal", loc, QStringLiteral("Input should be greater than or equal to 0"), value,
                {{QStringLiteral("ge"), 0.0}});
        if (field.bound == Bound::Gt && number <= 0)
            return error("greater_than", loc, QStringLiteral("Input should be greater than 0"), value,
                {{QStringLiteral("gt"), 0.0}});
        value = field.kind == Kind::Integer ? QJsonValue(qint64(number)) : QJsonValue(number);
        return {};
    }
    case Kind::Bool:
        if (value.isBool())
            return {};
        if (value.isString()) {
            const QString text = value.toString().trimmed().toLower();
            if (QStringList {QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("on"), QStringLiteral("1"),
                    QStringLiteral("t"), QStringLiteral("y")}
                    .contains(text)) {
                value = true;
                return {};
            }
            if (QStringList {QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("off"), QStringLiteral("0"),
                    QStringLiteral("f"), QStringLiteral("n")}
                    .contains(text)) {
                value = false;
                return {};
            }
            return boolParsing(loc, value);
        }
        if (value.isDouble() && (value.toDouble() == 0 || value.toDouble() == 1)) {
            value = value.toDouble() == 1;
            return {};
        }
        return error("bool_type", loc, QStringLiteral("Input should be a valid boolean"), value);
    case Kind::DateTime: {
        const QString normalised = value.isString() ? normaliseDateTime(value.toString()) : QString();
        if (normalised.isEmpty())
            return error("datetime_from_date_parsing", loc,
                QStringLiteral("Input should be a valid datetime or date, invalid character in year"), value);
        value = normalised;
        return {};
    }
    case Kind::Extra:
        if (!value.isObject())
            return error("dict_type", loc, QStringLiteral("Input should be a valid dictionary"), value);
        return {};
    }
    return {};
}
} // namespace

QJsonObject missing(const QJsonArray &loc, const QJsonValue &input)
{
    return error("missing", loc, QStringLiteral("Field required"), input);
}

QJsonObject intParsing(const QJsonArray &loc, const QJsonValue &input)
{
    return error("int_parsing", loc,
        QStringLiteral("Input should be a valid integer, unable to parse string as an integer"), input);
}

QJsonObject boolParsing(const QJsonArray &loc, const QJsonValue &input)
{
    return error(
        "bool_parsing", loc, QStringLiteral("Input should be a valid boolean, unable to interpret input"), input);
}

bool parseBody(const ApiRequest &request, QJsonObject &body, ApiReply &reply)
{
    const QByteArray text = request.body.trimmed();
    if (text.isEmpty() || text == "null") {
        reply = detailReply({missing(QJsonArray {QStringLiteral("body")}, QJsonValue::Null)});
        return false;
    }
    // Parsed inside an array so that scalars are JSON too (they are then the wrong type).
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson("[" + request.body + "]", &parseError);
    if (parseError.error != QJsonParseError::NoError || doc.array().size() != 1) {
        // Python reports "Expecting value" at the first character that cannot start a value;
        // elsewhere the position is Qt's (the "[" prefix taken off) and the reason Qt's.
        const qsizetype leading = request.body.indexOf(text.at(0));
        const char first = text.at(0);
        const bool literal = text.startsWith("true") || text.startsWith("false") || text.startsWith("null");
        const bool startsValue
            = first == '{' || first == '[' || first == '"' || first == '-' || (first >= '0' && first <= '9') || literal;
        const bool atStart = !startsValue;
        const qsizetype position = atStart ? leading : std::max<qsizetype>(0, parseError.offset - 1);
        reply = detailReply({error("json_invalid", QJsonArray {QStringLiteral("body"), int(position)},
            QStringLiteral("JSON decode error"), QJsonObject {},
            {{QStringLiteral("error"), atStart ? QStringLiteral("Expecting value") : parseError.errorString()}})});
        return false;
    }
    const QJsonValue value = doc.array().at(0);
    if (!value.isObject()) {
        reply = detailReply({error("model_attributes_type", QJsonArray {QStringLiteral("body")},
            QStringLiteral("Input should be a valid dictionary or object to extract fields from"), value)});
        return false;
    }
    body = value.toObject();
    return true;
}

QJsonArray check(QJsonObject &body, const QList<Field> &fields, bool partial)
{
    const QJsonObject input = body;
    QJsonObject accepted;
    QJsonArray errors;
    for (const Field &field : fields) {
        const QString name = QLatin1String(field.name);
        if (!input.contains(name)) {
            if (field.required && !partial)
                errors.append(missing(bodyLoc(field.name), input));
            continue;
        }
        QJsonValue value = input.value(name);
        if (value.isNull() && field.nullable) {
            accepted.insert(name, value);
            continue;
        }
        const QJsonObject entry = checkValue(field, value);
        if (!entry.isEmpty())
            errors.append(entry);
        else
            accepted.insert(name, value);
    }
    body = accepted;
    return errors;
}

bool queryInt(const ApiRequest &request, const QString &key, qint64 &value, ApiReply &reply)
{
    if (!request.hasQuery(key))
        return true;
    const QString text = request.queryValue(key);
    bool ok = false;
    const qint64 parsed = text.trimmed().toLongLong(&ok);
    if (!ok) {
        reply = detailReply({intParsing(QJsonArray {QStringLiteral("query"), key}, text)});
        return false;
    }
    value = parsed;
    return true;
}

bool queryBool(const ApiRequest &request, const QString &key, bool &value, ApiReply &reply)
{
    if (!request.hasQuery(key))
        return true;
    QJsonValue converted = request.queryValue(key);
    const Field field {"x", Kind::Bool};
    if (!checkValue(field, converted).isEmpty()) {
        reply = detailReply({boolParsing(QJsonArray {QStringLiteral("query"), key}, request.queryValue(key))});
        return false;
    }
    value = converted.toBool();
    return true;
}

bool pathId(const QString &text, const char *name, qint64 &id, ApiReply &reply)
{
    bool ok = false;
    id = text.toLongLong(&ok);
    if (!ok)
        reply = detailReply({intParsing(QJsonArray {QStringLiteral("path"), QLatin1String(name)}, text)});
    return ok;
}

QString normaliseDateTime(const QString &text)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid())
        return {};
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeSpec(Qt::UTC);
    return parsed.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + u'Z';
}

} // namespace Spoolbridge::Standin::Validation
