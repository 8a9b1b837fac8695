// SecretStore against a real gnome-keyring in a private D-Bus session (tools/test-env.sh),
// and the path where no keychain can be used at all.
#include "secrettesthelpers.h"

#include "core/settings/keychainbackend.h"
#include "core/settings/secretstore.h"
#include "core/settings/settings.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QUuid>

#include <cstdio>

using namespace Spoolbridge;
using Spoolbridge::Test::awaitSecret;

namespace {

void requireTestKeyring()
{
    if (qEnvironmentVariable("SPOOLBRIDGE_TEST_KEYRING") != QLatin1String("1"))
        FAIL("no test keyring: run the tests through tools/test-env.sh (private D-Bus + gnome-keyring)");
}

std::unique_ptr<SecretBackend> testKeychain()
{
    // A service of its own per run, so runs never see each other's entries.
    return std::make_unique<KeychainBackend>(
        QStringLiteral("SpoolbridgeTest-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
}

// Runs this test executable again, as a child with the given environment changes, executing
// only the hidden probe test below; returns its standard output.
QString runProbeChild(const QProcessEnvironment &environment)
{
    QProcess child;
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("keychain: probe child")});
    Test::waitUntil([&child] { return child.state() == QProcess::NotRunning; }, 30000);
    if (child.state() != QProcess::NotRunning) {
        child.kill();
        FAIL("the keychain probe child did not finish");
    }
    return QString::fromUtf8(child.readAllStandardOutput());
}

} // namespace

TEST_CASE("keychain: write read overwrite and remove in a real Secret Service")
{
    requireTestKeyring();
    SecretStore store(testKeychain());
    QSignalSpy finished(&store, &SecretStore::finished);
    const QString key = SecretStore::printerAccessCodeKey(QStringLiteral("6f1c0b5e-1d2a-4c1e-9a55-0f3e4b8f7a10"));

    SecretResult result = awaitSecret([&](auto done) { store.read(key, nullptr, done); });
    CHECK(result.ok);
    CHECK(result.notFound); // a missing entry is empty, not a failure
    CHECK(result.value.isEmpty());

    result = awaitSecret([&](auto done) { store.write(key, QStringLiteral("12345678"), nullptr, done); });
    INFO(result.message.toStdString());
    REQUIRE(result.ok);
    result = awaitSecret([&](auto done) { store.read(key, nullptr, done); });
    REQUIRE(result.ok);
    CHECK_FALSE(result.notFound);
    CHECK(result.value == QLatin1String("12345678"));

    REQUIRE(awaitSecret([&](auto done) { store.write(key, QStringLiteral("87654321"), nullptr, done); }).ok);
    CHECK(awaitSecret([&](auto done) { store.read(key, nullptr, done); }).value == QLatin1String("87654321"));

    REQUIRE(awaitSecret([&](auto done) { store.remove(key, nullptr, done); }).ok);
    result = awaitSecret([&](auto done) { store.read(key, nullptr, done); });
    CHECK(result.ok);
    CHECK(result.notFound);
    // Removing again is not an error either.
    CHECK(awaitSecret([&](auto done) { store.remove(key, nullptr, done); }).ok);
    CHECK(finished.count() == 8);

    CHECK(awaitSecret([&](auto done) { store.probe(nullptr, done); }).ok);
}

TEST_CASE("keychain: a callback whose context is gone is not called")
{
    requireTestKeyring();
    SecretStore store(testKeychain());
    QSignalSpy finished(&store, &SecretStore::finished);
    bool called = false;
    auto *context = new QObject;
    store.read(QStringLiteral("cloud/token"), context, [&called](const SecretResult &) { called = true; });
    delete context;
    REQUIRE(Test::waitUntil([&finished] { return finished.count() == 1; }));
    CHECK_FALSE(called);
}

TEST_CASE("keychain: the store follows secrets/backend of the settings")
{
    requireTestKeyring();
    Settings settings(Test::makeTempDir(QStringLiteral("keychain")) + QStringLiteral("/spoolbridge.conf"));
    SecretStore store(&settings);
    CHECK(store.backendName() == QLatin1String("keychain"));
    CHECK(awaitSecret([&](auto done) { store.probe(nullptr, done); }).ok);
    REQUIRE(settings.setValue(SettingKey::SecretsBackend, QStringLiteral("env")));
    CHECK(store.backendName() == QLatin1String("env"));
    REQUIRE(settings.setValue(SettingKey::SecretsBackend, QStringLiteral("file")));
    CHECK(store.backendName() == QLatin1String("file"));
}

TEST_CASE("keychain: without a session bus the store says no keychain is available and offers the choices")
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    const QString output = runProbeChild(environment);
    INFO(output.toStdString());
    CHECK(output.contains(QLatin1String("probe ok=0 kind=1")));
    CHECK(output.contains(QLatin1String("No system keychain is available")));
    CHECK(output.contains(QLatin1String("secrets/backend = file")));
    CHECK(output.contains(QLatin1String("secrets/backend = env")));
    CHECK(output.contains(QLatin1String("unavailable=1")));
}

TEST_CASE("keychain: with no D-Bus at all the message names the cause")
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    environment.remove(QStringLiteral("DISPLAY"));
    const QString output = runProbeChild(environment);
    INFO(output.toStdString());
    CHECK(output.contains(QLatin1String("probe ok=0 kind=1")));
    CHECK(output.contains(QLatin1String("No system keychain is available: Cannot autolaunch D-Bus")));
}

TEST_CASE("keychain: a Secret Service without an unlocked login keyring is reported as unusable")
{
    // A private bus where gnome-keyring is only D-Bus-activated: it has no login keyring, so
    // reads would say "not found" — the probe writes, and that fails.
    const QString home = Test::makeTempDir(QStringLiteral("locked-keyring"));
    QDir().mkpath(home + QStringLiteral("/run"));
    QFile::setPermissions(
        home + QStringLiteral("/run"), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/run"));
    environment.remove(QStringLiteral("DISPLAY"));
    QProcess child;
    child.setProcessEnvironment(environment);
    child.start(QStringLiteral("dbus-run-session"),
        {QStringLiteral("--"), QCoreApplication::applicationFilePath(), QStringLiteral("keychain: probe child")});
    REQUIRE(Test::waitUntil([&child] { return child.state() == QProcess::NotRunning; }, 30000));
    const QString output = QString::fromUtf8(child.readAllStandardOutput());
    INFO(output.toStdString());
    CHECK(output.contains(QLatin1String("probe ok=0 kind=1")));
    CHECK(output.contains(QLatin1String("locked or missing")));
}

namespace {
// A keychain that only appears after a while, as at login before the keyring daemon runs.
class LateKeychain final : public SecretBackend
{
public:
    explicit LateKeychain(int failures)
        : m_failures(failures)
    { }
    QString name() const override { return QStringLiteral("keychain"); }
    void read(const QString &key, const Callback &done) override { done(SecretResult::missing(key)); }
    void write(const QString &key, const QString &, const Callback &done) override { done(SecretResult::success(key)); }
    void remove(const QString &key, const Callback &done) override { done(SecretResult::success(key)); }
    void probe(const Callback &done) override
    {
        ++probes;
        if (probes <= m_failures)
            return done(KeychainBackend::mapError(QString(), 5, QStringLiteral("no keyring yet")));
        done(SecretResult::success(QString()));
    }
    int probes = 0;

private:
    int m_failures;
};
} // namespace

TEST_CASE("keychain: a keychain missing at start is checked once more after the retry delay")
{
    auto backend = std::make_unique<LateKeychain>(1);
    LateKeychain *late = backend.get();
    SecretStore store(std::move(backend));
    store.setRetryDelay(50);
    QSignalSpy unavailable(&store, &SecretStore::unavailable);
    QSignalSpy available(&store, &SecretStore::available);
    store.check();
    REQUIRE(Test::waitUntil([&available] { return available.count() == 1; }));
    CHECK(unavailable.count() == 1);
    CHECK(unavailable.at(0).at(0).toString().contains(QLatin1String("No system keychain is available")));
    CHECK(late->probes == 2);
    CHECK(store.lastCheck().ok);
}

TEST_CASE("keychain: the start check retries only once")
{
    auto backend = std::make_unique<LateKeychain>(100);
    LateKeychain *late = backend.get();
    SecretStore store(std::move(backend));
    store.setRetryDelay(20);
    QSignalSpy unavailable(&store, &SecretStore::unavailable);
    store.check();
    REQUIRE(Test::waitUntil([&unavailable] { return unavailable.count() == 2; }));
    // Give a third attempt ample time to show up; there must be none.
    CHECK_FALSE(Test::waitUntil([&unavailable] { return unavailable.count() > 2; }, 300));
    CHECK(late->probes == 2);
    CHECK_FALSE(store.lastCheck().ok);
}

TEST_CASE("keychain: probe child", "[.]")
{
    // Started by the test above in a child process with a broken environment.
    SecretStore store(std::make_unique<KeychainBackend>(QStringLiteral("SpoolbridgeTest-child")));
    QSignalSpy unavailable(&store, &SecretStore::unavailable);
    const SecretResult result = awaitSecret([&](auto done) { store.probe(nullptr, done); }, 20000);
    std::printf("probe ok=%d kind=%d unavailable=%d message=%s\n", int(result.ok), int(result.error),
        int(unavailable.count()), qPrintable(result.message));
    std::fflush(stdout);
}
