// SpoolmanClient: finding spools by tag, and registering the extra fields Spoolbridge needs.
#include "core/spoolman/spoolmanclient.h"
#include "core/util/logging.h"

#include <QHash>
#include <QSet>
#include <QTimer>

#include <memory>

namespace Spoolbridge {

namespace {

constexpr int scanPageSize = 500;

bool carriesTag(const Spool &spool, const QString &key, const QString &tag)
{
    const std::optional<QString> value = spool.tag(key);
    return value && value->trimmed().compare(tag.trimmed(), Qt::CaseInsensitive) == 0;
}

SpoolmanResult<QList<Spool>> keepTagged(
    SpoolmanResult<QList<Spool>> result, const QString &key, const QString &tag, bool warnOnStrays)
{
    QList<Spool> kept;
    for (const Spool &spool : std::as_const(result.payload)) {
        if (carriesTag(spool, key, tag))
            kept.append(spool);
    }
    if (warnOnStrays && kept.size() != result.payload.size()) {
        qCWarning(lcSpoolman) << "Spoolman ignored the extra." << key << "filter:" << result.payload.size()
                              << "spools returned," << kept.size() << "carry the tag";
    }
    result.payload = kept;
    result.totalCount = kept.size();
    return result;
}

} // namespace

void SpoolmanClient::findSpoolsByTag(
    const QString &tag, QObject *context, Callback<QList<Spool>> done, const QString &key)
{
    QPointer<SpoolmanClient> self(this);
    capabilities(
        context, [self, tag, key, context, done = std::move(done)](const SpoolmanResult<SpoolmanCapabilities> &caps) {
            if (!self)
                return;
            if (!caps.ok()) {
                done(caps.withoutPayload<QList<Spool>>());
                return;
            }
            if (caps.payload.extraFilter)
                self->filterForTag(tag, key, context, done);
            else
                self->scanForTag(tag, key, context, done);
        });
}

void SpoolmanClient::filterForTag(const QString &tag, const QString &key, QObject *context, Callback<QList<Spool>> done)
{
    const std::optional<QStringList> keys = knownFieldKeys(QStringLiteral("spool"));
    if (!keys) {
        // A filter on an unregistered key is silently ignored: learn the registered keys first.
        QPointer<SpoolmanClient> self(this);
        listExtraFields(QStringLiteral("spool"), context,
            [self, tag, key, context, done = std::move(done)](const SpoolmanResult<QList<ExtraField>> &fields) {
                if (!self)
                    return;
                if (!fields.ok()) {
                    done(fields.withoutPayload<QList<Spool>>());
                    return;
                }
                self->filterForTag(tag, key, context, done);
            });
        return;
    }
    if (!keys->contains(key)) {
        // No spool can carry a value for a field that is not registered.
        SpoolmanResult<QList<Spool>> none;
        none.httpCode = 200;
        none.totalCount = 0;
        QTimer::singleShot(0, context ? context : this, [done = std::move(done), none]() { done(none); });
        return;
    }
    // The partial form (case-insensitive on the server) also finds a tag another tool wrote in
    // another case, which the exact, case-sensitive form misses; every hit is verified below. A
    // comma or quote would change the filter's meaning: such a tag is asked for exactly.
    const QString term = tag.trimmed();
    const bool plain = !term.contains(u',') && !term.contains(u'"') && !term.isEmpty();
    SpoolQuery query;
    query.extra.insert(key, plain ? term : SpoolQuery::exact(term));
    query.allowArchived = true;
    listSpools(query, context, [key, tag, done = std::move(done)](const SpoolmanResult<QList<Spool>> &result) {
        done(result.ok() ? keepTagged(result, key, tag, true) : result);
    });
}

void SpoolmanClient::scanForTag(const QString &tag, const QString &key, QObject *context, Callback<QList<Spool>> done)
{
    SpoolQuery query;
    query.allowArchived = true;
    query.sort = QStringLiteral("id:asc");
    listAllSpools(
        query, scanPageSize, context, [key, tag, done = std::move(done)](const SpoolmanResult<QList<Spool>> &result) {
            done(result.ok() ? keepTagged(result, key, tag, false) : result);
        });
}

// --- ensureExtraFields

namespace {
struct EnsureState {
    QList<ExtraField> pending;
    QList<ExtraField> added;
    QHash<QString, QList<ExtraField>> existing; // per entity, as last read
    QSet<QString> retried; // entity/key pairs re-read once after a refused add
    QPointer<QObject> context;
    bool hasContext = false;
    SpoolmanClient::Callback<QList<ExtraField>> done;
};

const ExtraField *findField(const QList<ExtraField> &fields, const QString &key)
{
    for (const ExtraField &field : fields) {
        if (field.key == key)
            return &field;
    }
    return nullptr;
}
} // namespace

void SpoolmanClient::ensureExtraFields(
    const QList<ExtraField> &fields, QObject *context, Callback<QList<ExtraField>> done)
{
    auto state = std::make_shared<EnsureState>();
    state->pending = fields.isEmpty() ? requiredExtraFields() : fields;
    state->context = context;
    state->hasContext = context != nullptr;
    state->done = std::move(done);
    QPointer<SpoolmanClient> self(this);

    // One step: make sure the entity's list is known, then check or add the first pending field.
    auto step = std::make_shared<std::function<void()>>();
    *step = [self, state, step]() {
        if (!self || (state->hasContext && !state->context)) {
            *step = nullptr;
            return;
        }
        QObject *ctx = state->context.data();
        if (state->pending.isEmpty()) {
            SpoolmanResult<QList<ExtraField>> result;
            result.httpCode = 200;
            result.payload = state->added;
            state->done(result);
            *step = nullptr; // break the self-reference
            return;
        }
        const ExtraField wanted = state->pending.first();
        const QString entity = wanted.entityType;
        if (!state->existing.contains(entity)) {
            self->listExtraFields(entity, ctx, [state, step, entity](const SpoolmanResult<QList<ExtraField>> &list) {
                if (!list.ok()) {
                    state->done(list.withoutPayload<QList<ExtraField>>());
                    *step = nullptr;
                    return;
                }
                state->existing.insert(entity, list.payload);
                (*step)();
            });
            return;
        }
        if (const ExtraField *present = findField(state->existing.value(entity), wanted.key)) {
            if (present->fieldType != wanted.fieldType) {
                SpoolmanResult<QList<ExtraField>> conflict;
                conflict.status = SpoolmanStatus::Conflict;
                conflict.message = SpoolmanClient::tr("Spoolman already has a %1 field \"%2\" of type %3, but "
                                                      "Spoolbridge needs type %4 — rename or delete that field in "
                                                      "Spoolman's settings (Extra Fields).")
                                       .arg(entity, wanted.key, present->fieldType, wanted.fieldType);
                state->done(conflict);
                *step = nullptr;
                return;
            }
            state->pending.removeFirst();
            (*step)();
            return;
        }
        self->addExtraField(wanted, ctx, [state, step, wanted, entity](const SpoolmanResult<QList<ExtraField>> &added) {
            if (added.ok()) {
                qCInfo(lcSpoolman) << "Registered the Spoolman" << entity << "field" << wanted.key;
                state->added.append(wanted);
                state->existing.insert(entity, added.payload);
                state->pending.removeFirst();
            } else if (added.status == SpoolmanStatus::Invalid || added.status == SpoolmanStatus::Conflict) {
                // Another client may have registered it meanwhile: re-read and decide again.
                const QString id = entity + u'/' + wanted.key;
                if (state->retried.contains(id)) {
                    state->done(added);
                    *step = nullptr;
                    return;
                }
                state->retried.insert(id);
                state->existing.remove(entity);
            } else {
                state->done(added);
                *step = nullptr;
                return;
            }
            (*step)();
        });
    };
    (*step)();
}

} // namespace Spoolbridge
