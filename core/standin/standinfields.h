#pragma once

#include "core/standin/standinstore.h"
#include "core/standin/standintypes.h"

namespace Spoolbridge::Standin {

// Extra field definitions (`/field/{entity}[/{key}]`) and the validation of extra values that
// every write of a vendor, filament or spool goes through.
class StandinFields
{
public:
    explicit StandinFields(StandinStore &store);

    // segments: "field", entity[, key]
    ApiReply handle(const ApiRequest &request);

    // Checks an `extra` patch for `entity`; null values (removals) pass. False with a 400.
    bool validateExtra(const QString &entity, const QJsonObject &extra, ApiReply &error) const;

    // True when `key` is a registered extra field of `entity`.
    bool isRegistered(const QString &entity, const QString &key) const;
    // The definition of a registered field, or an empty object.
    QJsonObject field(const QString &entity, const QString &key) const;

private:
    ApiReply addField(const QString &entity, const QString &key, const ApiRequest &request);
    ApiReply deleteField(const QString &entity, const QString &key);

    StandinStore &m_store;
};

} // namespace Spoolbridge::Standin
