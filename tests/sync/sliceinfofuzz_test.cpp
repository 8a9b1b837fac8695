// Input found by bench/fuzz (fuzz_sliceinfo): a plate prediction beyond int range was converted
// to int (undefined behaviour; on x86 it became INT_MIN seconds). It now counts as unknown (0),
// while the rest of the plate is still read.
#include "core/sync/sliceinforeader.h"

#include <catch2/catch.hpp>

using namespace Spoolbridge;

namespace {

QByteArray plateWithPrediction(const QByteArray &prediction)
{
    return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<config><header></header><plate>"
                             "<metadata key=\"index\" value=\"1\"/><metadata key=\"prediction\" value=\"")
        + prediction
        + QByteArrayLiteral("\"/><metadata key=\"weight\" value=\"12.5\"/>"
                            "<filament id=\"1\" tray_info_idx=\"GFA00\" type=\"PLA\" color=\"#FFFFFF\" "
                            "used_m=\"4.1\" used_g=\"12.5\"/></plate></config>");
}

} // namespace

TEST_CASE("sliceinfo fuzz regression: an out-of-range prediction is unknown, the plate is still read")
{
    for (const QByteArray &prediction : {QByteArrayLiteral("2.56333e+116"), QByteArrayLiteral("-5"),
             QByteArrayLiteral("1e400"), QByteArrayLiteral("nan")}) {
        INFO(prediction.constData());
        const SliceInfoReader::Result result = SliceInfoReader::parseXml(plateWithPrediction(prediction));
        REQUIRE(result.ok);
        REQUIRE(result.info.plates.size() == 1);
        CHECK(result.info.plates.first().predictionSeconds == 0);
        CHECK(result.info.plates.first().weightGrams == Approx(12.5));
        REQUIRE(result.info.plates.first().filaments.size() == 1);
    }
    const SliceInfoReader::Result normal = SliceInfoReader::parseXml(plateWithPrediction("2565"));
    REQUIRE(normal.ok);
    CHECK(normal.info.plates.first().predictionSeconds == 2565);
}
