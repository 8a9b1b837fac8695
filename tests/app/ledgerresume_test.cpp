// AppCore after a Spoolman outage: usage recorded while Spoolman was down is delivered
// as soon as Spoolman is back (a sync follows its return and starts the delivery), not when the
// ledger's backoff runs out.
#include "brokerfixture.h"

#include "core/app/appcore.h"
#include "core/app/printersession.h"
#include "core/engine/syncengine.h"
#include "core/engine/syncresult.h"
#include "core/settings/secretstore.h"
#include "core/settings/settings.h"
#include "core/standin/spoolmanstandin.h"
#include "core/sync/usageledger.h"
#include "core/sync/usagetypes.h"
#include "support/testsupport.h"
#include "tools/printer-sim/printersimulator.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Spoolbridge;
using namespace Spoolbridge::Test;

namespace {

const QString serial = QStringLiteral("01P00A000000001");
const QString code = QStringLiteral("12345678");
const QString tag = QStringLiteral("1F2E3D4C5B6A79880716253443526170");

// used_weight of the spool carrying `tag`, or -1 when there is none (or no answer).
double usedWeight(QNetworkAccessManager &network, const QUrl &base)
{
    QUrl url = base;
    url.setPath(QStringLiteral("/api/v1/spool"));
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    waitUntil([reply] { return reply->isFinished(); }, 5000);
    double used = -1;
    const QJsonArray spools = QJsonDocument::fromJson(reply->readAll()).array();
    reply->deleteLater();
    for (const QJsonValue &value : spools) {
        const QString stored
            = value.toObject().value(QLatin1String("extra")).toObject().value(QLatin1String("tag")).toString();
        if (QString(stored).remove(u'"').compare(tag, Qt::CaseInsensitive) == 0)
            used = value.toObject().value(QLatin1String("used_weight")).toDouble();
    }
    return used;
}

std::unique_ptr<SpoolmanStandin> startStandin(const QString &database, quint16 port)
{
    auto standin = std::make_unique<SpoolmanStandin>();
    standin->setDatabasePath(database);
    REQUIRE(standin->listen(QHostAddress(QHostAddress::LocalHost), port));
    return standin;
}

} // namespace

TEST_CASE("app: usage recorded while Spoolman was down is delivered as soon as Spoolman is back", "[app][outage]")
{
    const QString dir = makeTempDir(QStringLiteral("ledger-resume"));
    const QString database = dir + QStringLiteral("/spoolman.sqlite");
    const quint16 port = freeTcpPort();
    auto standin = startStandin(database, port);
    const QUrl base = standin->baseUrl();

    auto broker = startBroker(serial, code);
    Sim::PrinterSimulator sim;
    Sim::PrinterSimulator::Options simOptions;
    simOptions.port = broker->port();
    simOptions.serial = serial;
    simOptions.accessCode = code;
    simOptions.caFile = broker->caFile();
    simOptions.reportFixture = fixturePath(QStringLiteral("x1c-pushall-2ams-ams2pro-amsht.json"));
    simOptions.versionFixture = fixturePath(QStringLiteral("x1c-get_version-2ams-ams2pro-amsht.json"));
    QString error;
    REQUIRE(sim.setOptions(simOptions, &error));
    sim.start();
    REQUIRE(waitUntil([&] { return sim.isOnline(); }, 10000));
    sim.insertSpool(0, 0, QStringLiteral("PLA"), QStringLiteral("00FF80FF"), tag, 100);

    Settings settings(dir + QStringLiteral("/settings.ini"));
    REQUIRE(settings.setValue(SettingKey::SpoolmanUrl, base.toString()));
    REQUIRE(settings.setValue(SettingKey::SyncDebounceMs, 200));
    REQUIRE(settings.setValue(SettingKey::SecretsBackend, QStringLiteral("file")));
    REQUIRE(settings.setValue(SettingKey::SecretsFile, dir + QStringLiteral("/secrets.json")));
    SecretStore secrets(&settings);
    PrinterEntry entry = PrinterEntry::create();
    entry.name = QStringLiteral("Resume X1C");
    entry.host = QStringLiteral("127.0.0.1");
    entry.port = broker->port();
    entry.serial = serial;
    entry.model = QStringLiteral("X1C");
    entry.caFile = broker->caFile();
    bool stored = false;
    secrets.write(SecretStore::printerAccessCodeKey(entry.id), code, nullptr,
        [&stored](const SecretResult &result) { stored = result.ok; });
    REQUIRE(waitUntil([&] { return stored; }, 5000));
    REQUIRE(settings.savePrinter(entry));

    AppCore::Options options;
    options.dataDirectory = dir + QStringLiteral("/data");
    AppCore core(&settings, &secrets, options);
    bool synced = false;
    QObject::connect(&core, &AppCore::syncFinished,
        [&synced](const QString &, const SyncResult &result) { synced = synced || result.ok(); });
    core.start();
    QNetworkAccessManager network;
    double before = -1;
    REQUIRE(waitUntil(
        [&] {
            before = usedWeight(network, base);
            return before >= 0;
        },
        20000));
    REQUIRE(waitUntil([&] { return synced; }, 20000));
    waitUntil([] { return false; }, 500); // nothing left for the engine to retry after the outage
    // After one failed attempt the ledger would wait a minute, and so would the engine's retry
    // of the sync that fails at the job end (whose result also starts a delivery): like after a
    // long outage, when both backoffs have grown to minutes. Only "Spoolman is back" can explain
    // a delivery within seconds.
    core.ledger()->setRetryPolicy({60000, 60000, 60000});
    EngineSettings slow = core.session(entry.id)->engine()->settings();
    slow.retryInitialMs = 60000;
    slow.retryMaxMs = 60000;
    core.session(entry.id)->setEngineSettings(slow);

    standin.reset(); // Spoolman goes down (closes every connection)
    sim.startJob(QStringLiteral("resume-cube"), {0});
    waitUntil([] { return false; }, 300);
    sim.publishDelta(QJsonObject {{QStringLiteral("ams"),
        QJsonObject {{QStringLiteral("ams"),
            QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("0")},
                {QStringLiteral("tray"),
                    QJsonArray {QJsonObject {
                        {QStringLiteral("id"), QStringLiteral("0")}, {QStringLiteral("remain"), 96}}}}}}}}}});
    waitUntil([] { return false; }, 300);
    sim.finishJob();
    auto attempted = [&] {
        const QList<LedgerEntry> entries = core.ledger()->entries();
        return entries.size() == 1 && entries.first().attempts >= 1 && !core.ledger()->isDelivering();
    };
    REQUIRE(waitUntil(attempted, 15000));
    REQUIRE(core.ledger()->pendingCount() == 1);

    standin = startStandin(database, port);
    REQUIRE(waitUntil([&] { return core.ledger()->pendingCount() == 0; }, 15000));
    CHECK(usedWeight(network, base) - before == Approx(40.0).margin(0.001));
    const QList<LedgerEntry> entries = core.ledger()->entries();
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().state == LedgerState::Delivered);
    core.shutdown();
    sim.stop();
}
