#include "recordedbodies.h"
#include "spoolmantestutil.h"

#include "core/spoolman/externalfilament.h"
#include "core/spoolman/extrafield.h"
#include "core/spoolman/serverinfo.h"
#include "core/spoolman/setting.h"
#include "core/spoolman/spool.h"
#include "core/spoolman/spoolmanevent.h"
#include "core/spoolman/spoolquery.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace Spoolbridge;
using namespace Spoolbridge::Test;

TEST_CASE("spoolman types: a recorded spool parses with every field and round-trips")
{
    const QJsonObject json = parseJson(Recorded::spool).toObject();
    const std::optional<Spool> spool = Spool::fromJson(json);
    REQUIRE(spool);
    CHECK(spool->id == 1);
    CHECK(spool->registered == QLatin1String("2026-11-22T03:47:01Z"));
    CHECK(spool->filament.id == 1);
    CHECK(spool->filament.name == QStringLiteral("PLA Basic Black"));
    REQUIRE(spool->filament.vendor);
    CHECK(spool->filament.vendor->name == QLatin1String("Bambu Lab"));
    CHECK(spool->filament.vendorId == 1);
    CHECK(spool->filament.density == Approx(1.24));
    CHECK(spool->filament.colorHex == QStringLiteral("000000"));
    CHECK(spool->remainingWeight == 1000.0);
    CHECK(spool->initialWeight == 1000.0);
    CHECK(spool->spoolWeight == 250.0);
    CHECK(spool->usedWeight == 0.0);
    CHECK(spool->remainingLength == 335283.6);
    CHECK(spool->location == QStringLiteral("AMS1"));
    CHECK_FALSE(spool->archived);
    CHECK(spool->extra.value(QStringLiteral("tag")) == QStringLiteral("\"3f2b0000-0000-0000-0000-000000000001\""));
    CHECK(spool->tag() == QStringLiteral("3f2b0000-0000-0000-0000-000000000001"));
    // Unset optional fields stay unset and are left out again.
    CHECK_FALSE(spool->lotNr);
    CHECK_FALSE(spool->comment);
    CHECK_FALSE(spool->price);
    CHECK_FALSE(spool->firstUsed);
    const QJsonObject back = spool->toJson();
    CHECK(back == json);
    CHECK_FALSE(back.contains(QLatin1String("lot_nr")));
    CHECK_FALSE(back.contains(QLatin1String("first_used")));
}

TEST_CASE("spoolman types: the API reference's full spool keeps every optional field")
{
    const QJsonObject json = parseJson(Recorded::referenceSpool).toObject();
    const std::optional<Spool> spool = Spool::fromJson(json);
    REQUIRE(spool);
    CHECK(spool->firstUsed == QStringLiteral("string"));
    CHECK(spool->lastUsed == QStringLiteral("string"));
    CHECK(spool->price == 20.0);
    CHECK(spool->lotNr == QStringLiteral("52342"));
    CHECK(spool->comment == QString());
    CHECK(spool->archived);
    CHECK(spool->filament.articleNumber == QStringLiteral("PM70820"));
    CHECK(spool->filament.settingsExtruderTemp == 210);
    CHECK(spool->filament.multiColorHexes == QStringLiteral("FF0000,00FF00,0000FF"));
    CHECK(spool->filament.vendor->emptySpoolWeight == 140.0);
    CHECK(spool->filament.vendor->externalId == QStringLiteral("eSun"));
    // The reference's extra values are not JSON strings: kept as they are, not decodable as text.
    CHECK(spool->extra.value(QStringLiteral("property1")) == QStringLiteral("string"));
    CHECK_FALSE(SpoolmanExtra::text(spool->extra, QStringLiteral("property1")));
    CHECK(spool->toJson() == json);
}

TEST_CASE("spoolman types: create bodies carry only writable fields")
{
    const Spool spool = *Spool::fromJson(parseJson(Recorded::spool).toObject());
    const QJsonObject create = spool.toCreateJson();
    CHECK(create.value(QLatin1String("filament_id")).toInt() == 1);
    CHECK(create.value(QLatin1String("remaining_weight")).toDouble() == 1000.0);
    CHECK_FALSE(create.contains(QLatin1String("used_weight"))); // never both (400)
    CHECK_FALSE(create.contains(QLatin1String("remaining_length")));
    CHECK_FALSE(create.contains(QLatin1String("id")));
    CHECK_FALSE(create.contains(QLatin1String("filament")));
    CHECK(create.value(QLatin1String("extra")).toObject().value(QLatin1String("tag")).toString()
        == QStringLiteral("\"3f2b0000-0000-0000-0000-000000000001\""));

    const Filament filament = *Filament::fromJson(parseJson(Recorded::filament).toObject());
    const QJsonObject filamentBody = filament.toCreateJson();
    CHECK(filamentBody.value(QLatin1String("vendor_id")).toInt() == 1);
    CHECK_FALSE(filamentBody.contains(QLatin1String("vendor")));
    CHECK(filamentBody.value(QLatin1String("density")).toDouble() == Approx(1.24));
    CHECK(filamentBody.value(QLatin1String("diameter")).toDouble() == Approx(1.75));
    CHECK(filament.toJson() == parseJson(Recorded::filament).toObject());

    const Vendor vendor = *Vendor::fromJson(parseJson(Recorded::vendor).toObject());
    CHECK(vendor.toCreateJson() == QJsonObject {{QStringLiteral("name"), QStringLiteral("Bambu Lab")}});
    CHECK(vendor.toJson() == parseJson(Recorded::vendor).toObject());
}

TEST_CASE("spoolman types: extra values are JSON-encoded strings")
{
    CHECK(SpoolmanExtra::encodeText(QStringLiteral("3F2B")) == QStringLiteral("\"3F2B\""));
    CHECK(SpoolmanExtra::encodeText(QStringLiteral("a\"b\\c")) == QStringLiteral("\"a\\\"b\\\\c\""));
    CHECK(SpoolmanExtra::decodeText(QStringLiteral("\"3F2B\"")) == QStringLiteral("3F2B"));
    CHECK(SpoolmanExtra::decodeText(SpoolmanExtra::encodeText(QStringLiteral("a\"b\\c"))) == QStringLiteral("a\"b\\c"));
    CHECK_FALSE(SpoolmanExtra::decodeText(QStringLiteral("3f2b-unquoted")));
    CHECK_FALSE(SpoolmanExtra::decodeText(QString()));
    CHECK_FALSE(SpoolmanExtra::decodeText(QStringLiteral("3")));
    CHECK(SpoolmanExtra::decodeText(QStringLiteral("\"\"")) == QString()); // Bambuddy's "unlinked"
    CHECK(SpoolmanExtra::encodeInteger(3) == QStringLiteral("3"));
    CHECK(SpoolmanExtra::decodeInteger(QStringLiteral("3")) == 3);
    CHECK(SpoolmanExtra::removal(QStringLiteral("tag"))
        == QJsonObject {{QStringLiteral("extra"), QJsonObject {{QStringLiteral("tag"), QJsonValue::Null}}}});
}

TEST_CASE("spoolman types: fields, settings, locations, SpoolmanDB and /info parse")
{
    const QJsonArray fields = parseJson(Recorded::fields).toArray();
    const std::optional<ExtraField> tag = ExtraField::fromJson(fields.first().toObject());
    REQUIRE(tag);
    CHECK(tag->key == QLatin1String("tag"));
    CHECK(tag->name == QLatin1String("Tag"));
    CHECK(tag->fieldType == QLatin1String("text"));
    CHECK(tag->entityType == QLatin1String("spool"));
    CHECK(tag->order == 0);
    CHECK(tag->toJson() == fields.first().toObject());
    CHECK(tag->toCreateJson()
        == QJsonObject {{QStringLiteral("name"), QStringLiteral("Tag")}, {QStringLiteral("order"), 0},
            {QStringLiteral("field_type"), QStringLiteral("text")}});
    CHECK(requiredExtraFields().first().toCreateJson().value(QLatin1String("field_type")) == QStringLiteral("text"));

    const QJsonObject full = parseJson(Recorded::referenceField).toArray().first().toObject();
    const std::optional<ExtraField> field = ExtraField::fromJson(full);
    REQUIRE(field);
    CHECK(field->unit == QStringLiteral("string"));
    CHECK(field->choices == QStringList {QStringLiteral("string")});
    CHECK(field->multiChoice == true);
    CHECK(field->toJson() == full);

    const std::optional<Setting> setting
        = Setting::fromJson(QStringLiteral("x"), parseJson(Recorded::referenceSetting).toObject());
    REQUIRE(setting);
    CHECK(setting->value == QLatin1String("string"));
    CHECK(setting->isSet);
    CHECK(setting->type == QLatin1String("boolean"));
    Setting locations {
        QStringLiteral("locations"), QStringLiteral("[\"AMS1\",\"Shelf\"]"), true, QStringLiteral("array")};
    CHECK(locations.decodedValue()->toArray().size() == 2);

    const QJsonObject external = parseJson(Recorded::referenceExternal).toArray().first().toObject();
    const std::optional<ExternalFilament> db = ExternalFilament::fromJson(external);
    REQUIRE(db);
    CHECK(db->id == QLatin1String("polymaker_pla_polysonicblack_1000_175"));
    CHECK(db->manufacturer == QLatin1String("Polymaker"));
    CHECK(db->colorHexes == QStringList {QStringLiteral("2c3232"), QStringLiteral("5f5f5f")});
    CHECK(db->extruderTemp == 210);
    CHECK(db->spoolType == QStringLiteral("plastic"));
    CHECK(db->toJson() == external);

    const std::optional<ServerInfo> info = ServerInfo::fromJson(parseJson(Recorded::info).toObject());
    REQUIRE(info);
    CHECK(info->version == QLatin1String("0.26.1"));
    CHECK(info->dbType == QLatin1String("DatabaseType.SQLITE"));
    CHECK(info->toJson() == parseJson(Recorded::info).toObject());
    CHECK_FALSE(ServerInfo::fromJson(parseJson(Recorded::health).toObject()));
}

TEST_CASE("spoolman types: versions decide the tag filter")
{
    CHECK(SpoolmanVersion::parse(QStringLiteral("0.26.1"))->toString() == QLatin1String("0.26.1"));
    CHECK(SpoolmanVersion::parse(QStringLiteral("v0.25.0-dev"))->atLeast(0, 25));
    CHECK_FALSE(SpoolmanVersion::parse(QStringLiteral("0.24.9"))->atLeast(0, 25));
    CHECK(SpoolmanVersion::parse(QStringLiteral("1.0"))->atLeast(0, 25));
    CHECK_FALSE(SpoolmanVersion::parse(QStringLiteral("dev")));
    ServerInfo info;
    info.version = QStringLiteral("0.25.0");
    CHECK(SpoolmanCapabilities::fromInfo(info).extraFilter);
    info.version = QStringLiteral("0.7.0");
    CHECK_FALSE(SpoolmanCapabilities::fromInfo(info).extraFilter);
    info.version = QStringLiteral("unknown");
    CHECK_FALSE(SpoolmanCapabilities::fromInfo(info).extraFilter);
}

TEST_CASE("spoolman types: websocket frames parse; keep-alives are not events")
{
    const std::optional<SpoolmanEvent> event = SpoolmanEvent::fromJson(QByteArray(Recorded::wsUpdated));
    REQUIRE(event);
    CHECK(event->type == SpoolmanEvent::Type::Updated);
    CHECK(event->resource == QLatin1String("spool"));
    CHECK(event->date == QLatin1String("2026-11-22T03:47:15.698871Z"));
    const std::optional<Spool> spool = Spool::fromJson(event->payload);
    REQUIRE(spool);
    CHECK(spool->remainingWeight == 700.0);
    CHECK(spool->location == QStringLiteral("AMS1 slot 2"));
    CHECK_FALSE(SpoolmanEvent::fromJson(R"({"status":"healthy"})"));
    CHECK_FALSE(SpoolmanEvent::fromJson("not json"));
}

TEST_CASE("spoolman types: spool queries encode filters, sort and paging")
{
    SpoolQuery query;
    query.extra.insert(QStringLiteral("tag"), SpoolQuery::exact(QStringLiteral("uuid-3")));
    query.location = QStringLiteral("AMS1,AMS2");
    query.allowArchived = true;
    query.sort = QStringLiteral("id:desc,location:asc");
    query.limit = 50;
    query.offset = 100;
    const QueryItems items = query.toQueryItems();
    CHECK(items.contains({QStringLiteral("extra.tag"), QStringLiteral("\"uuid-3\"")}));
    CHECK(items.contains({QStringLiteral("location"), QStringLiteral("AMS1,AMS2")}));
    CHECK(items.contains({QStringLiteral("allow_archived"), QStringLiteral("true")}));
    CHECK(items.contains({QStringLiteral("limit"), QStringLiteral("50")}));
    CHECK(items.contains({QStringLiteral("offset"), QStringLiteral("100")}));
    CHECK(SpoolQuery().toQueryItems().isEmpty());
}

TEST_CASE("spoolman types: write bodies match the recorded requests")
{
    // POST /filament {"name":"PLA Basic Black","vendor_id":1,"material":"PLA","density":1.24,
    //   "diameter":1.75,"weight":1000,"spool_weight":250,"color_hex":"000000"}
    Filament filament;
    filament.name = QStringLiteral("PLA Basic Black");
    filament.vendorId = 1;
    filament.material = QStringLiteral("PLA");
    filament.density = 1.24;
    filament.diameter = 1.75;
    filament.weight = 1000;
    filament.spoolWeight = 250;
    filament.colorHex = QStringLiteral("000000");
    CHECK(filament.toCreateJson()
        == parseJson(R"({"name":"PLA Basic Black","vendor_id":1,"material":"PLA","density":1.24,"diameter":1.75,)"
                     R"("weight":1000,"spool_weight":250,"color_hex":"000000"})")
               .toObject());

    // POST /spool {"filament_id":1,"location":"AMS1","remaining_weight":1000,"extra":{"tag":"\"3f2b…0001\""}}
    Spool spool;
    spool.filament.id = 1;
    spool.location = QStringLiteral("AMS1");
    spool.remainingWeight = 1000;
    spool.extra.insert(QStringLiteral("tag"), SpoolmanExtra::encodeText(QStringLiteral("3f2b0001")));
    CHECK(spool.toCreateJson()
        == parseJson(R"({"filament_id":1,"location":"AMS1","remaining_weight":1000,"extra":{"tag":"\"3f2b0001\""}})")
               .toObject());

    // POST /vendor {"name":"Bambu Lab"}
    Vendor vendor;
    vendor.name = QStringLiteral("Bambu Lab");
    CHECK(vendor.toCreateJson() == parseJson(R"({"name":"Bambu Lab"})").toObject());

    // POST /field/spool/tag {"name":"Tag","field_type":"text"} (order 0 is the server's default)
    const QJsonObject field = requiredExtraFields().first().toCreateJson();
    CHECK(field.value(QLatin1String("name")) == QLatin1String("Tag"));
    CHECK(field.value(QLatin1String("field_type")) == QLatin1String("text"));
    CHECK(field.value(QLatin1String("order")).toInt() == 0);
}
