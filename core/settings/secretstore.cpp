#include "core/settings/secretstore.h"

#include "core/settings/envsecretbackend.h"
#include "core/settings/filesecretbackend.h"
#include "core/settings/keychainbackend.h"
#include "core/settings/settings.h"
#include "core/util/logging.h"

#include <QMetaObject>

namespace Spoolbridge {

SecretStore::SecretStore(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    qRegisterMetaType<SecretResult>();
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setInterval(10000);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { probe(nullptr, {}); });
    useSettings();
    connect(settings, &Settings::secretsChanged, this, &SecretStore::useSettings);
}

SecretStore::SecretStore(std::unique_ptr<SecretBackend> backend, QObject *parent)
    : QObject(parent)
    , m_backend(std::move(backend))
{
    qRegisterMetaType<SecretResult>();
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setInterval(10000);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { probe(nullptr, {}); });
}

SecretStore::~SecretStore() = default;

void SecretStore::useSettings()
{
    if (!m_settings)
        return;
    // Pending keychain jobs keep their own callbacks, so replacing the backend loses nothing.
    m_backend = createBackend(m_settings->secretsBackend(), m_settings);
    qCDebug(lcSettings).noquote() << "secrets are kept in:" << m_backend->name();
    // Check the choice at once: a keychain that is missing or locked, or a secrets file that
    // others can read, is reported at start, not at the first access code that is needed.
    check();
}

void SecretStore::check()
{
    m_retryTimer.stop();
    m_retried = false;
    probe(this, [this](const SecretResult &result) {
        if (!result.ok && result.error == SecretResult::ErrorKind::NoKeychain && !m_retried) {
            m_retried = true;
            m_retryTimer.start();
        }
    });
}

int SecretStore::retryDelay() const
{
    return m_retryTimer.interval();
}

void SecretStore::setRetryDelay(int milliseconds)
{
    m_retryTimer.setInterval(milliseconds);
}

std::unique_ptr<SecretBackend> SecretStore::createBackend(Settings::SecretsBackend kind, Settings *settings)
{
    switch (kind) {
    case Settings::SecretsBackend::File:
        return std::make_unique<FileSecretBackend>(settings->secretsFilePath());
    case Settings::SecretsBackend::Environment: {
        QPointer<Settings> guard = settings;
        return std::make_unique<EnvSecretBackend>([guard](const QString &printerId) {
            std::optional<PrinterEntry> entry;
            if (guard)
                entry = guard->printer(printerId);
            return entry ? entry->serial : QString();
        });
    }
    case Settings::SecretsBackend::Keychain:
        break;
    }
    return std::make_unique<KeychainBackend>(keychainService());
}

QStringList SecretStore::knownKeys(const Settings &settings)
{
    QStringList keys;
    for (const PrinterEntry &entry : settings.printers())
        keys << printerAccessCodeKey(entry.id);
    keys << spoolmanPasswordKey() << spoolmanHeaderValueKey() << cloudTokenKey();
    return keys;
}

struct SecretStore::CopyState {
    std::shared_ptr<SecretBackend> source;
    QStringList keys;
    int next = 0;
    QList<SecretResult> results;
    QPointer<QObject> context;
    bool hadContext = false;
    CopyCallback done;
};

void SecretStore::copyFrom(
    std::shared_ptr<SecretBackend> source, const QStringList &keys, QObject *context, CopyCallback done)
{
    auto state = std::make_shared<CopyState>();
    state->source = std::move(source);
    state->keys = keys;
    state->context = context;
    state->hadContext = context != nullptr;
    state->done = std::move(done);
    copyNext(state);
}

void SecretStore::copyNext(const std::shared_ptr<CopyState> &state)
{
    QPointer<SecretStore> self(this);
    if (state->next >= state->keys.size()) {
        QMetaObject::invokeMethod(
            this,
            [state] {
                if (state->done && (!state->hadContext || state->context))
                    state->done(state->results);
            },
            Qt::QueuedConnection);
        return;
    }
    const QString key = state->keys.at(state->next++);
    state->source->read(key, [self, state, key](const SecretResult &found) {
        SecretStore *store = self.data();
        if (!store)
            return;
        if (!found.ok || found.notFound) {
            if (!found.ok)
                state->results.append(found);
            store->copyNext(state);
            return;
        }
        store->m_backend->write(key, found.value, [self, state](const SecretResult &written) {
            if (SecretStore *alive = self.data()) {
                state->results.append(written);
                alive->copyNext(state);
            }
        });
    });
}

SecretResult SecretStore::lastCheck() const
{
    return m_lastCheck;
}

QString SecretStore::backendName() const
{
    return m_backend->name();
}

QString SecretStore::keychainService()
{
    return QStringLiteral("Spoolbridge");
}

QString SecretStore::printerAccessCodeKey(const QString &printerId)
{
    return QStringLiteral("printer/%1/access_code").arg(printerId);
}

QString SecretStore::cloudTokenKey()
{
    return QStringLiteral("cloud/token");
}

QString SecretStore::spoolmanPasswordKey()
{
    return QStringLiteral("spoolman/password");
}

QString SecretStore::spoolmanHeaderValueKey()
{
    return QStringLiteral("spoolman/header_value");
}

void SecretStore::deliver(Operation operation, const QPointer<QObject> &context, bool hadContext, const Callback &done,
    const SecretResult &result)
{
    // Keys and outcomes only: values never reach the log.
    const QString what = operation == Operation::Probe ? QStringLiteral("secret store check")
                                                       : QStringLiteral("secret %1").arg(result.key);
    // A failed check reaches the user through unavailable(); the log only needs it for debugging.
    if (result.ok)
        qCDebug(lcSettings).noquote() << what << (result.notFound ? "not found" : "ok");
    else if (operation == Operation::Probe)
        qCDebug(lcSettings).noquote() << what << "failed:" << result.message;
    else
        qCWarning(lcSettings).noquote() << what << "failed:" << result.message;
    if (operation == Operation::Probe) {
        m_lastCheck = result;
        if (result.ok)
            Q_EMIT available();
        else
            Q_EMIT unavailable(result.message);
    } else if (!result.ok && result.error == SecretResult::ErrorKind::NoKeychain) {
        Q_EMIT unavailable(result.message);
    }
    if (done && (!hadContext || context))
        done(result);
    Q_EMIT finished(operation, result);
}

SecretBackend::Callback SecretStore::completion(Operation operation, QObject *context, Callback done)
{
    QPointer<SecretStore> self(this);
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    return [self, guard, hadContext, operation, done = std::move(done)](const SecretResult &result) {
        if (!self)
            return;
        // Always from the event loop, even when the backend answered at once.
        QMetaObject::invokeMethod(
            self.data(),
            [self, guard, hadContext, operation, done, result] {
                if (self)
                    self->deliver(operation, guard, hadContext, done, result);
            },
            Qt::QueuedConnection);
    };
}

void SecretStore::read(const QString &key, QObject *context, Callback done)
{
    m_backend->read(key, completion(Operation::Read, context, std::move(done)));
}

void SecretStore::write(const QString &key, const QString &value, QObject *context, Callback done)
{
    m_backend->write(key, value, completion(Operation::Write, context, std::move(done)));
}

void SecretStore::remove(const QString &key, QObject *context, Callback done)
{
    m_backend->remove(key, completion(Operation::Remove, context, std::move(done)));
}

void SecretStore::probe(QObject *context, Callback done)
{
    m_backend->probe(completion(Operation::Probe, context, std::move(done)));
}

} // namespace Spoolbridge
