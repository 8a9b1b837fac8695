#pragma once

#include "core/spoolman/externalfilament.h"
#include "core/spoolman/extrafield.h"
#include "core/spoolman/filament.h"
#include "core/spoolman/requestbuilder.h"
#include "core/spoolman/serverinfo.h"
#include "core/spoolman/setting.h"
#include "core/spoolman/spool.h"
#include "core/spoolman/spoolmanerrors.h"
#include "core/spoolman/spoolmanresult.h"
#include "core/spoolman/spoolquery.h"
#include "core/spoolman/vendor.h"

#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace Spoolbridge {

// The Spoolman REST client. Every request goes through one injected QNetworkAccessManager and
// one RequestBuilder. Each call takes a context object and a callback: the callback runs once,
// on the context's thread, unless the context is destroyed first (then the request is aborted).
class SpoolmanClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpoolmanClient)

public:
    template<class T> using Callback = std::function<void(const SpoolmanResult<T> &)>;
    enum class Method { Get, Post, Put, Patch, Delete };

    explicit SpoolmanClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    // A new configuration is a new connection: capabilities and field knowledge are re-read.
    void setConfig(const SpoolmanConfig &config);
    const SpoolmanConfig &config() const { return m_builder.config(); }
    const RequestBuilder &requestBuilder() const { return m_builder; }
    QNetworkAccessManager *network() const { return m_network; }

    // Any request; `body` undefined means none. The payload is the parsed JSON body.
    void send(Method method, const QString &path, const QueryItems &query, const QJsonValue &body, QObject *context,
        Callback<QJsonValue> done);

    // --- server
    void info(QObject *context, Callback<ServerInfo> done);
    void health(QObject *context, Callback<QString> done); // payload: "healthy"
    // /info, read once per connection (concurrent callers share one request).
    void capabilities(QObject *context, Callback<SpoolmanCapabilities> done);
    std::optional<SpoolmanCapabilities> cachedCapabilities() const { return m_capabilities; }

    // --- vendors
    void listVendors(const QueryItems &filters, QObject *context, Callback<QList<Vendor>> done);
    void getVendor(int id, QObject *context, Callback<Vendor> done);
    void createVendor(const Vendor &vendor, QObject *context, Callback<Vendor> done);
    void patchVendor(int id, const QJsonObject &changes, QObject *context, Callback<Vendor> done);
    void deleteVendor(int id, QObject *context, Callback<QJsonValue> done);

    // --- filaments
    void listFilaments(const QueryItems &filters, QObject *context, Callback<QList<Filament>> done);
    void getFilament(int id, QObject *context, Callback<Filament> done);
    void createFilament(const Filament &filament, QObject *context, Callback<Filament> done);
    void patchFilament(int id, const QJsonObject &changes, QObject *context, Callback<Filament> done);
    void deleteFilament(int id, QObject *context, Callback<QJsonValue> done);

    // --- spools
    // One page (or everything without a limit); totalCount carries x-total-count.
    void listSpools(const SpoolQuery &query, QObject *context, Callback<QList<Spool>> done);
    // Every matching spool, fetched `pageSize` at a time with limit/offset.
    void listAllSpools(const SpoolQuery &query, int pageSize, QObject *context, Callback<QList<Spool>> done);
    void getSpool(int id, QObject *context, Callback<Spool> done);
    void createSpool(const Spool &spool, QObject *context, Callback<Spool> done);
    void createSpool(const QJsonObject &body, QObject *context, Callback<Spool> done);
    // Partial update; extra is merged, {"extra":{"k":null}} removes k.
    void patchSpool(int id, const QJsonObject &changes, QObject *context, Callback<Spool> done);
    void deleteSpool(int id, QObject *context, Callback<QJsonValue> done);
    // PUT /spool/{id}/use: relative, so concurrent tools add up. Negative grams undo.
    void useWeight(int id, double grams, QObject *context, Callback<Spool> done);
    void useLength(int id, double millimetres, QObject *context, Callback<Spool> done);
    // PUT /spool/{id}/measure with the gross weight (filament + empty spool).
    void measure(int id, double grossGrams, QObject *context, Callback<Spool> done);

    // Spools whose extra.<key> decodes to `tag` (case-insensitive). v0.25+: one request with the
    // server's partial (case-insensitive) extra filter, every hit re-checked here (a filter on an
    // unregistered key is ignored by the server, a partial one also matches longer values); older
    // servers: a paged scan compared here. Archived spools are included.
    void findSpoolsByTag(
        const QString &tag, QObject *context, Callback<QList<Spool>> done, const QString &key = QStringLiteral("tag"));

    // --- extra fields ("spool", "filament", "vendor")
    void listExtraFields(const QString &entity, QObject *context, Callback<QList<ExtraField>> done);
    // Adds or updates; the payload is the entity's whole field list afterwards.
    void addExtraField(const ExtraField &field, QObject *context, Callback<QList<ExtraField>> done);
    void deleteExtraField(
        const QString &entity, const QString &key, QObject *context, Callback<QList<ExtraField>> done);
    // Registers the missing ones of `fields` (default: requiredExtraFields()); the payload is the
    // list of fields that were added. A field that exists with another type is an error.
    void ensureExtraFields(const QList<ExtraField> &fields, QObject *context, Callback<QList<ExtraField>> done);
    // Keys known to be registered per entity, from the last list/add/delete (empty if unknown).
    std::optional<QStringList> knownFieldKeys(const QString &entity) const;

    // --- settings (values are JSON text, see Setting)
    void listSettings(QObject *context, Callback<QList<Setting>> done);
    void getSetting(const QString &key, QObject *context, Callback<Setting> done);
    // POST /setting/<key> with the JSON-encoded value; a null value resets to the default.
    void setSetting(const QString &key, const QJsonValue &value, QObject *context, Callback<Setting> done);

    // --- locations and SpoolmanDB
    void listLocations(QObject *context, Callback<QStringList> done);
    // PATCH /location/<name> {"name": newName}: moves every spool; payload is the new name.
    void renameLocation(const QString &from, const QString &to, QObject *context, Callback<QString> done);
    void listExternalFilaments(QObject *context, Callback<QList<ExternalFilament>> done);

Q_SIGNALS:
    void configChanged();

private:
    template<class T>
    void call(Method method, const QString &path, const QueryItems &query, const QJsonValue &body, QObject *context,
        Callback<T> done, std::function<std::optional<T>(const QJsonValue &)> parse, const QString &what)
    {
        const QString url = config().displayUrl();
        send(method, path, query, body, context,
            [done = std::move(done), parse = std::move(parse), what, url](const SpoolmanResult<QJsonValue> &raw) {
                SpoolmanResult<T> result = raw.template withoutPayload<T>();
                if (raw.ok()) {
                    std::optional<T> parsed = parse(raw.payload);
                    if (parsed) {
                        result.payload = std::move(*parsed);
                    } else {
                        result.status = SpoolmanStatus::BadResponse;
                        result.message = SpoolmanErrors::unexpectedShape(url, what);
                    }
                }
                done(result);
            });
    }

    template<class T>
    static std::optional<QList<T>> parseList(const QJsonValue &value, std::optional<T> (*one)(const QJsonObject &))
    {
        if (!value.isArray())
            return std::nullopt;
        QList<T> list;
        const QJsonArray array = value.toArray();
        for (const auto &item : array) {
            std::optional<T> parsed = one(item.toObject());
            if (!parsed)
                return std::nullopt;
            list.append(std::move(*parsed));
        }
        return list;
    }

    void rememberFields(const QString &entity, int generation, const QList<ExtraField> &fields);
    // A request on /field/<entity>[/<key>] that answers with the entity's fields; remembers their keys.
    void fieldsCall(Method method, const QString &path, const QJsonValue &body, const QString &entity, QObject *context,
        Callback<QList<ExtraField>> done);
    void deliverLater(QObject *context, Callback<QJsonValue> done, const SpoolmanResult<QJsonValue> &result);
    void listSpoolPage(
        const SpoolQuery &query, int pageSize, QList<Spool> collected, QObject *context, Callback<QList<Spool>> done);
    void scanForTag(const QString &tag, const QString &key, QObject *context, Callback<QList<Spool>> done);
    void filterForTag(const QString &tag, const QString &key, QObject *context, Callback<QList<Spool>> done);

    QNetworkAccessManager *m_network;
    RequestBuilder m_builder;
    int m_generation = 0; // bumped by setConfig: answers for an older connection are not cached
    std::optional<SpoolmanCapabilities> m_capabilities;
    bool m_capabilitiesPending = false;
    QList<std::pair<QPointer<QObject>, Callback<SpoolmanCapabilities>>> m_capabilityWaiters;
    QHash<QString, QStringList> m_fieldKeys;
};

} // namespace Spoolbridge
