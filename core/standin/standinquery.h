#pragma once

#include "core/standin/standintypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace Spoolbridge::Standin::Query {

// A text search parameter as Spoolman reads it: comma-separated terms, each a partial
// case-insensitive match, or an exact (case-sensitive) match when surrounded by double quotes;
// an empty term matches a missing/empty value.
class TextFilter
{
public:
    explicit TextFilter(const QString &parameter);
    bool matches(const QString &value, bool present) const;

private:
    struct Term {
        QString text;
        bool exact = false;
    };
    QList<Term> m_terms;
};

// A comma-separated id list ("1,2"); -1 matches "no id".
class IdFilter
{
public:
    explicit IdFilter(const QString &parameter);
    bool isValid() const { return m_valid; }
    bool matches(qint64 id, bool present) const;

private:
    QList<qint64> m_ids;
    bool m_valid = true;
};

// The text an extra value is compared with: the decoded JSON string, or the raw JSON text for
// other JSON types.
QString extraText(const QString &raw);

// Looks a dotted path ("filament.vendor.name") up in a rendered object.
QJsonValue valueAt(const QJsonObject &object, const QString &path);

// Sorts by "field:dir,field:dir" (nulls last in both directions, like the real server); stable,
// so id order breaks ties. Returns the real server's 400 sentence for a malformed spec, else "".
QString sortObjects(QList<QJsonObject> &objects, const QString &spec);

// Answers a list: `rows` (already filtered, in id order) are rendered with `render`, sorted by
// `sort`, paged with `limit`/`offset` (422 when not integers), with the total in x-total-count.
// Without a sort only the requested page is rendered.
ApiReply listReply(const QList<QJsonObject> &rows, const ApiRequest &request,
    const std::function<QJsonObject(const QJsonObject &)> &render);

} // namespace Spoolbridge::Standin::Query
