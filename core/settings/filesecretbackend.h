#pragma once

#include "core/settings/secretbackend.h"

#include <QJsonObject>

namespace Spoolbridge {

// Secrets in a JSON file that only its owner may read (mode 0600, in a 0700 folder when the
// folder is created). Chosen explicitly by the user (secrets/backend = file) for machines
// without a keychain, such as a headless server. A file that others can read is refused.
class FileSecretBackend final : public SecretBackend
{
public:
    explicit FileSecretBackend(const QString &path);

    QString name() const override;
    void read(const QString &key, const Callback &done) override;
    void write(const QString &key, const QString &value, const Callback &done) override;
    void remove(const QString &key, const Callback &done) override;
    void probe(const Callback &done) override;

    QString path() const;
    // Empty when the file is missing or private; else why it is refused and what to do.
    QString checkPermissions() const;

private:
    bool load(QJsonObject *secrets, SecretResult *failure, const QString &key) const;
    bool save(const QJsonObject &secrets, SecretResult *failure, const QString &key) const;

    QString m_path;
};

} // namespace Spoolbridge
