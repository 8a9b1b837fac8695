#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace Spoolbridge {

// Spoolman's `extra` map: every value is a JSON document in a string. A text field holds a
// quoted JSON string ("tag":"\"3F2B…\""), an integer field "3".
using ExtraMap = QMap<QString, QString>;

namespace SpoolmanExtra {

// "3F2B" → "\"3F2B\"" (the form Spoolman stores for a text field).
QString encodeText(const QString &text);
// "\"3F2B\"" → "3F2B"; nullopt when the value is not a JSON string (e.g. "", "3", unquoted).
std::optional<QString> decodeText(const QString &encoded);
// Integer field value: 3 → "3".
QString encodeInteger(qint64 value);
std::optional<qint64> decodeInteger(const QString &encoded);

// The text value of `key` in `extra`, decoded; nullopt when missing or not a JSON string.
std::optional<QString> text(const ExtraMap &extra, const QString &key);

ExtraMap fromJson(const QJsonValue &value);
QJsonObject toJson(const ExtraMap &extra);

// A PATCH fragment that removes `key` from a spool's extra ({"extra":{"key":null}}): PATCH
// merges extra, so keys left out stay; a null removes one.
QJsonObject removal(const QString &key);

} // namespace SpoolmanExtra
} // namespace Spoolbridge
