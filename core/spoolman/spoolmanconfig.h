#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

namespace Spoolbridge {

// Where Spoolman is and how to reach it. The base URL may carry a path prefix for a reverse
// proxy (https://host/spoolman); /api/v1 is appended by the request builder.
struct SpoolmanConfig {
    QUrl baseUrl; // normalised: http(s), no trailing slash, no /api/v1, no user info
    int timeoutMs = 10000; // transfer timeout: no data for this long aborts the request
    // Optional authentication for a reverse proxy in front of Spoolman.
    QByteArray headerName; // e.g. "X-Api-Key"; sent with headerValue when not empty
    QByteArray headerValue;
    QString user; // HTTP basic auth when not empty
    QString password;
    QString caFile; // extra CA certificate(s) (PEM or DER) for a self-signed https server

    // Parses what a user typed: "host:7912", "http://host:7912/", "https://host/spoolman/api/v1".
    // A missing scheme means http; user info in the URL moves to user/password. Returns nullopt
    // with a readable `error` when the text cannot be a Spoolman address.
    static std::optional<SpoolmanConfig> fromUserUrl(const QString &text, QString *error);

    // The base URL for messages (never with credentials).
    QString displayUrl() const;
};

} // namespace Spoolbridge
