#pragma once

#include "core/standin/standincatalog.h"
#include "core/standin/standinfields.h"
#include "core/standin/standinspools.h"
#include "core/standin/standinstore.h"
#include "core/standin/standintypes.h"

#include <QList>
#include <QVersionNumber>

namespace Spoolbridge::Standin {

// Routes `/api/v1/...` requests to the handlers and answers the small endpoints itself:
// `/info`, `/health`, `/location` (list, rename), `/material`, `/article-number`, `/lot-number`,
// `/setting`, `/external/filament`, `/external/material`.
class StandinApi
{
public:
    explicit StandinApi(StandinStore &store);

    // The version reported by /info; below 0.25 the extra-field filters are ignored.
    void setVersion(const QString &version);
    QString version() const { return m_version; }

    // `path` is the decoded path below the host ("/api/v1/spool/3"), `query` the raw query.
    ApiReply handle(const QByteArray &method, const QString &path, const QByteArray &query, const QByteArray &body,
        QList<StandinEvent> &events);

    // Creates `count` spools (with a vendor and filament of their own) carrying a registered
    // `tag` extra field, in one transaction. Returns the number created.
    int seedSpools(int count);

private:
    ApiReply info() const;
    ApiReply distinctValues(StandinStore::Table table, const char *key) const;
    ApiReply renameLocation(const ApiRequest &request);
    ApiReply settings(const ApiRequest &request, QList<StandinEvent> &events);
    ApiReply externalList(const QString &kind) const;
    QJsonObject settingObject(const QString &key) const;

    StandinStore &m_store;
    StandinFields m_fields;
    StandinCatalog m_catalog;
    StandinSpools m_spools;
    QString m_version = QStringLiteral("0.26.1");
};

// Splits a raw query string into decoded pairs ('+' is a space).
QList<QPair<QString, QString>> parseQuery(const QByteArray &query);

} // namespace Spoolbridge::Standin
