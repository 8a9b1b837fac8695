// Contract: server info, vendors, filaments, errors shared by every endpoint (spoolman-api.md
// §1, §6, §8). Runs against SPOOLMAN_URL or the in-process stand-in.

#include "contractclient.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QRegularExpression>

using namespace Spoolbridge::Test::Contract;

namespace {
const QRegularExpression dateFormat(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));

QJsonObject parse(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

const char *originMessage = "{\"message\":\"Request refused: it came from an origin this Spoolman instance does "
                            "not trust. Set SPOOLMAN_CORS_ORIGIN if this origin should be allowed.\"}";
} // namespace

TEST_CASE("contract: /info reports a version and /health answers")
{
    const Reply info = call("GET", QStringLiteral("/info"));
    REQUIRE(info.status == 200);
    CHECK(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+"))
              .match(info.object().value(QLatin1String("version")).toString())
              .hasMatch());
    CHECK(info.object().contains(QLatin1String("db_type")));
    CHECK(call("GET", QStringLiteral("/health")).status == 200);
}

TEST_CASE("contract: vendors are created, read, patched, listed and deleted")
{
    Cleanup cleanup;
    const QString name = uniqueName(QStringLiteral("vendor"));
    const Reply created = call("POST", QStringLiteral("/vendor"), QJsonObject {{QStringLiteral("name"), name}});
    REQUIRE(created.status == 200);
    const QJsonObject vendor = created.object();
    const qint64 id = vendor.value(QLatin1String("id")).toInteger();
    cleanup.deleteLater(QStringLiteral("/vendor/%1").arg(id));
    CHECK(vendor.value(QLatin1String("name")).toString() == name);
    CHECK(vendor.value(QLatin1String("extra")).toObject().isEmpty());
    CHECK(dateFormat.match(vendor.value(QLatin1String("registered")).toString()).hasMatch());
    // Unset optional fields are left out, not null.
    CHECK_FALSE(vendor.contains(QLatin1String("comment")));
    CHECK_FALSE(vendor.contains(QLatin1String("empty_spool_weight")));

    CHECK(call("GET", QStringLiteral("/vendor/%1").arg(id)).object() == vendor);
    const Reply patched = call("PATCH", QStringLiteral("/vendor/%1").arg(id),
        QJsonObject {
            {QStringLiteral("comment"), QStringLiteral("contract")}, {QStringLiteral("empty_spool_weight"), 210}});
    REQUIRE(patched.status == 200);
    CHECK(patched.object().value(QLatin1String("name")).toString() == name);
    CHECK(patched.object().value(QLatin1String("comment")).toString() == QLatin1String("contract"));
    CHECK(patched.object().value(QLatin1String("empty_spool_weight")).toDouble() == 210.0);

    const Reply list = call(
        "GET", QStringLiteral("/vendor?name=%1").arg(QString::fromLatin1(QUrl::toPercentEncoding(u'"' + name + u'"'))));
    REQUIRE(list.status == 200);
    REQUIRE(list.array().size() == 1);
    CHECK(list.array().at(0).toObject().value(QLatin1String("id")).toInteger() == id);

    CHECK(call("DELETE", QStringLiteral("/vendor/%1").arg(id)).status == 200);
    const Reply gone = call("GET", QStringLiteral("/vendor/%1").arg(id));
    CHECK(gone.status == 404);
    CHECK(gone.object()
        == QJsonObject {{QStringLiteral("message"), QStringLiteral("No vendor with ID %1 found.").arg(id)}});
}

TEST_CASE("contract: a vendor needs a name")
{
    const Reply reply
        = call("POST", QStringLiteral("/vendor"), QJsonObject {{QStringLiteral("comment"), QStringLiteral("x")}});
    CHECK(reply.status == 422);
    const QJsonObject entry = reply.object().value(QLatin1String("detail")).toArray().at(0).toObject();
    CHECK(entry.value(QLatin1String("type")).toString() == QLatin1String("missing"));
    CHECK(entry.value(QLatin1String("loc")).toArray() == QJsonArray {QStringLiteral("body"), QStringLiteral("name")});
}

TEST_CASE("contract: filaments need density and diameter and nest their vendor")
{
    Cleanup cleanup;
    const QString vendorName = uniqueName(QStringLiteral("fvendor"));
    const qint64 vendorId = createVendor(cleanup, vendorName);

    const QJsonObject incomplete {
        {QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("vendor_id"), vendorId}};
    const Reply rejected = call("POST", QStringLiteral("/filament"), incomplete);
    CHECK(rejected.status == 422);
    const QJsonArray detail = rejected.object().value(QLatin1String("detail")).toArray();
    REQUIRE(detail.size() == 2);
    for (int i = 0; i < 2; ++i) {
        const QJsonObject entry = detail.at(i).toObject();
        CHECK(entry.value(QLatin1String("type")).toString() == QLatin1String("missing"));
        CHECK(entry.value(QLatin1String("loc")).toArray()
            == QJsonArray {QStringLiteral("body"), i == 0 ? QStringLiteral("density") : QStringLiteral("diameter")});
        CHECK(entry.value(QLatin1String("msg")).toString() == QLatin1String("Field required"));
        CHECK(entry.value(QLatin1String("input")).toObject() == incomplete);
    }

    const QString name = uniqueName(QStringLiteral("filament"));
    const Reply created = call("POST", QStringLiteral("/filament"),
        QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("vendor_id"), vendorId},
            {QStringLiteral("material"), QStringLiteral("PLA")}, {QStringLiteral("density"), 1.24},
            {QStringLiteral("diameter"), 1.75}, {QStringLiteral("weight"), 1000}, {QStringLiteral("spool_weight"), 250},
            {QStringLiteral("color_hex"), QStringLiteral("000000")}});
    REQUIRE(created.status == 200);
    const QJsonObject filament = created.object();
    const qint64 id = filament.value(QLatin1String("id")).toInteger();
    cleanup.deleteLater(QStringLiteral("/filament/%1").arg(id));
    CHECK(filament.value(QLatin1String("vendor")).toObject().value(QLatin1String("id")).toInteger() == vendorId);
    CHECK(filament.value(QLatin1String("vendor")).toObject().value(QLatin1String("name")).toString() == vendorName);
    CHECK_FALSE(filament.contains(QLatin1String("vendor_id")));
    CHECK_FALSE(filament.contains(QLatin1String("price")));
    CHECK_FALSE(filament.contains(QLatin1String("article_number")));
    CHECK(filament.value(QLatin1String("color_hex")).toString().compare(QLatin1String("000000"), Qt::CaseInsensitive)
        == 0);
    CHECK(dateFormat.match(filament.value(QLatin1String("registered")).toString()).hasMatch());

    const Reply patched
        = call("PATCH", QStringLiteral("/filament/%1").arg(id), QJsonObject {{QStringLiteral("price"), 19.99}});
    REQUIRE(patched.status == 200);
    CHECK(patched.object().value(QLatin1String("price")).toDouble() == Approx(19.99));
    CHECK(patched.object().value(QLatin1String("name")).toString() == name);

    const Reply listed = call("GET", QStringLiteral("/filament?vendor.id=%1").arg(vendorId));
    REQUIRE(listed.status == 200);
    REQUIRE(listed.array().size() == 1);
    CHECK(listed.array().at(0).toObject().value(QLatin1String("id")).toInteger() == id);

    const qint64 missing = unusedId(QStringLiteral("filament"));
    const Reply notFound = call("GET", QStringLiteral("/filament/%1").arg(missing));
    CHECK(notFound.status == 404);
    CHECK(notFound.object()
        == QJsonObject {{QStringLiteral("message"), QStringLiteral("No filament with ID %1 found.").arg(missing)}});
}

TEST_CASE("contract: a body that is not JSON gets the json_invalid 422")
{
    const Reply reply = call("POST", QStringLiteral("/spool"), QByteArray("not json"));
    CHECK(reply.status == 422);
    CHECK(reply.object()
        == parse(
            R"({"detail":[{"type":"json_invalid","loc":["body",0],"msg":"JSON decode error","input":{},"ctx":{"error":"Expecting value"}}]})"));
}

TEST_CASE("contract: writes from an untrusted Origin are refused, reads and Origin-less writes are not")
{
    Cleanup cleanup;
    const QList<QPair<QByteArray, QByteArray>> evil {{"Origin", "http://evil.example"}};
    const QString name = uniqueName(QStringLiteral("origin"));
    const Reply refused = call("POST", QStringLiteral("/vendor"),
        QJsonDocument(QJsonObject {{QStringLiteral("name"), name}}).toJson(QJsonDocument::Compact), evil);
    CHECK(refused.status == 403);
    CHECK(refused.object() == parse(originMessage));
    // Nothing was created.
    const Reply search = call("GET", QStringLiteral("/vendor?name=%1").arg(name));
    CHECK(search.array().isEmpty());

    const qint64 id = createVendor(cleanup, name);
    CHECK(call("PATCH", QStringLiteral("/vendor/%1").arg(id), QByteArray("{\"comment\":\"x\"}"), evil).status == 403);
    CHECK(call("DELETE", QStringLiteral("/vendor/%1").arg(id), QByteArray(), evil).status == 403);
    const Reply read = call("GET", QStringLiteral("/vendor/%1").arg(id), QByteArray(), evil);
    CHECK(read.status == 200);
    CHECK_FALSE(read.object().contains(QLatin1String("comment")));
}

TEST_CASE("contract: the external lists hold SpoolmanDB entries")
{
    const Reply filaments = call("GET", QStringLiteral("/external/filament"));
    REQUIRE(filaments.status == 200);
    if (filaments.array().isEmpty())
        WARN("the server has no SpoolmanDB copy (offline?): external entries not checked");
    for (const QJsonValue &entry : filaments.array()) {
        for (const char *key : {"id", "manufacturer", "name", "material", "density", "diameter"})
            CHECK(entry.toObject().contains(QLatin1String(key)));
    }
    const Reply materials = call("GET", QStringLiteral("/external/material"));
    REQUIRE(materials.status == 200);
    for (const QJsonValue &entry : materials.array())
        CHECK(entry.toObject().value(QLatin1String("material")).isString());
}

TEST_CASE("contract: settings answer with a JSON-encoded value, is_set and type")
{
    const Reply reply = call("GET", QStringLiteral("/setting/currency"));
    REQUIRE(reply.status == 200);
    const QJsonObject setting = reply.object();
    CHECK(setting.value(QLatin1String("type")).toString() == QLatin1String("string"));
    CHECK(setting.value(QLatin1String("is_set")).isBool());
    const QJsonDocument inner
        = QJsonDocument::fromJson("[" + setting.value(QLatin1String("value")).toString().toUtf8() + "]");
    CHECK(inner.array().at(0).isString());
    const Reply all = call("GET", QStringLiteral("/setting/"));
    REQUIRE(all.status == 200);
    CHECK(all.object().value(QLatin1String("currency")).toObject().value(QLatin1String("type")).toString()
        == QLatin1String("string"));
}
