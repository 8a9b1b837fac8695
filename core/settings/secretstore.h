#pragma once

#include "core/settings/secretbackend.h"
#include "core/settings/secretresult.h"
#include "core/settings/settings.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Spoolbridge {

// Access codes, tokens and passwords, kept out of the settings file. Asynchronous: every
// operation reports through its callback (when `context` still exists) and through
// finished(), always from the event loop — never before the call returns, never with a
// nested event loop. Where secrets go is the user's explicit choice (secrets/backend):
// the system keychain (default), a private secrets file, or environment variables. When the
// keychain is unusable the store says so (unavailable()) and never falls back by itself.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Operation {
        Read,
        Write,
        Remove,
        Probe,
    };
    Q_ENUM(Operation)
    using Callback = std::function<void(const SecretResult &)>;

    // Follows secrets/backend and secrets/file of `settings` (also when they change later).
    // Checks the chosen backend right away (from the event loop) and whenever the choice
    // changes: available() or unavailable(message) follows, and lastCheck() keeps the result.
    explicit SecretStore(Settings *settings, QObject *parent = nullptr);
    // Uses the given backend (tests, tools).
    explicit SecretStore(std::unique_ptr<SecretBackend> backend, QObject *parent = nullptr);
    ~SecretStore() override;

    // "keychain", "file" or "env".
    QString backendName() const;

    void read(const QString &key, QObject *context, Callback done);
    void write(const QString &key, const QString &value, QObject *context, Callback done);
    void remove(const QString &key, QObject *context, Callback done);
    // Checks the backend works; emits available() or unavailable(message) as well.
    void probe(QObject *context, Callback done);
    // Checks the backend now and, when no keychain is available yet (common right after
    // login, before the keyring daemon runs), once more after retryDelay(). The
    // settings-driven constructor calls this at start and on every change of the choice.
    // So unavailable() can come twice at start, or be followed by available() when the
    // keychain turns up in the meantime.
    void check();
    int retryDelay() const;
    void setRetryDelay(int milliseconds);
    // The result of the latest check (ok = false and an empty message before the first).
    SecretResult lastCheck() const;

    // Moving to another backend: copies every key that `source` holds into this store's
    // backend (keys it lacks are skipped), then calls `done` with one result per copied or
    // failed key. Nothing is removed from `source`.
    using CopyCallback = std::function<void(const QList<SecretResult> &)>;
    void copyFrom(std::shared_ptr<SecretBackend> source, const QStringList &keys, QObject *context, CopyCallback done);
    // A backend of the given kind for these settings (e.g. the previous choice, to copy from).
    static std::unique_ptr<SecretBackend> createBackend(Settings::SecretsBackend kind, Settings *settings);
    // Every secret Spoolbridge may keep for these settings: the access code of each printer,
    // the Spoolman password and header value, the cloud token.
    static QStringList knownKeys(const Settings &settings);

    // The keys of the secrets Spoolbridge keeps.
    static QString printerAccessCodeKey(const QString &printerId);
    static QString cloudTokenKey();
    static QString spoolmanPasswordKey();
    static QString spoolmanHeaderValueKey();
    // The service name used in the system keychain.
    static QString keychainService();

Q_SIGNALS:
    void finished(Spoolbridge::SecretStore::Operation operation, const Spoolbridge::SecretResult &result);
    // The chosen backend cannot be used; `message` explains why and what the choices are.
    void unavailable(const QString &message);
    // A check of the backend succeeded.
    void available();

private:
    struct CopyState;
    void copyNext(const std::shared_ptr<CopyState> &state);
    void useSettings();
    void deliver(Operation operation, const QPointer<QObject> &context, bool hadContext, const Callback &done,
        const SecretResult &result);
    SecretBackend::Callback completion(Operation operation, QObject *context, Callback done);

    QPointer<Settings> m_settings;
    std::unique_ptr<SecretBackend> m_backend;
    SecretResult m_lastCheck;
    QTimer m_retryTimer;
    bool m_retried = false;
};

} // namespace Spoolbridge
