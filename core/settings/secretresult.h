#pragma once

#include <QMetaType>
#include <QString>

namespace Spoolbridge {

// The outcome of one SecretStore operation. A missing entry is not a failure: a read of an
// unknown key gives ok = true, notFound = true and an empty value.
struct SecretResult {
    enum class ErrorKind {
        None,
        NoKeychain, // no usable system keychain (no D-Bus, no Secret Service, locked keyring)
        AccessDenied, // the keychain refused (user declined, policy)
        UnsafeFile, // the secrets file can be read by other users or belongs to someone else
        ReadOnly, // the backend cannot store (environment variables)
        Io, // the secrets file could not be read or written
        Other,
    };

    bool ok = false;
    bool notFound = false;
    ErrorKind error = ErrorKind::None;
    QString message; // one readable sentence when !ok
    QString key;
    QString value; // for reads; never logged

    static SecretResult success(const QString &key, const QString &value = QString())
    {
        SecretResult result;
        result.ok = true;
        result.key = key;
        result.value = value;
        return result;
    }
    static SecretResult missing(const QString &key)
    {
        SecretResult result = success(key);
        result.notFound = true;
        return result;
    }
    static SecretResult failure(const QString &key, ErrorKind kind, const QString &message)
    {
        SecretResult result;
        result.key = key;
        result.error = kind;
        result.message = message;
        return result;
    }
};

} // namespace Spoolbridge

Q_DECLARE_METATYPE(Spoolbridge::SecretResult)
