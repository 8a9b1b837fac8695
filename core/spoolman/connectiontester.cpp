#include "core/spoolman/connectiontester.h"

#include "core/spoolman/spoolmanclient.h"

namespace Spoolbridge {

ConnectionTester::ConnectionTester(SpoolmanClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_required(requiredExtraFields())
{ }

QStringList ConnectionTester::entities() const
{
    QStringList list;
    for (const ExtraField &field : m_required) {
        if (!list.contains(field.entityType))
            list.append(field.entityType);
    }
    return list;
}

void ConnectionTester::start()
{
    if (m_running)
        return;
    m_running = true;
    m_result = ConnectionTestResult();
    m_result.url = m_client->config().displayUrl();
    m_timer.start();
    m_client->info(this, [this](const SpoolmanResult<ServerInfo> &info) {
        m_result.httpCode = info.httpCode;
        if (info.httpCode > 0)
            m_result.roundTripMs = m_timer.elapsed();
        m_result.status = info.status;
        m_result.reachable = info.httpCode > 0;
        if (!info.ok()) {
            m_result.error = info.message;
            m_result.verdict = info.message;
            finish();
            return;
        }
        const SpoolmanCapabilities capabilities = SpoolmanCapabilities::fromInfo(info.payload);
        m_result.version = info.payload.version;
        m_result.versionKnown = capabilities.version.has_value();
        m_result.tagFilter = capabilities.extraFilter;
        checkFields(0);
    });
}

void ConnectionTester::checkFields(int entityIndex)
{
    const QStringList list = entities();
    if (entityIndex >= list.size()) {
        finish();
        return;
    }
    const QString &entity = list.at(entityIndex);
    m_client->listExtraFields(
        entity, this, [this, entity, entityIndex](const SpoolmanResult<QList<ExtraField>> &fields) {
            if (!fields.ok()) {
                m_result.status = fields.status;
                m_result.httpCode = fields.httpCode;
                m_result.error = fields.message;
                finish();
                return;
            }
            for (const ExtraField &wanted : std::as_const(m_required)) {
                if (wanted.entityType != entity)
                    continue;
                const QString name = entity + u'.' + wanted.key;
                auto it = std::find_if(fields.payload.cbegin(), fields.payload.cend(),
                    [&wanted](const ExtraField &field) { return field.key == wanted.key; });
                if (it == fields.payload.cend())
                    m_result.fieldsMissing.append(name);
                else if (it->fieldType != wanted.fieldType)
                    m_result.fieldsConflicting.append(name);
                else
                    m_result.fieldsPresent.append(name);
            }
            checkFields(entityIndex + 1);
        });
}

void ConnectionTester::finish()
{
    m_running = false;
    ConnectionTestResult &r = m_result;
    if (!r.error.isEmpty()) {
        r.usable = false;
        r.verdict = r.error;
    } else if (!r.fieldsConflicting.isEmpty()) {
        r.usable = false;
        r.verdict
            = tr("Spoolman %1 is reachable, but the extra field %2 exists with another type — rename or delete it "
                 "in Spoolman's settings (Extra Fields), then test again.")
                  .arg(r.version, r.fieldsConflicting.join(QStringLiteral(", ")));
    } else {
        r.usable = true;
        QStringList parts;
        parts.append(tr("Spoolman %1 answered in %2 ms.").arg(r.version).arg(r.roundTripMs));
        if (r.tagFilter)
            parts.append(tr("Spools are looked up by tag on the server."));
        else if (r.versionKnown)
            parts.append(tr("This version is older than 0.25, so Spoolbridge finds spools by reading the whole list — "
                            "update Spoolman for faster lookups."));
        else
            parts.append(tr("Spoolbridge does not recognise this version, so it finds spools by reading the whole "
                            "list."));
        if (!r.fieldsMissing.isEmpty())
            parts.append(tr("The extra field %1 is missing; Spoolbridge registers it on the first sync.")
                             .arg(r.fieldsMissing.join(QStringLiteral(", "))));
        else
            parts.append(tr("The extra fields Spoolbridge needs are registered."));
        r.verdict = parts.join(u' ');
    }
    Q_EMIT finished(r);
}

} // namespace Spoolbridge
