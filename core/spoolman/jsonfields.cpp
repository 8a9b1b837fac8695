#include "core/spoolman/jsonfields.h"

#include <QJsonDocument>

#include <cmath>
#include <limits>

namespace Spoolbridge::JsonFields {

std::optional<QString> optString(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return std::nullopt;
    return value.toString();
}

std::optional<double> optDouble(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return std::nullopt;
    return value.toDouble();
}

std::optional<int> optInt(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    // Whole numbers in int range only: converting anything else to int is undefined behaviour.
    if (!std::isfinite(number) || std::floor(number) != number || number < double(std::numeric_limits<int>::min())
        || number > double(std::numeric_limits<int>::max()))
        return std::nullopt;
    return static_cast<int>(number);
}

std::optional<bool> optBool(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (!value.isBool())
        return std::nullopt;
    return value.toBool();
}

QStringList stringList(const QJsonObject &object, QLatin1String key)
{
    QStringList list;
    const QJsonArray array = object.value(key).toArray();
    for (const auto &item : array) {
        if (item.isString())
            list.append(item.toString());
    }
    return list;
}

void put(QJsonObject &object, QLatin1String key, const std::optional<QString> &value)
{
    if (value)
        object.insert(key, *value);
}

void put(QJsonObject &object, QLatin1String key, const std::optional<double> &value)
{
    if (value)
        object.insert(key, *value);
}

void put(QJsonObject &object, QLatin1String key, const std::optional<int> &value)
{
    if (value)
        object.insert(key, *value);
}

void put(QJsonObject &object, QLatin1String key, const std::optional<bool> &value)
{
    if (value)
        object.insert(key, *value);
}

QString toJsonText(const QJsonValue &value)
{
    // QJsonDocument only serialises objects and arrays: wrap the value in an array and strip
    // the brackets again.
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

std::optional<QJsonValue> fromJsonText(const QString &text)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().first();
}

} // namespace Spoolbridge::JsonFields
