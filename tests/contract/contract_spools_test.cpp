// Contract: spools — create, patch, delete, /use, /measure, error bodies (spoolman-api.md §1,
// §4, §8). Every test works on its own vendor and filament.

#include "contractclient.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QtMath>

using namespace Spoolbridge::Test::Contract;

namespace {
QJsonObject parse(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

struct Fixture {
    Cleanup cleanup;
    qint64 vendorId = 0;
    qint64 filamentId = 0;

    explicit Fixture(QJsonObject filament = {})
    {
        vendorId = createVendor(cleanup, uniqueName(QStringLiteral("spools")));
        filament.insert(QStringLiteral("name"), uniqueName(QStringLiteral("pla")));
        filament.insert(QStringLiteral("vendor_id"), vendorId);
        if (!filament.contains(QLatin1String("weight")))
            filament.insert(QStringLiteral("weight"), 1000);
        if (!filament.contains(QLatin1String("spool_weight")))
            filament.insert(QStringLiteral("spool_weight"), 250);
        filamentId = createFilament(cleanup, filament);
    }

    QJsonObject spool(QJsonObject body = {})
    {
        body.insert(QStringLiteral("filament_id"), filamentId);
        return createSpool(cleanup, body);
    }
};

double number(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toDouble();
}

qint64 idOf(const QJsonObject &object)
{
    return object.value(QLatin1String("id")).toInteger();
}
} // namespace

TEST_CASE("contract: a new spool takes its weights from the filament and leaves unset fields out")
{
    Fixture fixture;
    const QJsonObject spool = fixture.spool({{QStringLiteral("location"), QStringLiteral("AMS1")}});
    CHECK(number(spool, "initial_weight") == 1000.0);
    CHECK(number(spool, "spool_weight") == 250.0);
    CHECK(number(spool, "remaining_weight") == 1000.0);
    CHECK(number(spool, "used_weight") == 0.0);
    CHECK(number(spool, "remaining_length") == Approx(335283.6).margin(0.1));
    CHECK(number(spool, "used_length") == 0.0);
    CHECK(spool.value(QLatin1String("archived")).toBool() == false);
    CHECK(spool.value(QLatin1String("location")).toString() == QLatin1String("AMS1"));
    CHECK(
        spool.value(QLatin1String("filament")).toObject().value(QLatin1String("id")).toInteger() == fixture.filamentId);
    CHECK(spool.value(QLatin1String("filament"))
              .toObject()
              .value(QLatin1String("vendor"))
              .toObject()
              .value(QLatin1String("id"))
              .toInteger()
        == fixture.vendorId);
    for (const char *key : {"lot_nr", "comment", "price", "first_used", "last_used"})
        CHECK_FALSE(spool.contains(QLatin1String(key)));

    const QJsonObject partial = fixture.spool({{QStringLiteral("remaining_weight"), 600}});
    CHECK(number(partial, "used_weight") == 400.0);
    const QJsonObject used
        = fixture.spool({{QStringLiteral("used_weight"), 50}, {QStringLiteral("initial_weight"), 750}});
    CHECK(number(used, "remaining_weight") == 700.0);

    CHECK(call("GET", QStringLiteral("/spool/%1").arg(idOf(spool))).object() == spool);
}

TEST_CASE("contract: spool creation errors have the documented bodies")
{
    Fixture fixture;
    const Reply missing
        = call("POST", QStringLiteral("/spool"), QJsonObject {{QStringLiteral("location"), QStringLiteral("AMS1")}});
    CHECK(missing.status == 422);
    CHECK(missing.object()
        == parse(
            R"({"detail":[{"type":"missing","loc":["body","filament_id"],"msg":"Field required","input":{"location":"AMS1"}}]})"));

    const qint64 unknown = unusedId(QStringLiteral("filament"));
    const Reply noFilament
        = call("POST", QStringLiteral("/spool"), QJsonObject {{QStringLiteral("filament_id"), unknown}});
    CHECK(noFilament.status == 404);
    CHECK(noFilament.object()
        == QJsonObject {{QStringLiteral("message"), QStringLiteral("No filament with ID %1 found.").arg(unknown)}});

    const Reply both = call("POST", QStringLiteral("/spool"),
        QJsonObject {{QStringLiteral("filament_id"), fixture.filamentId}, {QStringLiteral("remaining_weight"), 100},
            {QStringLiteral("used_weight"), 100}});
    CHECK(both.status == 400);
    CHECK(both.object() == parse(R"({"message":"Only specify either remaining_weight or used_weight."})"));
}

TEST_CASE("contract: PATCH is partial, derives used_weight and validates")
{
    Fixture fixture;
    const QJsonObject spool = fixture.spool({{QStringLiteral("location"), QStringLiteral("AMS1")}});
    const QString path = QStringLiteral("/spool/%1").arg(idOf(spool));

    const Reply patched = call("PATCH", path, QJsonObject {{QStringLiteral("remaining_weight"), 800}});
    REQUIRE(patched.status == 200);
    CHECK(number(patched.object(), "used_weight") == 200.0);
    CHECK(number(patched.object(), "remaining_weight") == 800.0);
    CHECK(patched.object().value(QLatin1String("location")).toString() == QLatin1String("AMS1"));

    const Reply moved = call("PATCH", path,
        QJsonObject {
            {QStringLiteral("location"), QStringLiteral("Shelf")}, {QStringLiteral("lot_nr"), QStringLiteral("L1")}});
    CHECK(moved.object().value(QLatin1String("location")).toString() == QLatin1String("Shelf"));
    CHECK(moved.object().value(QLatin1String("lot_nr")).toString() == QLatin1String("L1"));
    CHECK(number(moved.object(), "used_weight") == 200.0);

    const Reply negative = call("PATCH", path, QJsonObject {{QStringLiteral("remaining_weight"), -5}});
    CHECK(negative.status == 422);
    CHECK(negative.object()
        == parse(
            R"({"detail":[{"type":"greater_than_equal","loc":["body","remaining_weight"],"msg":"Input should be greater than or equal to 0","input":-5,"ctx":{"ge":0.0}}]})"));

    const Reply both = call(
        "PATCH", path, QJsonObject {{QStringLiteral("remaining_weight"), 1}, {QStringLiteral("used_weight"), 1}});
    CHECK(both.status == 400);
    CHECK(both.object() == parse(R"({"message":"Only specify either remaining_weight or used_weight."})"));

    const qint64 unknown = unusedId(QStringLiteral("filament"));
    const Reply noFilament = call("PATCH", path, QJsonObject {{QStringLiteral("filament_id"), unknown}});
    CHECK(noFilament.status == 404);
    CHECK(noFilament.object()
        == QJsonObject {{QStringLiteral("message"), QStringLiteral("No filament with ID %1 found.").arg(unknown)}});

    const Reply archived = call("PATCH", path, QJsonObject {{QStringLiteral("archived"), true}});
    CHECK(archived.object().value(QLatin1String("archived")).toBool());
}

TEST_CASE("contract: a missing spool is a 404 with the documented message")
{
    const qint64 missing = unusedId(QStringLiteral("spool"));
    const QJsonObject expected {{QStringLiteral("message"), QStringLiteral("No spool with ID %1 found.").arg(missing)}};
    const QString path = QStringLiteral("/spool/%1").arg(missing);
    for (const Reply &reply : {call("GET", path),
             call("PATCH", path, QJsonObject {{QStringLiteral("comment"), QStringLiteral("x")}}), call("DELETE", path),
             call("PUT", path + QStringLiteral("/use"), QJsonObject {{QStringLiteral("use_weight"), 1}})}) {
        CHECK(reply.status == 404);
        CHECK(reply.object() == expected);
    }
}

TEST_CASE("contract: deleting the highest spool id frees it for the next spool")
{
    Fixture fixture;
    const QJsonObject first = fixture.spool();
    REQUIRE(call("DELETE", QStringLiteral("/spool/%1").arg(idOf(first))).status == 200);
    CHECK(call("GET", QStringLiteral("/spool/%1").arg(idOf(first))).status == 404);
    const QJsonObject second = fixture.spool();
    CHECK(idOf(second) == idOf(first));
}

TEST_CASE("contract: /use consumes by weight or length, clamps remaining and stamps dates")
{
    Fixture fixture;
    const QJsonObject spool = fixture.spool();
    const QString use = QStringLiteral("/spool/%1/use").arg(idOf(spool));

    const Reply first = call("PUT", use, QJsonObject {{QStringLiteral("use_weight"), 12.5}});
    REQUIRE(first.status == 200);
    CHECK(number(first.object(), "remaining_weight") == 987.5);
    CHECK(number(first.object(), "used_weight") == 12.5);
    CHECK(first.object().value(QLatin1String("first_used")).isString());
    CHECK(first.object().value(QLatin1String("last_used")).isString());

    const double expected = M_PI * 0.875 * 0.875 * 100.0 / 1000.0 * 1.24;
    const Reply byLength = call("PUT", use, QJsonObject {{QStringLiteral("use_length"), 100}});
    REQUIRE(byLength.status == 200);
    CHECK(number(byLength.object(), "used_weight") == Approx(12.5 + expected).margin(1e-6));

    const Reply both
        = call("PUT", use, QJsonObject {{QStringLiteral("use_weight"), 1}, {QStringLiteral("use_length"), 1}});
    CHECK(both.status == 400);
    CHECK(both.object() == parse(R"({"message":"Only specify either use_weight or use_length."})"));
    const Reply neither = call("PUT", use, QJsonObject {});
    CHECK(neither.status == 400);
    CHECK(neither.object() == parse(R"({"message":"Either use_weight or use_length must be specified."})"));

    const Reply over = call("PUT", use, QJsonObject {{QStringLiteral("use_weight"), 5000}});
    REQUIRE(over.status == 200);
    CHECK(number(over.object(), "remaining_weight") == 0.0);
    CHECK(number(over.object(), "used_weight") == Approx(5012.5 + expected).margin(1e-6));

    const Reply undo = call("PUT", use, QJsonObject {{QStringLiteral("use_weight"), -5000}});
    CHECK(number(undo.object(), "used_weight") == Approx(12.5 + expected).margin(1e-6));
    const Reply tooMuchUndo = call("PUT", use, QJsonObject {{QStringLiteral("use_weight"), -100000}});
    REQUIRE(tooMuchUndo.status == 200);
    CHECK(number(tooMuchUndo.object(), "used_weight") == 0.0);
    CHECK(number(tooMuchUndo.object(), "remaining_weight") == 1000.0);
}

TEST_CASE("contract: /measure records use from a gross weight, refills and reports its errors")
{
    Fixture fixture;
    const QJsonObject spool = fixture.spool();
    const QString measure = QStringLiteral("/spool/%1/measure").arg(idOf(spool));

    const Reply used = call("PUT", measure, QJsonObject {{QStringLiteral("weight"), 1150}});
    REQUIRE(used.status == 200);
    CHECK(number(used.object(), "used_weight") == Approx(100.0));
    CHECK(number(used.object(), "remaining_weight") == Approx(900.0));

    const Reply empty = call("PUT", measure, QJsonObject {{QStringLiteral("weight"), 100}});
    REQUIRE(empty.status == 200);
    CHECK(number(empty.object(), "remaining_weight") == Approx(0.0));

    const Reply refilled = call("PUT", measure, QJsonObject {{QStringLiteral("weight"), 1400}});
    REQUIRE(refilled.status == 200);
    CHECK(number(refilled.object(), "initial_weight") == Approx(1150.0));
    CHECK(number(refilled.object(), "used_weight") == Approx(0.0));

    const Reply missing = call("PUT", QStringLiteral("/spool/%1/measure").arg(unusedId(QStringLiteral("spool"))),
        QJsonObject {{QStringLiteral("weight"), 500}});
    CHECK(missing.status == 400);
    CHECK(missing.object() == parse(R"({"message":"Spool not found."})"));

    Fixture weightless({{QStringLiteral("weight"), QJsonValue::Null}});
    const QJsonObject unknownWeight = weightless.spool();
    CHECK_FALSE(unknownWeight.contains(QLatin1String("initial_weight")));
    const Reply noInitial = call("PUT", QStringLiteral("/spool/%1/measure").arg(idOf(unknownWeight)),
        QJsonObject {{QStringLiteral("weight"), 500}});
    CHECK(noInitial.status == 400);
    CHECK(noInitial.object() == parse(R"({"message":"Initial weight is not set."})"));
}
