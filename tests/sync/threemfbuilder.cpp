#include "threemfbuilder.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace Spoolbridge::Test {

QByteArray sampleSliceInfo()
{
    return QByteArrayLiteral(R"(<?xml version="1.0" encoding="UTF-8"?>
<config>
  <header>
    <header_item key="X-BBL-Client-Type" value="slicer"/>
    <header_item key="X-BBL-Client-Version" value="02.01.01.52"/>
  </header>
  <plate>
    <metadata key="index" value="1"/>
    <metadata key="extruder_type" value="0"/>
    <metadata key="printer_model_id" value="N2S"/>
    <metadata key="nozzle_diameters" value="0.4"/>
    <metadata key="timelapse_type" value="0"/>
    <metadata key="prediction" value="2565"/>
    <metadata key="weight" value="23.14"/>
    <metadata key="outside" value="false"/>
    <metadata key="support_used" value="false"/>
    <metadata key="label_object_enabled" value="true"/>
    <object identify_id="155" name="Cube.stl" skipped="false" />
    <filament id="1" tray_info_idx="GFA00" type="PLA" color="#FFFFFF" used_m="5.45" used_g="17.32" />
    <filament id="2" tray_info_idx="GFL99" type="PLA" color="#000000" used_m="1.83" used_g="5.82" />
  </plate>
  <plate>
    <metadata key="index" value="2"/>
    <metadata key="printer_model_id" value="N2S"/>
    <metadata key="prediction" value="7412"/>
    <metadata key="weight" value="61.75"/>
    <object identify_id="212" name="Benchy.stl" skipped="false" />
    <filament id="1" tray_info_idx="GFA00" type="PLA" color="#FFFFFF" used_m="12.10" used_g="38.47" />
    <filament id="3" tray_info_idx="GFG99" type="PETG" color="#FF0000" used_m="7.02" used_g="23.28" />
    <filament id="4" tray_info_idx="GFA01" type="PLA" color="#00FF00" used_m="0.00" used_g="0.00" />
    <warning msg="bed_temperature_too_high_than_filament" level="1" error_code ="1000C001"  />
  </plate>
</config>
)");
}

bool writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &entries)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &entry : entries) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(entry.first)))
            return false;
        file.write(entry.second);
        file.close();
        if (file.getZipError() != 0)
            return false;
    }
    zip.close();
    return zip.getZipError() == 0;
}

bool writeSample3mf(const QString &path, const QByteArray &sliceInfo)
{
    QByteArray gcode;
    for (int i = 0; i < 2000; ++i)
        gcode += "G1 X" + QByteArray::number(i % 200) + " Y" + QByteArray::number(i % 180) + " E0.0421\n";
    return writeZip(path,
        {
            {QStringLiteral("[Content_Types].xml"),
                QByteArrayLiteral("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats."
                                  "org/package/2006/content-types\"/>")},
            {QStringLiteral("3D/3dmodel.model"), QByteArrayLiteral("<model unit=\"millimeter\"/>")},
            {QStringLiteral("Metadata/plate_1.gcode"), gcode},
            {QStringLiteral("Metadata/plate_2.gcode"), gcode},
            {QStringLiteral("Metadata/slice_info.config"), sliceInfo},
        });
}

} // namespace Spoolbridge::Test
