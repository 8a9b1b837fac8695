// Contract: extra fields (register, value rules, merge/remove) and list filters, paging and
// sorting (spoolman-api.md §2, §3, §5).

#include "contractclient.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QSet>

using namespace Spoolbridge::Test::Contract;

namespace {
QString encode(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

QSet<qint64> ids(const Reply &reply)
{
    QSet<qint64> result;
    for (const QJsonValue &value : reply.array())
        result.insert(value.toObject().value(QLatin1String("id")).toInteger());
    return result;
}

qint64 idOf(const QJsonObject &object)
{
    return object.value(QLatin1String("id")).toInteger();
}

struct Catalog {
    Cleanup cleanup;
    qint64 vendorId = 0;
    qint64 filamentId = 0;
    QString material = uniqueName(QStringLiteral("mat"));

    Catalog()
    {
        vendorId = createVendor(cleanup, uniqueName(QStringLiteral("extra")));
        filamentId = createFilament(cleanup,
            {{QStringLiteral("vendor_id"), vendorId}, {QStringLiteral("material"), material},
                {QStringLiteral("weight"), 1000}, {QStringLiteral("spool_weight"), 250}});
    }

    QJsonObject spool(QJsonObject body = {})
    {
        body.insert(QStringLiteral("filament_id"), filamentId);
        return createSpool(cleanup, body);
    }

    QSet<qint64> find(const QString &query)
    {
        const Reply reply = call("GET", QStringLiteral("/spool?filament.id=%1&%2").arg(filamentId).arg(query));
        INFO(query.toStdString() << " → " << reply.body.toStdString());
        REQUIRE(reply.status == 200);
        return ids(reply);
    }
};
} // namespace

TEST_CASE("contract: extra fields are registered per entity and answered as the whole list")
{
    Cleanup cleanup;
    const QString key = uniqueKey(QStringLiteral("tag"));
    const Reply added = call("POST", QStringLiteral("/field/spool/%1").arg(key),
        QJsonObject {
            {QStringLiteral("name"), QStringLiteral("Tag")}, {QStringLiteral("field_type"), QStringLiteral("text")}});
    REQUIRE(added.status == 200);
    cleanup.deleteLater(QStringLiteral("/field/spool/%1").arg(key));
    const QJsonObject expected {{QStringLiteral("name"), QStringLiteral("Tag")}, {QStringLiteral("order"), 0},
        {QStringLiteral("field_type"), QStringLiteral("text")}, {QStringLiteral("key"), key},
        {QStringLiteral("entity_type"), QStringLiteral("spool")}};
    CHECK(added.array().contains(expected));
    CHECK(call("GET", QStringLiteral("/field/spool")).array().contains(expected));
    CHECK_FALSE(call("GET", QStringLiteral("/field/filament")).array().contains(expected));

    const Reply retyped = call("POST", QStringLiteral("/field/spool/%1").arg(key),
        QJsonObject {{QStringLiteral("name"), QStringLiteral("Tag")},
            {QStringLiteral("field_type"), QStringLiteral("integer")}});
    CHECK(retyped.status == 400);
    CHECK(
        retyped.object() == QJsonObject {{QStringLiteral("message"), QStringLiteral("Field type cannot be changed.")}});

    const QString other = uniqueKey(QStringLiteral("tag2"));
    const Reply untyped = call("POST", QStringLiteral("/field/spool/%1").arg(other),
        QJsonObject {{QStringLiteral("name"), QStringLiteral("Tag2")}});
    CHECK(untyped.status == 422);
    CHECK(untyped.object()
        == QJsonDocument::fromJson(
            R"({"detail":[{"type":"missing","loc":["body","field_type"],"msg":"Field required","input":{"name":"Tag2"}}]})")
               .object());

    const Reply removed = call("DELETE", QStringLiteral("/field/spool/%1").arg(key));
    REQUIRE(removed.status == 200);
    CHECK(removed.array() == call("GET", QStringLiteral("/field/spool")).array());
    CHECK_FALSE(removed.array().contains(expected));
}

TEST_CASE("contract: extra values are JSON-encoded strings checked against the field type")
{
    Catalog catalog;
    const QString tag = uniqueKey(QStringLiteral("tag"));
    const QString slot = uniqueKey(QStringLiteral("slot"));
    registerField(catalog.cleanup, QStringLiteral("spool"), tag, QStringLiteral("text"));
    registerField(catalog.cleanup, QStringLiteral("spool"), slot, QStringLiteral("integer"));

    const auto rejected = [&](const QString &key, const QString &value) {
        return call("POST", QStringLiteral("/spool"),
            QJsonObject {{QStringLiteral("filament_id"), catalog.filamentId},
                {QStringLiteral("extra"), QJsonObject {{key, value}}}});
    };
    for (const QString &bad : {QStringLiteral("3f2b-unquoted"), QString()}) {
        const Reply reply = rejected(tag, bad);
        CHECK(reply.status == 400);
        CHECK(reply.object().value(QLatin1String("message")).toString()
            == QStringLiteral("Invalid extra field for key %1: Value is not valid JSON.").arg(tag));
    }
    const Reply notInteger = rejected(slot, QStringLiteral("\"3\""));
    CHECK(notInteger.status == 400);
    CHECK(notInteger.object().value(QLatin1String("message")).toString()
        == QStringLiteral("Invalid extra field for key %1: Value is not an integer.").arg(slot));
    const QString unknown = uniqueKey(QStringLiteral("nosuchkey"));
    const Reply unregistered = rejected(unknown, QStringLiteral("\"x\""));
    CHECK(unregistered.status == 400);
    CHECK(unregistered.object().value(QLatin1String("message")).toString()
        == QStringLiteral("Unknown extra field %1.").arg(unknown));

    const QJsonObject spool = catalog.spool(
        {{QStringLiteral("extra"), QJsonObject {{tag, QStringLiteral("\"3f2b-0001\"")}, {slot, QStringLiteral("3")}}}});
    CHECK(spool.value(QLatin1String("extra")).toObject().value(tag).toString() == QLatin1String("\"3f2b-0001\""));
    CHECK(spool.value(QLatin1String("extra")).toObject().value(slot).toString() == QLatin1String("3"));

    const QString path = QStringLiteral("/spool/%1").arg(idOf(spool));
    // PATCH merges: the slot stays when only the tag changes; null removes a key.
    const Reply merged = call(
        "PATCH", path, QJsonObject {{QStringLiteral("extra"), QJsonObject {{tag, QStringLiteral("\"3f2b-0002\"")}}}});
    REQUIRE(merged.status == 200);
    CHECK(merged.object().value(QLatin1String("extra")).toObject()
        == QJsonObject {{tag, QStringLiteral("\"3f2b-0002\"")}, {slot, QStringLiteral("3")}});
    const Reply removed
        = call("PATCH", path, QJsonObject {{QStringLiteral("extra"), QJsonObject {{slot, QJsonValue::Null}}}});
    REQUIRE(removed.status == 200);
    CHECK(removed.object().value(QLatin1String("extra")).toObject()
        == QJsonObject {{tag, QStringLiteral("\"3f2b-0002\"")}});
}

TEST_CASE("contract: extra.<key> filters partially, exactly when quoted, never on the JSON form")
{
    if (!serverHasExtraFilters()) {
        WARN("server older than 0.25: no extra filters to test");
        return;
    }
    Catalog catalog;
    const QString tag = uniqueKey(QStringLiteral("tag"));
    registerField(catalog.cleanup, QStringLiteral("spool"), tag, QStringLiteral("text"));
    const QString base = uniqueName(QStringLiteral("uuid"));
    const auto tagged = [&](const QString &value) {
        return idOf(catalog.spool({{QStringLiteral("extra"), QJsonObject {{tag, quoted(value)}}}}));
    };
    const qint64 three = tagged(base + QStringLiteral("-3"));
    const qint64 thirty = tagged(base + QStringLiteral("-30"));
    const qint64 untagged = idOf(catalog.spool());

    const QString filter = QStringLiteral("extra.") + tag + u'=';
    CHECK(catalog.find(filter + encode(base + QStringLiteral("-3"))) == QSet<qint64> {three, thirty});
    CHECK(catalog.find(filter + encode(quoted(base + QStringLiteral("-3")))) == QSet<qint64> {three});
    CHECK(catalog.find(filter + encode(quoted(base.toUpper() + QStringLiteral("-3")))).isEmpty());
    // The partial form ignores case (Spoolbridge's tag lookup relies on it to find tags other
    // tools stored in lower case; it verifies every hit itself).
    CHECK(catalog.find(filter + encode(base.toUpper() + QStringLiteral("-3"))) == QSet<qint64> {three, thirty});
    CHECK(catalog.find(filter + encode(QStringLiteral("\"\\\"") + base + QStringLiteral("-3\\\"\""))).isEmpty());
    // A filter on a key nobody registered is ignored: every spool comes back.
    CHECK(catalog.find(QStringLiteral("extra.") + uniqueKey(QStringLiteral("unregistered")) + QStringLiteral("=x"))
        == QSet<qint64> {three, thirty, untagged});
}

TEST_CASE("contract: location, lot_nr, material and vendor filters")
{
    Catalog catalog;
    const QString token = uniqueName(QStringLiteral("loc"));
    const qint64 slot2 = idOf(catalog.spool({{QStringLiteral("location"), token + QStringLiteral("AMS1 slot 2")}}));
    const qint64 shelf = idOf(catalog.spool(
        {{QStringLiteral("location"), QStringLiteral("Shelf ") + token + QStringLiteral("AMS1 backup")}}));
    const qint64 lower
        = idOf(catalog.spool({{QStringLiteral("location"), token.toLower() + QStringLiteral("ams1 lower")}}));
    const qint64 ams2 = idOf(catalog.spool({{QStringLiteral("location"), token + QStringLiteral("AMS2")},
        {QStringLiteral("lot_nr"), QStringLiteral("LOT-7")}}));
    const qint64 nowhere = idOf(catalog.spool());

    CHECK(catalog.find(QStringLiteral("location=") + encode(token + QStringLiteral("AMS1")))
        == QSet<qint64> {slot2, shelf, lower});
    CHECK(catalog.find(
              QStringLiteral("location=") + encode(token + QStringLiteral("AMS1,") + token + QStringLiteral("AMS2")))
        == QSet<qint64> {slot2, shelf, lower, ams2});
    CHECK(catalog.find(QStringLiteral("location=") + encode(quoted(token + QStringLiteral("AMS2"))))
        == QSet<qint64> {ams2});
    CHECK(catalog.find(QStringLiteral("location=")) == QSet<qint64> {nowhere});
    CHECK(catalog.find(QStringLiteral("lot_nr=lot-7")) == QSet<qint64> {ams2});

    const QSet<qint64> all {slot2, shelf, lower, ams2, nowhere};
    const Reply byMaterial
        = call("GET", QStringLiteral("/spool?filament.material=") + encode(quoted(catalog.material)));
    CHECK(ids(byMaterial) == all);
    CHECK(ids(call("GET", QStringLiteral("/spool?filament.vendor.id=%1").arg(catalog.vendorId))) == all);

    const Reply locations = call("GET", QStringLiteral("/location"));
    REQUIRE(locations.status == 200);
    CHECK(locations.array().contains(token + QStringLiteral("AMS2")));
    CHECK(locations.array().contains(QStringLiteral("Shelf ") + token + QStringLiteral("AMS1 backup")));
}

TEST_CASE("contract: lists page with limit/offset, count in x-total-count, sort and hide archived spools")
{
    Catalog catalog;
    QList<qint64> created;
    for (int i = 0; i < 5; ++i)
        created.append(idOf(catalog.spool({{QStringLiteral("comment"), QString::number(i)}})));
    const QString base = QStringLiteral("/spool?filament.id=%1").arg(catalog.filamentId);

    const Reply firstPage = call("GET", base + QStringLiteral("&sort=id:asc&limit=2&offset=0"));
    REQUIRE(firstPage.status == 200);
    CHECK(firstPage.header("x-total-count") == "5");
    REQUIRE(firstPage.array().size() == 2);
    CHECK(idOf(firstPage.array().at(0).toObject()) == created.at(0));
    const Reply lastPage = call("GET", base + QStringLiteral("&sort=id:asc&limit=2&offset=4"));
    CHECK(lastPage.header("x-total-count") == "5");
    REQUIRE(lastPage.array().size() == 1);
    CHECK(idOf(lastPage.array().at(0).toObject()) == created.at(4));

    const Reply descending = call("GET", base + QStringLiteral("&sort=id:desc"));
    REQUIRE(descending.array().size() == 5);
    CHECK(idOf(descending.array().at(0).toObject()) == created.at(4));
    CHECK(idOf(descending.array().at(4).toObject()) == created.at(0));

    REQUIRE(
        call("PATCH", QStringLiteral("/spool/%1").arg(created.at(2)), QJsonObject {{QStringLiteral("archived"), true}})
            .status
        == 200);
    const Reply visible = call("GET", base);
    CHECK(visible.header("x-total-count") == "4");
    CHECK_FALSE(ids(visible).contains(created.at(2)));
    const Reply everything = call("GET", base + QStringLiteral("&allow_archived=true"));
    CHECK(everything.header("x-total-count") == "5");
    CHECK(ids(everything).contains(created.at(2)));

    // filament.id takes a comma-separated list (Spoolman's API description: "Separate multiple
    // IDs with a comma"); Spoolbridge's stock query asks for all matching filaments at once.
    const qint64 otherFilament = createFilament(catalog.cleanup,
        {{QStringLiteral("vendor_id"), catalog.vendorId}, {QStringLiteral("material"), catalog.material},
            {QStringLiteral("weight"), 1000}});
    const qint64 other = idOf(createSpool(catalog.cleanup, {{QStringLiteral("filament_id"), otherFilament}}));
    const Reply both = call("GET",
        QStringLiteral("/spool?filament.id=%1,%2&sort=id:asc&limit=20&offset=0")
            .arg(catalog.filamentId)
            .arg(otherFilament));
    REQUIRE(both.status == 200);
    CHECK(both.header("x-total-count") == "5");
    CHECK(ids(both).contains(other));
    CHECK(ids(both).contains(created.at(0)));
}
