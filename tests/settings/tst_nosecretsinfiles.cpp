// Secrets written through the whole API must end up only in the secret store, never in the
// settings file or a settings export.
#include "secrettesthelpers.h"

#include "core/settings/filesecretbackend.h"
#include "core/settings/keychainbackend.h"
#include "core/settings/secretstore.h"
#include "core/settings/settings.h"
#include "core/settings/settingstransfer.h"

#include <QDirIterator>
#include <QFile>
#include <QUuid>

using namespace Spoolbridge;
using Spoolbridge::Test::awaitSecret;

namespace {

// Every file below `dir` whose content contains `needle`.
QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << file.fileName();
    }
    return hits;
}

void storeEverything(Settings &settings, SecretStore &store, const QString &exportPath)
{
    REQUIRE(settings.setValues({{SettingKey::SpoolmanUrl, QStringLiteral("http://127.0.0.1:7912")},
        {SettingKey::SpoolmanAuthKind, QStringLiteral("basic")}, {SettingKey::SpoolmanUsername, QStringLiteral("ada")},
        {SettingKey::SpoolmanHeaderName, QStringLiteral("X-Api-Key")}}));
    PrinterEntry printer = PrinterEntry::create();
    printer.name = QStringLiteral("Workshop X1C");
    printer.serial = QStringLiteral("00M09A350100123");
    printer.host = QStringLiteral("192.168.1.20");
    REQUIRE(settings.savePrinter(printer));
    const QList<std::pair<QString, QString>> secrets = {
        {SecretStore::printerAccessCodeKey(printer.id), QStringLiteral("AC-31415926")},
        {SecretStore::spoolmanPasswordKey(), QStringLiteral("PW-27182818")},
        {SecretStore::spoolmanHeaderValueKey(), QStringLiteral("HV-16180339")},
        {SecretStore::cloudTokenKey(), QStringLiteral("TK-14142135")},
    };
    for (const auto &[key, value] : secrets) {
        const SecretResult result = awaitSecret([&](auto done) { store.write(key, value, nullptr, done); });
        INFO(result.message.toStdString());
        REQUIRE(result.ok);
        CHECK(awaitSecret([&](auto done) { store.read(key, nullptr, done); }).value == value);
    }
    QString error;
    REQUIRE(SettingsTransfer::exportToFile(settings, exportPath, &error));
}

} // namespace

TEST_CASE("no secrets in files: keychain backend leaves no secret in settings or export")
{
    if (qEnvironmentVariable("SPOOLBRIDGE_TEST_KEYRING") != QLatin1String("1"))
        FAIL("no test keyring: run the tests through tools/test-env.sh (private D-Bus + gnome-keyring)");
    const QString dir = Test::makeTempDir(QStringLiteral("nosecrets"));
    Settings settings(dir + QStringLiteral("/spoolbridge.conf"));
    SecretStore store(std::make_unique<KeychainBackend>(
        QStringLiteral("SpoolbridgeTest-") + QUuid::createUuid().toString(QUuid::WithoutBraces)));
    storeEverything(settings, store, dir + QStringLiteral("/export.json"));
    REQUIRE(QFile::exists(settings.filePath()));
    for (const char *secret : {"AC-31415926", "PW-27182818", "HV-16180339", "TK-14142135"}) {
        INFO(secret);
        CHECK(filesContaining(dir, secret).isEmpty());
    }
}

TEST_CASE("no secrets in files: file backend keeps secrets only in the secrets file")
{
    const QString dir = Test::makeTempDir(QStringLiteral("nosecrets"));
    Settings settings(dir + QStringLiteral("/spoolbridge.conf"));
    REQUIRE(settings.setValue(SettingKey::SecretsBackend, QStringLiteral("file")));
    SecretStore store(&settings);
    REQUIRE(store.backendName() == QLatin1String("file"));
    storeEverything(settings, store, dir + QStringLiteral("/export.json"));
    const QString secretsFile = QFileInfo(settings.secretsFilePath()).absoluteFilePath();
    for (const char *secret : {"AC-31415926", "PW-27182818", "HV-16180339", "TK-14142135"}) {
        INFO(secret);
        CHECK(filesContaining(dir, secret) == QStringList {secretsFile});
    }
}
