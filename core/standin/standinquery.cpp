#include "core/standin/standinquery.h"

#include "core/standin/standinvalidation.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

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
    std::stable_sort(objects.begin(), objects.end(), [&keys](const QJsonObject &a, const QJsonObject &b) {
        for (const Key &key : keys) {
            const QJsonValue va = valueAt(a, key.path);
            const QJsonValue vb = valueAt(b, key.path);
            // Nulls go last in both directions.
            if (isNull(va) != isNull(vb))
                return isNull(vb);
            if (isNull(va))
                continue;
            const int order = compareValues(va, vb);
            if (order != 0)
                return key.descending ? order > 0 : order < 0;
        }
        return false;
    });
    return {};
}

ApiReply pageReply(QList<QJsonObject> objects, const ApiRequest &request)
{
    ApiReply error;
    qint64 limit = -1;
    qint64 offset = 0;
    if (!Validation::queryInt(request, QStringLiteral("limit"), limit, error)
        || !Validation::queryInt(request, QStringLiteral("offset"), offset, error))
        return error;
    const qint64 total = objects.size();
    QJsonArray array;
    qint64 first = 0;
    qint64 last = total;
    if (request.hasQuery(QStringLiteral("limit"))) {
        first = std::clamp<qint64>(offset, 0, total);
        last = limit < 0 ? total : std::min<qint64>(total, first + limit);
    }
    for (qint64 i = first; i < last; ++i)
        array.append(objects.at(i));
    ApiReply reply = jsonReply(200, array);
    reply.headers.append({"x-total-count", QByteArray::number(total)});
    return reply;
}

} // namespace Spoolbridge::Standin::Query
