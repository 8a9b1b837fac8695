#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Spoolbridge {

// Every scalar setting of Spoolbridge. The table in settingkeys.cpp gives each one its name in
// the settings file, its type, its default and its area; nothing else in the code base spells
// a settings key. Printers are a list of entries and live in Settings::printers(). Secrets are
// never settings: they go to the SecretStore.
enum class SettingKey {
    // Spoolman
    SpoolmanUrl,
    SpoolmanAuthKind, // "none" | "header" | "basic"
    SpoolmanHeaderName, // header name for auth kind "header"; its value is a secret
    SpoolmanUsername, // user for auth kind "basic"; the password is a secret
    SpoolmanTimeoutS,
    SpoolmanCaFile, // extra CA certificate file (PEM) for a self-signed HTTPS Spoolman
    // Sync
    SyncMode, // "auto" | "manual"
    SyncDebounceMs,
    SyncAutoCreate,
    SyncAutoAttach,
    SyncLocationTemplate,
    SyncHomeLocation,
    SyncClearLocationOnRemoval,
    SyncWeightSource, // "per_print" | "ams_estimate"
    SyncLowStockThresholdG,
    // Application
    AppLanguage, // "" = system locale, else a locale name such as "de" or "zh_CN"
    AppStartAtLogin,
    AppStartMinimised,
    NotifySyncErrors,
    NotifyLowStock,
    NotifyPrinterOffline,
    NotifySpoolChanges,
    NotifyPrintFinished,
    // Where secrets are kept
    SecretsBackend, // "keychain" | "file" | "env"
    SecretsFile, // path of the secrets file for backend "file"; "" = default location
};

// The part of the configuration a key belongs to; each area has its own change signal.
enum class SettingArea {
    Spoolman,
    Sync,
    App,
    Secrets,
};

struct SettingDefinition {
    SettingKey key;
    const char *name; // "spoolman/url"
    QMetaType::Type type; // QString, Int or Bool
    QVariant defaultValue;
    SettingArea area;
    QStringList allowed; // for string enumerations; empty = free text
    int minimum = 0; // for integers
    int maximum = 0;
};

namespace SettingKeys {

// Every definition, in the order of SettingKey.
const QList<SettingDefinition> &all();
const SettingDefinition &definition(SettingKey key);
// The key with the given file name ("sync/mode"), or false.
bool fromName(const QString &name, SettingKey *key);
QString name(SettingKey key);
// The JSON/file name of an area ("spoolman", "sync", "app", "secrets").
QString areaName(SettingArea area);

} // namespace SettingKeys

// The default Bambu-style location of a slot in Spoolman.
inline constexpr const char *DefaultLocationTemplate = "{printer} - AMS {unit} Slot {slot}";

} // namespace Spoolbridge

Q_DECLARE_METATYPE(Spoolbridge::SettingKey)
