#include "core/settings/settingkeys.h"

namespace Spoolbridge::SettingKeys {

namespace {

SettingDefinition text(
    SettingKey key, const char *name, const QString &value, SettingArea area, const QStringList &allowed = {})
{
    return {key, name, QMetaType::QString, value, area, allowed};
}

SettingDefinition number(SettingKey key, const char *name, int value, SettingArea area, int minimum, int maximum)
{
    return {key, name, QMetaType::Int, value, area, {}, minimum, maximum};
}

SettingDefinition flag(SettingKey key, const char *name, bool value, SettingArea area)
{
    return {key, name, QMetaType::Bool, value, area, {}};
}

QList<SettingDefinition> buildTable()
{
    using K = SettingKey;
    using A = SettingArea;
    const QString none;
    return {
        text(K::SpoolmanUrl, "spoolman/url", none, A::Spoolman),
        text(K::SpoolmanAuthKind, "spoolman/auth", QStringLiteral("none"), A::Spoolman,
            {QStringLiteral("none"), QStringLiteral("header"), QStringLiteral("basic")}),
        text(K::SpoolmanHeaderName, "spoolman/header_name", QStringLiteral("Authorization"), A::Spoolman),
        text(K::SpoolmanUsername, "spoolman/username", none, A::Spoolman),
        number(K::SpoolmanTimeoutS, "spoolman/timeout_s", 10, A::Spoolman, 1, 300),
        text(K::SpoolmanCaFile, "spoolman/ca_file", none, A::Spoolman),

        text(K::SyncMode, "sync/mode", QStringLiteral("auto"), A::Sync,
            {QStringLiteral("auto"), QStringLiteral("manual")}),
        number(K::SyncDebounceMs, "sync/debounce_ms", 3000, A::Sync, 0, 600000),
        flag(K::SyncAutoCreate, "sync/auto_create", true, A::Sync),
        flag(K::SyncAutoAttach, "sync/auto_attach", true, A::Sync),
        text(K::SyncLocationTemplate, "sync/location_template", QString::fromLatin1(DefaultLocationTemplate), A::Sync),
        text(K::SyncHomeLocation, "sync/home_location", none, A::Sync),
        flag(K::SyncClearLocationOnRemoval, "sync/clear_location_on_removal", true, A::Sync),
        text(K::SyncWeightSource, "sync/weight_source", QStringLiteral("per_print"), A::Sync,
            {QStringLiteral("per_print"), QStringLiteral("ams_estimate")}),
        number(K::SyncLowStockThresholdG, "sync/low_stock_threshold_g", 100, A::Sync, 0, 100000),

        text(K::AppLanguage, "app/language", none, A::App),
        flag(K::AppStartAtLogin, "app/start_at_login", false, A::App),
        flag(K::AppStartMinimised, "app/start_minimised", false, A::App),
        flag(K::NotifySyncErrors, "notifications/sync_errors", true, A::App),
        flag(K::NotifyLowStock, "notifications/low_stock", true, A::App),
        flag(K::NotifyPrinterOffline, "notifications/printer_offline", true, A::App),
        flag(K::NotifySpoolChanges, "notifications/spool_changes", false, A::App),
        flag(K::NotifyPrintFinished, "notifications/print_finished", false, A::App),

        text(K::SecretsBackend, "secrets/backend", QStringLiteral("keychain"), A::Secrets,
            {QStringLiteral("keychain"), QStringLiteral("file"), QStringLiteral("env")}),
        text(K::SecretsFile, "secrets/file", none, A::Secrets),
    };
}

} // namespace

const QList<SettingDefinition> &all()
{
    static const QList<SettingDefinition> table = [] {
        QList<SettingDefinition> defs = buildTable();
        for (int i = 0; i < defs.size(); ++i)
            Q_ASSERT(static_cast<int>(defs.at(i).key) == i);
        return defs;
    }();
    return table;
}

const SettingDefinition &definition(SettingKey key)
{
    return all().at(static_cast<int>(key));
}

bool fromName(const QString &name, SettingKey *key)
{
    for (const SettingDefinition &def : all()) {
        if (name == QLatin1String(def.name)) {
            *key = def.key;
            return true;
        }
    }
    return false;
}

QString name(SettingKey key)
{
    return QString::fromLatin1(definition(key).name);
}

QString areaName(SettingArea area)
{
    switch (area) {
    case SettingArea::Spoolman:
        return QStringLiteral("spoolman");
    case SettingArea::Sync:
        return QStringLiteral("sync");
    case SettingArea::App:
        return QStringLiteral("app");
    case SettingArea::Secrets:
        return QStringLiteral("secrets");
    }
    return {};
}

} // namespace Spoolbridge::SettingKeys
