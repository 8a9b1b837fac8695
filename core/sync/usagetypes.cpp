#include "core/sync/usagetypes.h"

namespace Spoolbridge {

QString usageMethodName(UsageMethod method)
{
    switch (method) {
    case UsageMethod::ThreeMf:
        return QStringLiteral("3mf");
    case UsageMethod::ThreeMfProgress:
        return QStringLiteral("3mf_progress");
    case UsageMethod::RemainDelta:
        return QStringLiteral("remain_delta");
    case UsageMethod::Undo:
        return QStringLiteral("undo");
    case UsageMethod::Manual:
        return QStringLiteral("manual");
    }
    return QStringLiteral("manual");
}

std::optional<UsageMethod> usageMethodFromName(const QString &name)
{
    for (UsageMethod method : {UsageMethod::ThreeMf, UsageMethod::ThreeMfProgress, UsageMethod::RemainDelta,
             UsageMethod::Undo, UsageMethod::Manual}) {
        if (usageMethodName(method) == name)
            return method;
    }
    return std::nullopt;
}

} // namespace Spoolbridge
