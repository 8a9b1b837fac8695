#include "contractclient.h"

#include "core/standin/spoolmanstandin.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QVersionNumber>

namespace Spoolbridge::Test::Contract {

namespace {
QNetworkAccessManager &manager()
{
    static auto *instance = new QNetworkAccessManager(QCoreApplication::instance());
    return *instance;
}

QString randomSuffix()
{
    return QString::number(QRandomGenerator::global()->generate64() % 0xFFFFFFFFFFULL, 36);
}
} // namespace

QByteArray Reply::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

QUrl serverUrl()
{
    static QUrl url;
    if (!url.isEmpty())
        return url;
    QString configured = qEnvironmentVariable("SPOOLMAN_URL");
    while (configured.endsWith(u'/'))
        configured.chop(1);
    if (configured.endsWith(QLatin1String("/api/v1")))
        configured.chop(7);
    if (!configured.isEmpty()) {
        url = QUrl(configured);
        return url;
    }
    auto *standin = new SpoolmanStandin(QCoreApplication::instance());
    standin->setDatabasePath(makeTempDir(QStringLiteral("contract")) + QStringLiteral("/spoolman.db"));
    if (!standin->listen(QHostAddress(QHostAddress::LocalHost), 0))
        FAIL("the in-process stand-in did not start: " << standin->errorString().toStdString());
    url = standin->baseUrl();
    return url;
}

QUrl webSocketUrl(const QString &path)
{
    QUrl url = serverUrl();
    url.setScheme(url.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setPath(url.path() + path);
    return url;
}

Reply call(const QByteArray &method, const QString &path, const QByteArray &body,
    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QUrl url = serverUrl();
    const qsizetype query = path.indexOf(u'?');
    url.setPath(url.path() + QStringLiteral("/api/v1") + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        url.setQuery(path.mid(query + 1), QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setTransferTimeout(20000);
    if (!body.isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    auto *buffer = new QBuffer;
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    QNetworkReply *reply = manager().sendCustomRequest(request, method, buffer);
    buffer->setParent(reply);
    const bool finished = waitUntil([reply] { return reply->isFinished(); }, 20000);
    Reply result;
    if (!finished) {
        reply->abort();
        result.networkError = QStringLiteral("timeout");
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.networkError = reply->errorString();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.append(pair);
    const QJsonDocument doc = QJsonDocument::fromJson(result.body);
    result.json = doc.isArray() ? QJsonValue(doc.array()) : doc.isObject() ? QJsonValue(doc.object()) : QJsonValue();
    reply->deleteLater();
    return result;
}

Reply call(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    return call(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QString uniqueName(const QString &tag)
{
    return QStringLiteral("sbct-") + tag + u'-' + randomSuffix();
}

QString uniqueKey(const QString &tag)
{
    return QStringLiteral("sbct_") + tag + u'_' + randomSuffix();
}

bool serverHasExtraFilters()
{
    const Reply info = call("GET", QStringLiteral("/info"));
    return QVersionNumber::fromString(info.object().value(QLatin1String("version")).toString())
        >= QVersionNumber(0, 25, 0);
}

Cleanup::~Cleanup()
{
    for (auto it = m_actions.rbegin(); it != m_actions.rend(); ++it)
        (*it)();
}

void Cleanup::deleteLater(const QString &path)
{
    add([path] { call("DELETE", path); });
}

qint64 createVendor(Cleanup &cleanup, const QString &name)
{
    const Reply reply = call("POST", QStringLiteral("/vendor"), QJsonObject {{QStringLiteral("name"), name}});
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 200);
    const qint64 id = reply.object().value(QLatin1String("id")).toInteger();
    cleanup.deleteLater(QStringLiteral("/vendor/%1").arg(id));
    return id;
}

qint64 createFilament(Cleanup &cleanup, QJsonObject body)
{
    if (!body.contains(QLatin1String("density")))
        body.insert(QStringLiteral("density"), 1.24);
    if (!body.contains(QLatin1String("diameter")))
        body.insert(QStringLiteral("diameter"), 1.75);
    const Reply reply = call("POST", QStringLiteral("/filament"), body);
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 200);
    const qint64 id = reply.object().value(QLatin1String("id")).toInteger();
    cleanup.deleteLater(QStringLiteral("/filament/%1").arg(id));
    return id;
}

QJsonObject createSpool(Cleanup &cleanup, const QJsonObject &body)
{
    const Reply reply = call("POST", QStringLiteral("/spool"), body);
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 200);
    cleanup.deleteLater(QStringLiteral("/spool/%1").arg(reply.object().value(QLatin1String("id")).toInteger()));
    return reply.object();
}

void registerField(Cleanup &cleanup, const QString &entity, const QString &key, const QString &type)
{
    const Reply reply = call("POST", QStringLiteral("/field/%1/%2").arg(entity, key),
        QJsonObject {{QStringLiteral("name"), key}, {QStringLiteral("field_type"), type}});
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 200);
    cleanup.deleteLater(QStringLiteral("/field/%1/%2").arg(entity, key));
}

qint64 unusedId(const QString &collection)
{
    const Reply reply = call("GET", QStringLiteral("/%1?sort=id:desc&limit=1&allow_archived=true").arg(collection));
    REQUIRE(reply.status == 200);
    return reply.array().isEmpty() ? 900000
                                   : reply.array().at(0).toObject().value(QLatin1String("id")).toInteger() + 100000;
}

} // namespace Spoolbridge::Test::Contract
