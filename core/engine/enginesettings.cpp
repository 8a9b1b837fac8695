#include "core/engine/enginesettings.h"

namespace Spoolbridge {

QString EngineSettings::syncModeKey(SyncMode mode)
{
    return mode == SyncMode::Manual ? QStringLiteral("manual") : QStringLiteral("auto");
}

SyncMode EngineSettings::syncModeFromKey(const QString &key)
{
    return key.compare(QLatin1String("manual"), Qt::CaseInsensitive) == 0 ? SyncMode::Manual : SyncMode::Auto;
}

QString EngineSettings::weightSourceKey(WeightSource source)
{
    return source == WeightSource::AmsEstimate ? QStringLiteral("ams") : QStringLiteral("usage");
}

WeightSource EngineSettings::weightSourceFromKey(const QString &key)
{
    return key.compare(QLatin1String("ams"), Qt::CaseInsensitive) == 0 ? WeightSource::AmsEstimate
                                                                       : WeightSource::PerPrintUsage;
}

} // namespace Spoolbridge
