#include "fakehttpserver.h"
#include "recordedbodies.h"
#include "spoolmantestutil.h"

#include "core/spoolman/spoolmanerrors.h"

#include <catch2/catch.hpp>

using namespace Spoolbridge;
using namespace Spoolbridge::Test;

namespace {

const QString url = QStringLiteral("http://spoolman.local:7912");

SpoolmanResult<QJsonValue> mapBody(int code, const char *body, const QByteArray &contentType = "application/json")
{
    ReplyFacts facts;
    facts.httpCode = code;
    facts.body = QByteArray(body);
    facts.contentType = contentType;
    facts.error = code >= 400 ? QNetworkReply::UnknownContentError : QNetworkReply::NoError;
    return SpoolmanErrors::interpret(facts, url, 10000);
}

struct Expected {
    int code;
    const char *body;
    SpoolmanStatus status;
    const char *message;
};

} // namespace

TEST_CASE("spoolman errors: every recorded error body maps to its message")
{
    const QList<Expected> table = {
        {422, Recorded::err422Missing, SpoolmanStatus::Invalid,
            "Spoolman refused the request: body.filament_id: Field required."},
        {404, Recorded::err404Filament, SpoolmanStatus::NotFound, "Spoolman: No filament with ID 999 found."},
        {404, Recorded::err404Spool, SpoolmanStatus::NotFound, "Spoolman: No spool with ID 9999 found."},
        {400, Recorded::err400BothWeights, SpoolmanStatus::Invalid,
            "Spoolman refused the request: Only specify either remaining_weight or used_weight."},
        {400, Recorded::err400UseBoth, SpoolmanStatus::Invalid,
            "Spoolman refused the request: Only specify either use_weight or use_length."},
        {400, Recorded::err400UseNeither, SpoolmanStatus::Invalid,
            "Spoolman refused the request: Either use_weight or use_length must be specified."},
        {400, Recorded::err400NotJson, SpoolmanStatus::Invalid,
            "Spoolman refused the request: Invalid extra field for key tag: Value is not valid JSON."},
        {400, Recorded::err400NotInteger, SpoolmanStatus::Invalid,
            "Spoolman refused the request: Invalid extra field for key ams_slot: Value is not an integer."},
        {400, Recorded::err400UnknownField, SpoolmanStatus::Invalid,
            "Spoolman refused the request: Unknown extra field nosuchkey."},
        {400, Recorded::err400FieldType, SpoolmanStatus::Invalid,
            "Spoolman refused the request: Field type cannot be changed."},
        {422, Recorded::err422Negative, SpoolmanStatus::Invalid,
            "Spoolman refused the request: body.remaining_weight: Input should be greater than or equal to 0."},
        {422, Recorded::err422JsonInvalid, SpoolmanStatus::Invalid,
            "Spoolman refused the request: body.0: JSON decode error."},
        {422, Recorded::err422Filament, SpoolmanStatus::Invalid,
            "Spoolman refused the request: body.density: Field required; body.diameter: Field required."},
        {422, Recorded::err422FieldType, SpoolmanStatus::Invalid,
            "Spoolman refused the request: body.field_type: Field required."},
        {403, Recorded::err403Origin, SpoolmanStatus::OriginRefused,
            "Spoolman refused the request because it carried an Origin header it does not trust; Spoolbridge sends "
            "none, so a reverse proxy must be adding it — remove it there or set SPOOLMAN_CORS_ORIGIN. Spoolman said: "
            "Request refused: it came from an origin this Spoolman instance does not trust. Set SPOOLMAN_CORS_ORIGIN "
            "if this origin should be allowed."},
        {400, Recorded::err400MeasureNoInitial, SpoolmanStatus::Invalid,
            "Spoolman refused the request: Initial weight is not set."},
        {400, Recorded::err400MeasureNoSpool, SpoolmanStatus::NotFound, "Spoolman: Spool not found."},
    };
    for (const Expected &row : table) {
        INFO(row.body);
        const SpoolmanResult<QJsonValue> result = mapBody(row.code, row.body);
        CHECK(result.status == row.status);
        CHECK(result.httpCode == row.code);
        CHECK(result.message.toStdString() == std::string(row.message));
    }
}

TEST_CASE("spoolman errors: proxies, HTML pages and odd bodies")
{
    SpoolmanResult<QJsonValue> result = mapBody(502, Recorded::html502, "text/html");
    CHECK(result.status == SpoolmanStatus::BadResponse);
    CHECK(result.message
        == QStringLiteral("Spoolman at http://spoolman.local:7912 answered with an HTML page (HTTP 502) instead of "
                          "Spoolman's API — check the URL and the reverse proxy."));
    // HTML recognised by its start even without a content type; also with HTTP 200.
    CHECK(mapBody(200, "<!DOCTYPE html><html><body>Spoolman UI</body></html>", "")
              .message.contains(QLatin1String("answered with an HTML page (HTTP 200)")));

    result = mapBody(401, "<html><body>401 Authorization Required</body></html>", "text/html");
    CHECK(result.status == SpoolmanStatus::Unauthorized);
    CHECK(result.message
        == QStringLiteral("The server at http://spoolman.local:7912 refused access (HTTP 401) — check the reverse "
                          "proxy's user name and password or header in the Spoolman settings."));
    result = mapBody(403, "Forbidden", "text/plain");
    CHECK(result.status == SpoolmanStatus::Unauthorized);
    CHECK(result.message.contains(QLatin1String("(HTTP 403)")));
    // A proxy's own JSON 403 is not Spoolman's Origin guard.
    result = mapBody(403, R"({"message":"Invalid API key"})");
    CHECK(result.status == SpoolmanStatus::Unauthorized);
    CHECK(result.message.endsWith(QLatin1String("It said: Invalid API key.")));

    result = mapBody(500, "Internal Server Error", "text/plain");
    CHECK(result.status == SpoolmanStatus::ServerError);
    CHECK(result.message
        == QStringLiteral("Spoolman at http://spoolman.local:7912 failed with an internal error (HTTP 500) — check "
                          "Spoolman's log."));
    result = mapBody(404, R"({"detail":"Not Found"})");
    CHECK(result.status == SpoolmanStatus::NotFound);
    CHECK(result.message.contains(QLatin1String("has no such API address")));
    result = mapBody(200, "hello", "text/plain");
    CHECK(result.status == SpoolmanStatus::BadResponse);
    CHECK(result.message.contains(QLatin1String("not JSON (HTTP 200)")));
    result = mapBody(200, "\"AMS2\"");
    CHECK(result.ok());
    CHECK(result.payload.toString() == QLatin1String("AMS2"));
}

TEST_CASE("spoolman errors: network failures name the server and what to do")
{
    ReplyFacts facts;
    facts.error = QNetworkReply::ConnectionRefusedError;
    SpoolmanResult<QJsonValue> result = SpoolmanErrors::interpret(facts, url, 10000);
    CHECK(result.status == SpoolmanStatus::NetworkError);
    CHECK(result.message
        == QStringLiteral(
            "Spoolman at http://spoolman.local:7912 refused the connection — is it running and is the port right?"));
    facts.error = QNetworkReply::OperationCanceledError;
    result = SpoolmanErrors::interpret(facts, url, 10000);
    CHECK(result.status == SpoolmanStatus::Timeout);
    CHECK(result.message
        == QStringLiteral("Spoolman at http://spoolman.local:7912 did not answer within 10 s — is it running?"));
    facts.error = QNetworkReply::HostNotFoundError;
    CHECK(SpoolmanErrors::interpret(facts, url, 10000).message.contains(QLatin1String("could not be found")));
    facts = ReplyFacts();
    facts.error = QNetworkReply::SslHandshakeFailedError;
    facts.sslErrors = QStringLiteral("The issuer certificate of a locally looked up certificate could not be found");
    result = SpoolmanErrors::interpret(facts, QStringLiteral("https://host/spoolman"), 10000);
    CHECK(result.status == SpoolmanStatus::TlsError);
    CHECK(result.message.contains(QLatin1String("give its CA file")));
    facts = ReplyFacts();
    facts.error = QNetworkReply::InsecureRedirectError;
    facts.httpCode = 301;
    CHECK(SpoolmanErrors::interpret(facts, url, 10000).message.contains(QLatin1String("less secure address")));
}

TEST_CASE("spoolman errors: a slow server times out with the timeout message")
{
    FakeHttpServer server;
    REQUIRE(server.listen());
    FakeResponse hang;
    hang.hang = true;
    server.route("GET", "/api/v1/info", hang);
    ClientFixture fixture(server.baseUrl(), 300);
    const auto result = awaitResult<ServerInfo>([&](auto done) { fixture.client.info(nullptr, done); });
    CHECK(result.status == SpoolmanStatus::Timeout);
    CHECK(result.message
        == QStringLiteral("Spoolman at %1 did not answer within 0.3 s — is it running?").arg(server.baseUrl()));
}

TEST_CASE("spoolman errors: an HTML 502 from a proxy, a refused port, a wrong shape")
{
    FakeHttpServer server;
    REQUIRE(server.listen());
    server.route("GET", "/api/v1/info", FakeResponse {502, Recorded::html502, "text/html", {}, false, false});
    server.route("GET", "/api/v1/spool/1", FakeResponse::json(200, "[]"));
    ClientFixture fixture(server.baseUrl());
    auto info = awaitResult<ServerInfo>([&](auto done) { fixture.client.info(nullptr, done); });
    CHECK(info.status == SpoolmanStatus::BadResponse);
    CHECK(info.httpCode == 502);
    CHECK(info.message
        == QStringLiteral("Spoolman at %1 answered with an HTML page (HTTP 502) instead of Spoolman's API — check the "
                          "URL and the reverse proxy.")
               .arg(server.baseUrl()));

    auto spool = awaitResult<Spool>([&](auto done) { fixture.client.getSpool(1, nullptr, done); });
    CHECK(spool.status == SpoolmanStatus::BadResponse);
    CHECK(spool.message.contains(QLatin1String("does not understand")));

    const quint16 closedPort = freeTcpPort();
    ClientFixture refused(QStringLiteral("http://127.0.0.1:%1").arg(closedPort));
    info = awaitResult<ServerInfo>([&](auto done) { refused.client.info(nullptr, done); });
    CHECK(info.status == SpoolmanStatus::NetworkError);
    CHECK(info.message
        == QStringLiteral("Spoolman at http://127.0.0.1:%1 refused the connection — is it running and is the port "
                          "right?")
               .arg(closedPort));
}

TEST_CASE("spoolman errors: a missing CA file fails every request readably")
{
    ClientFixture fixture(QStringLiteral("https://127.0.0.1:1"));
    fixture.configure([](SpoolmanConfig &config) { config.caFile = QStringLiteral("/nonexistent/ca.pem"); });
    const auto info = awaitResult<ServerInfo>([&](auto done) { fixture.client.info(nullptr, done); });
    CHECK(info.status == SpoolmanStatus::TlsError);
    CHECK(info.message.contains(QLatin1String("/nonexistent/ca.pem could not be read")));
}

TEST_CASE("spoolman errors: a self-signed https server needs its CA file")
{
    FakeHttpServer server;
    REQUIRE(server.enableTls(QStringLiteral(SPOOLMAN_TEST_DATA "/localhost-cert.pem"),
        QStringLiteral(SPOOLMAN_TEST_DATA "/localhost-key.pem")));
    REQUIRE(server.listen());
    server.route("GET", "/api/v1/info", FakeResponse::json(200, Recorded::info));
    ClientFixture fixture(server.baseUrl());
    auto info = awaitResult<ServerInfo>([&](auto done) { fixture.client.info(nullptr, done); });
    CHECK(info.status == SpoolmanStatus::TlsError);
    CHECK(info.message.startsWith(
        QStringLiteral("The secure connection to Spoolman at %1 failed (").arg(server.baseUrl())));
    CHECK(info.message.endsWith(QLatin1String("give its CA file in the Spoolman settings.")));

    fixture.configure(
        [](SpoolmanConfig &config) { config.caFile = QStringLiteral(SPOOLMAN_TEST_DATA "/localhost-cert.pem"); });
    info = awaitResult<ServerInfo>([&](auto done) { fixture.client.info(nullptr, done); });
    REQUIRE(info.ok());
    CHECK(info.payload.version == QLatin1String("0.26.1"));
}

TEST_CASE("spoolman errors: redirects are followed only to equally safe addresses")
{
    FakeHttpServer server;
    REQUIRE(server.listen());
    FakeResponse moved = FakeResponse::json(307, "");
    moved.headers.emplaceBack("Location", "/moved/api/v1/info");
    server.route("GET", "/api/v1/info", moved);
    server.route("GET", "/moved/api/v1/info", FakeResponse::json(200, Recorded::info));
    ClientFixture fixture(server.baseUrl());
    auto info = awaitResult<ServerInfo>([&](auto done) { fixture.client.info(nullptr, done); });
    REQUIRE(info.ok());
    CHECK(server.requests.size() == 2);

    FakeHttpServer secure;
    REQUIRE(secure.enableTls(QStringLiteral(SPOOLMAN_TEST_DATA "/localhost-cert.pem"),
        QStringLiteral(SPOOLMAN_TEST_DATA "/localhost-key.pem")));
    REQUIRE(secure.listen());
    FakeResponse downgrade = FakeResponse::json(302, "");
    downgrade.headers.emplaceBack("Location", (server.baseUrl() + QStringLiteral("/moved/api/v1/info")).toLatin1());
    secure.route("GET", "/api/v1/info", downgrade);
    ClientFixture https(secure.baseUrl());
    https.configure(
        [](SpoolmanConfig &config) { config.caFile = QStringLiteral(SPOOLMAN_TEST_DATA "/localhost-cert.pem"); });
    server.requests.clear();
    info = awaitResult<ServerInfo>([&](auto done) { https.client.info(nullptr, done); });
    CHECK(info.status == SpoolmanStatus::NetworkError);
    CHECK(info.message.contains(QLatin1String("less secure address")));
    CHECK(server.requests.isEmpty());
}
