#include "core/util/logging.h"

#include <catch2/catch.hpp>

using Spoolbridge::Logging::redact;

TEST_CASE("redact masks access codes, tokens and passwords")
{
    CHECK(redact(QString::fromLatin1(R"({"access_code":"12345678","host":"10.0.0.2"})"))
        == QString::fromLatin1(R"({"access_code":"***","host":"10.0.0.2"})"));
    CHECK(redact(QStringLiteral("password=hunter2&user=bblp")) == QStringLiteral("password=***&user=bblp"));
    CHECK(redact(QStringLiteral("Authorization: Basic dXNlcjpwYXNz")) == QStringLiteral("Authorization: ***"));
    CHECK(redact(QStringLiteral("nothing secret here")) == QStringLiteral("nothing secret here"));
}

TEST_CASE("logging categories carry the module names")
{
    CHECK(QString::fromLatin1(lcMqtt().categoryName()) == QStringLiteral("spoolbridge.mqtt"));
    CHECK(QString::fromLatin1(lcSpoolman().categoryName()) == QStringLiteral("spoolbridge.spoolman"));
    CHECK_FALSE(lcWireMqtt().isDebugEnabled());
}
