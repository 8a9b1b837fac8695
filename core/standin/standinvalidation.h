#pragma once

#include "core/standin/standintypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace Spoolbridge::Standin::Validation {

enum class Kind { String, Number, Integer, Bool, DateTime, Extra };
enum class Bound { None, Ge, Gt };

// One body field as the real server's pydantic model declares it.
struct Field {
    const char *name;
    Kind kind;
    bool required = false;
    bool nullable = true;
    Bound bound = Bound::None;
    int maxLength = 0;
};

// Parses a request body as a JSON object. An empty body with `required` → 422 missing; text that
// is not JSON → the exact json_invalid 422; another JSON type → 422 model_attributes_type.
bool parseBody(const ApiRequest &request, QJsonObject &body, ApiReply &error);

// Checks the declared fields in order (keys not declared are dropped from `body`, like pydantic
// ignores them), converts lax inputs (numeric strings, integral floats) in place, and returns
// the pydantic-style error list (empty when valid). `partial` = PATCH: nothing is required.
QJsonArray check(QJsonObject &body, const QList<Field> &fields, bool partial);

// Error entries shared by handlers.
QJsonObject missing(const QJsonArray &loc, const QJsonValue &input);
QJsonObject intParsing(const QJsonArray &loc, const QJsonValue &input);
QJsonObject boolParsing(const QJsonArray &loc, const QJsonValue &input);

// Query parameters: integers and booleans; on failure returns false and fills `error`.
bool queryInt(const ApiRequest &request, const QString &key, qint64 &value, ApiReply &error);
bool queryBool(const ApiRequest &request, const QString &key, bool &value, ApiReply &error);
// A path id; false with a 422 int_parsing when it is not an integer.
bool pathId(const QString &text, const char *name, qint64 &id, ApiReply &error);

// Normalises an ISO date-time to the "yyyy-MM-ddTHH:mm:ssZ" form; empty when invalid.
QString normaliseDateTime(const QString &text);

} // namespace Spoolbridge::Standin::Validation
