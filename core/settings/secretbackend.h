#pragma once

#include "core/settings/secretresult.h"

#include <QString>

#include <functional>

namespace Spoolbridge {

// Where SecretStore keeps secrets. Implementations call `done` exactly once per operation,
// either at once (file, environment) or later from the event loop (keychain); SecretStore
// takes care of always delivering results asynchronously to its users.
class SecretBackend
{
public:
    using Callback = std::function<void(const SecretResult &)>;

    SecretBackend() = default;
    virtual ~SecretBackend() = default;
    SecretBackend(const SecretBackend &) = delete;
    SecretBackend &operator=(const SecretBackend &) = delete;

    // "keychain", "file" or "env", as in the secrets/backend setting.
    virtual QString name() const = 0;
    virtual void read(const QString &key, const Callback &done) = 0;
    virtual void write(const QString &key, const QString &value, const Callback &done) = 0;
    virtual void remove(const QString &key, const Callback &done) = 0;
    // Checks that the backend can be used at all (keychain reachable and unlocked, secrets
    // file private). ok = false carries the reason and what to do.
    virtual void probe(const Callback &done) = 0;
};

} // namespace Spoolbridge
