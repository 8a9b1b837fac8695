#include "core/standin/standinfields.h"

#include "core/standin/standinvalidation.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace Spoolbridge::Standin {

namespace {
const QStringList entities {QStringLiteral("vendor"), QStringLiteral("filament"), QStringLiteral("spool")};
const QStringList fieldTypes {QStringLiteral("text"), QStringLiteral("integer"), QStringLiteral("integer_range"),
    QStringLiteral("float"), QStringLiteral("float_range"), QStringLiteral("datetime"), QStringLiteral("boolean"),
    QStringLiteral("choice")};

QJsonObject enumError(const QJsonArray &loc, const QJsonValue &input, const QStringList &choices)
{
    QStringList quoted;
    for (const QString &choice : choices)
        quoted << u'\'' + choice + u'\'';
    const QString expected
        = quoted.mid(0, quoted.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" or ") + quoted.last();
    return {{QStringLiteral("type"), QStringLiteral("enum")}, {QStringLiteral("loc"), loc},
        {QStringLiteral("msg"), QStringLiteral("Input should be ") + expected}, {QStringLiteral("input"), input},
        {QStringLiteral("ctx"), QJsonObject {{QStringLiteral("expected"), expected}}}};
}

bool isInteger(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == double(value.toInteger());
}

bool isRange(const QJsonValue &value, bool integers)
{
    if (!value.isArray() || value.toArray().size() != 2)
        return false;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isNull() && !(integers ? isInteger(item) : item.isDouble()))
            return false;
    }
    return true;
}

// The reason a decoded value does not fit the field type, or an empty string.
QString typeProblem(const QJsonObject &field, const QJsonValue &value)
{
    const QString type = field.value(QLatin1String("field_type")).toString();
    if (type == QLatin1String("text"))
        return value.isString() ? QString() : QStringLiteral("Value is not a string.");
    if (type == QLatin1String("integer"))
        return isInteger(value) ? QString() : QStringLiteral("Value is not an integer.");
    if (type == QLatin1String("float"))
        return value.isDouble() ? QString() : QStringLiteral("Value is not a float.");
    if (type == QLatin1String("integer_range"))
        return isRange(value, true) ? QString() : QStringLiteral("Value is not a list of two integers.");
    if (type == QLatin1String("float_range"))
        return isRange(value, false) ? QString() : QStringLiteral("Value is not a list of two floats.");
    if (type == QLatin1String("boolean"))
        return value.isBool() ? QString() : QStringLiteral("Value is not a boolean.");
    if (type == QLatin1String("datetime")) {
        if (!value.isString() || Validation::normaliseDateTime(value.toString()).isEmpty())
            return QStringLiteral("Value is not a valid datetime.");
        return {};
    }
    if (type == QLatin1String("choice")) {
        const QJsonArray choices = field.value(QLatin1String("choices")).toArray();
        QJsonArray picked = value.isArray() ? value.toArray() : QJsonArray {value};
        if (value.isArray() != field.value(QLatin1String("multi_choice")).toBool())
            return field.value(QLatin1String("multi_choice")).toBool() ? QStringLiteral("Value is not a list.")
                                                                       : QStringLiteral("Value is not a string.");
        for (const QJsonValue &item : picked) {
            if (!choices.contains(item))
                return QStringLiteral("Value is not a valid choice.");
        }
        return {};
    }
    return {};
}
} // namespace

StandinFields::StandinFields(StandinStore &store)
    : m_store(store)
{ }

bool StandinFields::isRegistered(const QString &entity, const QString &key) const
{
    for (const QJsonValue &field : m_store.fields(entity)) {
        if (field.toObject().value(QLatin1String("key")).toString() == key)
            return true;
    }
    return false;
}

bool StandinFields::validateExtra(const QString &entity, const QJsonObject &extra, ApiReply &error) const
{
    const QJsonArray fields = m_store.fields(entity);
    QJsonArray problems;
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (!it.value().isString() && !it.value().isNull())
            problems.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("string_type")},
                {QStringLiteral("loc"), QJsonArray {QStringLiteral("body"), QStringLiteral("extra"), it.key()}},
                {QStringLiteral("msg"), QStringLiteral("Input should be a valid string")},
                {QStringLiteral("input"), it.value()}});
    }
    if (!problems.isEmpty()) {
        error = detailReply(problems);
        return false;
    }
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (it.value().isNull())
            continue;
        QJsonObject field;
        for (const QJsonValue &candidate : fields) {
            if (candidate.toObject().value(QLatin1String("key")).toString() == it.key())
                field = candidate.toObject();
        }
        if (field.isEmpty()) {
            error = messageReply(400, QStringLiteral("Unknown extra field %1.").arg(it.key()));
            return false;
        }
        QJsonParseError parseError {};
        const QJsonDocument doc = QJsonDocument::fromJson("[" + it.value().toString().toUtf8() + "]", &parseError);
        if (parseError.error != QJsonParseError::NoError || doc.array().size() != 1) {
            error = messageReply(
                400, QStringLiteral("Invalid extra field for key %1: Value is not valid JSON.").arg(it.key()));
            return false;
        }
        const QString problem = typeProblem(field, doc.array().at(0));
        if (!problem.isEmpty()) {
            error = messageReply(400, QStringLiteral("Invalid extra field for key %1: %2").arg(it.key(), problem));
            return false;
        }
    }
    return true;
}

ApiReply StandinFields::handle(const ApiRequest &request)
{
    const QStringList &segments = request.segments;
    if (segments.size() < 2 || segments.size() > 3)
        return notFoundRoute();
    const QString entity = segments.at(1);
    const bool withKey = segments.size() == 3;
    if (!(withKey ? QList<QByteArray> {"POST", "DELETE"} : QList<QByteArray> {"GET"}).contains(request.method))
        return methodNotAllowed();
    if (!entities.contains(entity))
        return detailReply(
            {enumError(QJsonArray {QStringLiteral("path"), QStringLiteral("entity_type")}, entity, entities)});
    if (!withKey)
        return jsonReply(200, m_store.fields(entity));
    const QString key = segments.at(2);
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z0-9_]+$"));
    if (key.size() > 64 || !keyPattern.match(key).hasMatch())
        return detailReply({QJsonObject {{QStringLiteral("type"), QStringLiteral("string_pattern_mismatch")},
            {QStringLiteral("loc"), QJsonArray {QStringLiteral("path"), QStringLiteral("key")}},
            {QStringLiteral("msg"), QStringLiteral("String should match pattern '^[a-z0-9_]+$'")},
            {QStringLiteral("input"), key},
            {QStringLiteral("ctx"), QJsonObject {{QStringLiteral("pattern"), QStringLiteral("^[a-z0-9_]+$")}}}}});
    if (request.method == "DELETE")
        return deleteField(entity, key);
    return addField(entity, key, request);
}

ApiReply StandinFields::addField(const QString &entity, const QString &key, const ApiRequest &request)
{
    using namespace Validation;
    QJsonObject body;
    ApiReply error;
    if (!parseBody(request, body, error))
        return error;
    const QJsonObject input = body;
    QJsonArray problems = check(body,
        {{"name", Kind::String, true, false, Bound::None, 128}, {"order", Kind::Integer, false, false},
            {"unit", Kind::String}, {"field_type", Kind::String, true, false}, {"default_value", Kind::String},
            {"multi_choice", Kind::Bool}},
        false);
    QJsonArray orderedProblems;
    for (const QJsonValue &problem : problems) {
        const QJsonObject entry = problem.toObject();
        const QString name = entry.value(QLatin1String("loc")).toArray().at(1).toString();
        if (name == QLatin1String("field_type")
            && entry.value(QLatin1String("type")).toString() == QLatin1String("string_type"))
            orderedProblems.append(enumError(
                entry.value(QLatin1String("loc")).toArray(), entry.value(QLatin1String("input")), fieldTypes));
        else
            orderedProblems.append(entry);
    }
    if (body.contains(QLatin1String("field_type"))
        && !fieldTypes.contains(body.value(QLatin1String("field_type")).toString()))
        orderedProblems.append(enumError(QJsonArray {QStringLiteral("body"), QStringLiteral("field_type")},
            body.value(QLatin1String("field_type")), fieldTypes));
    if (input.contains(QLatin1String("choices")) && !input.value(QLatin1String("choices")).isNull()) {
        bool ok = input.value(QLatin1String("choices")).isArray();
        for (const QJsonValue &choice : input.value(QLatin1String("choices")).toArray())
            ok = ok && choice.isString();
        if (!ok)
            orderedProblems.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("list_type")},
                {QStringLiteral("loc"), QJsonArray {QStringLiteral("body"), QStringLiteral("choices")}},
                {QStringLiteral("msg"), QStringLiteral("Input should be a valid list")},
                {QStringLiteral("input"), input.value(QLatin1String("choices"))}});
        else
            body.insert(QStringLiteral("choices"), input.value(QLatin1String("choices")));
    }
    if (!orderedProblems.isEmpty())
        return detailReply(orderedProblems);

    QJsonArray fields = m_store.fields(entity);
    qsizetype index = -1;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (fields.at(i).toObject().value(QLatin1String("key")).toString() == key)
            index = i;
    }
    if (index >= 0
        && fields.at(index).toObject().value(QLatin1String("field_type")) != body.value(QLatin1String("field_type")))
        return messageReply(400, QStringLiteral("Field type cannot be changed."));
    if (body.value(QLatin1String("field_type")).toString() == QLatin1String("choice")
        && body.value(QLatin1String("choices")).toArray().isEmpty())
        return messageReply(400, QStringLiteral("Choices must be set for field type choice."));

    QJsonObject field;
    field.insert(QStringLiteral("name"), body.value(QLatin1String("name")));
    field.insert(QStringLiteral("order"), body.value(QLatin1String("order")).toInteger(0));
    for (const char *optional : {"unit", "default_value", "choices", "multi_choice"}) {
        const QJsonValue value = body.value(QLatin1String(optional));
        if (!value.isUndefined() && !value.isNull())
            field.insert(QLatin1String(optional), value);
    }
    field.insert(QStringLiteral("field_type"), body.value(QLatin1String("field_type")));
    field.insert(QStringLiteral("key"), key);
    field.insert(QStringLiteral("entity_type"), entity);
    if (index >= 0)
        fields.replace(index, field);
    else
        fields.append(field);
    m_store.setFields(entity, fields);
    return jsonReply(200, fields);
}

ApiReply StandinFields::deleteField(const QString &entity, const QString &key)
{
    QJsonArray fields = m_store.fields(entity);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (fields.at(i).toObject().value(QLatin1String("key")).toString() != key)
            continue;
        fields.removeAt(i);
        m_store.setFields(entity, fields);
        // The values of the deleted field go with it.
        const StandinStore::Table table = entity == QLatin1String("spool") ? StandinStore::Spools
            : entity == QLatin1String("filament")                          ? StandinStore::Filaments
                                                                           : StandinStore::Vendors;
        const auto rows = m_store.rows(table);
        const bool bulk = m_store.beginBulk();
        for (auto it = rows.begin(); it != rows.end(); ++it) {
            QJsonObject extra = it.value().value(QLatin1String("extra")).toObject();
            if (!extra.contains(key))
                continue;
            extra.remove(key);
            QJsonObject row = it.value();
            row.insert(QStringLiteral("extra"), extra);
            m_store.update(table, it.key(), row);
        }
        if (bulk)
            m_store.commitBulk();
        return jsonReply(200, fields);
    }
    return messageReply(404, QStringLiteral("Extra field with key %1 not found.").arg(key));
}

} // namespace Spoolbridge::Standin
