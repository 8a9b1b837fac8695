#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Spoolbridge::Standin {

// One API request as the handlers see it: the path below /api/v1 split into segments and the
// query already percent-decoded ('+' counts as a space, like the real server).
struct ApiRequest {
    QByteArray method;
    QStringList segments;
    QList<QPair<QString, QString>> query;
    QByteArray body;

    QString queryValue(const QString &key, const QString &fallback = QString()) const;
    bool hasQuery(const QString &key) const;
};

// What a handler answers: status, JSON body and extra headers (x-total-count).
struct ApiReply {
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

// A change to broadcast on the websocket endpoints.
struct StandinEvent {
    QString type; // added, updated, deleted
    QString resource; // spool, filament, vendor, setting
    QString key; // id or setting key
    QJsonObject payload;
};

ApiReply jsonReply(int status, const QJsonValue &value);
ApiReply messageReply(int status, const QString &message);
ApiReply detailReply(const QJsonArray &detail);
ApiReply notFoundRoute();
ApiReply methodNotAllowed();

} // namespace Spoolbridge::Standin
