#include "core/settings/filesecretbackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Spoolbridge {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Spoolbridge::FileSecretBackend)
};

constexpr QFileDevice::Permissions Private = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions Shared = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

QString modeText(QFileDevice::Permissions permissions)
{
    int mode = 0;
    const std::pair<QFileDevice::Permission, int> bits[]
        = {{QFileDevice::ReadOwner, 0400}, {QFileDevice::WriteOwner, 0200}, {QFileDevice::ExeOwner, 0100},
            {QFileDevice::ReadGroup, 040}, {QFileDevice::WriteGroup, 020}, {QFileDevice::ExeGroup, 010},
            {QFileDevice::ReadOther, 04}, {QFileDevice::WriteOther, 02}, {QFileDevice::ExeOther, 01}};
    for (const auto &[permission, value] : bits) {
        if (permissions.testFlag(permission))
            mode |= value;
    }
    return QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'));
}

} // namespace

FileSecretBackend::FileSecretBackend(const QString &path)
    : m_path(QFileInfo(path).absoluteFilePath())
{ }

QString FileSecretBackend::name() const
{
    return QStringLiteral("file");
}

QString FileSecretBackend::path() const
{
    return m_path;
}

QString FileSecretBackend::checkPermissions() const
{
    const QFileInfo info(m_path);
    if (!info.exists())
        return {};
#ifdef Q_OS_UNIX
    if (info.ownerId() != ::getuid())
        return Text::tr("The secrets file %1 belongs to another user; Spoolbridge only uses a secrets file "
                        "that you own. Move it away and enter the secrets again.")
            .arg(m_path);
    if (info.permissions() & Shared)
        return Text::tr("The secrets file %1 can be read by other users (mode %2); Spoolbridge refuses to use "
                        "it. Run \"chmod 600 %1\" and try again.")
            .arg(m_path, modeText(info.permissions()));
#endif
    return {};
}

bool FileSecretBackend::load(QJsonObject *secrets, SecretResult *failure, const QString &key) const
{
    const QString unsafe = checkPermissions();
    if (!unsafe.isEmpty()) {
        *failure = SecretResult::failure(key, SecretResult::ErrorKind::UnsafeFile, unsafe);
        return false;
    }
    QFile file(m_path);
    if (!file.exists()) {
        *secrets = {};
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *failure = SecretResult::failure(key, SecretResult::ErrorKind::Io,
            Text::tr("Could not read the secrets file %1 (%2).").arg(m_path, file.errorString()));
        return false;
    }
    const QByteArray data = file.readAll();
    const QJsonDocument document = QJsonDocument::fromJson(data);
    if (!data.trimmed().isEmpty() && !document.isObject()) {
        *failure = SecretResult::failure(key, SecretResult::ErrorKind::Io,
            Text::tr("The secrets file %1 is damaged (not a JSON object); fix it or move it away and enter the "
                     "secrets again.")
                .arg(m_path));
        return false;
    }
    *secrets = document.object();
    return true;
}

bool FileSecretBackend::save(const QJsonObject &secrets, SecretResult *failure, const QString &key) const
{
    const QFileInfo info(m_path);
    if (!info.dir().exists()) {
        QDir().mkpath(info.absolutePath());
        QFile::setPermissions(info.absolutePath(), Private | QFileDevice::ExeOwner);
    }
    QSaveFile file(m_path);
    bool ok = file.open(QIODevice::WriteOnly);
    // Restrict the temporary file before any secret is written into it.
    ok = ok && file.setPermissions(Private);
    const QByteArray data = QJsonDocument(secrets).toJson(QJsonDocument::Indented);
    ok = ok && file.write(data) == data.size();
    ok = ok && file.commit();
    if (!ok || (QFileInfo(m_path).permissions() & Shared)) {
        *failure = SecretResult::failure(key, SecretResult::ErrorKind::Io,
            Text::tr("Could not write the secrets file %1 (%2); check that its folder is writable.")
                .arg(m_path, file.errorString()));
        return false;
    }
    return true;
}

void FileSecretBackend::read(const QString &key, const Callback &done)
{
    QJsonObject secrets;
    SecretResult failure;
    if (!load(&secrets, &failure, key))
        return done(failure);
    if (!secrets.contains(key))
        return done(SecretResult::missing(key));
    done(SecretResult::success(key, secrets.value(key).toString()));
}

void FileSecretBackend::write(const QString &key, const QString &value, const Callback &done)
{
    QJsonObject secrets;
    SecretResult failure;
    if (!load(&secrets, &failure, key))
        return done(failure);
    secrets.insert(key, value);
    if (!save(secrets, &failure, key))
        return done(failure);
    done(SecretResult::success(key));
}

void FileSecretBackend::remove(const QString &key, const Callback &done)
{
    QJsonObject secrets;
    SecretResult failure;
    if (!load(&secrets, &failure, key))
        return done(failure);
    if (!secrets.contains(key))
        return done(SecretResult::success(key));
    secrets.remove(key);
    if (!save(secrets, &failure, key))
        return done(failure);
    done(SecretResult::success(key));
}

void FileSecretBackend::probe(const Callback &done)
{
    QJsonObject secrets;
    SecretResult failure;
    if (!load(&secrets, &failure, QString()))
        return done(failure);
    done(SecretResult::success(QString()));
}

} // namespace Spoolbridge
