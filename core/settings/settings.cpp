#include "core/settings/settings.h"

#include "core/settings/settingsvalidation.h"
#include "core/util/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSet>
#include <QStandardPaths>

namespace Spoolbridge {

namespace {

QString resolvePath(const QString &filePath)
{
    return QFileInfo(filePath.isEmpty() ? Settings::defaultFilePath() : filePath).absoluteFilePath();
}

QString statusMessage(QSettings::Status status, const QString &path)
{
    switch (status) {
    case QSettings::NoError:
        return {};
    case QSettings::AccessError:
        return Settings::tr("Could not save the settings to %1: check that the folder exists and is writable "
                            "and that the disk is not full.")
            .arg(path);
    case QSettings::FormatError:
        return Settings::tr("The settings file %1 is damaged and could not be read; fix or remove it, "
                            "or start with --config pointing to another file.")
            .arg(path);
    }
    return {};
}

} // namespace

Settings::Settings(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_store(resolvePath(filePath), QSettings::IniFormat)
{
    m_lastError = statusMessage(m_store.status(), m_store.fileName());
    if (!m_lastError.isEmpty())
        qCWarning(lcSettings).noquote() << m_lastError;
    qCDebug(lcSettings).noquote() << "settings file:" << m_store.fileName();
    takeSnapshot();
    // Bursts of file events (write, rename) are folded into one reload.
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(100);
    connect(&m_reloadTimer, &QTimer::timeout, this, &Settings::reloadFromDisk);
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, &m_reloadTimer, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, &m_reloadTimer, qOverload<>(&QTimer::start));
    watchFile();
}

void Settings::watchFile()
{
    // The file is replaced on every write (a new inode), so the watch is renewed each time;
    // the folder is watched too, to see the file appear.
    const QFileInfo info(m_store.fileName());
    if (info.exists() && !m_watcher->files().contains(info.absoluteFilePath()))
        m_watcher->addPath(info.absoluteFilePath());
    if (info.dir().exists() && !m_watcher->directories().contains(info.absolutePath()))
        m_watcher->addPath(info.absolutePath());
}

void Settings::takeSnapshot()
{
    for (const SettingDefinition &def : SettingKeys::all())
        m_snapshot.insert(def.key, value(def.key));
    m_printerSnapshot = printers();
}

void Settings::reloadFromDisk()
{
    watchFile();
    m_store.sync(); // also re-reads what another process wrote
    QList<SettingKey> changedKeys;
    for (const SettingDefinition &def : SettingKeys::all()) {
        if (value(def.key) != m_snapshot.value(def.key))
            changedKeys.append(def.key);
    }
    const bool printersDiffer = printers() != m_printerSnapshot;
    if (changedKeys.isEmpty() && !printersDiffer)
        return;
    qCInfo(lcSettings).noquote() << "settings changed on disk:" << m_store.fileName();
    takeSnapshot();
    announce(changedKeys);
    if (printersDiffer)
        Q_EMIT printersChanged();
}

Settings::~Settings() = default;

QString Settings::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/Spoolbridge/spoolbridge.conf");
}

QCommandLineOption Settings::configOption()
{
    return QCommandLineOption(QStringList {QStringLiteral("config")},
        tr("Read and write the settings in <file> instead of %1.").arg(QDir::toNativeSeparators(defaultFilePath())),
        tr("file"));
}

QString Settings::filePath() const
{
    return m_store.fileName();
}

QString Settings::lastError() const
{
    return m_lastError;
}

QVariant Settings::convert(SettingKey key, const QVariant &raw, bool *ok) const
{
    const SettingDefinition &def = SettingKeys::definition(key);
    *ok = SettingsValidation::checkValue(key, raw).isEmpty();
    if (!*ok)
        return def.defaultValue;
    switch (def.type) {
    case QMetaType::Bool:
        return raw.typeId() == QMetaType::Bool ? raw.toBool() : raw.toString().toLower() == QLatin1String("true");
    case QMetaType::Int:
        return raw.toInt();
    default:
        return raw.toString();
    }
}

QVariant Settings::value(SettingKey key) const
{
    const SettingDefinition &def = SettingKeys::definition(key);
    const QString name = QString::fromLatin1(def.name);
    if (!m_store.contains(name))
        return def.defaultValue;
    bool ok = false;
    QVariant result = convert(key, m_store.value(name), &ok);
    if (!ok) {
        // Files edited by hand: keep the default rather than act on nonsense.
        qCWarning(lcSettings).noquote() << "ignoring invalid value of" << name << "in" << m_store.fileName() << ":"
                                        << SettingsValidation::checkValue(key, m_store.value(name));
    }
    return result;
}

QString Settings::text(SettingKey key) const
{
    return value(key).toString();
}

int Settings::number(SettingKey key) const
{
    return value(key).toInt();
}

bool Settings::flag(SettingKey key) const
{
    return value(key).toBool();
}

bool Settings::isSet(SettingKey key) const
{
    return m_store.contains(SettingKeys::name(key));
}

bool Settings::setValue(SettingKey key, const QVariant &value, QString *error)
{
    return setValues({{key, value}}, error);
}

bool Settings::reset(SettingKey key, QString *error)
{
    if (!isSet(key))
        return true;
    const QVariant before = value(key);
    m_store.remove(SettingKeys::name(key));
    if (!flush(error))
        return false;
    takeSnapshot();
    if (value(key) != before)
        announce({key});
    return true;
}

bool Settings::setValues(const QHash<SettingKey, QVariant> &values, QString *error)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString problem = SettingsValidation::checkValue(it.key(), it.value());
        if (!problem.isEmpty()) {
            if (error)
                *error = problem;
            return false;
        }
    }
    QList<SettingKey> changedKeys;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        bool ok = false;
        const QVariant typed = convert(it.key(), it.value(), &ok);
        if (typed != value(it.key()))
            changedKeys.append(it.key());
        m_store.setValue(SettingKeys::name(it.key()), typed);
    }
    if (!flush(error))
        return false;
    std::sort(changedKeys.begin(), changedKeys.end());
    takeSnapshot();
    announce(changedKeys);
    return true;
}

bool Settings::flush(QString *error)
{
    m_store.sync();
    m_lastError = statusMessage(m_store.status(), m_store.fileName());
    if (m_lastError.isEmpty()) {
        watchFile();
        return true;
    }
    qCWarning(lcSettings).noquote() << m_lastError;
    if (error)
        *error = m_lastError;
    Q_EMIT writeFailed(m_lastError);
    return false;
}

void Settings::announce(const QList<SettingKey> &keys)
{
    QSet<SettingArea> areas;
    for (SettingKey key : keys) {
        Q_EMIT changed(key);
        areas.insert(SettingKeys::definition(key).area);
    }
    if (areas.contains(SettingArea::Spoolman))
        Q_EMIT spoolmanChanged();
    if (areas.contains(SettingArea::Sync))
        Q_EMIT syncChanged();
    if (areas.contains(SettingArea::App))
        Q_EMIT appChanged();
    if (areas.contains(SettingArea::Secrets))
        Q_EMIT secretsChanged();
}

QUrl Settings::spoolmanUrl() const
{
    return QUrl(text(SettingKey::SpoolmanUrl).trimmed());
}

Settings::AuthKind Settings::spoolmanAuthKind() const
{
    const QString kind = text(SettingKey::SpoolmanAuthKind);
    if (kind == QLatin1String("header"))
        return AuthKind::Header;
    if (kind == QLatin1String("basic"))
        return AuthKind::Basic;
    return AuthKind::None;
}

Settings::SyncMode Settings::syncMode() const
{
    return text(SettingKey::SyncMode) == QLatin1String("manual") ? SyncMode::Manual : SyncMode::Auto;
}

Settings::WeightSource Settings::weightSource() const
{
    return text(SettingKey::SyncWeightSource) == QLatin1String("ams_estimate") ? WeightSource::AmsEstimate
                                                                               : WeightSource::PerPrint;
}

Settings::SecretsBackend Settings::secretsBackend() const
{
    const QString backend = text(SettingKey::SecretsBackend);
    if (backend == QLatin1String("file"))
        return SecretsBackend::File;
    if (backend == QLatin1String("env"))
        return SecretsBackend::Environment;
    return SecretsBackend::Keychain;
}

QString Settings::secretsFilePath() const
{
    QString configured = text(SettingKey::SecretsFile);
    if (!configured.isEmpty())
        return configured;
    return QFileInfo(filePath()).absolutePath() + QStringLiteral("/secrets.json");
}

SettingKey Settings::notificationKey(NotificationKind kind)
{
    switch (kind) {
    case NotificationKind::SyncError:
        return SettingKey::NotifySyncErrors;
    case NotificationKind::LowStock:
        return SettingKey::NotifyLowStock;
    case NotificationKind::PrinterOffline:
        return SettingKey::NotifyPrinterOffline;
    case NotificationKind::SpoolChange:
        return SettingKey::NotifySpoolChanges;
    case NotificationKind::PrintFinished:
        return SettingKey::NotifyPrintFinished;
    }
    return SettingKey::NotifySyncErrors;
}

bool Settings::notificationEnabled(NotificationKind kind) const
{
    return flag(notificationKey(kind));
}

} // namespace Spoolbridge
