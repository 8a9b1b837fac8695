#include "core/engine/syncresult.h"

#include <QJsonArray>

namespace Spoolbridge {

namespace {

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QJsonObject SyncResult::toJson() const
{
    QJsonArray createdArray;
    for (const SyncCreatedSpool &spool : created) {
        createdArray.append(QJsonObject {{QStringLiteral("spool_id"), spool.spoolId},
            {QStringLiteral("location"), spool.location}, {QStringLiteral("tag"), spool.tag},
            {QStringLiteral("filament"), spool.filament}, {QStringLiteral("attached"), spool.attached}});
    }
    QJsonArray candidateArray;
    for (const SyncCandidates &slot : candidates) {
        QJsonArray spools;
        for (const SyncCandidateSpool &spool : slot.spools) {
            spools.append(QJsonObject {{QStringLiteral("spool_id"), spool.spoolId},
                {QStringLiteral("name"), spool.name}, {QStringLiteral("remaining_weight"), spool.remainingWeight},
                {QStringLiteral("unused"), spool.unused}});
        }
        candidateArray.append(
            QJsonObject {{QStringLiteral("location"), slot.location}, {QStringLiteral("color"), slot.color},
                {QStringLiteral("tag"), slot.tag}, {QStringLiteral("spools"), spools}});
    }
    QJsonArray skippedArray;
    for (const SyncSkipped &slot : skipped) {
        skippedArray.append(QJsonObject {{QStringLiteral("location"), slot.location},
            {QStringLiteral("color"), slot.color}, {QStringLiteral("reason"), slot.reason}});
    }
    return QJsonObject {
        {QStringLiteral("printer"), printer},
        {QStringLiteral("serial"), serial},
        {QStringLiteral("synced"), synced},
        {QStringLiteral("created"), createdArray},
        {QStringLiteral("candidates"), candidateArray},
        {QStringLiteral("skipped"), skippedArray},
        {QStringLiteral("errors"), QJsonArray::fromStringList(errors)},
        {QStringLiteral("started_at"), isoTime(startedAt)},
        {QStringLiteral("finished_at"), isoTime(finishedAt)},
    };
}

} // namespace Spoolbridge
