#pragma once

#include "core/spoolman/requestbuilder.h"

#include <QMap>
#include <QString>

#include <optional>

namespace Spoolbridge {

// Filters, sort and paging of GET /spool. Text filters are partial and case-insensitive on the
// server unless quoted (use exact()); a comma separates alternatives; an empty string matches
// spools without a value.
struct SpoolQuery {
    QMap<QString, QString> extra; // extra.<key>=<plain text> (v0.25+; ignored for unregistered keys)
    std::optional<QString> location;
    std::optional<QString> filamentId; // "1" or "1,2"
    std::optional<QString> filamentMaterial;
    std::optional<QString> filamentName;
    std::optional<QString> vendorId; // filament.vendor.id
    std::optional<QString> lotNr;
    bool allowArchived = false;
    QString sort; // "id:asc,location:desc"
    std::optional<int> limit;
    int offset = 0;

    // "uuid-3" → "\"uuid-3\"": an exact, case-sensitive match on the server.
    static QString exact(const QString &term);

    QueryItems toQueryItems() const;
};

} // namespace Spoolbridge
