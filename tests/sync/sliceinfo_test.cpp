#include "threemfbuilder.h"

#include "core/sync/sliceinforeader.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace Spoolbridge;

TEST_CASE("sliceinfo: reads both plates and every filament of a 3MF")
{
    const QString path = QDir(Test::makeTempDir(QStringLiteral("sliceinfo"))).filePath(QStringLiteral("Cube.3mf"));
    REQUIRE(Test::writeSample3mf(path));
    const SliceInfoReader::Result result = SliceInfoReader::readFile(path);
    INFO(result.error.toStdString());
    REQUIRE(result.ok);
    REQUIRE(result.info.plates.size() == 2);
    const SlicePlate &first = result.info.plates.at(0);
    CHECK(first.index == 1);
    CHECK(first.predictionSeconds == 2565);
    CHECK(first.weightGrams == Approx(23.14));
    REQUIRE(first.filaments.size() == 2);
    CHECK(first.filaments.at(0).id == 1);
    CHECK(first.filaments.at(0).trayInfoIdx == QLatin1String("GFA00"));
    CHECK(first.filaments.at(0).type == QLatin1String("PLA"));
    CHECK(first.filaments.at(0).color == QLatin1String("#FFFFFF"));
    CHECK(first.filaments.at(0).usedMeters == Approx(5.45));
    CHECK(first.filaments.at(0).usedGrams == Approx(17.32));
    CHECK(first.filaments.at(1).usedGrams == Approx(5.82));
    const SlicePlate &second = result.info.plates.at(1);
    CHECK(second.index == 2);
    REQUIRE(second.filaments.size() == 3);
    CHECK(second.filaments.at(1).id == 3);
    CHECK(second.filaments.at(1).type == QLatin1String("PETG"));
    CHECK(second.totalFilamentGrams() == Approx(61.75));

    // The same from memory.
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const SliceInfoReader::Result fromMemory = SliceInfoReader::readArchive(file.readAll());
    REQUIRE(fromMemory.ok);
    CHECK(fromMemory.info.plates.at(1).filaments.at(0).usedGrams == Approx(38.47));
}

TEST_CASE("sliceinfo: selects the printed plate from the gcode file or an index")
{
    const SliceInfoReader::Result parsed = SliceInfoReader::parseXml(Test::sampleSliceInfo());
    REQUIRE(parsed.ok);
    CHECK(SliceInfoReader::plateIndexFromGcodeFile(QStringLiteral("Metadata/plate_2.gcode")) == 2);
    CHECK(SliceInfoReader::plateIndexFromGcodeFile(QStringLiteral("/data/Metadata/plate_11.gcode")) == 11);
    CHECK(SliceInfoReader::plateIndexFromGcodeFile(QStringLiteral("Cube.gcode.3mf")) == 0);

    const auto byFile = SliceInfoReader::selectPlate(parsed.info, QStringLiteral("Metadata/plate_2.gcode"));
    REQUIRE(byFile.ok);
    CHECK(byFile.plate.index == 2);
    CHECK(byFile.plate.filaments.at(0).usedGrams == Approx(38.47));
    const auto byIndex = SliceInfoReader::selectPlate(parsed.info, QStringLiteral("Metadata/plate_2.gcode"), 1);
    REQUIRE(byIndex.ok);
    CHECK(byIndex.plate.index == 1);

    const auto missing = SliceInfoReader::selectPlate(parsed.info, QStringLiteral("Metadata/plate_5.gcode"));
    CHECK_FALSE(missing.ok);
    CHECK(missing.error.contains(QLatin1String("plate 5 is not in the 3MF (it has plates 1, 2)")));
    const auto ambiguous = SliceInfoReader::selectPlate(parsed.info, QStringLiteral("Cube.gcode.3mf"));
    CHECK_FALSE(ambiguous.ok);
    CHECK(ambiguous.error.contains(QLatin1String("has 2 plates")));

    // A single-plate file needs no hint.
    SliceInfo single;
    single.plates.append(parsed.info.plates.at(0));
    const auto only = SliceInfoReader::selectPlate(single, QString());
    REQUIRE(only.ok);
    CHECK(only.plate.index == 1);
}

TEST_CASE("sliceinfo: clear errors for bad inputs")
{
    const QString dir = Test::makeTempDir(QStringLiteral("sliceinfo-bad"));

    SECTION("not a zip")
    {
        const QString path = QDir(dir).filePath(QStringLiteral("notzip.3mf"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("<html><body>404 Not Found</body></html>");
        file.close();
        const auto result = SliceInfoReader::readFile(path);
        CHECK_FALSE(result.ok);
        CHECK(result.error
            == QLatin1String("notzip.3mf is not a 3MF project (it is not a zip archive). Re-export the "
                             "plate from the slicer or check the file on the printer."));
        CHECK_FALSE(SliceInfoReader::readArchive(QByteArray("PK\x03\x04garbage")).ok);
    }
    SECTION("missing file")
    {
        const auto result = SliceInfoReader::readFile(QDir(dir).filePath(QStringLiteral("nothere.3mf")));
        CHECK_FALSE(result.ok);
        CHECK(result.error.contains(QLatin1String("does not exist")));
    }
    SECTION("missing slice_info entry")
    {
        const QString path = QDir(dir).filePath(QStringLiteral("noslice.3mf"));
        REQUIRE(Test::writeZip(path, {{QStringLiteral("3D/3dmodel.model"), QByteArrayLiteral("<model/>")}}));
        const auto result = SliceInfoReader::readFile(path);
        CHECK_FALSE(result.ok);
        CHECK(result.error.contains(QLatin1String("has no Metadata/slice_info.config")));
    }
    SECTION("malformed XML")
    {
        const QString path = QDir(dir).filePath(QStringLiteral("broken.3mf"));
        REQUIRE(Test::writeSample3mf(path,
            QByteArrayLiteral("<config><plate><metadata key=\"index\" value=\"1\">"
                              "</plate></config>")));
        const auto result = SliceInfoReader::readFile(path);
        CHECK_FALSE(result.ok);
        CHECK(result.error.contains(QLatin1String("not valid XML (line 1")));
    }
    SECTION("no plate")
    {
        const auto result = SliceInfoReader::parseXml(QByteArrayLiteral("<config><header/></config>"));
        CHECK_FALSE(result.ok);
        CHECK(result.error.contains(QLatin1String("no sliced plate")));
    }
    SECTION("not a slice info document")
    {
        const auto result = SliceInfoReader::parseXml(QByteArrayLiteral("<html><plate/></html>"));
        CHECK_FALSE(result.ok);
        CHECK(result.error.contains(QLatin1String("no <config> element")));
    }
}
