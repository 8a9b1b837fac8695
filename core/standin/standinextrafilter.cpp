#include "core/standin/standinextrafilter.h"

#include "core/standin/standinquery.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Spoolbridge::Standin {

namespace {
QJsonValue decode(const QString &raw)
{
    const QJsonArray decoded = QJsonDocument::fromJson("[" + raw.toUtf8() + "]").array();
    return decoded.size() == 1 ? decoded.at(0) : QJsonValue(QJsonValue::Undefined);
}

bool isNumber(const QString &text, bool integer)
{
    bool ok = false;
    if (integer)
        text.trimmed().toLongLong(&ok);
    else
        text.trimmed().toDouble(&ok);
    return ok;
}

bool inRange(double value, const QString &low, const QString &high)
{
    return (low.isEmpty() || value >= low.toDouble()) && (high.isEmpty() || value <= high.toDouble());
}
} // namespace

ExtraFilters ExtraFilters::from(
    const ApiRequest &request, const QString &prefix, const QString &entity, const StandinFields &fields)
{
    ExtraFilters filters;
    const QString start = prefix + QStringLiteral("extra.");
    for (const auto &pair : request.query) {
        if (!pair.first.startsWith(start))
            continue;
        const QJsonObject field = fields.field(entity, pair.first.mid(start.size()));
        if (field.isEmpty())
            continue;
        Filter filter;
        filter.key = pair.first.mid(start.size());
        filter.type = field.value(QLatin1String("field_type")).toString();
        filter.multiChoice = field.value(QLatin1String("multi_choice")).toBool();
        const QString problem = filters.parseTerms(filter, pair.second);
        if (!problem.isEmpty() && filters.m_error.isEmpty())
            filters.m_error = problem;
        filters.m_filters.append(filter);
    }
    return filters;
}

QString ExtraFilters::parseTerms(Filter &filter, const QString &parameter)
{
    const QStringList parts = parameter.split(u',');
    for (const QString &part : parts) {
        Term term;
        if (part.isEmpty()) {
            term.empty = true;
            filter.terms.append(term);
            continue;
        }
        term.exact = part.startsWith(u'"') && part.endsWith(u'"');
        term.text = term.exact ? part.mid(1, part.size() - 2) : part;
        const QString &value = term.text;
        const QString &key = filter.key;
        const bool integer = filter.type == QLatin1String("integer");
        if (integer || filter.type == QLatin1String("float")) {
            const QString kind = integer ? QStringLiteral("integer") : QStringLiteral("float");
            if (value.contains(u':')) {
                term.range = true;
                term.low = value.section(u':', 0, 0);
                term.high = value.section(u':', 1);
                if ((term.low.isEmpty() && term.high.isEmpty()) || (!term.low.isEmpty() && !isNumber(term.low, integer))
                    || (!term.high.isEmpty() && !isNumber(term.high, integer)))
                    return QStringLiteral("Invalid %1 range filter value for '%2': %3").arg(kind, key, value);
            } else if (!isNumber(value, integer)) {
                return QStringLiteral("Invalid %1 filter value for '%2': %3").arg(kind, key, value);
            }
        } else if (filter.type == QLatin1String("boolean")) {
            const QString normalised = value.trimmed().toLower();
            if (normalised != QLatin1String("true") && normalised != QLatin1String("false"))
                return QStringLiteral("Invalid boolean filter value: '%1'").arg(value);
            term.text = normalised;
        } else if (filter.type == QLatin1String("integer_range") || filter.type == QLatin1String("float_range")) {
            const bool integers = filter.type == QLatin1String("integer_range");
            if (!value.contains(u':'))
                return QStringLiteral("Invalid range filter value for '%1': %2. Expected '<min>:<max>'.")
                    .arg(key, value);
            term.range = true;
            term.low = value.section(u':', 0, 0);
            term.high = value.section(u':', 1);
            if ((!term.low.isEmpty() && !isNumber(term.low, integers))
                || (!term.high.isEmpty() && !isNumber(term.high, integers)))
                return QStringLiteral("Invalid %1 range filter value for '%2': %3")
                    .arg(integers ? QStringLiteral("integer") : QStringLiteral("float"), key, value);
            if (term.low.isEmpty() && term.high.isEmpty())
                return QStringLiteral("Invalid range filter value for '%1': %2. Expected '<min>:<max>'.")
                    .arg(key, value);
        } else if (filter.type == QLatin1String("datetime") && value.contains(u'|')) {
            term.range = true;
            term.low = value.section(u'|', 0, 0);
            term.high = value.section(u'|', 1);
            if (term.low.isEmpty() && term.high.isEmpty())
                return QStringLiteral("Invalid datetime range filter for '%1': '%2'. Expected '<start>|<end>' with at "
                                      "least one end given.")
                    .arg(key, value);
        }
        filter.terms.append(term);
    }
    return {};
}

bool ExtraFilters::termMatches(const Filter &filter, const Term &term, const QString &raw, bool present)
{
    if (term.empty)
        return !present || raw == QLatin1String("null") || raw == QLatin1String("\"\"")
            || (filter.type == QLatin1String("boolean") && raw == QLatin1String("false"));
    if (!present)
        return false;
    const QString &type = filter.type;
    if (type == QLatin1String("integer") || type == QLatin1String("float")) {
        const double stored = decode(raw).toDouble();
        if (term.range)
            return inRange(stored, term.low, term.high);
        if (type == QLatin1String("integer"))
            return raw.trimmed() == QString::number(term.text.trimmed().toLongLong());
        return decode(raw).isDouble() && stored == term.text.trimmed().toDouble();
    }
    if (type == QLatin1String("boolean"))
        return raw == term.text;
    if (type == QLatin1String("integer_range") || type == QLatin1String("float_range")) {
        const QJsonArray stored = decode(raw).toArray();
        return (term.low.isEmpty() || stored.at(0).toDouble() >= term.low.toDouble())
            && (term.high.isEmpty() || stored.at(1).toDouble() <= term.high.toDouble());
    }
    const QString decoded = Query::extraText(raw);
    if (type == QLatin1String("choice")) {
        if (!filter.multiChoice)
            return decoded == term.text;
        const QByteArray token = QJsonDocument(QJsonArray {term.text}).toJson(QJsonDocument::Compact);
        return raw.contains(QString::fromUtf8(token.mid(1, token.size() - 2)));
    }
    if (type == QLatin1String("datetime") && term.range)
        return (term.low.isEmpty() || decoded >= term.low) && (term.high.isEmpty() || decoded <= term.high);
    if (term.exact || type == QLatin1String("datetime"))
        return decoded == term.text;
    return decoded.contains(term.text, Qt::CaseInsensitive);
}

bool ExtraFilters::matches(const QJsonObject &extra) const
{
    for (const Filter &filter : m_filters) {
        const QJsonValue raw = extra.value(filter.key);
        bool any = false;
        for (const Term &term : filter.terms) {
            if (termMatches(filter, term, raw.toString(), raw.isString())) {
                any = true;
                break;
            }
        }
        if (!any)
            return false;
    }
    return true;
}

} // namespace Spoolbridge::Standin
