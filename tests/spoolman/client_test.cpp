#include "fakehttpserver.h"
#include "recordedbodies.h"
#include "spoolmantestutil.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

using namespace Spoolbridge;
using namespace Spoolbridge::Test;

namespace {

// A spool body with the given id and tag (nullptr: no tag).
QByteArray spoolJson(int id, const char *tag)
{
    QJsonObject spool = parseJson(Recorded::spool).toObject();
    spool.insert(QStringLiteral("id"), id);
    QJsonObject extra;
    if (tag)
        extra.insert(QStringLiteral("tag"), SpoolmanExtra::encodeText(QString::fromLatin1(tag)));
    spool.insert(QStringLiteral("extra"), extra);
    return QJsonDocument(spool).toJson(QJsonDocument::Compact);
}

QByteArray arrayOf(const QList<QByteArray> &items)
{
    return '[' + items.toList().join(',') + ']';
}

FakeResponse infoWithVersion(const char *version)
{
    QJsonObject info = parseJson(Recorded::info).toObject();
    info.insert(QStringLiteral("version"), QString::fromLatin1(version));
    return FakeResponse::json(200, QJsonDocument(info).toJson(QJsonDocument::Compact));
}

} // namespace

TEST_CASE("spoolman client: base URLs with and without a path prefix")
{
    QString error;
    auto config = SpoolmanConfig::fromUserUrl(QStringLiteral("http://host:7912/"), &error);
    REQUIRE(config);
    CHECK(RequestBuilder(*config).apiUrl(QStringLiteral("/info")).toString()
        == QLatin1String("http://host:7912/api/v1/info"));
    config = SpoolmanConfig::fromUserUrl(QStringLiteral("https://host/spoolman/api/v1/"), &error);
    REQUIRE(config);
    CHECK(config->displayUrl() == QLatin1String("https://host/spoolman"));
    CHECK(RequestBuilder(*config).apiUrl(QStringLiteral("/spool/3")).toString()
        == QLatin1String("https://host/spoolman/api/v1/spool/3"));
    CHECK(RequestBuilder(*config).websocketUrl(QStringLiteral("/")).toString()
        == QLatin1String("wss://host/spoolman/api/v1/"));
    config = SpoolmanConfig::fromUserUrl(QStringLiteral("192.168.1.50:7912"), &error);
    REQUIRE(config);
    CHECK(config->displayUrl() == QLatin1String("http://192.168.1.50:7912"));
    CHECK(RequestBuilder(*config).websocketUrl(QStringLiteral("/spool")).toString()
        == QLatin1String("ws://192.168.1.50:7912/api/v1/spool"));
    config = SpoolmanConfig::fromUserUrl(QStringLiteral("http://bob:secret@host:7912"), &error);
    REQUIRE(config);
    CHECK(config->user == QLatin1String("bob"));
    CHECK(config->password == QLatin1String("secret"));
    CHECK_FALSE(config->displayUrl().contains(QLatin1String("secret")));
    CHECK_FALSE(SpoolmanConfig::fromUserUrl(QStringLiteral("ftp://host"), &error));
    CHECK(error.contains(QLatin1String("not a Spoolman address")));
    CHECK_FALSE(SpoolmanConfig::fromUserUrl(QString(), &error));
    CHECK(error.contains(QLatin1String("No Spoolman URL")));
}

TEST_CASE("spoolman client: requests carry auth, gzip, no Origin, and use the prefix")
{
    FakeHttpServer server;
    REQUIRE(server.listen());
    FakeResponse compressed = FakeResponse::json(200, Recorded::info);
    compressed.deflate = true;
    server.route("GET", "/spoolman/api/v1/info", compressed);
    server.route("POST", "/spoolman/api/v1/vendor", FakeResponse::json(200, Recorded::vendor));
    ClientFixture fixture(server.baseUrl() + QStringLiteral("/spoolman/"));
    fixture.configure([](SpoolmanConfig &config) {
        config.headerName = "X-Api-Key";
        config.headerValue = "s3cret";
    });

    const auto info = awaitResult<ServerInfo>([&](auto done) { fixture.client.info(nullptr, done); });
    REQUIRE(info.ok());
    CHECK(info.payload.version == QLatin1String("0.26.1")); // decompressed by QNAM
    Vendor vendor;
    vendor.name = QStringLiteral("Bambu Lab");
    const auto created = awaitResult<Vendor>([&](auto done) { fixture.client.createVendor(vendor, nullptr, done); });
    REQUIRE(created.ok());
    CHECK(created.payload.id == 1);

    REQUIRE(server.requests.size() == 2);
    for (const FakeRequest &request : std::as_const(server.requests)) {
        CHECK_FALSE(request.hasHeader("Origin"));
        CHECK(request.header("X-Api-Key") == "s3cret");
        CHECK(request.header("Accept-Encoding").contains("gzip"));
        CHECK_FALSE(request.hasHeader("Authorization"));
    }
    CHECK(server.requests.at(1).header("Content-Type") == "application/json");
    CHECK(QJsonDocument::fromJson(server.requests.at(1).body).object()
        == QJsonObject {{QStringLiteral("name"), QStringLiteral("Bambu Lab")}});

    fixture.configure([](SpoolmanConfig &config) {
        config.headerName.clear();
        config.user = QStringLiteral("bob");
        config.password = QStringLiteral("pa:ss");
    });
    REQUIRE(awaitResult<ServerInfo>([&](auto done) { fixture.client.info(nullptr, done); }).ok());
    CHECK(server.requests.last().header("Authorization") == "Basic " + QByteArray("bob:pa:ss").toBase64());
    CHECK_FALSE(fixture.client.requestBuilder()
                    .describeHeaders(fixture.client.requestBuilder().request(QStringLiteral("/info")))
                    .contains(QLatin1String("Ym9i")));
}

TEST_CASE("spoolman client: spool CRUD, use and measure send the documented requests")
{
    FakeHttpServer server;
    REQUIRE(server.listen());
    server.setHandler([](const FakeRequest &request) {
        if (request.path() == "/api/v1/spool/9999")
            return FakeResponse::json(404, Recorded::err404Spool);
        if (request.method == "DELETE")
            return FakeResponse::json(200, R"({"message":"Success!"})");
        return FakeResponse::json(200, Recorded::spool);
    });
    ClientFixture fixture(server.baseUrl());
    SpoolmanClient &client = fixture.client;

    QJsonObject body {{QStringLiteral("filament_id"), 1}, {QStringLiteral("location"), QStringLiteral("AMS1")}};
    CHECK(awaitResult<Spool>([&](auto done) { client.createSpool(body, nullptr, done); }).ok());
    CHECK(awaitResult<Spool>([&](auto done) {
        client.patchSpool(1, SpoolmanExtra::removal(QStringLiteral("tag")), nullptr, done);
    }).ok());
    CHECK(awaitResult<Spool>([&](auto done) { client.useWeight(1, 12.5, nullptr, done); }).ok());
    CHECK(awaitResult<Spool>([&](auto done) { client.useLength(1, 100, nullptr, done); }).ok());
    CHECK(awaitResult<Spool>([&](auto done) { client.measure(1, 1037.5, nullptr, done); }).ok());
    CHECK(awaitResult<QJsonValue>([&](auto done) { client.deleteSpool(1, nullptr, done); }).ok());
    const auto missing = awaitResult<Spool>([&](auto done) { client.getSpool(9999, nullptr, done); });
    CHECK(missing.status == SpoolmanStatus::NotFound);
    CHECK(missing.httpCode == 404);
    CHECK(missing.message == QLatin1String("Spoolman: No spool with ID 9999 found."));

    const QList<FakeRequest> &seen = server.requests;
    REQUIRE(seen.size() == 7);
    CHECK((seen[0].method == "POST" && seen[0].path() == "/api/v1/spool"));
    CHECK(QJsonDocument::fromJson(seen[0].body).object() == body);
    CHECK((seen[1].method == "PATCH" && seen[1].path() == "/api/v1/spool/1"));
    CHECK(seen[1].body == R"({"extra":{"tag":null}})");
    CHECK((seen[2].method == "PUT" && seen[2].path() == "/api/v1/spool/1/use"));
    CHECK(seen[2].body == R"({"use_weight":12.5})");
    CHECK(seen[3].body == R"({"use_length":100})");
    CHECK((seen[4].method == "PUT" && seen[4].path() == "/api/v1/spool/1/measure"));
    CHECK(seen[4].body == R"({"weight":1037.5})");
    CHECK((seen[5].method == "DELETE" && seen[5].path() == "/api/v1/spool/1"));
}

TEST_CASE("spoolman client: paging follows x-total-count")
{
    FakeHttpServer server;
    REQUIRE(server.listen());
    server.setHandler([](const FakeRequest &request) {
        const QUrlQuery query = request.query();
        const int limit = query.queryItemValue(QStringLiteral("limit")).toInt();
        const int offset = query.queryItemValue(QStringLiteral("offset")).toInt();
        QList<QByteArray> page;
        for (int id = offset + 1; id <= qMin(offset + limit, 7); ++id)
            page.append(spoolJson(id, nullptr));
        FakeResponse response = FakeResponse::json(200, arrayOf(page));
        response.headers.emplaceBack("x-total-count", "7");
        return response;
    });
    ClientFixture fixture(server.baseUrl());
    SpoolQuery query;
    query.location = QStringLiteral("AMS1");
    query.limit = 3;
    const auto first = awaitResult<QList<Spool>>([&](auto done) { fixture.client.listSpools(query, nullptr, done); });
    REQUIRE(first.ok());
    CHECK(first.payload.size() == 3);
    CHECK(first.totalCount == 7);

    server.requests.clear();
    const auto all
        = awaitResult<QList<Spool>>([&](auto done) { fixture.client.listAllSpools(query, 3, nullptr, done); });
    REQUIRE(all.ok());
    REQUIRE(all.payload.size() == 7);
    CHECK(all.payload.last().id == 7);
    CHECK(all.totalCount == 7);
    REQUIRE(server.requests.size() == 3);
    CHECK(server.requests.at(2).rawQuery() == "location=AMS1&limit=3&offset=6");
}

TEST_CASE("spoolman client: tag lookup keeps only spools that really carry the tag")
{
    FakeHttpServer server;
    REQUIRE(server.listen());
    // A server that ignores the filter and returns every spool.
    server.setHandler([](const FakeRequest &request) {
        if (request.path() == "/api/v1/info")
            return FakeResponse::json(200, Recorded::info);
        if (request.path() == "/api/v1/field/spool")
            return FakeResponse::json(200, Recorded::fields);
        return FakeResponse::json(200,
            arrayOf({spoolJson(1, "uuid-3"), spoolJson(2, "uuid-30"), spoolJson(3, nullptr), spoolJson(4, "UUID-3x")}));
    });
    ClientFixture fixture(server.baseUrl());
    const auto found = awaitResult<QList<Spool>>(
        [&](auto done) { fixture.client.findSpoolsByTag(QStringLiteral("uuid-3"), nullptr, done); });
    REQUIRE(found.ok());
    REQUIRE(found.payload.size() == 1);
    CHECK(found.payload.first().id == 1);
    CHECK(found.totalCount == 1);
    const FakeRequest &lookup = server.requests.last();
    CHECK(lookup.path() == "/api/v1/spool");
    CHECK(lookup.rawQuery() == "extra.tag=uuid-3&allow_archived=true");

    // /info and /field are read once per connection.
    server.requests.clear();
    REQUIRE(awaitResult<QList<Spool>>([&](auto done) {
        fixture.client.findSpoolsByTag(QStringLiteral("uuid-30"), nullptr, done);
    }).payload.size()
        == 1);
    CHECK(server.requests.size() == 1);
}

TEST_CASE("spoolman client: an unregistered tag field means no spool, without a list download")
{
    FakeHttpServer server;
    REQUIRE(server.listen());
    server.route("GET", "/api/v1/info", FakeResponse::json(200, Recorded::info));
    server.route("GET", "/api/v1/field/spool", FakeResponse::json(200, "[]"));
    server.route("GET", "/api/v1/spool", FakeResponse::json(200, arrayOf({spoolJson(1, "uuid-3")})));
    ClientFixture fixture(server.baseUrl());
    const auto found = awaitResult<QList<Spool>>(
        [&](auto done) { fixture.client.findSpoolsByTag(QStringLiteral("uuid-3"), nullptr, done); });
    REQUIRE(found.ok());
    CHECK(found.payload.isEmpty());
    for (const FakeRequest &request : std::as_const(server.requests))
        CHECK(request.path() != "/api/v1/spool");
}

TEST_CASE("spoolman client: older servers are scanned page by page")
{
    FakeHttpServer server;
    REQUIRE(server.listen());
    server.setHandler([](const FakeRequest &request) {
        if (request.path() == "/api/v1/info")
            return infoWithVersion("0.22.1");
        CHECK_FALSE(request.rawQuery().contains("extra."));
        const int offset = request.query().queryItemValue(QStringLiteral("offset")).toInt();
        QList<QByteArray> page;
        if (offset == 0) {
            for (int id = 1; id <= 500; ++id)
                page.append(spoolJson(id, "other"));
        } else {
            page.append(spoolJson(501, "\"quoted\""));
            page.append(spoolJson(502, "ABCDEF01"));
        }
        FakeResponse response = FakeResponse::json(200, arrayOf(page));
        response.headers.emplaceBack("x-total-count", "502");
        return response;
    });
    ClientFixture fixture(server.baseUrl());
    const auto found = awaitResult<QList<Spool>>(
        [&](auto done) { fixture.client.findSpoolsByTag(QStringLiteral("abcdef01"), nullptr, done); });
    REQUIRE(found.ok());
    REQUIRE(found.payload.size() == 1);
    CHECK(found.payload.first().id == 502);
    CHECK(server.requests.size() == 3); // /info + two pages
    REQUIRE(fixture.client.cachedCapabilities());
    CHECK_FALSE(fixture.client.cachedCapabilities()->extraFilter);
}

TEST_CASE("spoolman client: ensureExtraFields registers what is missing and tolerates races")
{
    FakeHttpServer server;
    REQUIRE(server.listen());
    int posts = 0;
    bool registered = false;
    server.setHandler([&](const FakeRequest &request) {
        if (request.method == "GET" && request.path() == "/api/v1/field/spool")
            return FakeResponse::json(200, registered ? Recorded::fields : "[]");
        if (request.method == "POST" && request.path() == "/api/v1/field/spool/tag") {
            ++posts;
            registered = true;
            return FakeResponse::json(200, Recorded::fields);
        }
        return FakeResponse::json(404, R"({"detail":"Not Found"})");
    });
    ClientFixture fixture(server.baseUrl());
    auto added
        = awaitResult<QList<ExtraField>>([&](auto done) { fixture.client.ensureExtraFields({}, nullptr, done); });
    REQUIRE(added.ok());
    REQUIRE(added.payload.size() == 1);
    CHECK(added.payload.first().key == QLatin1String("tag"));
    CHECK(posts == 1);
    const FakeRequest post = server.requests.last();
    CHECK(QJsonDocument::fromJson(post.body).object().value(QLatin1String("field_type")) == QLatin1String("text"));
    CHECK(fixture.client.knownFieldKeys(QStringLiteral("spool")) == QStringList {QStringLiteral("tag")});

    // Already there: nothing to add.
    added = awaitResult<QList<ExtraField>>([&](auto done) { fixture.client.ensureExtraFields({}, nullptr, done); });
    REQUIRE(added.ok());
    CHECK(added.payload.isEmpty());
    CHECK(posts == 1);

    // Another client registers it between our GET and POST: the POST is refused, a re-read
    // shows the field, and that counts as success.
    registered = false;
    server.setHandler([&](const FakeRequest &request) {
        if (request.method == "GET")
            return FakeResponse::json(200, registered ? Recorded::fields : "[]");
        registered = true;
        return FakeResponse::json(400, Recorded::err400FieldType);
    });
    added = awaitResult<QList<ExtraField>>([&](auto done) { fixture.client.ensureExtraFields({}, nullptr, done); });
    CHECK(added.ok());
    CHECK(added.payload.isEmpty());

    // Deleting returns the remaining list.
    server.setHandler([](const FakeRequest &request) {
        CHECK(request.method == "DELETE");
        CHECK(request.path() == "/api/v1/field/spool/tag");
        return FakeResponse::json(200, "[]");
    });
    const auto remaining = awaitResult<QList<ExtraField>>([&](auto done) {
        fixture.client.deleteExtraField(QStringLiteral("spool"), QStringLiteral("tag"), nullptr, done);
    });
    REQUIRE(remaining.ok());
    CHECK(remaining.payload.isEmpty());
    CHECK(fixture.client.knownFieldKeys(QStringLiteral("spool")) == QStringList());

    // A "tag" field of another type cannot be used.
    server.setHandler([](const FakeRequest &) {
        return FakeResponse::json(
            200, R"([{"name":"Tag","order":0,"field_type":"integer","key":"tag","entity_type":"spool"}])");
    });
    added = awaitResult<QList<ExtraField>>([&](auto done) { fixture.client.ensureExtraFields({}, nullptr, done); });
    CHECK(added.status == SpoolmanStatus::Conflict);
    CHECK(added.message.contains(QLatin1String("of type integer")));
}

TEST_CASE("spoolman client: settings, locations, rename and SpoolmanDB")
{
    FakeHttpServer server;
    REQUIRE(server.listen());
    server.setHandler([](const FakeRequest &request) {
        if (request.path() == "/api/v1/location")
            return FakeResponse::json(200, Recorded::locations);
        if (request.path().startsWith("/api/v1/location/"))
            return FakeResponse::json(200, R"("AMS1 slot 1")");
        if (request.path() == "/api/v1/setting/")
            return FakeResponse::json(200, R"({"currency":{"value":"\"EUR\"","is_set":true,"type":"string"}})");
        if (request.path() == "/api/v1/setting/locations")
            return FakeResponse::json(200, R"({"value":"[\"AMS1\",\"Shelf\"]","is_set":true,"type":"array"})");
        if (request.path() == "/api/v1/external/filament")
            return FakeResponse::json(200, Recorded::referenceExternal);
        return FakeResponse::json(404, R"({"detail":"Not Found"})");
    });
    ClientFixture fixture(server.baseUrl());
    SpoolmanClient &client = fixture.client;

    const auto locations = awaitResult<QStringList>([&](auto done) { client.listLocations(nullptr, done); });
    REQUIRE(locations.ok());
    CHECK(locations.payload
        == QStringList {QStringLiteral("AMS1 slot 2"), QStringLiteral("AMS2"), QStringLiteral("Shelf AMS1 backup")});

    const auto renamed = awaitResult<QString>([&](auto done) {
        client.renameLocation(QStringLiteral("AMS1 slot 2"), QStringLiteral("AMS1 slot 1"), nullptr, done);
    });
    REQUIRE(renamed.ok());
    CHECK(renamed.payload == QLatin1String("AMS1 slot 1"));
    CHECK(server.requests.last().method == "PATCH");
    CHECK(server.requests.last().path() == "/api/v1/location/AMS1%20slot%202");
    CHECK(server.requests.last().body == R"({"name":"AMS1 slot 1"})");

    const auto settings = awaitResult<QList<Setting>>([&](auto done) { client.listSettings(nullptr, done); });
    REQUIRE(settings.ok());
    CHECK(settings.payload.first().decodedValue()->toString() == QLatin1String("EUR"));

    const QJsonArray wanted {QStringLiteral("AMS1"), QStringLiteral("Shelf")};
    const auto set = awaitResult<Setting>(
        [&](auto done) { client.setSetting(QStringLiteral("locations"), wanted, nullptr, done); });
    REQUIRE(set.ok());
    CHECK(set.payload.decodedValue()->toArray() == wanted);
    CHECK(server.requests.last().method == "POST");
    CHECK(server.requests.last().header("Content-Type") == "application/json");
    CHECK(server.requests.last().body == R"("[\"AMS1\",\"Shelf\"]")");

    const auto one
        = awaitResult<Setting>([&](auto done) { client.getSetting(QStringLiteral("locations"), nullptr, done); });
    REQUIRE(one.ok());
    CHECK(one.payload.key == QLatin1String("locations"));
    CHECK(one.payload.type == QLatin1String("array"));
    CHECK(server.requests.last().method == "GET");

    const auto external
        = awaitResult<QList<ExternalFilament>>([&](auto done) { client.listExternalFilaments(nullptr, done); });
    REQUIRE(external.ok());
    CHECK(external.payload.first().name == QStringLiteral("Polysonic™ Black"));
}

TEST_CASE("spoolman client: a destroyed context gets no callback")
{
    FakeHttpServer server;
    REQUIRE(server.listen());
    server.route("GET", "/api/v1/info", FakeResponse::json(200, Recorded::info));
    ClientFixture fixture(server.baseUrl());
    bool called = false;
    auto *context = new QObject;
    fixture.client.info(context, [&called](const SpoolmanResult<ServerInfo> &) { called = true; });
    delete context;
    bool other = false;
    fixture.client.info(nullptr, [&other](const SpoolmanResult<ServerInfo> &) { other = true; });
    REQUIRE(waitUntil([&]() { return other; }));
    CHECK_FALSE(called);
}

namespace {
QStringList s_captured;
void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    s_captured.append(message);
}
} // namespace

TEST_CASE("spoolman client: the wire log shows requests and answers with secrets masked")
{
    FakeHttpServer server;
    REQUIRE(server.listen());
    server.route("PATCH", "/api/v1/spool/1", FakeResponse::json(200, Recorded::spool));
    ClientFixture fixture(server.baseUrl());
    fixture.configure([](SpoolmanConfig &config) {
        config.headerName = "X-Api-Key";
        config.headerValue = "s3cret-key";
        config.user = QStringLiteral("bob");
        config.password = QStringLiteral("hunter2");
    });
    s_captured.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("spoolbridge.wire.spoolman.debug=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    const auto patched = awaitResult<Spool>([&](auto done) {
        fixture.client.patchSpool(
            1, QJsonObject {{QStringLiteral("comment"), QStringLiteral("token=abc123")}}, nullptr, done);
    });
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    REQUIRE(patched.ok());
    const QString log = s_captured.join(u'\n');
    INFO(log.toStdString());
    CHECK(log.contains(QString::fromUtf8("→ PATCH")));
    CHECK(log.contains(QString::fromUtf8("← 200 PATCH")));
    CHECK(log.contains(QLatin1String("X-Api-Key: ***")));
    CHECK(log.contains(QLatin1String("Authorization: ***")));
    CHECK(log.contains(QLatin1String("AMS1"))); // the answer body is logged
    CHECK_FALSE(log.contains(QLatin1String("s3cret-key")));
    CHECK_FALSE(log.contains(QString::fromLatin1(QByteArray("bob:hunter2").toBase64())));
    CHECK_FALSE(log.contains(QLatin1String("abc123")));
}

TEST_CASE("spoolman client: health, vendors and filaments with filters")
{
    FakeHttpServer server;
    REQUIRE(server.listen());
    server.route("GET", "/api/v1/health", FakeResponse::json(200, Recorded::health));
    server.route("GET", "/api/v1/vendor", FakeResponse::json(200, arrayOf({Recorded::vendor})));
    server.route("GET", "/api/v1/filament", FakeResponse::json(200, arrayOf({Recorded::filament})));
    server.route("POST", "/api/v1/filament", FakeResponse::json(422, Recorded::err422Filament));
    server.route("PATCH", "/api/v1/vendor/1", FakeResponse::json(409, R"({"message":"Vendor is in use."})"));
    ClientFixture fixture(server.baseUrl());
    SpoolmanClient &client = fixture.client;

    const auto health = awaitResult<QString>([&](auto done) { client.health(nullptr, done); });
    REQUIRE(health.ok());
    CHECK(health.payload == QLatin1String("healthy"));
    const auto vendors = awaitResult<QList<Vendor>>([&](auto done) {
        client.listVendors({{QStringLiteral("name"), SpoolQuery::exact(QStringLiteral("Bambu Lab"))}}, nullptr, done);
    });
    REQUIRE(vendors.ok());
    CHECK(vendors.payload.first().name == QLatin1String("Bambu Lab"));
    CHECK(server.requests.last().rawQuery() == "name=%22Bambu%20Lab%22");
    const auto filaments = awaitResult<QList<Filament>>([&](auto done) {
        client.listFilaments(
            {{QStringLiteral("vendor.id"), QStringLiteral("1")}, {QStringLiteral("material"), QStringLiteral("PLA")}},
            nullptr, done);
    });
    REQUIRE(filaments.ok());
    CHECK(filaments.payload.first().vendor->id == 1);
    CHECK(server.requests.last().rawQuery() == "vendor.id=1&material=PLA");

    Filament incomplete;
    incomplete.name = QStringLiteral("PLA");
    const auto refused = awaitResult<Filament>([&](auto done) { client.createFilament(incomplete, nullptr, done); });
    CHECK(refused.status == SpoolmanStatus::Invalid);
    CHECK(refused.httpCode == 422);
    CHECK(refused.message
        == QLatin1String("Spoolman refused the request: body.density: Field required; body.diameter: Field required."));
    const auto conflict = awaitResult<Vendor>([&](auto done) {
        client.patchVendor(1, QJsonObject {{QStringLiteral("name"), QStringLiteral("X")}}, nullptr, done);
    });
    CHECK(conflict.status == SpoolmanStatus::Conflict);
    CHECK(conflict.message == QLatin1String("Spoolman refused the request: Vendor is in use."));
}
