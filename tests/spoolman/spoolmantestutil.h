#pragma once

#include "core/spoolman/spoolmanclient.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QNetworkAccessManager>

#include <memory>
#include <optional>

namespace Spoolbridge::Test {

// Starts an asynchronous call and waits (with a deadline) for its result.
template<class T, class Start> SpoolmanResult<T> awaitResult(Start &&start, int timeoutMs = 5000)
{
    auto result = std::make_shared<std::optional<SpoolmanResult<T>>>();
    start([result](const SpoolmanResult<T> &value) { *result = value; });
    REQUIRE(waitUntil([result]() { return result->has_value(); }, timeoutMs));
    return **result;
}

inline QJsonValue parseJson(const char *text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text));
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

// A client with its own QNAM, pointed at `url`.
struct ClientFixture {
    QNetworkAccessManager network;
    SpoolmanClient client {&network};

    explicit ClientFixture(const QString &url, int timeoutMs = 5000)
    {
        QString error;
        std::optional<SpoolmanConfig> config = SpoolmanConfig::fromUserUrl(url, &error);
        REQUIRE(config);
        config->timeoutMs = timeoutMs;
        client.setConfig(*config);
    }
    void configure(const std::function<void(SpoolmanConfig &)> &change)
    {
        SpoolmanConfig config = client.config();
        change(config);
        client.setConfig(config);
    }
};

} // namespace Spoolbridge::Test
