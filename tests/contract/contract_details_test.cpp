// Contract: details read from the Spoolman source at the documented commit (a9e5055, just
// after v0.26.1) rather than observed: error sentences and check order beyond spoolman-api.md.

#include "contractclient.h"

#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QSet>
#include <QWebSocket>

#include <algorithm>

using namespace Spoolbridge::Test;
using namespace Spoolbridge::Test::Contract;

namespace {
QString message(const Reply &reply)
{
    return reply.object().value(QLatin1String("message")).toString();
}

qint64 idOf(const QJsonObject &object)
{
    return object.value(QLatin1String("id")).toInteger();
}
} // namespace

TEST_CASE("contract (source): malformed sort specs are a 400 with a sentence")
{
    const Reply noDirection = call("GET", QStringLiteral("/spool?sort=id&limit=1"));
    CHECK(noDirection.status == 400);
    CHECK(message(noDirection) == QLatin1String("Invalid sort 'id', expected the form 'field:asc' or 'field:desc'."));
    const Reply sideways = call("GET", QStringLiteral("/vendor?sort=name:sideways&limit=1"));
    CHECK(sideways.status == 400);
    CHECK(message(sideways)
        == QLatin1String("Invalid sort direction 'sideways' for field 'name', expected 'asc' or 'desc'."));
}

TEST_CASE("contract (source): id lists must match their pattern")
{
    const Reply reply = call("GET", QStringLiteral("/spool?filament.id=abc"));
    CHECK(reply.status == 422);
    const QJsonObject entry = reply.object().value(QLatin1String("detail")).toArray().at(0).toObject();
    CHECK(entry.value(QLatin1String("type")).toString() == QLatin1String("string_pattern_mismatch"));
    CHECK(entry.value(QLatin1String("loc")).toArray()
        == QJsonArray {QStringLiteral("query"), QStringLiteral("filament.id")});
}

TEST_CASE("contract (source): nulls sort last in both directions")
{
    Cleanup cleanup;
    const qint64 vendorId = createVendor(cleanup, uniqueName(QStringLiteral("sort")));
    const qint64 filamentId
        = createFilament(cleanup, {{QStringLiteral("vendor_id"), vendorId}, {QStringLiteral("weight"), 1000}});
    const qint64 nowhere = idOf(createSpool(cleanup, {{QStringLiteral("filament_id"), filamentId}}));
    const qint64 a = idOf(createSpool(
        cleanup, {{QStringLiteral("filament_id"), filamentId}, {QStringLiteral("location"), QStringLiteral("A")}}));
    const qint64 b = idOf(createSpool(
        cleanup, {{QStringLiteral("filament_id"), filamentId}, {QStringLiteral("location"), QStringLiteral("B")}}));
    const auto order = [&](const QString &direction) {
        QList<qint64> ids;
        const Reply reply
            = call("GET", QStringLiteral("/spool?filament.id=%1&sort=location:%2").arg(filamentId).arg(direction));
        for (const QJsonValue &value : reply.array())
            ids.append(idOf(value.toObject()));
        return ids;
    };
    CHECK(order(QStringLiteral("asc")) == QList<qint64> {a, b, nowhere});
    CHECK(order(QStringLiteral("desc")) == QList<qint64> {b, a, nowhere});
}

TEST_CASE("contract (source): filament rules: colours, in-use deletion, remaining without a weight")
{
    Cleanup cleanup;
    const qint64 vendorId = createVendor(cleanup, uniqueName(QStringLiteral("colors")));
    const Reply badColor = call("POST", QStringLiteral("/filament"),
        QJsonObject {{QStringLiteral("vendor_id"), vendorId}, {QStringLiteral("density"), 1.24},
            {QStringLiteral("diameter"), 1.75}, {QStringLiteral("color_hex"), QStringLiteral("12345G")}});
    CHECK(badColor.status == 422);
    const QJsonObject entry = badColor.object().value(QLatin1String("detail")).toArray().at(0).toObject();
    CHECK(entry.value(QLatin1String("type")).toString() == QLatin1String("value_error"));
    CHECK(
        entry.value(QLatin1String("msg")).toString() == QLatin1String("Value error, Invalid character in color code."));

    const qint64 weightless = createFilament(
        cleanup, {{QStringLiteral("vendor_id"), vendorId}, {QStringLiteral("color_hex"), QStringLiteral("#ff8800")}});
    const Reply filament = call("GET", QStringLiteral("/filament/%1").arg(weightless));
    CHECK(filament.object().value(QLatin1String("color_hex")).toString() == QLatin1String("FF8800"));
    CHECK_FALSE(filament.object().contains(QLatin1String("weight")));

    const Reply remaining = call("POST", QStringLiteral("/spool"),
        QJsonObject {{QStringLiteral("filament_id"), weightless}, {QStringLiteral("remaining_weight"), 100}});
    CHECK(remaining.status == 400);
    CHECK(message(remaining) == QLatin1String("Failed to create spool, see server logs for more information."));

    // A spool without an initial weight takes the weight of a filament it is moved to.
    const QJsonObject spool = createSpool(cleanup, {{QStringLiteral("filament_id"), weightless}});
    CHECK_FALSE(spool.contains(QLatin1String("initial_weight")));
    CHECK_FALSE(spool.contains(QLatin1String("remaining_weight")));
    const qint64 weighted
        = createFilament(cleanup, {{QStringLiteral("vendor_id"), vendorId}, {QStringLiteral("weight"), 750}});
    const Reply moved = call(
        "PATCH", QStringLiteral("/spool/%1").arg(idOf(spool)), QJsonObject {{QStringLiteral("filament_id"), weighted}});
    REQUIRE(moved.status == 200);
    CHECK(moved.object().value(QLatin1String("initial_weight")).toDouble() == 750.0);

    const Reply inUse = call("DELETE", QStringLiteral("/filament/%1").arg(weighted));
    CHECK(inUse.status == 403);
    CHECK(message(inUse) == QLatin1String("Failed to delete filament, see server logs for more information."));
}

TEST_CASE("contract (source): extra field and setting error sentences")
{
    Cleanup cleanup;
    const QString key = uniqueKey(QStringLiteral("gone"));
    const Reply missing = call("DELETE", QStringLiteral("/field/spool/%1").arg(key));
    CHECK(missing.status == 404);
    CHECK(message(missing) == QStringLiteral("Extra field with key %1 does not exist for entity type spool").arg(key));

    const QString text = uniqueKey(QStringLiteral("text"));
    registerField(cleanup, QStringLiteral("spool"), text, QStringLiteral("text"));
    const qint64 vendorId = createVendor(cleanup, uniqueName(QStringLiteral("sentences")));
    const qint64 filamentId = createFilament(cleanup, {{QStringLiteral("vendor_id"), vendorId}});
    const Reply notString = call("POST", QStringLiteral("/spool"),
        QJsonObject {{QStringLiteral("filament_id"), filamentId},
            {QStringLiteral("extra"), QJsonObject {{text, QStringLiteral("3")}}}});
    CHECK(notString.status == 400);
    CHECK(message(notString) == QStringLiteral("Invalid extra field for key %1: Value is not a string.").arg(text));

    const Reply choiceless = call("POST", QStringLiteral("/field/spool/%1").arg(uniqueKey(QStringLiteral("choice"))),
        QJsonObject {
            {QStringLiteral("name"), QStringLiteral("C")}, {QStringLiteral("field_type"), QStringLiteral("choice")}});
    CHECK(choiceless.status == 400);
    CHECK(message(choiceless) == QLatin1String("Choices must be set for field type choice."));

    const Reply setting = call("GET", QStringLiteral("/setting/sbct_no_such_setting"));
    CHECK(setting.status == 404);
    CHECK(message(setting) == QLatin1String("Setting sbct_no_such_setting does not exist."));
}

TEST_CASE("contract (source): a websocket answers a client's text with a health frame")
{
    QWebSocket socket;
    QStringList frames;
    QObject::connect(
        &socket, &QWebSocket::textMessageReceived, &socket, [&](const QString &text) { frames.append(text); });
    socket.open(webSocketUrl(QStringLiteral("/api/v1/setting")));
    REQUIRE(waitUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 10000));
    socket.sendTextMessage(QStringLiteral("ping"));
    REQUIRE(waitUntil([&] { return !frames.isEmpty(); }, 10000));
    CHECK(QJsonDocument::fromJson(frames.first().toUtf8()).object()
        == QJsonObject {{QStringLiteral("status"), QStringLiteral("healthy")}});
}

TEST_CASE("contract (source): typed extra filters: integers, ranges, booleans, empty")
{
    if (!serverHasExtraFilters()) {
        WARN("server older than 0.25: no extra filters to test");
        return;
    }
    Cleanup cleanup;
    const QString slot = uniqueKey(QStringLiteral("slot"));
    const QString flag = uniqueKey(QStringLiteral("flag"));
    registerField(cleanup, QStringLiteral("spool"), slot, QStringLiteral("integer"));
    registerField(cleanup, QStringLiteral("spool"), flag, QStringLiteral("boolean"));
    const qint64 vendorId = createVendor(cleanup, uniqueName(QStringLiteral("typed")));
    const qint64 filamentId
        = createFilament(cleanup, {{QStringLiteral("vendor_id"), vendorId}, {QStringLiteral("weight"), 1000}});
    const auto spool = [&](const QJsonObject &extra) {
        return idOf(
            createSpool(cleanup, {{QStringLiteral("filament_id"), filamentId}, {QStringLiteral("extra"), extra}}));
    };
    const qint64 three = spool({{slot, QStringLiteral("3")}, {flag, QStringLiteral("true")}});
    const qint64 thirty = spool({{slot, QStringLiteral("30")}, {flag, QStringLiteral("false")}});
    const qint64 bare = spool({});
    const auto find = [&](const QString &query) {
        QSet<qint64> ids;
        const Reply reply = call("GET", QStringLiteral("/spool?filament.id=%1&%2").arg(filamentId).arg(query));
        INFO(query.toStdString() << " → " << reply.body.toStdString());
        REQUIRE(reply.status == 200);
        for (const QJsonValue &value : reply.array())
            ids.insert(idOf(value.toObject()));
        return ids;
    };
    CHECK(find(QStringLiteral("extra.%1=3").arg(slot)) == QSet<qint64> {three});
    CHECK(find(QStringLiteral("extra.%1=2:40").arg(slot)) == QSet<qint64> {three, thirty});
    CHECK(find(QStringLiteral("extra.%1=10:").arg(slot)) == QSet<qint64> {thirty});
    CHECK(find(QStringLiteral("extra.%1=").arg(slot)) == QSet<qint64> {bare});
    CHECK(find(QStringLiteral("extra.%1=true").arg(flag)) == QSet<qint64> {three});
    CHECK(find(QStringLiteral("extra.%1=").arg(flag)) == QSet<qint64> {thirty, bare});
    const Reply invalid = call("GET", QStringLiteral("/spool?extra.%1=three").arg(slot));
    CHECK(invalid.status == 400);
    CHECK(message(invalid) == QStringLiteral("Invalid integer filter value for '%1': three").arg(slot));
}

TEST_CASE("contract (source): distinct value lists and renaming a location")
{
    Cleanup cleanup;
    const QString material = uniqueName(QStringLiteral("material"));
    const QString location = uniqueName(QStringLiteral("place"));
    const QString lot = uniqueName(QStringLiteral("lot"));
    const qint64 vendorId = createVendor(cleanup, uniqueName(QStringLiteral("distinct")));
    const qint64 filamentId
        = createFilament(cleanup, {{QStringLiteral("vendor_id"), vendorId}, {QStringLiteral("material"), material}});
    const qint64 first = idOf(createSpool(cleanup,
        {{QStringLiteral("filament_id"), filamentId}, {QStringLiteral("location"), location},
            {QStringLiteral("lot_nr"), lot}}));
    const qint64 second = idOf(
        createSpool(cleanup, {{QStringLiteral("filament_id"), filamentId}, {QStringLiteral("location"), location}}));

    CHECK(call("GET", QStringLiteral("/material")).array().contains(material));
    CHECK(call("GET", QStringLiteral("/lot-number")).array().contains(lot));
    const QJsonArray locations = call("GET", QStringLiteral("/location")).array();
    CHECK(std::count(locations.begin(), locations.end(), QJsonValue(location)) == 1);

    const QString renamed = location + QStringLiteral("-moved");
    const Reply rename
        = call("PATCH", QStringLiteral("/location/") + QString::fromLatin1(QUrl::toPercentEncoding(location)),
            QJsonObject {{QStringLiteral("name"), renamed}});
    REQUIRE(rename.status == 200);
    CHECK(rename.body == QJsonDocument(QJsonArray {renamed}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
    for (const qint64 id : {first, second})
        CHECK(call("GET", QStringLiteral("/spool/%1").arg(id)).object().value(QLatin1String("location")).toString()
            == renamed);
    CHECK_FALSE(call("GET", QStringLiteral("/location")).array().contains(location));
}

TEST_CASE("contract (source): a new filament takes its vendor's empty spool weight")
{
    Cleanup cleanup;
    const Reply vendor = call("POST", QStringLiteral("/vendor"),
        QJsonObject {
            {QStringLiteral("name"), uniqueName(QStringLiteral("tare"))}, {QStringLiteral("empty_spool_weight"), 180}});
    REQUIRE(vendor.status == 200);
    const qint64 vendorId = idOf(vendor.object());
    cleanup.deleteLater(QStringLiteral("/vendor/%1").arg(vendorId));
    const qint64 inherited = createFilament(cleanup, {{QStringLiteral("vendor_id"), vendorId}});
    CHECK(call("GET", QStringLiteral("/filament/%1").arg(inherited))
              .object()
              .value(QLatin1String("spool_weight"))
              .toDouble()
        == 180.0);
    const qint64 own
        = createFilament(cleanup, {{QStringLiteral("vendor_id"), vendorId}, {QStringLiteral("spool_weight"), 90}});
    CHECK(call("GET", QStringLiteral("/filament/%1").arg(own)).object().value(QLatin1String("spool_weight")).toDouble()
        == 90.0);
}
