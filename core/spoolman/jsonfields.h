#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// Small helpers for reading and writing Spoolman's JSON: optional fields are left out when
// unset (the server omits them too), and a field of the wrong type counts as unset.
namespace Spoolbridge::JsonFields {

std::optional<QString> optString(const QJsonObject &object, QLatin1String key);
std::optional<double> optDouble(const QJsonObject &object, QLatin1String key);
std::optional<int> optInt(const QJsonObject &object, QLatin1String key);
std::optional<bool> optBool(const QJsonObject &object, QLatin1String key);
QStringList stringList(const QJsonObject &object, QLatin1String key);

void put(QJsonObject &object, QLatin1String key, const std::optional<QString> &value);
void put(QJsonObject &object, QLatin1String key, const std::optional<double> &value);
void put(QJsonObject &object, QLatin1String key, const std::optional<int> &value);
void put(QJsonObject &object, QLatin1String key, const std::optional<bool> &value);

// A JSON value (string, number, object, array…) as compact JSON text, e.g. "\"abc\"" or "12".
QString toJsonText(const QJsonValue &value);
// The reverse: parses any JSON text, including bare strings and numbers. nullopt when invalid.
std::optional<QJsonValue> fromJsonText(const QString &text);

} // namespace Spoolbridge::JsonFields
