#include "core/spoolman/requestbuilder.h"

#include "core/util/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>

namespace Spoolbridge {

RequestBuilder::RequestBuilder(const SpoolmanConfig &config)
    : m_config(config)
{
    if (m_config.caFile.isEmpty())
        return;
    QFile file(m_config.caFile);
    if (!file.open(QIODevice::ReadOnly)) {
        m_caError = QCoreApplication::translate("Spoolbridge::RequestBuilder",
            "The CA file %1 could not be read (%2) — check the path in the Spoolman settings.")
                        .arg(m_config.caFile, file.errorString());
        return;
    }
    const QByteArray data = file.readAll();
    QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(data, QSsl::Der);
    if (certificates.isEmpty()) {
        m_caError = QCoreApplication::translate(
            "Spoolbridge::RequestBuilder", "The CA file %1 holds no certificate — give a PEM or DER certificate file.")
                        .arg(m_config.caFile);
        return;
    }
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.addCaCertificates(certificates);
    m_hasSsl = true;
}

QString RequestBuilder::encodePathSegment(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

QUrl RequestBuilder::apiUrl(const QString &path, const QueryItems &query) const
{
    QUrl url = m_config.baseUrl;
    // Paths arrive percent-encoded where needed; keep them that way.
    url.setPath(url.path(QUrl::FullyEncoded) + QStringLiteral("/api/v1") + path, QUrl::TolerantMode);
    if (!query.isEmpty()) {
        QStringList parts;
        for (const auto &[key, value] : query) {
            parts.append(QString::fromLatin1(QUrl::toPercentEncoding(key, ".")) + u'='
                + QString::fromLatin1(QUrl::toPercentEncoding(value)));
        }
        url.setQuery(parts.join(u'&'), QUrl::TolerantMode);
    }
    return url;
}

QUrl RequestBuilder::websocketUrl(const QString &path) const
{
    QUrl url = apiUrl(path);
    url.setScheme(url.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    return url;
}

void RequestBuilder::applyCommon(QNetworkRequest &request) const
{
    if (!m_config.headerName.isEmpty())
        request.setRawHeader(m_config.headerName, m_config.headerValue);
    if (!m_config.user.isEmpty()) {
        const QByteArray pair = m_config.user.toUtf8() + ':' + m_config.password.toUtf8();
        request.setRawHeader("Authorization", "Basic " + pair.toBase64());
    }
    if (m_hasSsl)
        request.setSslConfiguration(m_ssl);
}

QNetworkRequest RequestBuilder::request(const QString &path, const QueryItems &query, bool jsonBody) const
{
    QNetworkRequest request(apiUrl(path, query));
    request.setTransferTimeout(m_config.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    if (jsonBody)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    applyCommon(request);
    // No Origin header: Spoolman refuses writes that carry an untrusted one, and QNAM adds none.
    return request;
}

QNetworkRequest RequestBuilder::websocketRequest(const QString &path) const
{
    QNetworkRequest request(websocketUrl(path));
    applyCommon(request);
    return request;
}

QString RequestBuilder::describeHeaders(const QNetworkRequest &request) const
{
    QStringList lines;
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray &name : names) {
        const bool secret = name.compare("Authorization", Qt::CaseInsensitive) == 0
            || (!m_config.headerName.isEmpty() && name.compare(m_config.headerName, Qt::CaseInsensitive) == 0);
        lines.append(QString::fromLatin1(name) + QStringLiteral(": ")
            + (secret ? QStringLiteral("***") : Logging::redact(QString::fromUtf8(request.rawHeader(name)))));
    }
    return lines.join(QStringLiteral(", "));
}

} // namespace Spoolbridge
