// libFuzzer target: decoding of Spoolman answers. The body goes through
// SpoolmanErrors::interpret (with an HTTP status and content type taken from the first two
// bytes) and, when it is JSON, through Spool/Filament/Vendor::fromJson (objects and arrays).
#include "core/spoolman/filament.h"
#include "core/spoolman/spool.h"
#include "core/spoolman/spoolmanerrors.h"
#include "core/spoolman/vendor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <cstddef>
#include <cstdint>

using namespace Spoolbridge;

namespace {

void decodeAll(const QJsonObject &object)
{
    (void)Spool::fromJson(object);
    (void)Filament::fromJson(object);
    (void)Vendor::fromJson(object);
}

void decodeValue(const QJsonValue &value)
{
    if (value.isObject()) {
        decodeAll(value.toObject());
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (item.isObject())
                decodeAll(item.toObject());
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const std::array<int, 10> codes {200, 201, 204, 400, 404, 409, 422, 500, 502, 0};
    static const std::array<const char *, 4> types {"application/json", "text/html; charset=utf-8", "text/plain", ""};
    if (size < 2)
        return 0;
    ReplyFacts facts;
    facts.httpCode = codes[data[0] % codes.size()];
    facts.contentType = types[data[1] % types.size()];
    if (facts.httpCode == 0)
        facts.error = QNetworkReply::ConnectionRefusedError;
    facts.body = QByteArray(reinterpret_cast<const char *>(data + 2), int(size - 2));

    const SpoolmanResult<QJsonValue> result
        = SpoolmanErrors::interpret(facts, QStringLiteral("http://127.0.0.1:7912"), 10000);
    if (result.ok())
        decodeValue(result.payload);

    // The decoders also see every JSON body, whatever the status said.
    const QJsonDocument document = QJsonDocument::fromJson(facts.body);
    if (document.isObject())
        decodeValue(document.object());
    else if (document.isArray())
        decodeValue(document.array());
    return 0;
}
