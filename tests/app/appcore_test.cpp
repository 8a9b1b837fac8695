// AppCore against the printer simulator (real TLS mosquitto) and an in-process stand-in Spoolman,
// and the demo mode.
#include "brokerfixture.h"

#include "core/app/appcore.h"
#include "core/app/printersession.h"
#include "core/engine/syncresult.h"
#include "core/mqtt/mqttclient.h"
#include "core/printer/jobrecord.h"
#include "core/printer/printermodel.h"
#include "core/settings/secretstore.h"
#include "core/settings/settings.h"
#include "core/spoolman/spoolmanclient.h"
#include "core/standin/spoolmanstandin.h"
#include "core/sync/usageledger.h"
#include "core/sync/usagetypes.h"
#include "support/testsupport.h"
#include "tools/printer-sim/printersimulator.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using namespace Spoolbridge;
using namespace Spoolbridge::Test;

namespace {

const QString serial = QStringLiteral("01P00A000000001");
const QString code = QStringLiteral("12345678");

// Settings with the file secret backend, both in a fresh temp dir.
struct Config {
    QString dir = makeTempDir(QStringLiteral("app"));
    Settings settings {dir + QStringLiteral("/settings.ini")};
    std::unique_ptr<SecretStore> secrets;

    Config()
    {
        REQUIRE(settings.setValue(SettingKey::SecretsBackend, QStringLiteral("file")));
        REQUIRE(settings.setValue(SettingKey::SecretsFile, dir + QStringLiteral("/secrets.json")));
        secrets = std::make_unique<SecretStore>(&settings);
    }

    void storeSecret(const QString &key, const QString &value)
    {
        bool done = false;
        bool ok = false;
        secrets->write(key, value, nullptr, [&](const SecretResult &result) {
            ok = result.ok;
            done = true;
        });
        REQUIRE(waitUntil([&] { return done; }, 5000));
        REQUIRE(ok);
    }
};

} // namespace

TEST_CASE("app: a configured printer connects and its RFID spools appear in Spoolman with tag and location", "[app]")
{
    SpoolmanStandin standin;
    REQUIRE(standin.listen());
    auto broker = startBroker(serial, code);
    Sim::PrinterSimulator sim;
    Sim::PrinterSimulator::Options simOptions;
    simOptions.port = broker->port();
    simOptions.serial = serial;
    simOptions.accessCode = code;
    simOptions.caFile = broker->caFile();
    simOptions.reportFixture = fixturePath(QStringLiteral("p2s-pushall-ams2pro-mixed-printing.json"));
    simOptions.versionFixture = fixturePath(QStringLiteral("p2s-get_version-ams2pro.json"));
    QString error;
    REQUIRE(sim.setOptions(simOptions, &error));
    sim.start();
    REQUIRE(waitUntil([&] { return sim.isOnline(); }, 10000));

    Config config;
    REQUIRE(config.settings.setValue(SettingKey::SpoolmanUrl, standin.baseUrl().toString()));
    PrinterEntry entry = PrinterEntry::create();
    entry.name = QStringLiteral("Workshop P2S");
    entry.host = QStringLiteral("127.0.0.1");
    entry.port = broker->port();
    entry.serial = serial;
    entry.model = QStringLiteral("P2S");
    entry.caFile = broker->caFile();
    config.storeSecret(SecretStore::printerAccessCodeKey(entry.id), code);
    REQUIRE(config.settings.savePrinter(entry));

    AppCore::Options options;
    options.dataDirectory = config.dir + QStringLiteral("/data");
    AppCore core(&config.settings, config.secrets.get(), options);
    QList<SyncResult> results;
    QObject::connect(&core, &AppCore::syncFinished, [&](const QString &id, const SyncResult &result) {
        CHECK(id == entry.id);
        results << result;
    });
    bool connected = false;
    QObject::connect(
        &core, &AppCore::connectionChanged, [&](const QString &, PrinterConnection::State state, const QString &) {
            connected = connected || state == PrinterConnection::State::Connected;
        });
    core.start();
    REQUIRE(core.printerIds() == QStringList {entry.id});
    REQUIRE(waitUntil([&] { return connected; }, 15000));
    REQUIRE(waitUntil(
        [&] {
            for (const SyncResult &result : results) {
                if (!result.created.isEmpty())
                    return true;
            }
            return false;
        },
        20000));
    const SyncResult &result = results.last();
    INFO(result.errors.join(QLatin1Char('\n')).toStdString());
    CHECK(result.ok());
    const SyncCreatedSpool created = result.created.first();
    CHECK(created.location.startsWith(QStringLiteral("Workshop P2S")));

    // The spool really is in Spoolman with the tag and the location.
    std::optional<Spool> stored;
    core.client()->getSpool(created.spoolId, nullptr, [&](const SpoolmanResult<Spool> &got) {
        REQUIRE(got.ok());
        stored = got.payload;
    });
    REQUIRE(waitUntil([&] { return stored.has_value(); }, 5000));
    CHECK(stored->tag().value_or(QString()) == created.tag);
    CHECK(stored->location.value_or(QString()) == created.location);

    const QJsonObject status = core.status();
    const QJsonObject printer = status.value(QLatin1String("printers")).toArray().first().toObject();
    CHECK(printer.value(QLatin1String("connection")).toString() == QLatin1String("connected"));
    CHECK(printer.contains(QLatin1String("lastSync")));

    // A malformed report is reported once, with the printer's connection, and the session goes on.
    QStringList messages;
    QObject::connect(
        &core, &AppCore::connectionChanged, [&](const QString &, PrinterConnection::State, const QString &message) {
            if (!message.isEmpty())
                messages << message;
        });
    MqttClient injector;
    MqttOptions injectorOptions;
    injectorOptions.host = QStringLiteral("127.0.0.1");
    injectorOptions.port = broker->port();
    injectorOptions.username = broker->username();
    injectorOptions.password = broker->accessCode();
    injectorOptions.caFiles = {broker->caFile()};
    injectorOptions.expectedPeerName = serial;
    injector.setOptions(injectorOptions);
    injector.connectToHost();
    REQUIRE(waitUntil([&] { return injector.state() == MqttClient::State::Connected; }, 5000));
    injector.publish(QStringLiteral("device/%1/report").arg(serial), QByteArrayLiteral("{not json"));
    injector.publish(QStringLiteral("device/%1/report").arg(serial), QByteArrayLiteral("[1,2]"));
    // From the same client, so it arrives after the two above.
    injector.publish(QStringLiteral("device/%1/report").arg(serial),
        QByteArrayLiteral(R"({"print":{"msg":1,"command":"push_status","mc_percent":42}})"));
    REQUIRE(waitUntil([&] { return core.session(entry.id)->model()->state().job.progressPercent == 42; }, 5000));
    REQUIRE(messages.size() == 1);
    CHECK(messages.first().contains(QStringLiteral("not valid JSON")));
    injector.disconnectFromHost();

    // A new Spoolman address: the client follows, the tag field is registered on the new server
    // and the printer's spools are synced there.
    SpoolmanStandin second;
    REQUIRE(second.listen());
    const int before = int(results.size());
    REQUIRE(config.settings.setValue(SettingKey::SpoolmanUrl, second.baseUrl().toString()));
    REQUIRE(waitUntil([&] { return core.spoolmanUrl() == second.baseUrl(); }, 5000));
    REQUIRE(waitUntil([&] { return int(results.size()) > before && !results.last().created.isEmpty(); }, 20000));
    CHECK(second.spoolCount() >= 1);

    // Editing the entry rebuilds its session.
    PrinterSession *oldSession = core.session(entry.id);
    entry.name = QStringLiteral("Garage P2S");
    REQUIRE(config.settings.savePrinter(entry));
    REQUIRE(waitUntil([&] { return core.session(entry.id) && core.session(entry.id) != oldSession; }, 5000));
    CHECK(core.printerName(entry.id) == QStringLiteral("Garage P2S"));

    // Removing the printer from the settings ends its session.
    QSignalSpy removed(&core, &AppCore::printerRemoved);
    REQUIRE(config.settings.removePrinter(entry.id));
    REQUIRE(waitUntil([&] { return removed.count() == 1; }, 5000));
    CHECK(core.printerIds().isEmpty());
    CHECK(core.session(entry.id) == nullptr);
    core.shutdown();
    sim.stop();
}

TEST_CASE("app: a printer without a stored access code reports it and blocks nobody", "[app]")
{
    Config config;
    PrinterEntry entry = PrinterEntry::create();
    entry.name = QStringLiteral("No code");
    entry.host = QStringLiteral("127.0.0.1");
    entry.port = freeTcpPort();
    entry.serial = serial;
    REQUIRE(config.settings.savePrinter(entry));
    AppCore::Options options;
    options.dataDirectory = config.dir + QStringLiteral("/data");
    AppCore core(&config.settings, config.secrets.get(), options);
    QString message;
    QObject::connect(&core, &AppCore::errorOccurred, [&](const QString &, const QString &text) { message = text; });
    core.start();
    REQUIRE(waitUntil([&] { return !message.isEmpty(); }, 5000));
    CHECK(message.contains(QStringLiteral("access code")));
    CHECK(core.session(entry.id)->connectionState() == PrinterConnection::State::ConfigurationError);
}

TEST_CASE("app: demo mode syncs the simulated printer and records usage within seconds", "[app][demo]")
{
    Config config;
    CHECK_FALSE(AppCore::isConfigured(config.settings));
    AppCore::Options options;
    options.demo = true;
    options.demoTickMs = 150;
    AppCore core(&config.settings, config.secrets.get(), options);
    std::optional<SyncResult> sync;
    QObject::connect(&core, &AppCore::syncFinished, [&](const QString &, const SyncResult &result) {
        if (!sync)
            sync = result;
    });
    core.start();
    REQUIRE(waitUntil([&] { return core.isStarted(); }, 10000));
    REQUIRE(core.printerIds() == QStringList {QString::fromLatin1(AppCore::DemoPrinterId)});
    REQUIRE(waitUntil([&] { return sync.has_value(); }, 15000));
    INFO(sync->errors.join(QLatin1Char('\n')).toStdString());
    CHECK(sync->ok());
    CHECK(sync->synced >= 10);
    CHECK(!sync->created.isEmpty());
    // The third-party spools (AMS slot and external holder) wait for a manual link.
    CHECK(sync->skipped.size() >= 1);
    // The seeded untagged Latte Brown spool got the matching RFID tag instead of a new spool.
    bool attached = false;
    for (const SyncCreatedSpool &created : sync->created)
        attached = attached || created.attached;
    CHECK(attached);

    // A demo print finishes and its usage reaches the ledger and Spoolman.
    REQUIRE(waitUntil(
        [&] {
            const QList<LedgerEntry> entries = core.ledger()->entries();
            for (const LedgerEntry &entry : entries) {
                if (entry.state == LedgerState::Delivered && entry.grams > 0)
                    return true;
            }
            return false;
        },
        20000));
    // Nothing of the demo lands in the user's settings.
    CHECK(config.settings.printers().isEmpty());
    CHECK(config.settings.spoolmanUrl().isEmpty());
}
