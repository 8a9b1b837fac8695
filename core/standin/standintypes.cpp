#include "core/standin/standintypes.h"

#include <QJsonDocument>

namespace Spoolbridge::Standin {

QString ApiRequest::queryValue(const QString &key, const QString &fallback) const
{
    // The real server takes the last occurrence of a repeated query parameter.
    QString value = fallback;
    for (const auto &pair : query) {
        if (pair.first == key)
            value = pair.second;
    }
    return value;
}

bool ApiRequest::hasQuery(const QString &key) const
{
    for (const auto &pair : query) {
        if (pair.first == key)
            return true;
    }
    return false;
}

ApiReply jsonReply(int status, const QJsonValue &value)
{
    ApiReply reply;
    reply.status = status;
    if (value.isArray())
        reply.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else if (value.isObject())
        reply.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else {
        // A bare scalar: wrap it in an array and strip the brackets again.
        const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
        reply.body = wrapped.mid(1, wrapped.size() - 2);
    }
    return reply;
}

ApiReply messageReply(int status, const QString &message)
{
    return jsonReply(status, QJsonObject {{QStringLiteral("message"), message}});
}

ApiReply detailReply(const QJsonArray &detail)
{
    return jsonReply(422, QJsonObject {{QStringLiteral("detail"), detail}});
}

ApiReply notFoundRoute()
{
    return jsonReply(404, QJsonObject {{QStringLiteral("detail"), QStringLiteral("Not Found")}});
}

ApiReply methodNotAllowed()
{
    return jsonReply(405, QJsonObject {{QStringLiteral("detail"), QStringLiteral("Method Not Allowed")}});
}

} // namespace Spoolbridge::Standin
