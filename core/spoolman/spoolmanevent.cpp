#include "core/spoolman/spoolmanevent.h"

#include <QJsonDocument>

namespace Spoolbridge {

std::optional<SpoolmanEvent> SpoolmanEvent::fromJson(const QByteArray &frame)
{
    const QJsonObject object = QJsonDocument::fromJson(frame).object();
    const QString type = object.value(QLatin1String("type")).toString();
    SpoolmanEvent event;
    if (type == QLatin1String("added"))
        event.type = Type::Added;
    else if (type == QLatin1String("updated"))
        event.type = Type::Updated;
    else if (type == QLatin1String("deleted"))
        event.type = Type::Deleted;
    else
        return std::nullopt;
    if (!object.value(QLatin1String("payload")).isObject())
        return std::nullopt;
    event.resource = object.value(QLatin1String("resource")).toString();
    event.date = object.value(QLatin1String("date")).toString();
    event.payload = object.value(QLatin1String("payload")).toObject();
    return event;
}

QString SpoolmanEvent::typeName(Type type)
{
    switch (type) {
    case Type::Added:
        return QStringLiteral("added");
    case Type::Updated:
        return QStringLiteral("updated");
    case Type::Deleted:
        return QStringLiteral("deleted");
    }
    return {};
}

} // namespace Spoolbridge
