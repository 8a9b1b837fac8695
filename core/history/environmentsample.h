#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Spoolbridge {

// One reading of an AMS unit's climate sensor. Either value may be missing (the AMS Lite has
// no humidity sensor; some firmware reports only a humidity level).
struct EnvironmentSample {
    QDateTime time; // UTC
    QString printerId;
    int unitId = 0;
    std::optional<double> humidityPercent;
    std::optional<double> temperatureC;
};

} // namespace Spoolbridge
