#pragma once

#include "core/settings/printerentry.h"
#include "core/settings/settingkeys.h"

#include <QCommandLineOption>
#include <QHash>
#include <QObject>
#include <QSettings>
#include <QTimer>
#include <QUrl>

#include <optional>

class QFileSystemWatcher;

namespace Spoolbridge {

// The typed configuration of Spoolbridge over one INI file (QSettings). Every key, type and
// default comes from the table in settingkeys.cpp. Writes are validated, flushed to disk at
// once (QSettings::sync, which replaces the file atomically) and announced by changed(key)
// plus the signal of the key's area. Changes another process makes to the file (say
// `spoolbridge-cli settings set` while the app runs) are picked up and announced the same
// way. Secrets are never stored here (see SecretStore).
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    enum class AuthKind {
        None,
        Header,
        Basic,
    };
    enum class SyncMode {
        Auto,
        Manual,
    };
    enum class WeightSource {
        PerPrint,
        AmsEstimate,
    };
    enum class SecretsBackend {
        Keychain,
        File,
        Environment,
    };
    enum class NotificationKind {
        SyncError,
        LowStock,
        PrinterOffline,
        SpoolChange,
        PrintFinished,
    };

    // Uses `filePath` (from --config FILE) or, when empty, defaultFilePath().
    explicit Settings(const QString &filePath = QString(), QObject *parent = nullptr);
    ~Settings() override;

    // ~/.config/Spoolbridge/spoolbridge.conf on Linux (QStandardPaths), shared by app and CLI.
    static QString defaultFilePath();
    // The --config FILE option for a QCommandLineParser.
    static QCommandLineOption configOption();

    QString filePath() const;
    // The last load or write problem as a readable sentence; empty when all went well.
    QString lastError() const;

    // The value of a key, converted to its type; the default when unset or unreadable.
    QVariant value(SettingKey key) const;
    QString text(SettingKey key) const;
    int number(SettingKey key) const;
    bool flag(SettingKey key) const;
    bool isSet(SettingKey key) const;

    // Validates, stores and flushes one value. Returns false with a readable message in
    // `error` (and nothing changed) when the value is invalid or cannot be written.
    bool setValue(SettingKey key, const QVariant &value, QString *error = nullptr);
    // Back to the default.
    bool reset(SettingKey key, QString *error = nullptr);
    // Several values at once, all validated first: either all are stored or none.
    bool setValues(const QHash<SettingKey, QVariant> &values, QString *error = nullptr);

    // Typed views of enumerated and frequently used keys.
    QUrl spoolmanUrl() const;
    AuthKind spoolmanAuthKind() const;
    SyncMode syncMode() const;
    WeightSource weightSource() const;
    SecretsBackend secretsBackend() const;
    // The secrets file for backend "file" (the setting, or next to the settings file).
    QString secretsFilePath() const;
    bool notificationEnabled(NotificationKind kind) const;
    static SettingKey notificationKey(NotificationKind kind);

    // Printers, in the order the user arranged them.
    QList<PrinterEntry> printers() const;
    std::optional<PrinterEntry> printer(const QString &id) const;
    // Adds the entry, or replaces the one with the same id. Validates it first.
    bool savePrinter(const PrinterEntry &entry, QString *error = nullptr);
    bool removePrinter(const QString &id, QString *error = nullptr);
    // Replaces the whole list (validated first; ids must be unique).
    bool setPrinters(const QList<PrinterEntry> &entries, QString *error = nullptr);

Q_SIGNALS:
    void changed(Spoolbridge::SettingKey key);
    void spoolmanChanged();
    void syncChanged();
    void appChanged();
    void secretsChanged();
    void printersChanged();
    // A write could not be saved; `message` says what to do.
    void writeFailed(const QString &message);

private:
    bool flush(QString *error);
    void watchFile();
    void reloadFromDisk();
    void takeSnapshot();
    void announce(const QList<SettingKey> &keys);
    QVariant convert(SettingKey key, const QVariant &raw, bool *ok) const;
    void writePrinters(const QList<PrinterEntry> &entries);

    mutable QSettings m_store; // mutable: reading arrays moves its cursor
    QString m_lastError;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer m_reloadTimer;
    QHash<SettingKey, QVariant> m_snapshot; // what was last announced
    QList<PrinterEntry> m_printerSnapshot;
};

} // namespace Spoolbridge
