#pragma once

#include "core/spoolman/spoolmanresult.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>
#include <QNetworkReply>
#include <QString>

namespace Spoolbridge {

// Everything about a finished reply that decides its outcome (kept apart from QNetworkReply so
// the mapping can be tested with exact bodies).
struct ReplyFacts {
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    int httpCode = 0; // 0 when no HTTP answer arrived
    QByteArray body;
    QByteArray contentType;
    bool timedOut = false;
    QString sslErrors; // the certificate problems reported, if any
};

namespace SpoolmanErrors {

// Turns a finished reply into a result: the parsed JSON body on success, else a status and one
// readable sentence that names the server (`displayUrl`) and says what to do.
SpoolmanResult<QJsonValue> interpret(const ReplyFacts &facts, const QString &displayUrl, int timeoutMs);

// Joins a 422 `detail` list: "body.filament_id: Field required; body.density: Field required".
QString describeDetail(const QJsonArray &detail);

// Whether a JSON body is Spoolman's Origin-guard refusal.
bool isOriginRefusal(const QString &message);

// "did not answer within 10 s" style duration.
QString secondsText(int milliseconds);

// The message for a payload that is JSON but not of the expected shape.
QString unexpectedShape(const QString &displayUrl, const QString &what);

} // namespace SpoolmanErrors
} // namespace Spoolbridge
