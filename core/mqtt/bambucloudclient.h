#pragma once

#include "core/mqtt/cloudprinter.h"

#include <QList>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Spoolbridge {

// A small client for the Bambu cloud HTTP API: lists the printers bound to an account.
// Uses an injected QNetworkAccessManager (or its own); every failure becomes one readable
// sentence (expired token, HTML error page, timeout, no network).
class BambuCloudClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BambuCloudClient)

public:
    explicit BambuCloudClient(QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~BambuCloudClient() override;

    // https://api.bambulab.com (region "us"/global) or https://api.bambulab.cn ("cn").
    static QUrl regionBaseUrl(const QString &region);

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setAccessToken(const QString &token) { m_token = token; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // GET /v1/iot-service/api/user/bind → printersFetched or errorOccurred.
    void fetchPrinters();

    // Parses a bind response body; false with a readable error when it is not one.
    static bool parseBindResponse(const QByteArray &body, QList<CloudPrinter> *printers, QString *error);

Q_SIGNALS:
    void printersFetched(const QList<Spoolbridge::CloudPrinter> &printers);
    void errorOccurred(const QString &message);

private:
    void handleBindReply(QNetworkReply *reply);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_token;
    int m_timeoutMs = 15000;
};

} // namespace Spoolbridge
