#include "core/sync/ledgermarker.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Spoolbridge {

void LedgerMarker::markApplied(const QString &uid)
{
    pending.remove(uid);
    if (!applied.contains(uid))
        applied.append(uid);
    while (applied.size() > MaxApplied)
        applied.removeFirst();
}

QString LedgerMarker::encodeText(const QString &text)
{
    // A one-element array is the portable way to get Qt to write a JSON string literal.
    const QByteArray array = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString LedgerMarker::decodeText(const QString &encoded, bool *ok)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + encoded.toUtf8() + ']', &error);
    const bool valid = error.error == QJsonParseError::NoError && doc.isArray() && doc.array().size() == 1
        && doc.array().at(0).isString();
    if (ok)
        *ok = valid;
    return valid ? doc.array().at(0).toString() : QString();
}

LedgerMarker LedgerMarker::fromExtraValue(const QString &encoded, bool *ok)
{
    LedgerMarker marker;
    if (ok)
        *ok = true;
    if (encoded.trimmed().isEmpty() || encoded.trimmed() == QLatin1String("null"))
        return marker;
    bool textOk = false;
    const QString text = decodeText(encoded, &textOk);
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    if (!textOk || (object.isEmpty() && !text.trimmed().isEmpty() && text.trimmed() != QLatin1String("{}"))) {
        if (ok)
            *ok = false;
        return marker;
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() == QLatin1String("applied")) {
            for (const auto &value : it.value().toArray())
                marker.applied.append(value.toString());
        } else if (it.key() == QLatin1String("pending")) {
            const QJsonObject pending = it.value().toObject();
            for (auto p = pending.constBegin(); p != pending.constEnd(); ++p) {
                const QJsonObject intent = p.value().toObject();
                marker.pending.insert(p.key(),
                    Intent {
                        intent.value(QLatin1String("g")).toDouble(), intent.value(QLatin1String("base")).toDouble()});
            }
        } else if (it.key() != QLatin1String("v")) {
            marker.unknown.insert(it.key(), it.value());
        }
    }
    return marker;
}

QString LedgerMarker::toExtraValue() const
{
    QJsonObject object = unknown;
    object.insert(QLatin1String("v"), 1);
    QJsonArray appliedArray;
    for (const QString &uid : applied)
        appliedArray.append(uid);
    object.insert(QLatin1String("applied"), appliedArray);
    QJsonObject pendingObject;
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        pendingObject.insert(
            it.key(), QJsonObject {{QLatin1String("g"), it.value().grams}, {QLatin1String("base"), it.value().base}});
    }
    object.insert(QLatin1String("pending"), pendingObject);
    return encodeText(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

} // namespace Spoolbridge
