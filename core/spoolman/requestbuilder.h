#pragma once

#include "core/spoolman/spoolmanconfig.h"

#include <QList>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <utility>

namespace Spoolbridge {

// Query parameters in order, unencoded (the builder percent-encodes them, including quotes).
using QueryItems = QList<std::pair<QString, QString>>;

// Builds every request to one Spoolman: /api/v1 under the base URL, transfer timeout,
// proxy authentication, no Origin header, redirects only to equally safe URLs, and the extra
// CA certificates. QNAM sends "Accept-Encoding: gzip, deflate" and decompresses by itself.
class RequestBuilder
{
public:
    RequestBuilder() = default;
    explicit RequestBuilder(const SpoolmanConfig &config);

    const SpoolmanConfig &config() const { return m_config; }

    // base + /api/v1 + path ("/spool/3") + query.
    QUrl apiUrl(const QString &path, const QueryItems &query = {}) const;
    // ws(s)://…/api/v1 + path; the root subscription needs the trailing slash ("/").
    QUrl websocketUrl(const QString &path) const;

    QNetworkRequest request(const QString &path, const QueryItems &query = {}, bool jsonBody = false) const;
    // The websocket handshake request: same authentication and CA, no Origin.
    QNetworkRequest websocketRequest(const QString &path) const;

    // Empty, or why the CA file could not be used (then every request fails with TlsError).
    QString caError() const { return m_caError; }
    bool hasSslConfiguration() const { return m_hasSsl; }
    QSslConfiguration sslConfiguration() const { return m_ssl; }

    // The request's headers for the wire log, with secrets masked.
    QString describeHeaders(const QNetworkRequest &request) const;

    // Percent-encodes a path segment (a location name with spaces or slashes).
    static QString encodePathSegment(const QString &segment);

private:
    void applyCommon(QNetworkRequest &request) const;

    SpoolmanConfig m_config;
    QSslConfiguration m_ssl;
    bool m_hasSsl = false;
    QString m_caError;
};

} // namespace Spoolbridge
