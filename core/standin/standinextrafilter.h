#pragma once

#include "core/standin/standinfields.h"
#include "core/standin/standintypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Spoolbridge::Standin {

// The `extra.<key>` filters of a list request (with a prefix such as `filament.extra.` for the
// spool's filament), typed like the real server: text is matched on the decoded value (partial,
// case-insensitive; exact and case-sensitive when quoted), integers/floats exactly or as
// `min:max`, booleans as true/false, ranges as `min:max`, datetimes exactly or as `start|end`.
// Comma-separated terms are alternatives; an empty term matches rows without a value. Filters on
// unregistered keys are ignored (the real server's behaviour, a known pitfall).
class ExtraFilters
{
public:
    ExtraFilters() = default;
    static ExtraFilters from(
        const ApiRequest &request, const QString &prefix, const QString &entity, const StandinFields &fields);

    // The real server's 400 sentence for a value that does not fit the field type, or "".
    QString error() const { return m_error; }
    bool isEmpty() const { return m_filters.isEmpty(); }
    bool matches(const QJsonObject &extra) const;

private:
    struct Term {
        QString text;
        bool empty = false;
        bool exact = false;
        bool range = false;
        QString low;
        QString high;
    };
    struct Filter {
        QString key;
        QString type;
        bool multiChoice = false;
        QList<Term> terms;
    };

    static bool termMatches(const Filter &filter, const Term &term, const QString &raw, bool present);
    QString parseTerms(Filter &filter, const QString &parameter);

    QList<Filter> m_filters;
    QString m_error;
};

} // namespace Spoolbridge::Standin
