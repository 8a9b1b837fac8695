#include "core/sync/sliceinforeader.h"

#include "core/util/logging.h"

#include <QBuffer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <cmath>
#include <limits>

namespace Spoolbridge {

namespace {

// slice_info.config is a few kilobytes; anything this large is not one.
constexpr qint64 MaxEntrySize = qint64(16) * 1024 * 1024;

SliceInfoReader::Result failure(const QString &message)
{
    SliceInfoReader::Result result;
    result.error = message;
    return result;
}

SliceInfoReader::Result readFromZip(QuaZip &zip, const QString &what)
{
    if (!zip.open(QuaZip::mdUnzip)) {
        return failure(SliceInfoReader::tr("%1 is not a 3MF project (it is not a zip archive). Re-export the plate "
                                           "from the slicer or check the file on the printer.")
                           .arg(what));
    }
    const QString entry = QString::fromLatin1(SliceInfoReader::EntryName);
    if (!zip.setCurrentFile(entry, QuaZip::csInsensitive)) {
        zip.close();
        return failure(SliceInfoReader::tr("%1 has no %2, so it carries no per-filament estimate. Slice it with Bambu "
                                           "Studio or Orca Slicer and send it again.")
                           .arg(what, entry));
    }
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly)) {
        zip.close();
        return failure(SliceInfoReader::tr("%1 is damaged: %2 cannot be unpacked (zip error %3). Re-export the plate.")
                           .arg(what, entry)
                           .arg(file.getZipError()));
    }
    const QByteArray xml = file.read(MaxEntrySize + 1);
    const int zipError = file.getZipError();
    file.close();
    zip.close();
    if (zipError != 0 || xml.size() > MaxEntrySize) {
        return failure(
            SliceInfoReader::tr("%1 is damaged: %2 cannot be read completely. Re-export the plate.").arg(what, entry));
    }
    return SliceInfoReader::parseXml(xml);
}

double toDouble(const QStringView text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    return ok ? value : 0.0;
}

// A duration in whole seconds; 0 (unknown) when it is not a number of int range.
int toSeconds(const QStringView text)
{
    const double value = toDouble(text);
    if (!std::isfinite(value) || value < 0 || value > double(std::numeric_limits<int>::max()))
        return 0;
    return static_cast<int>(value);
}

} // namespace

SliceInfoReader::Result SliceInfoReader::readFile(const QString &path)
{
    if (!QFileInfo::exists(path))
        return failure(tr("The 3MF file %1 does not exist.").arg(path));
    QuaZip zip(path);
    return readFromZip(zip, QFileInfo(path).fileName());
}

SliceInfoReader::Result SliceInfoReader::readArchive(const QByteArray &zipBytes)
{
    QByteArray copy = zipBytes;
    QBuffer buffer(&copy);
    QuaZip zip(&buffer);
    return readFromZip(zip, tr("The downloaded file"));
}

SliceInfoReader::Result SliceInfoReader::parseXml(const QByteArray &xml)
{
    Result result;
    QXmlStreamReader reader(xml);
    SlicePlate *current = nullptr;
    bool sawConfig = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QStringView name = reader.name();
            const QXmlStreamAttributes attributes = reader.attributes();
            if (name == QLatin1String("config")) {
                sawConfig = true;
            } else if (name == QLatin1String("plate")) {
                result.info.plates.append(SlicePlate {});
                current = &result.info.plates.last();
            } else if (name == QLatin1String("metadata") && current) {
                const QStringView key = attributes.value(QLatin1String("key"));
                const QStringView value = attributes.value(QLatin1String("value"));
                if (key == QLatin1String("index"))
                    current->index = value.trimmed().toInt();
                else if (key == QLatin1String("prediction"))
                    current->predictionSeconds = toSeconds(value);
                else if (key == QLatin1String("weight"))
                    current->weightGrams = toDouble(value);
            } else if (name == QLatin1String("filament") && current) {
                SliceFilament filament;
                filament.id = attributes.value(QLatin1String("id")).trimmed().toInt();
                filament.trayInfoIdx = attributes.value(QLatin1String("tray_info_idx")).toString();
                filament.type = attributes.value(QLatin1String("type")).toString();
                filament.color = attributes.value(QLatin1String("color")).toString();
                filament.usedMeters = toDouble(attributes.value(QLatin1String("used_m")));
                filament.usedGrams = toDouble(attributes.value(QLatin1String("used_g")));
                if (filament.id > 0)
                    current->filaments.append(filament);
            }
        } else if (reader.isEndElement() && reader.name() == QLatin1String("plate")) {
            current = nullptr;
        }
    }
    if (reader.hasError()) {
        return failure(tr("The 3MF's slice information is not valid XML (line %1: %2). Re-slice and send the plate "
                          "again.")
                           .arg(reader.lineNumber())
                           .arg(reader.errorString()));
    }
    if (!sawConfig) {
        return failure(
            tr("The 3MF's slice information has an unexpected layout (no <config> element). Re-slice and send the "
               "plate again."));
    }
    // Plates written without an index are numbered in document order, as the slicer does.
    for (int i = 0; i < result.info.plates.size(); ++i) {
        if (result.info.plates[i].index <= 0)
            result.info.plates[i].index = i + 1;
    }
    if (result.info.plates.isEmpty()) {
        return failure(tr("The 3MF holds no sliced plate, so it carries no filament estimate. Slice the plate and "
                          "send it again."));
    }
    result.ok = true;
    return result;
}

int SliceInfoReader::plateIndexFromGcodeFile(const QString &gcodeFile)
{
    static const QRegularExpression plate(
        QStringLiteral(R"((?:^|[/\\])plate_(\d+)\.gcode$)"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = plate.match(gcodeFile.trimmed());
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

SliceInfoReader::PlateResult SliceInfoReader::selectPlate(
    const SliceInfo &info, const QString &gcodeFile, int plateIndex)
{
    PlateResult result;
    int wanted = plateIndex > 0 ? plateIndex : plateIndexFromGcodeFile(gcodeFile);
    if (wanted <= 0) {
        if (info.plates.size() == 1) {
            result.ok = true;
            result.plate = info.plates.first();
            return result;
        }
        result.error = tr("The 3MF has %1 plates and the job does not say which one was printed, so its usage "
                          "cannot be taken from the file.")
                           .arg(info.plates.size());
        return result;
    }
    if (const SlicePlate *plate = info.plate(wanted)) {
        result.ok = true;
        result.plate = *plate;
        return result;
    }
    QStringList known;
    for (const SlicePlate &candidate : info.plates)
        known << QString::number(candidate.index);
    result.error = tr("The printed plate %1 is not in the 3MF (it has plates %2). The file on the printer may belong "
                      "to another job.")
                       .arg(wanted)
                       .arg(known.join(QStringLiteral(", ")));
    return result;
}

} // namespace Spoolbridge
