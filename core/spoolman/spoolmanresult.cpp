#include "core/spoolman/spoolmanresult.h"

namespace Spoolbridge {

QString statusName(SpoolmanStatus status)
{
    switch (status) {
    case SpoolmanStatus::Ok:
        return QStringLiteral("ok");
    case SpoolmanStatus::NotFound:
        return QStringLiteral("not_found");
    case SpoolmanStatus::Invalid:
        return QStringLiteral("invalid");
    case SpoolmanStatus::Conflict:
        return QStringLiteral("conflict");
    case SpoolmanStatus::Unauthorized:
        return QStringLiteral("unauthorized");
    case SpoolmanStatus::OriginRefused:
        return QStringLiteral("origin_refused");
    case SpoolmanStatus::ServerError:
        return QStringLiteral("server_error");
    case SpoolmanStatus::Timeout:
        return QStringLiteral("timeout");
    case SpoolmanStatus::NetworkError:
        return QStringLiteral("network_error");
    case SpoolmanStatus::TlsError:
        return QStringLiteral("tls_error");
    case SpoolmanStatus::BadResponse:
        return QStringLiteral("bad_response");
    }
    return QStringLiteral("unknown");
}

} // namespace Spoolbridge
