#include "core/engine/spoolmanusagesink.h"

#include "core/spoolman/extrafield.h"

namespace Spoolbridge {

SpoolmanUsageSink::SpoolmanUsageSink(SpoolmanClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

SinkReply::Status SpoolmanUsageSink::statusFor(SpoolmanStatus status)
{
    switch (status) {
    case SpoolmanStatus::Ok:
        return SinkReply::Status::Ok;
    case SpoolmanStatus::NotFound:
        return SinkReply::Status::NotFound;
    case SpoolmanStatus::Invalid:
    case SpoolmanStatus::Conflict:
        return SinkReply::Status::Rejected;
    case SpoolmanStatus::Unauthorized:
    case SpoolmanStatus::OriginRefused:
    case SpoolmanStatus::ServerError:
    case SpoolmanStatus::Timeout:
    case SpoolmanStatus::NetworkError:
    case SpoolmanStatus::TlsError:
    case SpoolmanStatus::BadResponse:
        break;
    }
    return SinkReply::Status::Unreachable;
}

void SpoolmanUsageSink::deliverSpool(const SpoolmanResult<Spool> &result, const Callback &done)
{
    if (!result.ok()) {
        done(failure(result));
        return;
    }
    SinkReply reply;
    reply.status = SinkReply::Status::Ok;
    reply.spool = result.payload.toJson();
    done(reply);
}

void SpoolmanUsageSink::ensureTextField(const QString &key, const QString &name, Callback done)
{
    if (!m_client) {
        done({SinkReply::Status::Unreachable, tr("Spoolman is not configured."), {}});
        return;
    }
    ExtraField field;
    field.key = key;
    field.entityType = QStringLiteral("spool");
    field.name = name;
    field.fieldType = QStringLiteral("text");
    m_client->ensureExtraFields({field}, this, [done](const SpoolmanResult<QList<ExtraField>> &result) {
        if (!result.ok()) {
            done(failure(result));
            return;
        }
        done({SinkReply::Status::Ok, QString(), {}});
    });
}

void SpoolmanUsageSink::getSpool(int spoolId, Callback done)
{
    if (!m_client) {
        done({SinkReply::Status::Unreachable, tr("Spoolman is not configured."), {}});
        return;
    }
    m_client->getSpool(spoolId, this, [done](const SpoolmanResult<Spool> &result) { deliverSpool(result, done); });
}

void SpoolmanUsageSink::findSpoolByTag(const QString &tag, Callback done)
{
    if (!m_client) {
        done({SinkReply::Status::Unreachable, tr("Spoolman is not configured."), {}});
        return;
    }
    // findSpoolsByTag verifies every hit (ids are reused, unregistered filters are ignored).
    m_client->findSpoolsByTag(tag, this, [tag, done](const SpoolmanResult<QList<Spool>> &result) {
        if (!result.ok()) {
            done(failure(result));
            return;
        }
        const Spool *best = nullptr;
        for (const Spool &spool : result.payload) {
            if (!best || (best->archived && !spool.archived)
                || (best->archived == spool.archived && spool.id < best->id))
                best = &spool;
        }
        if (!best) {
            done({SinkReply::Status::NotFound, tr("No Spoolman spool carries the tag %1.").arg(tag), {}});
            return;
        }
        done({SinkReply::Status::Ok, QString(), best->toJson()});
    });
}

void SpoolmanUsageSink::writeExtra(int spoolId, const QString &key, const QString &encodedValue, Callback done)
{
    if (!m_client) {
        done({SinkReply::Status::Unreachable, tr("Spoolman is not configured."), {}});
        return;
    }
    const QJsonObject changes {{QStringLiteral("extra"), QJsonObject {{key, encodedValue}}}};
    m_client->patchSpool(
        spoolId, changes, this, [done](const SpoolmanResult<Spool> &result) { deliverSpool(result, done); });
}

void SpoolmanUsageSink::useWeight(int spoolId, double grams, Callback done)
{
    if (!m_client) {
        done({SinkReply::Status::Unreachable, tr("Spoolman is not configured."), {}});
        return;
    }
    m_client->useWeight(
        spoolId, grams, this, [done](const SpoolmanResult<Spool> &result) { deliverSpool(result, done); });
}

} // namespace Spoolbridge
