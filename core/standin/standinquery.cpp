#include "core/standin/standinquery.h"

#include "core/standin/standinvalidation.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <vector>

namespace Spoolbridge::Standin::Query {

TextFilter::TextFilter(const QString &parameter)
{
    // Terms are not trimmed; a term that starts and ends with a quote is exact (a lone quote
    // asks for an empty value), like the real server.
    const QStringList parts = parameter.split(u',');
    for (const QString &part : parts) {
        Term term;
        if (!part.isEmpty() && part.startsWith(u'"') && part.endsWith(u'"')) {
            term.text = part.mid(1, part.size() - 2);
            term.exact = true;
        } else {
            term.text = part;
        }
        m_terms.append(term);
    }
}

bool TextFilter::matches(const QString &value, bool present) const
{
    for (const Term &term : m_terms) {
        if (term.text.isEmpty() && !term.exact) {
            if (!present || value.isEmpty())
                return true;
            continue;
        }
        if (!present)
            continue;
        if (term.exact ? value == term.text : value.contains(term.text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

IdFilter::IdFilter(const QString &parameter)
{
    const QStringList parts = parameter.split(u',');
    for (const QString &part : parts) {
        bool ok = !part.isEmpty() && part.trimmed() == part && !part.startsWith(u'+');
        const qint64 id = part.toLongLong(ok ? &ok : nullptr);
        if (!ok)
            m_valid = false;
        m_ids.append(id);
    }
}

bool IdFilter::matches(qint64 id, bool present) const
{
    return present ? m_ids.contains(id) : m_ids.contains(-1);
}

QString extraText(const QString &raw)
{
    if (raw.size() >= 2 && raw.startsWith(u'"') && raw.endsWith(u'"') && !raw.contains(u'\\'))
        return raw.mid(1, raw.size() - 2);
    const QJsonArray decoded = QJsonDocument::fromJson("[" + raw.toUtf8() + "]").array();
    if (decoded.size() == 1 && decoded.at(0).isString())
        return decoded.at(0).toString();
    return raw;
}

QJsonValue valueAt(const QJsonObject &object, const QString &path)
{
    const QStringList parts = path.split(u'.');
    QJsonValue value = object;
    for (const QString &part : parts)
        value = value.toObject().value(part);
    return value;
}

namespace {
bool isNull(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined();
}

int compareValues(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() < b.toDouble() ? -1 : (a.toDouble() > b.toDouble() ? 1 : 0);
    if (a.isBool() && b.isBool())
        return int(a.toBool()) - int(b.toBool());
    const QString sa = a.isString() ? a.toString() : QString::fromUtf8(QJsonDocument(QJsonArray {a}).toJson());
    const QString sb = b.isString() ? b.toString() : QString::fromUtf8(QJsonDocument(QJsonArray {b}).toJson());
    return sa.compare(sb);
}
} // namespace

QString sortObjects(QList<QJsonObject> &objects, const QString &spec)
{
    struct Key {
        QString path;
        bool descending = false;
    };
    QList<Key> keys;
    const QStringList items = spec.split(u',');
    for (const QString &raw : items) {
        const QString item = raw.trimmed();
        if (item.isEmpty())
            continue;
        const qsizetype colon = item.indexOf(u':');
        if (colon < 0)
            return QStringLiteral("Invalid sort '%1', expected the form 'field:asc' or 'field:desc'.").arg(item);
        const QString field = item.left(colon);
        const QString direction = item.mid(colon + 1);
        if (field.isEmpty())
            return QStringLiteral("Invalid sort '%1', no field name was given.").arg(item);
        const QString normalised = direction.trimmed().toLower();
        if (normalised != QLatin1String("asc") && normalised != QLatin1String("desc"))
            return QStringLiteral("Invalid sort direction '%1' for field '%2', expected 'asc' or 'desc'.")
                .arg(direction, field);
        keys.append({field, normalised == QLatin1String("desc")});
    }
    if (keys.isEmpty())
        return {};
    // Look every key up once, then sort indices (stable: id order breaks ties).
    const qsizetype count = objects.size();
    std::vector<std::vector<QJsonValue>> values(static_cast<size_t>(count));
    for (qsizetype i = 0; i < count; ++i) {
        for (const Key &key : keys)
            values[size_t(i)].push_back(valueAt(objects.at(i), key.path));
    }
    std::vector<qsizetype> order(static_cast<size_t>(count));
    for (qsizetype i = 0; i < count; ++i)
        order[size_t(i)] = i;
    std::stable_sort(order.begin(), order.end(), [&](qsizetype left, qsizetype right) {
        const auto &a = values[size_t(left)];
        const auto &b = values[size_t(right)];
        for (size_t k = 0; k < static_cast<size_t>(keys.size()); ++k) {
            // Nulls go last in both directions.
            if (isNull(a[k]) != isNull(b[k]))
                return isNull(b[k]);
            if (isNull(a[k]))
                continue;
            const int compared = compareValues(a[k], b[k]);
            if (compared != 0)
                return keys.at(qsizetype(k)).descending ? compared > 0 : compared < 0;
        }
        return false;
    });
    QList<QJsonObject> sorted;
    sorted.reserve(count);
    for (const qsizetype index : order)
        sorted.append(objects.at(index));
    objects = sorted;
    return {};
}

ApiReply listReply(const QList<QJsonObject> &rows, const ApiRequest &request,
    const std::function<QJsonObject(const QJsonObject &)> &render)
{
    ApiReply error;
    qint64 limit = -1;
    qint64 offset = 0;
    if (!Validation::queryInt(request, QStringLiteral("limit"), limit, error)
        || !Validation::queryInt(request, QStringLiteral("offset"), offset, error))
        return error;
    const qint64 total = rows.size();
    qint64 first = 0;
    qint64 last = total;
    if (request.hasQuery(QStringLiteral("limit"))) {
        first = std::clamp<qint64>(offset, 0, total);
        last = limit < 0 ? total : std::min<qint64>(total, first + limit);
    }
    QJsonArray array;
    const QString sort = request.queryValue(QStringLiteral("sort"));
    if (sort.trimmed().isEmpty() || sort.split(u',').join(QString()).trimmed().isEmpty()) {
        // No sort: only the requested page is rendered.
        for (qint64 i = first; i < last; ++i)
            array.append(render(rows.at(i)));
    } else {
        QList<QJsonObject> rendered;
        rendered.reserve(rows.size());
        for (const QJsonObject &row : rows)
            rendered.append(render(row));
        const QString problem = sortObjects(rendered, sort);
        if (!problem.isEmpty())
            return messageReply(400, problem);
        for (qint64 i = first; i < last; ++i)
            array.append(rendered.at(i));
    }
    ApiReply reply = jsonReply(200, array);
    reply.headers.append({"x-total-count", QByteArray::number(total)});
    return reply;
}

} // namespace Spoolbridge::Standin::Query
