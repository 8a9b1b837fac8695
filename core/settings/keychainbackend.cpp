#include "core/settings/keychainbackend.h"

#include <QCoreApplication>
#include <QUuid>
#include <qt6keychain/keychain.h>

namespace Spoolbridge {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Spoolbridge::KeychainBackend)
};

const QString ProbeKey = QStringLiteral("spoolbridge/keychain-probe");

template<typename Job> Job *makeJob(const QString &service, const QString &key)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

QString noKeychainMessage(const QString &reason)
{
    return Text::tr("No system keychain is available: %1. Choose where Spoolbridge keeps secrets instead: "
                    "a secrets file readable only by you (secrets/backend = file) or environment variables "
                    "(secrets/backend = env).")
        .arg(reason);
}

} // namespace

KeychainBackend::KeychainBackend(const QString &service)
    : m_service(service)
{ }

QString KeychainBackend::name() const
{
    return QStringLiteral("keychain");
}

SecretResult KeychainBackend::mapError(const QString &key, int code, const QString &text)
{
    using Kind = SecretResult::ErrorKind;
    switch (code) {
    case QKeychain::NoError:
        return SecretResult::success(key);
    case QKeychain::EntryNotFound:
        return SecretResult::missing(key);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretResult::failure(key, Kind::AccessDenied,
            Text::tr("The system keychain refused access (%1); unlock it or allow Spoolbridge, then try again.")
                .arg(text));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretResult::failure(key, Kind::NoKeychain, noKeychainMessage(text));
    default:
        break;
    }
    if (text.contains(QLatin1String("D-Bus")) || text.contains(QLatin1String("DBus"))
        || text.contains(QLatin1String("Could not connect"))
        || text.contains(QLatin1String("org.freedesktop.secrets"))) {
        return SecretResult::failure(key, Kind::NoKeychain, noKeychainMessage(text));
    }
    if (text.contains(QLatin1String("Object does not exist at path"))
        || text.contains(QLatin1String("is locked"), Qt::CaseInsensitive)) {
        return SecretResult::failure(key, Kind::NoKeychain,
            noKeychainMessage(Text::tr("the login keyring is locked or missing (%1); unlock it in your desktop "
                                       "session")
                                  .arg(text)));
    }
    return SecretResult::failure(key, Kind::Other,
        Text::tr("The system keychain reported an error: %1. Try again; if it persists, "
                 "choose a secrets file or environment variables instead.")
            .arg(text));
}

void KeychainBackend::read(const QString &key, const Callback &done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, key, done] {
        SecretResult result = mapError(key, job->error(), job->errorString());
        if (job->error() == QKeychain::NoError)
            result.value = job->textData();
        done(result);
    });
    job->start();
}

void KeychainBackend::write(const QString &key, const QString &value, const Callback &done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(value);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, key, done] {
        SecretResult result = mapError(key, job->error(), job->errorString());
        if (result.notFound) // cannot happen for writes; never report a write as "missing"
            result = SecretResult::failure(key, SecretResult::ErrorKind::Other, job->errorString());
        done(result);
    });
    job->start();
}

void KeychainBackend::remove(const QString &key, const Callback &done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, key, done] {
        // Removing what is not there is fine: the result is the same.
        done(mapError(key, job->error(), job->errorString()));
    });
    job->start();
}

void KeychainBackend::probe(const Callback &done)
{
    // A locked keyring still answers reads with "not found", so only a write proves it usable.
    const QString marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString service = m_service;
    write(ProbeKey, marker, [service, done](const SecretResult &written) {
        if (!written.ok) {
            SecretResult result = written;
            result.key.clear();
            done(result);
            return;
        }
        KeychainBackend(service).remove(ProbeKey, [done](const SecretResult &) { done(SecretResult::success({})); });
    });
}

} // namespace Spoolbridge
