#pragma once

#include "core/settings/secretbackend.h"

#include <functional>

namespace Spoolbridge {

// Secrets from environment variables, for services and containers (secrets/backend = env).
// Read-only: writes fail with a message naming the variable to set.
//   printer/<id>/access_code  → SPOOLBRIDGE_ACCESS_CODE_<SERIAL>
//   spoolman/password         → SPOOLBRIDGE_SPOOLMAN_PASSWORD
//   cloud/token               → SPOOLBRIDGE_CLOUD_TOKEN
//   any other key             → SPOOLBRIDGE_ + the key in capitals, other characters as _
class EnvSecretBackend final : public SecretBackend
{
public:
    // Maps a printer id to its serial number (from the settings).
    using SerialLookup = std::function<QString(const QString &printerId)>;

    explicit EnvSecretBackend(SerialLookup serialOf = {});

    QString name() const override;
    void read(const QString &key, const Callback &done) override;
    void write(const QString &key, const QString &value, const Callback &done) override;
    void remove(const QString &key, const Callback &done) override;
    void probe(const Callback &done) override;

    // The variable that holds `key`.
    QString variableFor(const QString &key) const;

private:
    SerialLookup m_serialOf;
};

} // namespace Spoolbridge
