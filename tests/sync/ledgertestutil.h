#pragma once

#include "core/sync/usagetypes.h"

namespace Spoolbridge::Test {

inline UsageCharge charge(const QString &job, int slot, const QString &tag, int spoolId, double grams)
{
    UsageCharge c;
    c.jobKey = job;
    c.printerId = QStringLiteral("01P00A000000001");
    c.slot = slot;
    c.spool.trayUuid = tag;
    c.spool.spoolmanId = spoolId;
    c.grams = grams;
    c.method = UsageMethod::ThreeMf;
    c.detail = QStringLiteral("plate 1");
    return c;
}

} // namespace Spoolbridge::Test
