// libFuzzer target: the slice_info.config reader. Inputs that start like a zip archive go
// through SliceInfoReader::readArchive (QuaZip), everything else through parseXml; both paths
// also try plate selection on a successful read.
#include "core/sync/sliceinforeader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using Spoolbridge::SliceInfoReader;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), int(size));
    const SliceInfoReader::Result result
        = input.startsWith("PK") ? SliceInfoReader::readArchive(input) : SliceInfoReader::parseXml(input);
    if (result.ok) {
        (void)SliceInfoReader::selectPlate(result.info, QStringLiteral("/data/Metadata/plate_2.gcode"));
        (void)SliceInfoReader::selectPlate(result.info, QString(), 1);
    }
    return 0;
}
