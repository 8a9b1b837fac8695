#include "core/spoolman/spoolmanextra.h"

#include "core/spoolman/jsonfields.h"

namespace Spoolbridge::SpoolmanExtra {

QString encodeText(const QString &text)
{
    return JsonFields::toJsonText(QJsonValue(text));
}

std::optional<QString> decodeText(const QString &encoded)
{
    const std::optional<QJsonValue> value = JsonFields::fromJsonText(encoded);
    if (!value || !value->isString())
        return std::nullopt;
    return value->toString();
}

QString encodeInteger(qint64 value)
{
    return QString::number(value);
}

std::optional<qint64> decodeInteger(const QString &encoded)
{
    bool ok = false;
    const qint64 number = encoded.trimmed().toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return number;
}

std::optional<QString> text(const ExtraMap &extra, const QString &key)
{
    const auto it = extra.constFind(key);
    if (it == extra.constEnd())
        return std::nullopt;
    return decodeText(it.value());
}

ExtraMap fromJson(const QJsonValue &value)
{
    ExtraMap extra;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        // Spoolman always sends strings; keep anything else as its JSON text so nothing is lost.
        extra.insert(it.key(), it.value().isString() ? it.value().toString() : JsonFields::toJsonText(it.value()));
    }
    return extra;
}

QJsonObject toJson(const ExtraMap &extra)
{
    QJsonObject object;
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject removal(const QString &key)
{
    return QJsonObject {{QStringLiteral("extra"), QJsonObject {{key, QJsonValue::Null}}}};
}

} // namespace Spoolbridge::SpoolmanExtra
