#pragma once

#include "core/settings/secretbackend.h"

namespace Spoolbridge {

// Secrets in the system keychain through QtKeychain (Secret Service on Linux, Keychain on
// macOS, Credential Manager on Windows). Fully asynchronous: each operation is one QtKeychain
// job; no nested event loop. Never falls back to plain-text storage.
class KeychainBackend final : public SecretBackend
{
public:
    explicit KeychainBackend(const QString &service = QStringLiteral("Spoolbridge"));

    QString name() const override;
    void read(const QString &key, const Callback &done) override;
    void write(const QString &key, const QString &value, const Callback &done) override;
    void remove(const QString &key, const Callback &done) override;
    void probe(const Callback &done) override;

    // Maps a QtKeychain error (code and text) to a result with a readable message.
    static SecretResult mapError(const QString &key, int code, const QString &text);

private:
    QString m_service;
};

} // namespace Spoolbridge
