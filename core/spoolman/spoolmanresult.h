#pragma once

#include <QString>

namespace Spoolbridge {

// What became of one Spoolman request.
enum class SpoolmanStatus {
    Ok,
    NotFound, // 404, or /measure's 400 "Spool not found."
    Invalid, // 400/422: Spoolman refused the data
    Conflict, // 409
    Unauthorized, // 401/403 from a reverse proxy (Spoolman itself has no authentication)
    OriginRefused, // Spoolman's Origin guard (403 with its message)
    ServerError, // 5xx
    Timeout,
    NetworkError, // refused, unknown host, closed connection, …
    TlsError,
    BadResponse, // not JSON, an HTML page, or JSON of an unexpected shape
};

// A stable lower-case name for logs and JSON ("ok", "not_found", …).
QString statusName(SpoolmanStatus status);

// The value every SpoolmanClient call delivers: status, HTTP code (0 without an answer), one
// readable sentence when it failed, the parsed payload, and x-total-count for lists.
template<class T> struct SpoolmanResult {
    SpoolmanStatus status = SpoolmanStatus::Ok;
    int httpCode = 0;
    QString message;
    T payload {};
    qint64 totalCount = -1; // x-total-count of list requests; -1 when absent

    bool ok() const { return status == SpoolmanStatus::Ok; }

    // The same outcome with another payload type (for failures passed on).
    template<class U> SpoolmanResult<U> withoutPayload() const
    {
        SpoolmanResult<U> other;
        other.status = status;
        other.httpCode = httpCode;
        other.message = message;
        other.totalCount = totalCount;
        return other;
    }
};

} // namespace Spoolbridge
