#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace Spoolbridge {

// One server setting (GET /setting/<key>). `value` is JSON text, like extra values: the
// "locations" setting holds "[\"AMS1\",\"Shelf\"]".
struct Setting {
    QString key;
    QString value;
    bool isSet = false; // is_set: false when the server reports its default
    QString type; // boolean, integer, float, string, array, object

    // The decoded value; nullopt when `value` is not valid JSON.
    std::optional<QJsonValue> decodedValue() const;

    static std::optional<Setting> fromJson(const QString &key, const QJsonObject &object);
    QJsonObject toJson() const;
};

} // namespace Spoolbridge
