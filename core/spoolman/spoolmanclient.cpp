#include "core/spoolman/spoolmanclient.h"

#include "core/spoolman/jsonfields.h"
#include "core/util/logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>

#include <memory>

namespace Spoolbridge {

namespace {

const char *methodName(SpoolmanClient::Method method)
{
    switch (method) {
    case SpoolmanClient::Method::Get:
        return "GET";
    case SpoolmanClient::Method::Post:
        return "POST";
    case SpoolmanClient::Method::Put:
        return "PUT";
    case SpoolmanClient::Method::Patch:
        return "PATCH";
    case SpoolmanClient::Method::Delete:
        return "DELETE";
    }
    return "GET";
}

QString logBody(const QByteArray &body)
{
    constexpr int limit = 4000;
    QString text = Logging::redact(QString::fromUtf8(body.left(limit)));
    if (body.size() > limit)
        text += QStringLiteral("… (%1 bytes)").arg(body.size());
    return text;
}

} // namespace

SpoolmanClient::SpoolmanClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{ }

void SpoolmanClient::setConfig(const SpoolmanConfig &config)
{
    // QNAM reuses connections per host and keeps the TLS settings they were opened with: a new
    // CA file would not be used for the same host without this.
    if (config.caFile != m_builder.config().caFile || config.baseUrl != m_builder.config().baseUrl)
        m_network->clearConnectionCache();
    m_builder = RequestBuilder(config);
    ++m_generation;
    m_capabilities.reset();
    m_capabilitiesPending = false;
    m_fieldKeys.clear();
    // Callers still waiting for the old connection's /info get the new one's.
    const auto waiters = std::exchange(m_capabilityWaiters, {});
    for (const auto &[receiver, callback] : waiters) {
        if (receiver)
            capabilities(receiver, callback);
    }
    Q_EMIT configChanged();
}

void SpoolmanClient::deliverLater(QObject *context, Callback<QJsonValue> done, const SpoolmanResult<QJsonValue> &result)
{
    QTimer::singleShot(0, context ? context : this, [done = std::move(done), result]() { done(result); });
}

void SpoolmanClient::send(Method method, const QString &path, const QueryItems &query, const QJsonValue &body,
    QObject *context, Callback<QJsonValue> done)
{
    const SpoolmanConfig &cfg = m_builder.config();
    if (!cfg.baseUrl.isValid() || cfg.baseUrl.host().isEmpty()) {
        SpoolmanResult<QJsonValue> result;
        result.status = SpoolmanStatus::NetworkError;
        result.message
            = tr("No Spoolman URL is set — enter the address of your Spoolman, e.g. http://192.168.1.50:7912.");
        deliverLater(context, std::move(done), result);
        return;
    }
    if (!m_builder.caError().isEmpty()) {
        SpoolmanResult<QJsonValue> result;
        result.status = SpoolmanStatus::TlsError;
        result.message = m_builder.caError();
        deliverLater(context, std::move(done), result);
        return;
    }

    const bool hasBody = !body.isUndefined();
    const QNetworkRequest request = m_builder.request(path, query, hasBody);
    const QByteArray payload = hasBody ? JsonFields::toJsonText(body).toUtf8() : QByteArray();
    QNetworkReply *reply = nullptr;
    switch (method) {
    case Method::Get:
        reply = m_network->get(request);
        break;
    case Method::Post:
        reply = m_network->post(request, payload);
        break;
    case Method::Put:
        reply = m_network->put(request, payload);
        break;
    case Method::Patch:
        reply = m_network->sendCustomRequest(request, "PATCH", payload);
        break;
    case Method::Delete:
        reply = hasBody ? m_network->sendCustomRequest(request, "DELETE", payload) : m_network->deleteResource(request);
        break;
    }

    const QString urlText = request.url().toString(QUrl::RemoveUserInfo);
    qCDebug(lcWireSpoolman).noquote() << "→" << methodName(method) << urlText << '['
                                      << m_builder.describeHeaders(request) << ']' << logBody(payload);

    auto sslErrors = std::make_shared<QStringList>();
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    connect(reply, &QNetworkReply::sslErrors, reply, [sslErrors](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            sslErrors->append(error.errorString());
    });
    // The reply always cleans itself up; a vanished context aborts it.
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    QObject *receiver = context ? context : this;
    auto abandoned = std::make_shared<bool>(false);
    if (receiver != this) {
        // destroyed() fires while the receiver's connections still exist: mark the reply first
        // so the abort does not reach the callback as a timeout.
        connect(receiver, &QObject::destroyed, reply, [reply, abandoned]() {
            *abandoned = true;
            reply->abort();
        });
    }

    const QString display = m_builder.config().displayUrl();
    const int timeoutMs = m_builder.config().timeoutMs;
    const char *verb = methodName(method);
    connect(reply, &QNetworkReply::finished, receiver,
        [reply, done = std::move(done), display, timeoutMs, sslErrors, timer, verb, urlText, abandoned]() {
            if (*abandoned)
                return;
            ReplyFacts facts;
            facts.error = reply->error();
            facts.errorString = reply->errorString();
            facts.httpCode = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            facts.body = reply->isOpen() ? reply->readAll() : QByteArray();
            facts.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
            sslErrors->removeDuplicates();
            facts.sslErrors = sslErrors->join(QStringLiteral("; "));
            qCDebug(lcWireSpoolman).noquote()
                << "←" << facts.httpCode << verb << urlText << timer->elapsed() << "ms"
                << (facts.error != QNetworkReply::NoError ? facts.errorString : QString()) << logBody(facts.body);
            SpoolmanResult<QJsonValue> result = SpoolmanErrors::interpret(facts, display, timeoutMs);
            if (reply->hasRawHeader("x-total-count")) {
                bool ok = false;
                const qint64 total = reply->rawHeader("x-total-count").trimmed().toLongLong(&ok);
                if (ok)
                    result.totalCount = total;
            }
            if (!result.ok())
                qCDebug(lcSpoolman).noquote()
                    << verb << urlText << "failed:" << statusName(result.status) << result.message;
            done(result);
        });
}

void SpoolmanClient::info(QObject *context, Callback<ServerInfo> done)
{
    call<ServerInfo>(
        Method::Get, QStringLiteral("/info"), {}, QJsonValue::Undefined, context, std::move(done),
        [](const QJsonValue &value) { return ServerInfo::fromJson(value.toObject()); }, tr("server information"));
}

void SpoolmanClient::health(QObject *context, Callback<QString> done)
{
    call<QString>(
        Method::Get, QStringLiteral("/health"), {}, QJsonValue::Undefined, context, std::move(done),
        [](const QJsonValue &value) -> std::optional<QString> {
            const QJsonValue status = value.toObject().value(QLatin1String("status"));
            if (!status.isString())
                return std::nullopt;
            return status.toString();
        },
        tr("a health report"));
}

void SpoolmanClient::capabilities(QObject *context, Callback<SpoolmanCapabilities> done)
{
    QObject *receiver = context ? context : this;
    if (m_capabilities) {
        SpoolmanResult<SpoolmanCapabilities> result;
        result.httpCode = 200;
        result.payload = *m_capabilities;
        QTimer::singleShot(0, receiver, [done = std::move(done), result]() { done(result); });
        return;
    }
    m_capabilityWaiters.append({QPointer<QObject>(receiver), std::move(done)});
    if (m_capabilitiesPending)
        return;
    m_capabilitiesPending = true;
    const int generation = m_generation;
    info(this, [this, generation](const SpoolmanResult<ServerInfo> &result) {
        if (generation != m_generation)
            return; // a new configuration started its own request
        m_capabilitiesPending = false;
        SpoolmanResult<SpoolmanCapabilities> capabilities = result.withoutPayload<SpoolmanCapabilities>();
        if (result.ok()) {
            capabilities.payload = SpoolmanCapabilities::fromInfo(result.payload);
            m_capabilities = capabilities.payload;
            qCInfo(lcSpoolman).noquote() << "Spoolman" << result.payload.version << "at" << config().displayUrl()
                                         << (capabilities.payload.extraFilter ? "(extra filters)"
                                                                              : "(no extra filters)");
        }
        const auto waiters = std::exchange(m_capabilityWaiters, {});
        for (const auto &[waiter, callback] : waiters) {
            if (waiter)
                callback(capabilities);
        }
    });
}

} // namespace Spoolbridge
