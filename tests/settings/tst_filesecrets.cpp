// The explicit alternatives to a keychain: a private secrets file and environment variables.
#include "secrettesthelpers.h"

#include "core/settings/envsecretbackend.h"
#include "core/settings/filesecretbackend.h"
#include "core/settings/secretstore.h"
#include "core/settings/settings.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>

#include <optional>
#include <sys/stat.h>

using namespace Spoolbridge;
using Spoolbridge::Test::awaitSecret;

namespace {
int modeOf(const QString &path)
{
    struct stat info {
    };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return int(info.st_mode & 07777);
}
} // namespace

TEST_CASE("file secrets: the file is created with mode 0600 and round-trips")
{
    const QString path = Test::makeTempDir(QStringLiteral("secrets")) + QStringLiteral("/private/secrets.json");
    SecretStore store(std::make_unique<FileSecretBackend>(path));
    CHECK(store.backendName() == QLatin1String("file"));
    SecretResult result = awaitSecret([&](auto done) { store.read(SecretStore::cloudTokenKey(), nullptr, done); });
    CHECK(result.ok);
    CHECK(result.notFound);
    CHECK_FALSE(QFile::exists(path)); // reading creates nothing

    result = awaitSecret(
        [&](auto done) { store.write(SecretStore::spoolmanPasswordKey(), QStringLiteral("s3cret!"), nullptr, done); });
    INFO(result.message.toStdString());
    REQUIRE(result.ok);
    CHECK(modeOf(path) == 0600);
    CHECK(modeOf(QFileInfo(path).absolutePath()) == 0700);
    CHECK(awaitSecret([&](auto done) { store.read(SecretStore::spoolmanPasswordKey(), nullptr, done); }).value
        == QLatin1String("s3cret!"));

    // Rewriting keeps the mode.
    REQUIRE(awaitSecret([&](auto done) {
        store.write(SecretStore::cloudTokenKey(), QStringLiteral("tok"), nullptr, done);
    }).ok);
    CHECK(modeOf(path) == 0600);
    REQUIRE(awaitSecret([&](auto done) { store.remove(SecretStore::spoolmanPasswordKey(), nullptr, done); }).ok);
    CHECK(awaitSecret([&](auto done) { store.read(SecretStore::spoolmanPasswordKey(), nullptr, done); }).notFound);
    CHECK(awaitSecret([&](auto done) { store.read(SecretStore::cloudTokenKey(), nullptr, done); }).value
        == QLatin1String("tok"));
}

TEST_CASE("file secrets: a group- or world-readable file is refused with a clear message")
{
    const QString path = Test::makeTempDir(QStringLiteral("secrets")) + QStringLiteral("/secrets.json");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"spoolman/password": "visible"})");
    file.close();
    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0644) == 0);

    SecretStore store(std::make_unique<FileSecretBackend>(path));
    QSignalSpy unavailable(&store, &SecretStore::unavailable);
    SecretResult result = awaitSecret([&](auto done) { store.probe(nullptr, done); });
    CHECK_FALSE(result.ok);
    CHECK(result.error == SecretResult::ErrorKind::UnsafeFile);
    CHECK(result.message.contains(QLatin1String("mode 0644")));
    CHECK(result.message.contains(QLatin1String("chmod 600")));
    CHECK(unavailable.count() == 1);

    result = awaitSecret([&](auto done) { store.read(SecretStore::spoolmanPasswordKey(), nullptr, done); });
    CHECK_FALSE(result.ok);
    CHECK(result.value.isEmpty()); // the secret is not handed out
    result = awaitSecret(
        [&](auto done) { store.write(SecretStore::cloudTokenKey(), QStringLiteral("x"), nullptr, done); });
    CHECK_FALSE(result.ok);

    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0600) == 0);
    result = awaitSecret([&](auto done) { store.read(SecretStore::spoolmanPasswordKey(), nullptr, done); });
    CHECK(result.ok);
    CHECK(result.value == QLatin1String("visible"));
}

TEST_CASE("file secrets: a damaged file is reported, not overwritten")
{
    const QString path = Test::makeTempDir(QStringLiteral("secrets")) + QStringLiteral("/secrets.json");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not json at all");
    file.close();
    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0600) == 0);
    SecretStore store(std::make_unique<FileSecretBackend>(path));
    const SecretResult result = awaitSecret(
        [&](auto done) { store.write(SecretStore::cloudTokenKey(), QStringLiteral("x"), nullptr, done); });
    CHECK_FALSE(result.ok);
    CHECK(result.message.contains(QLatin1String("damaged")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == "not json at all");
}

TEST_CASE("env secrets: access codes by serial, read-only with a helpful message")
{
    const QString path = Test::makeTempDir(QStringLiteral("env")) + QStringLiteral("/spoolbridge.conf");
    Settings settings(path);
    PrinterEntry printer = PrinterEntry::create();
    printer.name = QStringLiteral("Workshop");
    printer.serial = QStringLiteral("00M09A350100123");
    printer.host = QStringLiteral("10.0.0.3");
    REQUIRE(settings.savePrinter(printer));
    REQUIRE(settings.setValue(SettingKey::SecretsBackend, QStringLiteral("env")));
    SecretStore store(&settings);
    REQUIRE(store.backendName() == QLatin1String("env"));

    qputenv("SPOOLBRIDGE_ACCESS_CODE_00M09A350100123", "87654321");
    qputenv("SPOOLBRIDGE_SPOOLMAN_PASSWORD", "pw-from-env");
    const QString accessKey = SecretStore::printerAccessCodeKey(printer.id);
    SecretResult result = awaitSecret([&](auto done) { store.read(accessKey, nullptr, done); });
    CHECK(result.ok);
    CHECK(result.value == QLatin1String("87654321"));
    CHECK(awaitSecret([&](auto done) { store.read(SecretStore::spoolmanPasswordKey(), nullptr, done); }).value
        == QLatin1String("pw-from-env"));
    CHECK(awaitSecret([&](auto done) { store.read(SecretStore::cloudTokenKey(), nullptr, done); }).notFound);

    result = awaitSecret([&](auto done) { store.write(accessKey, QStringLiteral("1"), nullptr, done); });
    CHECK_FALSE(result.ok);
    CHECK(result.error == SecretResult::ErrorKind::ReadOnly);
    CHECK(result.message.contains(QLatin1String("SPOOLBRIDGE_ACCESS_CODE_00M09A350100123")));
    qunsetenv("SPOOLBRIDGE_ACCESS_CODE_00M09A350100123");
    qunsetenv("SPOOLBRIDGE_SPOOLMAN_PASSWORD");
    CHECK(EnvSecretBackend().variableFor(QStringLiteral("spoolman/header_value"))
        == QLatin1String("SPOOLBRIDGE_SPOOLMAN_HEADER_VALUE"));
}

TEST_CASE("file secrets: an unsafe secrets file is reported at start, without any access")
{
    const QString dir = Test::makeTempDir(QStringLiteral("secrets-start"));
    Settings settings(dir + QStringLiteral("/spoolbridge.conf"));
    REQUIRE(settings.setValues({{SettingKey::SecretsBackend, QStringLiteral("file")},
        {SettingKey::SecretsFile, dir + QStringLiteral("/open.json")}}));
    QFile file(dir + QStringLiteral("/open.json"));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("{}");
    file.close();
    REQUIRE(::chmod(QFile::encodeName(file.fileName()).constData(), 0644) == 0);

    SecretStore store(&settings);
    QSignalSpy unavailable(&store, &SecretStore::unavailable);
    QSignalSpy available(&store, &SecretStore::available);
    REQUIRE(Test::waitUntil([&unavailable] { return unavailable.count() == 1; }));
    CHECK(unavailable.at(0).at(0).toString().contains(QLatin1String("can be read by other users")));
    CHECK(store.lastCheck().error == SecretResult::ErrorKind::UnsafeFile);

    // Pointing the setting at a private file re-checks and succeeds.
    REQUIRE(settings.setValue(SettingKey::SecretsFile, dir + QStringLiteral("/private.json")));
    REQUIRE(Test::waitUntil([&available] { return available.count() == 1; }));
    CHECK(store.lastCheck().ok);
    CHECK(available.count() == 1);
    CHECK(unavailable.count() == 1);
}

TEST_CASE("file secrets: switching backends can copy every known secret over")
{
    const QString dir = Test::makeTempDir(QStringLiteral("secrets-copy"));
    Settings settings(dir + QStringLiteral("/spoolbridge.conf"));
    PrinterEntry printer = PrinterEntry::create();
    printer.name = QStringLiteral("Workshop");
    printer.serial = QStringLiteral("00M09A350100123");
    printer.host = QStringLiteral("10.0.0.3");
    REQUIRE(settings.savePrinter(printer));
    const QStringList keys = SecretStore::knownKeys(settings);
    CHECK(keys.contains(SecretStore::printerAccessCodeKey(printer.id)));
    CHECK(keys.contains(SecretStore::spoolmanPasswordKey()));

    // The old place: one secrets file with two of the known secrets.
    auto old = std::make_shared<FileSecretBackend>(dir + QStringLiteral("/old.json"));
    SecretStore oldStore(std::make_unique<FileSecretBackend>(dir + QStringLiteral("/old.json")));
    REQUIRE(awaitSecret([&](auto done) {
        oldStore.write(SecretStore::printerAccessCodeKey(printer.id), QStringLiteral("AC-1"), nullptr, done);
    }).ok);
    REQUIRE(awaitSecret([&](auto done) {
        oldStore.write(SecretStore::spoolmanPasswordKey(), QStringLiteral("PW-2"), nullptr, done);
    }).ok);

    SecretStore store(std::make_unique<FileSecretBackend>(dir + QStringLiteral("/new.json")));
    std::optional<QList<SecretResult>> copied;
    store.copyFrom(old, keys, nullptr, [&copied](const QList<SecretResult> &results) { copied = results; });
    CHECK_FALSE(copied.has_value()); // asynchronous
    REQUIRE(Test::waitUntil([&copied] { return copied.has_value(); }));
    REQUIRE(copied->size() == 2);
    CHECK(copied->at(0).ok);
    CHECK(copied->at(1).ok);
    CHECK(
        awaitSecret([&](auto done) { store.read(SecretStore::printerAccessCodeKey(printer.id), nullptr, done); }).value
        == QLatin1String("AC-1"));
    CHECK(awaitSecret([&](auto done) { store.read(SecretStore::spoolmanPasswordKey(), nullptr, done); }).value
        == QLatin1String("PW-2"));
    CHECK(awaitSecret([&](auto done) { store.read(SecretStore::cloudTokenKey(), nullptr, done); }).notFound);
}
