// Inputs found by bench/fuzz (fuzz_spoolman): numbers outside int range in integer fields were
// converted to int (undefined behaviour; on x86 every such id became INT_MIN). They are now
// rejected like any other non-integer value.
#include "recordedbodies.h"

#include "core/spoolman/filament.h"
#include "core/spoolman/spool.h"
#include "core/spoolman/vendor.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>

using namespace Spoolbridge;

namespace {

QJsonObject recorded(const char *body)
{
    return QJsonDocument::fromJson(QByteArray(body)).object();
}

} // namespace

TEST_CASE("fuzz regression: an id beyond int range makes a spool, filament or vendor invalid")
{
    QJsonObject spool = recorded(Test::Recorded::spool);
    REQUIRE(Spool::fromJson(spool).has_value());
    spool.insert(QStringLiteral("id"), 1.77778e53);
    CHECK_FALSE(Spool::fromJson(spool).has_value());
    spool.insert(QStringLiteral("id"), -3e9);
    CHECK_FALSE(Spool::fromJson(spool).has_value());

    QJsonObject filament = recorded(Test::Recorded::filament);
    REQUIRE(Filament::fromJson(filament).has_value());
    filament.insert(QStringLiteral("id"), 2147483648.0);
    CHECK_FALSE(Filament::fromJson(filament).has_value());

    QJsonObject vendor = recorded(Test::Recorded::vendor);
    REQUIRE(Vendor::fromJson(vendor).has_value());
    vendor.insert(QStringLiteral("id"), 1e300);
    CHECK_FALSE(Vendor::fromJson(vendor).has_value());
}

TEST_CASE("fuzz regression: the largest and smallest int ids are still accepted")
{
    QJsonObject vendor = recorded(Test::Recorded::vendor);
    vendor.insert(QStringLiteral("id"), 2147483647.0);
    const std::optional<Vendor> decoded = Vendor::fromJson(vendor);
    REQUIRE(decoded.has_value());
    CHECK(decoded->id == 2147483647);
}
