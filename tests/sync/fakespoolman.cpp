#include "fakespoolman.h"

#include "core/sync/ledgermarker.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>

namespace Spoolbridge::Test {

FakeSpoolman::FakeSpoolman(const QString &statePath)
    : m_path(statePath)
{
    m_fields.insert(QStringLiteral("tag"));
    load();
}

int FakeSpoolman::addSpool(const QString &tag, double initialWeight)
{
    // sqlite hands out max(id) + 1: the id of a deleted last spool comes back.
    const int id = m_spools.isEmpty() ? 1 : m_spools.lastKey() + 1;
    QJsonObject extra;
    if (!tag.isEmpty())
        extra.insert(QStringLiteral("tag"), LedgerMarker::encodeText(tag));
    ++m_registeredCounter;
    m_spools.insert(id,
        QJsonObject {
            {QStringLiteral("id"), id},
            {QStringLiteral("registered"),
                QStringLiteral("2026-11-22T03:%1:00Z").arg(m_registeredCounter, 2, 10, QLatin1Char('0'))},
            {QStringLiteral("initial_weight"), initialWeight},
            {QStringLiteral("used_weight"), 0.0},
            {QStringLiteral("remaining_weight"), initialWeight},
            {QStringLiteral("archived"), false},
            {QStringLiteral("extra"), extra},
        });
    save();
    return id;
}

void FakeSpoolman::deleteSpool(int id)
{
    m_spools.remove(id);
    save();
}

double FakeSpoolman::used(int id) const
{
    return m_spools.value(id).value(QLatin1String("used_weight")).toDouble();
}

QString FakeSpoolman::extraText(int id, const QString &key) const
{
    return LedgerMarker::decodeText(m_spools.value(id).value(QLatin1String("extra")).toObject().value(key).toString());
}

void FakeSpoolman::applyUse(QJsonObject &spool, double grams)
{
    const double used = std::max(spool.value(QLatin1String("used_weight")).toDouble() + grams, 0.0);
    spool.insert(QStringLiteral("used_weight"), used);
    spool.insert(QStringLiteral("remaining_weight"),
        std::max(spool.value(QLatin1String("initial_weight")).toDouble() - used, 0.0));
    spool.insert(QStringLiteral("last_used"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
}

void FakeSpoolman::otherToolUses(int id, double grams)
{
    applyUse(m_spools[id], grams);
    save();
}

void FakeSpoolman::deleteField(const QString &key)
{
    m_fields.remove(key);
    for (QJsonObject &spool : m_spools) {
        QJsonObject extra = spool.value(QLatin1String("extra")).toObject();
        extra.remove(key);
        spool.insert(QStringLiteral("extra"), extra);
    }
    save();
}

void FakeSpoolman::reply(Callback done, SinkReply::Status status, const QString &message, const QJsonObject &spool)
{
    SinkReply answer;
    answer.status = status;
    answer.message = message;
    answer.spool = spool;
    // Like a network reply: later, from the event loop.
    QTimer::singleShot(0, [done = std::move(done), answer] { done(answer); });
}

bool FakeSpoolman::offline(const Callback &done)
{
    if (online)
        return false;
    reply(done, SinkReply::Status::Unreachable,
        QStringLiteral("Spoolman at http://127.0.0.1:7912 is not reachable (connection refused)."));
    return true;
}

void FakeSpoolman::ensureTextField(const QString &key, const QString &, Callback done)
{
    if (offline(done))
        return;
    m_fields.insert(key);
    save();
    reply(std::move(done), SinkReply::Status::Ok, QString());
}

void FakeSpoolman::getSpool(int spoolId, Callback done)
{
    if (offline(done))
        return;
    if (!m_spools.contains(spoolId)) {
        reply(std::move(done), SinkReply::Status::NotFound, QStringLiteral("No spool with ID %1 found.").arg(spoolId));
        return;
    }
    reply(std::move(done), SinkReply::Status::Ok, QString(), m_spools.value(spoolId));
}

void FakeSpoolman::findSpoolByTag(const QString &tag, Callback done)
{
    if (offline(done))
        return;
    for (const QJsonObject &spool : std::as_const(m_spools)) {
        if (LedgerMarker::decodeText(
                spool.value(QLatin1String("extra")).toObject().value(QLatin1String("tag")).toString())
            == tag) {
            reply(std::move(done), SinkReply::Status::Ok, QString(), spool);
            return;
        }
    }
    reply(std::move(done), SinkReply::Status::NotFound, QStringLiteral("No spool carries tag %1.").arg(tag));
}

void FakeSpoolman::writeExtra(int spoolId, const QString &key, const QString &encodedValue, Callback done)
{
    if (offline(done))
        return;
    if (!m_spools.contains(spoolId)) {
        reply(std::move(done), SinkReply::Status::NotFound, QStringLiteral("No spool with ID %1 found.").arg(spoolId));
        return;
    }
    if (!m_fields.contains(key)) {
        reply(std::move(done), SinkReply::Status::Rejected, QStringLiteral("Unknown extra field %1.").arg(key));
        return;
    }
    QJsonParseError error {};
    QJsonDocument::fromJson("[" + encodedValue.toUtf8() + "]", &error);
    if (error.error != QJsonParseError::NoError || encodedValue.isEmpty()) {
        reply(std::move(done), SinkReply::Status::Rejected,
            QStringLiteral("Invalid extra field for key %1: Value is not valid JSON.").arg(key));
        return;
    }
    QJsonObject &spool = m_spools[spoolId];
    QJsonObject extra = spool.value(QLatin1String("extra")).toObject();
    extra.insert(key, encodedValue);
    spool.insert(QStringLiteral("extra"), extra);
    save();
    reply(std::move(done), SinkReply::Status::Ok, QString(), spool);
}

void FakeSpoolman::useWeight(int spoolId, double grams, Callback done)
{
    if (offline(done))
        return;
    if (!m_spools.contains(spoolId)) {
        reply(std::move(done), SinkReply::Status::NotFound, QStringLiteral("No spool with ID %1 found.").arg(spoolId));
        return;
    }
    ++m_useCalls;
    applyUse(m_spools[spoolId], grams);
    save();
    if (dropNextUseReplies > 0) {
        --dropNextUseReplies;
        reply(std::move(done), SinkReply::Status::Unreachable, QStringLiteral("The reply from Spoolman timed out."));
        return;
    }
    reply(std::move(done), SinkReply::Status::Ok, QString(), m_spools.value(spoolId));
}

void FakeSpoolman::load()
{
    if (m_path.isEmpty())
        return;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
    for (const QJsonValue &value : state.value(QLatin1String("spools")).toArray()) {
        const QJsonObject spool = value.toObject();
        m_spools.insert(spool.value(QLatin1String("id")).toInt(), spool);
    }
    for (const QJsonValue &value : state.value(QLatin1String("fields")).toArray())
        m_fields.insert(value.toString());
    m_useCalls = state.value(QLatin1String("use_calls")).toInt();
    m_registeredCounter = state.value(QLatin1String("registered_counter")).toInt();
}

void FakeSpoolman::save() const
{
    if (m_path.isEmpty())
        return;
    QJsonArray spools;
    for (const QJsonObject &spool : m_spools)
        spools.append(spool);
    QJsonArray fields;
    for (const QString &field : m_fields)
        fields.append(field);
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(QJsonDocument(
        QJsonObject {{QStringLiteral("spools"), spools}, {QStringLiteral("fields"), fields},
            {QStringLiteral("use_calls"), m_useCalls}, {QStringLiteral("registered_counter"), m_registeredCounter}})
                   .toJson());
    file.commit();
}

} // namespace Spoolbridge::Test
