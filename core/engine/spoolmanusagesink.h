#pragma once

#include "core/spoolman/spoolmanclient.h"
#include "core/sync/usagedeliverysink.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

namespace Spoolbridge {

// The usage ledger's view of Spoolman, on top of SpoolmanClient (see docs/ledger.md §4):
// ensureTextField → GET/POST /field/spool, getSpool → GET /spool/{id}, findSpoolByTag → the
// verified exact tag lookup, writeExtra → PATCH extra, useWeight → PUT /spool/{id}/use.
// Transport failures, timeouts, 5xx and proxy refusals are Unreachable (the ledger retries),
// 404 is NotFound, other 4xx are Rejected.
class SpoolmanUsageSink final : public QObject, public UsageDeliverySink
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpoolmanUsageSink)

public:
    explicit SpoolmanUsageSink(SpoolmanClient *client, QObject *parent = nullptr);

    void ensureTextField(const QString &key, const QString &name, Callback done) override;
    void getSpool(int spoolId, Callback done) override;
    void findSpoolByTag(const QString &tag, Callback done) override;
    void writeExtra(int spoolId, const QString &key, const QString &encodedValue, Callback done) override;
    void useWeight(int spoolId, double grams, Callback done) override;

    static SinkReply::Status statusFor(SpoolmanStatus status);

private:
    template<class T> static SinkReply failure(const SpoolmanResult<T> &result)
    {
        SinkReply reply;
        reply.status = statusFor(result.status);
        reply.message = result.message;
        return reply;
    }
    static void deliverSpool(const SpoolmanResult<Spool> &result, const Callback &done);

    QPointer<SpoolmanClient> m_client;
};

} // namespace Spoolbridge
