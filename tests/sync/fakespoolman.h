#pragma once

#include "core/sync/usagedeliverysink.h"

#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>

#include <functional>

namespace Spoolbridge::Test {

// A stand-in for Spoolman behind the ledger's sink interface, with Spoolman's semantics: `/use`
// is a relative increment, used_weight never drops below 0 and remaining_weight is clamped at 0,
// extra values are JSON-encoded strings of registered fields (else 400), ids of deleted spools
// are reused. With a state file every change is saved atomically before the reply, so the state
// outlives a killed process like a real server's would.
class FakeSpoolman final : public UsageDeliverySink
{
public:
    explicit FakeSpoolman(const QString &statePath = QString());

    int addSpool(const QString &tag, double initialWeight = 1000.0);
    void deleteSpool(int id);
    QJsonObject spool(int id) const { return m_spools.value(id); }
    double used(int id) const;
    QString extraText(int id, const QString &key) const; // decoded text value
    void otherToolUses(int id, double grams); // another client's /use, no reply to us
    void deleteField(const QString &key); // DELETE /field/spool/<key>: the values go too
    int useCalls() const { return m_useCalls; }

    bool online = true;
    int dropNextUseReplies = 0; // apply the use, then answer "unreachable" (lost reply)

    // UsageDeliverySink
    void ensureTextField(const QString &key, const QString &name, Callback done) override;
    void getSpool(int spoolId, Callback done) override;
    void findSpoolByTag(const QString &tag, Callback done) override;
    void writeExtra(int spoolId, const QString &key, const QString &encodedValue, Callback done) override;
    void useWeight(int spoolId, double grams, Callback done) override;

private:
    void reply(Callback done, SinkReply::Status status, const QString &message, const QJsonObject &spool = {});
    bool offline(const Callback &done);
    void applyUse(QJsonObject &spool, double grams);
    void load();
    void save() const;

    QString m_path;
    QMap<int, QJsonObject> m_spools;
    QSet<QString> m_fields;
    int m_useCalls = 0;
    int m_registeredCounter = 0;
};

} // namespace Spoolbridge::Test
