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

bool isNumber(const QJsonValue &value)
{
    return value.isDouble();
}

QString rangeProblem(const QJsonValue &value, bool integers)
{
    if (!value.isArray())
        return QStringLiteral("Value is not a list.");
    const QJsonArray items = value.toArray();
    if (items.size() != 2)
        return QStringLiteral("Value list must have exactly two values.");
    for (const auto &item : items) {
        if (!item.isNull() && !(integers ? isInteger(item) : isNumber(item)))
            return integers ? QStringLiteral("Value list must contain only integers or null.")
                            : QStringLiteral("Value list must contain only floats or null.");
    }
    return {};
}

// The reason a decoded value does not fit the field type (the real server's sentences), or "".
QString typeProblem(const QJsonObject &field, const QJsonValue &value)
{
    const QString type = field.value(QLatin1String("field_type")).toString();
    if (type == QLatin1String("text") || type == QLatin1String("datetime"))
        return value.isString() ? QString() : QStringLiteral("Value is not a string.");
    if (type == QLatin1String("integer"))
        return isInteger(value) ? QString() : QStringLiteral("Value is not an integer.");
    if (type == QLatin1String("float"))
        return isNumber(value) ? QString() : QStringLiteral("Value is not a float.");
    if (type == QLatin1String("integer_range") || type == QLatin1String("float_range"))
        return rangeProblem(value, type == QLatin1String("integer_range"));
    if (type == QLatin1String("boolean"))
        return value.isBool() ? QString() : QStringLiteral("Value is not a boolean.");
    if (type == QLatin1String("choice")) {
        const QJsonValue choices = field.value(QLatin1String("choices"));
        if (field.value(QLatin1String("multi_choice")).toBool()) {
            if (!value.isArray())
                return QStringLiteral("Value is not a list.");
            for (const auto &item : value.toArray()) {
                if (!item.isString())
                    return QStringLiteral("Value list must contain only strings.");
            }
            for (const auto &item : value.toArray()) {
                if (choices.isArray() && !choices.toArray().contains(item))
                    return QStringLiteral("Value list contains invalid choices.");
            }
            return {};
        }
        if (!value.isString())
            return QStringLiteral("Value is not a string.");
        if (choices.isArray() && !choices.toArray().contains(value))
            return QStringLiteral("Value is not a valid choice.");
        return {};
    }
    return {};
}

// Decodes a JSON-encoded extra value and checks it against the field; "" when valid.
QString valueProblem(const QJsonObject &field, const QString &encoded)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson("[" + encoded.toUtf8() + "]", &parseError);
    if (parseError.error != QJsonParseError::NoError || doc.array().size() != 1)
        return QStringLiteral("Value is not valid JSON.");
    return typeProblem(field, doc.array().at(0));
}

// The real server's rules for a field definition; "" when it is acceptable.
QString definitionProblem(const QJsonObject &field)
{
    const bool choice = field.value(QLatin1String("field_type")).toString() == QLatin1String("choice");
    const bool hasChoices = field.contains(QLatin1String("choices"));
    const bool hasMulti = field.contains(QLatin1String("multi_choice"));
    if (choice && !hasChoices)
        return QStringLiteral("Choices must be set for field type choice.");
    if (choice && !hasMulti)
        return QStringLiteral("Multi choice must be set for field type choice.");
    if (!choice && hasChoices)
        return QStringLiteral("Choices must not be set for field type other than choice.");
    if (!choice && hasMulti)
        return QStringLiteral("Multi choice must not be set for field type other than choice.");
    return {};
}
} // namespace

StandinFields::StandinFields(StandinStore &store)
    : m_store(store)
{ }

QJsonObject StandinFields::field(const QString &entity, const QString &key) const
{
    for (const auto &candidate : m_store.fields(entity)) {
        if (candidate.toObject().value(QLatin1String("key")).toString() == key)
            return candidate.toObject();
    }
    return {};
}

bool StandinFields::isRegistered(const QString &entity, const QString &key) const
{
    for (const auto &field : m_store.fields(entity)) {
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
        for (const auto &candidate : fields) {
            if (candidate.toObject().value(QLatin1String("key")).toString() == it.key())
                field = candidate.toObject();
        }
        if (field.isEmpty()) {
            error = messageReply(400, QStringLiteral("Unknown extra field %1.").arg(it.key()));
            return false;
        }
        if (it.value().toString().size() > 65535) {
            error = messageReply(400,
                QStringLiteral("Invalid extra field for key %1: Value is too big, max size is 65535 characters.")
                    .arg(it.key()));
            return false;
        }
        const QString problem = valueProblem(field, it.value().toString());
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
            {"unit", Kind::String, false, true, Bound::None, 16}, {"field_type", Kind::String, true, false},
            {"default_value", Kind::String}, {"multi_choice", Kind::Bool}},
        false);
    QJsonArray orderedProblems;
    for (const auto &problem : problems) {
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
        for (const auto &choice : input.value(QLatin1String("choices")).toArray())
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
    QString problem = definitionProblem(field);
    if (problem.isEmpty() && field.contains(QLatin1String("default_value"))) {
        const QString reason = valueProblem(field, field.value(QLatin1String("default_value")).toString());
        if (!reason.isEmpty())
            problem = QStringLiteral("Default value is not valid: ") + reason;
    }
    if (problem.isEmpty() && index >= 0) {
        const QJsonObject existing = fields.at(index).toObject();
        if (existing.value(QLatin1String("field_type")) != field.value(QLatin1String("field_type")))
            problem = QStringLiteral("Field type cannot be changed.");
        else if (field.value(QLatin1String("field_type")).toString() == QLatin1String("choice")) {
            if (existing.value(QLatin1String("multi_choice")) != field.value(QLatin1String("multi_choice")))
                problem = QStringLiteral("Multi choice cannot be changed.");
            for (const auto &choice : existing.value(QLatin1String("choices")).toArray()) {
                if (problem.isEmpty() && !field.value(QLatin1String("choices")).toArray().contains(choice))
                    problem = QStringLiteral("Cannot remove existing choices.");
            }
        }
    }
    if (!problem.isEmpty())
        return messageReply(400, problem);
    // An updated field moves to the end of the list, like the real server's registry.
    if (index >= 0)
        fields.removeAt(index);
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
    return messageReply(
        404, QStringLiteral("Extra field with key %1 does not exist for entity type %2").arg(key, entity));
}

} // namespace Spoolbridge::Standin
