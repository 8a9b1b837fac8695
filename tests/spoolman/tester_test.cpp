#include "fakehttpserver.h"
#include "recordedbodies.h"
#include "spoolmantestutil.h"

#include "core/cli/commandtable.h"
#include "core/spoolman/connectiontester.h"
#include "support/clirun.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>

using namespace Spoolbridge;
using namespace Spoolbridge::Test;

namespace {

ConnectionTestResult runTester(SpoolmanClient &client)
{
    ConnectionTester tester(&client);
    std::optional<ConnectionTestResult> result;
    QObject::connect(&tester, &ConnectionTester::finished, [&](const ConnectionTestResult &r) { result = r; });
    tester.start();
    REQUIRE(waitUntil([&]() { return result.has_value(); }, 10000));
    return *result;
}

void serveSpoolman(FakeHttpServer &server, const char *version, const char *fields)
{
    QJsonObject info = parseJson(Recorded::info).toObject();
    info.insert(QStringLiteral("version"), QString::fromLatin1(version));
    server.route("GET", "/api/v1/info", FakeResponse::json(200, QJsonDocument(info).toJson(QJsonDocument::Compact)));
    server.route("GET", "/api/v1/field/spool", FakeResponse::json(200, fields));
}

using CliRun = Test::CliResult;

// `spoolbridge-cli spoolman <args…>`.
CliRun spoolmanCli(const QStringList &args)
{
    return Test::runCli(QStringList {QStringLiteral("spoolman")} + args);
}

} // namespace

TEST_CASE("spoolman test connection: a current server with the tag field is usable")
{
    FakeHttpServer server;
    REQUIRE(server.listen());
    serveSpoolman(server, "0.26.1", Recorded::fields);
    ClientFixture fixture(server.baseUrl());
    const ConnectionTestResult result = runTester(fixture.client);
    CHECK(result.reachable);
    CHECK(result.usable);
    CHECK(result.version == QLatin1String("0.26.1"));
    CHECK(result.versionKnown);
    CHECK(result.tagFilter);
    CHECK(result.fieldsPresent == QStringList {QStringLiteral("spool.tag")});
    CHECK(result.fieldsMissing.isEmpty());
    CHECK(result.roundTripMs >= 0);
    CHECK(result.verdict.startsWith(QLatin1String("Spoolman 0.26.1 answered in")));
    CHECK(result.verdict.contains(QLatin1String("looked up by tag on the server")));
    // Read-only: nothing but GETs.
    for (const FakeRequest &request : std::as_const(server.requests))
        CHECK(request.method == "GET");
}

TEST_CASE("spoolman test connection: old servers, missing and conflicting fields, unreachable servers")
{
    FakeHttpServer server;
    REQUIRE(server.listen());
    serveSpoolman(server, "0.22.1", "[]");
    ClientFixture fixture(server.baseUrl());
    ConnectionTestResult result = runTester(fixture.client);
    CHECK(result.usable);
    CHECK_FALSE(result.tagFilter);
    CHECK(result.fieldsMissing == QStringList {QStringLiteral("spool.tag")});
    CHECK(result.verdict.contains(QLatin1String("older than 0.25")));
    CHECK(result.verdict.contains(QLatin1String("registers it on the first sync")));

    serveSpoolman(
        server, "0.26.1", R"([{"name":"Tag","order":0,"field_type":"integer","key":"tag","entity_type":"spool"}])");
    result = runTester(fixture.client);
    CHECK_FALSE(result.usable);
    CHECK(result.fieldsConflicting == QStringList {QStringLiteral("spool.tag")});
    CHECK(result.verdict.contains(QLatin1String("exists with another type")));

    server.route("GET", "/api/v1/info", FakeResponse {502, Recorded::html502, "text/html", {}, false, false});
    result = runTester(fixture.client);
    CHECK(result.reachable);
    CHECK_FALSE(result.usable);
    CHECK(result.status == SpoolmanStatus::BadResponse);
    CHECK(result.verdict.contains(QLatin1String("HTML page (HTTP 502)")));

    ClientFixture refused(QStringLiteral("http://127.0.0.1:%1").arg(freeTcpPort()));
    result = runTester(refused.client);
    CHECK_FALSE(result.reachable);
    CHECK_FALSE(result.usable);
    CHECK(result.verdict.contains(QLatin1String("refused the connection")));
    CHECK(result.toJson().value(QLatin1String("status")) == QLatin1String("network_error"));
}

TEST_CASE("spoolbridge-cli spoolman test prints the result and exits 0 only when usable")
{
    FakeHttpServer server;
    REQUIRE(server.listen());
    serveSpoolman(server, "0.26.1", Recorded::fields);
    const QString passwordFile = makeTempDir(QStringLiteral("cli")) + QStringLiteral("/password");
    QFile file(passwordFile);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("pa ss\n");
    file.close();

    CliRun run = spoolmanCli({QStringLiteral("test"), QStringLiteral("--url"), server.baseUrl(),
        QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("bob"), QStringLiteral("--password-file"),
        passwordFile, QStringLiteral("--header"), QStringLiteral("X-Api-Key: abc"), QStringLiteral("--timeout"),
        QStringLiteral("2")});
    CHECK(run.code == 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(json.value(QLatin1String("usable")).toBool());
    CHECK(json.value(QLatin1String("version")) == QLatin1String("0.26.1"));
    CHECK(json.value(QLatin1String("tag_filter")).toBool());
    CHECK(json.value(QLatin1String("fields_present")).toArray().first() == QLatin1String("spool.tag"));
    REQUIRE_FALSE(server.requests.isEmpty());
    CHECK(server.requests.first().header("Authorization") == "Basic " + QByteArray("bob:pa ss").toBase64());
    CHECK(server.requests.first().header("X-Api-Key") == "abc");
    CHECK_FALSE(server.requests.first().hasHeader("Origin"));

    run = spoolmanCli({QStringLiteral("test"), QStringLiteral("--url"), server.baseUrl()});
    CHECK(run.code == 0);
    CHECK(run.out.contains(QLatin1String("Version:       0.26.1")));
    CHECK(run.out.contains(QLatin1String("Usable:        yes")));

    const quint16 closed = freeTcpPort();
    run = spoolmanCli(
        {QStringLiteral("test"), QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:%1").arg(closed)});
    CHECK(run.code == 1);
    CHECK(run.out.contains(QLatin1String("refused the connection")));
    CHECK(run.out.contains(QLatin1String("Usable:        no")));

    FakeResponse hang;
    hang.hang = true;
    server.route("GET", "/api/v1/info", hang);
    run = spoolmanCli({QStringLiteral("test"), QStringLiteral("--url"), server.baseUrl(), QStringLiteral("--timeout"),
        QStringLiteral("0.2")});
    CHECK(run.code == 1);
    CHECK(run.out.contains(QLatin1String("did not answer within 0.2 s")));

    CHECK(spoolmanCli({QStringLiteral("test")}).code == 2);
    CHECK(spoolmanCli({QStringLiteral("test"), QStringLiteral("--url"), QStringLiteral("ftp://x")}).code == 2);
    run = spoolmanCli({QStringLiteral("test"), QStringLiteral("--url"), server.baseUrl(), QStringLiteral("--header"),
        QStringLiteral("novalue")});
    CHECK(run.code == 2);
    CHECK(run.err.contains(QLatin1String("NAME:VALUE")));
    CHECK(spoolmanCli({QStringLiteral("frob")}).code == 2);
    CHECK(spoolmanCli({QStringLiteral("--help")}).code == 0);
}
