#include "core/spoolman/spoolmanerrors.h"

#include "core/spoolman/jsonfields.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

namespace Spoolbridge::SpoolmanErrors {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Spoolbridge::SpoolmanErrors", text);
}

SpoolmanResult<QJsonValue> failure(SpoolmanStatus status, int httpCode, const QString &message)
{
    SpoolmanResult<QJsonValue> result;
    result.status = status;
    result.httpCode = httpCode;
    result.message = message;
    return result;
}

QString sentence(QString text)
{
    text = text.trimmed();
    if (!text.isEmpty() && !text.endsWith(u'.') && !text.endsWith(u'!') && !text.endsWith(u'?'))
        text += u'.';
    return text;
}

bool looksLikeHtml(const ReplyFacts &facts)
{
    if (facts.contentType.toLower().contains("text/html"))
        return true;
    const QByteArray start = facts.body.trimmed().left(64).toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
        || start.startsWith("<body");
}

// The server's own explanation in a JSON error body: `message`, a `detail` list or string.
QString serverExplanation(const QJsonValue &json)
{
    const QJsonObject object = json.toObject();
    if (object.value(QLatin1String("message")).isString())
        return object.value(QLatin1String("message")).toString();
    const QJsonValue detail = object.value(QLatin1String("detail"));
    if (detail.isArray())
        return describeDetail(detail.toArray());
    if (detail.isString())
        return detail.toString();
    return {};
}

SpoolmanResult<QJsonValue> interpretNetworkError(const ReplyFacts &facts, const QString &url, int timeoutMs)
{
    switch (facts.error) {
    case QNetworkReply::ConnectionRefusedError:
        return failure(SpoolmanStatus::NetworkError, 0,
            tr("Spoolman at %1 refused the connection — is it running and is the port right?").arg(url));
    case QNetworkReply::HostNotFoundError:
        return failure(SpoolmanStatus::NetworkError, 0,
            tr("The host of %1 could not be found — check the Spoolman URL.").arg(url));
    case QNetworkReply::RemoteHostClosedError:
        return failure(SpoolmanStatus::NetworkError, 0,
            tr("Spoolman at %1 closed the connection without answering — check the port, and http:// versus "
               "https://.")
                .arg(url));
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return failure(SpoolmanStatus::Timeout, 0,
            tr("Spoolman at %1 did not answer within %2 — is it running?").arg(url, secondsText(timeoutMs)));
    case QNetworkReply::ProtocolUnknownError:
        return failure(SpoolmanStatus::NetworkError, 0,
            tr("%1 is not an http:// or https:// address — check the Spoolman URL.").arg(url));
    default:
        break;
    }
    return failure(SpoolmanStatus::NetworkError, 0,
        tr("Could not reach Spoolman at %1 (%2) — check the URL and the network.").arg(url, facts.errorString));
}

SpoolmanResult<QJsonValue> interpretHttpError(
    const ReplyFacts &facts, const QString &url, const std::optional<QJsonValue> &json)
{
    const int code = facts.httpCode;
    const QString explanation = json ? sentence(serverExplanation(*json)) : QString();

    if (code == 401 || code == 403 || code == 407) {
        if (code == 403 && isOriginRefusal(explanation)) {
            return failure(SpoolmanStatus::OriginRefused, code,
                tr("Spoolman refused the request because it carried an Origin header it does not trust; Spoolbridge "
                   "sends none, so a reverse proxy must be adding it — remove it there or set SPOOLMAN_CORS_ORIGIN. "
                   "Spoolman said: %1")
                    .arg(explanation));
        }
        QString message = tr("The server at %1 refused access (HTTP %2) — check the reverse proxy's user name and "
                             "password or header in the Spoolman settings.")
                              .arg(url)
                              .arg(code);
        if (!explanation.isEmpty())
            message += u' ' + tr("It said: %1").arg(explanation);
        return failure(SpoolmanStatus::Unauthorized, code, message);
    }
    if (!json) {
        if (looksLikeHtml(facts)) {
            return failure(SpoolmanStatus::BadResponse, code,
                tr("Spoolman at %1 answered with an HTML page (HTTP %2) instead of Spoolman's API — check the URL "
                   "and the reverse proxy.")
                    .arg(url)
                    .arg(code));
        }
        if (code == 404) {
            return failure(SpoolmanStatus::NotFound, code,
                tr("Spoolman at %1 has no such API address (HTTP 404) — check the URL and any path prefix.").arg(url));
        }
        if (code == 500) {
            return failure(SpoolmanStatus::ServerError, code,
                tr("Spoolman at %1 failed with an internal error (HTTP 500) — check Spoolman's log.").arg(url));
        }
        if (code >= 500) {
            return failure(SpoolmanStatus::ServerError, code,
                tr("Spoolman at %1 is unavailable (HTTP %2) — is it running behind its reverse proxy?")
                    .arg(url)
                    .arg(code));
        }
        return failure(SpoolmanStatus::BadResponse, code,
            tr("Spoolman at %1 answered HTTP %2 with something that is not Spoolman's JSON — check the URL and the "
               "reverse proxy.")
                .arg(url)
                .arg(code));
    }
    if (code >= 500) {
        return failure(SpoolmanStatus::ServerError, code,
            explanation.isEmpty()
                ? tr("Spoolman at %1 failed with an internal error (HTTP %2) — check Spoolman's log.")
                      .arg(url)
                      .arg(code)
                : tr("Spoolman at %1 failed with an internal error (HTTP %2): %3 Check Spoolman's log.")
                      .arg(url)
                      .arg(code)
                      .arg(explanation));
    }
    if (code == 404) {
        // FastAPI's own 404 for an unknown route is {"detail":"Not Found"}.
        if (json->toObject().value(QLatin1String("detail")).isString()) {
            return failure(SpoolmanStatus::NotFound, code,
                tr("Spoolman at %1 has no such API address (HTTP 404) — check the URL, and update Spoolman if it is "
                   "old.")
                    .arg(url));
        }
        return failure(SpoolmanStatus::NotFound, code, tr("Spoolman: %1").arg(explanation));
    }
    // /measure reports an unknown spool as 400 "Spool not found." instead of 404.
    if (code == 400 && explanation.endsWith(QLatin1String("not found."), Qt::CaseInsensitive))
        return failure(SpoolmanStatus::NotFound, code, tr("Spoolman: %1").arg(explanation));
    const SpoolmanStatus status = code == 409 ? SpoolmanStatus::Conflict : SpoolmanStatus::Invalid;
    if (explanation.isEmpty())
        return failure(status, code, tr("Spoolman refused the request (HTTP %1).").arg(code));
    return failure(status, code, tr("Spoolman refused the request: %1").arg(explanation));
}

} // namespace

QString secondsText(int milliseconds)
{
    if (milliseconds % 1000 == 0)
        return tr("%1 s").arg(milliseconds / 1000);
    return tr("%1 s").arg(QLocale::c().toString(milliseconds / 1000.0, 'g', 3));
}

QString describeDetail(const QJsonArray &detail)
{
    QStringList parts;
    for (const auto &item : detail) {
        const QJsonObject entry = item.toObject();
        QStringList location;
        const QJsonArray loc = entry.value(QLatin1String("loc")).toArray();
        for (const auto &part : loc)
            location.append(part.isString() ? part.toString() : QString::number(part.toInt()));
        const QString msg = entry.value(QLatin1String("msg")).toString();
        parts.append(location.isEmpty() ? msg : location.join(u'.') + QStringLiteral(": ") + msg);
    }
    return parts.join(QStringLiteral("; "));
}

bool isOriginRefusal(const QString &message)
{
    return message.contains(QLatin1String("origin"), Qt::CaseInsensitive)
        && message.contains(QLatin1String("refused"), Qt::CaseInsensitive);
}

QString unexpectedShape(const QString &displayUrl, const QString &what)
{
    return tr("Spoolman at %1 answered with %2 that Spoolbridge does not understand — is this address really "
              "Spoolman?")
        .arg(displayUrl, what);
}

SpoolmanResult<QJsonValue> interpret(const ReplyFacts &facts, const QString &url, int timeoutMs)
{
    if (facts.timedOut) {
        return failure(SpoolmanStatus::Timeout, 0,
            tr("Spoolman at %1 did not answer within %2 — is it running?").arg(url, secondsText(timeoutMs)));
    }
    if (facts.error == QNetworkReply::SslHandshakeFailedError || !facts.sslErrors.isEmpty()) {
        const QString reason = facts.sslErrors.isEmpty() ? facts.errorString : facts.sslErrors;
        return failure(SpoolmanStatus::TlsError, facts.httpCode,
            tr("The secure connection to Spoolman at %1 failed (%2) — for a self-signed certificate, give its CA "
               "file in the Spoolman settings.")
                .arg(url, reason));
    }
    if (facts.error == QNetworkReply::InsecureRedirectError) {
        return failure(SpoolmanStatus::NetworkError, facts.httpCode,
            tr("Spoolman at %1 redirected to a less secure address — use the final https:// address directly.")
                .arg(url));
    }
    if (facts.error == QNetworkReply::TooManyRedirectsError) {
        return failure(SpoolmanStatus::NetworkError, facts.httpCode,
            tr("Spoolman at %1 redirected too many times — check the URL and the reverse proxy.").arg(url));
    }
    if (facts.httpCode <= 0)
        return interpretNetworkError(facts, url, timeoutMs);

    const bool empty = facts.body.trimmed().isEmpty();
    const std::optional<QJsonValue> json
        = empty ? std::optional<QJsonValue>() : JsonFields::fromJsonText(QString::fromUtf8(facts.body));
    if (facts.httpCode >= 200 && facts.httpCode < 300) {
        if (empty) {
            SpoolmanResult<QJsonValue> result;
            result.httpCode = facts.httpCode;
            result.payload = QJsonValue::Null;
            return result;
        }
        if (!json) {
            if (looksLikeHtml(facts)) {
                return failure(SpoolmanStatus::BadResponse, facts.httpCode,
                    tr("Spoolman at %1 answered with an HTML page (HTTP %2) instead of Spoolman's API — check the URL "
                       "and the reverse proxy.")
                        .arg(url)
                        .arg(facts.httpCode));
            }
            return failure(SpoolmanStatus::BadResponse, facts.httpCode,
                tr("Spoolman at %1 answered with something that is not JSON (HTTP %2) — check the URL and the "
                   "reverse proxy.")
                    .arg(url)
                    .arg(facts.httpCode));
        }
        SpoolmanResult<QJsonValue> result;
        result.httpCode = facts.httpCode;
        result.payload = *json;
        return result;
    }
    return interpretHttpError(facts, url, json);
}

} // namespace Spoolbridge::SpoolmanErrors
