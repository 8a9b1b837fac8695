// What a creation costs on the wire, and that it stays safe: attach to stock in a large
// inventory, a stale catalog, engines racing for one tag, tags written in another case.
#include "countingproxy.h"
#include "enginetestenv.h"

#include "core/spoolman/catalogcache.h"
#include "core/spoolman/spoolmanevents.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QTimer>

using namespace Spoolbridge;
using namespace Spoolbridge::Test;

namespace {

const QString p2s = QStringLiteral("p2s-pushall-ams2pro-mixed-printing.json");
const QString serial = QStringLiteral("01P00A000000001");
const QString whiteTag = QStringLiteral("C234B32CD1C14E0587B0CF6BF8753D0F"); // slot 0, PLA Matte white
const QString blackTag = QStringLiteral("15A8808C6AC140F2B84FBAE990AD9E43"); // slot 1, PLA Matte black

// An engine whose client talks to the stand-in through a counting proxy; the test's own checks
// go through the environment's client and are not counted.
struct CountedEngine {
    CountedEngine(EngineEnv &env, PrinterModel *printer, SyncMode mode = SyncMode::Auto)
    {
        REQUIRE(proxy.listen(QHostAddress(QHostAddress::LocalHost), quint16(env.standin().baseUrl().port())));
        SpoolmanConfig config;
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
        config.timeoutMs = 5000;
        client.setConfig(config);
        // A read counts as fresh for 300 ms (default 2 s) so the tests can let it age.
        catalog.setRecentMs(300);
        SyncEngine::Services services;
        services.client = &client;
        services.links = &env.links();
        services.registry = &env.registry();
        services.catalog = &catalog;
        engine = std::make_unique<SyncEngine>(printer, services);
        engine->setPrinterName(QStringLiteral("Printer 01"));
        EngineSettings settings = EngineEnv::manualSettings();
        settings.mode = mode;
        engine->setSettings(settings);
    }

    Bench::CountingProxy proxy;
    QNetworkAccessManager network;
    SpoolmanClient client {&network};
    CatalogCache catalog {&client};
    std::unique_ptr<SyncEngine> engine;
};

// The AMS change `delta` and the sync it causes; `counted` = the traffic of that sync.
SyncResult change(EngineEnv &env, PrinterModel &printer, CountedEngine &engine, const QJsonObject &delta,
    Bench::CountingProxy::Counters *counted = nullptr)
{
    const Bench::CountingProxy::Counters before = engine.proxy.counters();
    const SyncResult result = env.resultOf(
        *engine.engine, [&]() { REQUIRE(printer.ingest(delta).ok); }, 15000);
    if (counted)
        *counted = engine.proxy.since(before);
    return result;
}

QJsonObject insert(const PrinterModel &printer, int slot, const QString &color, const QString &tag)
{
    return trayDelta(
        printer, 0, slot, rfidTray(slot, QStringLiteral("PLA"), QStringLiteral("PLA Matte"), color, tag, 100));
}

QString describe(const Bench::CountingProxy::Counters &counted)
{
    return QStringLiteral("%1 requests, %2 bytes: %3")
        .arg(counted.requests)
        .arg(counted.bytesUp + counted.bytesDown)
        .arg(counted.requestLines.join(QStringLiteral(" | ")));
}

int filamentWithColor(EngineEnv &env, const QString &name)
{
    for (const Filament &filament : env.filaments()) {
        if (filament.name.value_or(QString()) == name)
            return filament.id;
    }
    FAIL("no filament " << name.toStdString());
    return 0;
}

void remove(EngineEnv &env, const QString &collection, int id)
{
    std::optional<SpoolmanResult<QJsonValue>> result;
    env.client().send(SpoolmanClient::Method::Delete, QStringLiteral("/%1/%2").arg(collection).arg(id), {},
        QJsonValue::Undefined, nullptr, [&result](const SpoolmanResult<QJsonValue> &r) { result = r; });
    REQUIRE(waitUntil([&]() { return result.has_value(); }));
    REQUIRE(result->ok());
}

} // namespace

TEST_CASE("engine traffic: a new RFID spool costs a tag lookup, a narrow stock query and the POST", "[engine]")
{
    EngineEnv env;
    auto printer = env.printer(p2s, serial);
    CountedEngine counted(env, printer.get());
    // The first sync creates both RFID spools (and vendor, filaments, the catalog is read).
    REQUIRE(env.resultOf(*counted.engine, [&]() { counted.engine->syncNow(); }).created.size() == 2);
    change(env, *printer, counted, trayDelta(*printer, 0, 0, emptyTray(0)));

    // Another white PLA Matte spool: its filament exists (with one tagged spool), so the stock
    // query runs; nothing to attach, so it is created.
    const QString tag = QStringLiteral("0123456789ABCDEF0123456789ABCDEF");
    Bench::CountingProxy::Counters traffic;
    const SyncResult result
        = change(env, *printer, counted, insert(*printer, 0, QStringLiteral("FFFFFFFF"), tag), &traffic);
    INFO(describe(traffic).toStdString());
    CHECK(result.errors.isEmpty());
    REQUIRE(result.created.size() == 1);
    CHECK_FALSE(result.created.first().attached);
    REQUIRE(traffic.requestLines.size() == 3);
    CHECK(traffic.requestLines.at(0) == QStringLiteral("GET /api/v1/spool?extra.tag=%1&allow_archived=true").arg(tag));
    CHECK(traffic.requestLines.at(1).startsWith(QStringLiteral("GET /api/v1/spool?filament.id=")));
    CHECK(traffic.requestLines.at(1).endsWith(QStringLiteral("&sort=id%3Aasc&limit=20&offset=0")));
    CHECK(traffic.requestLines.at(2) == QStringLiteral("POST /api/v1/spool"));
    CHECK(traffic.bytesUp + traffic.bytesDown <= 4096);
    const QList<Spool> created = env.spoolsWithTag(tag);
    REQUIRE(created.size() == 1);
    CHECK(created.first().location.value_or(QString()) == QStringLiteral("Printer 01 - AMS A Slot 1"));

    // A colour nobody has: no filament, so no stock query; the filament is created once.
    const QString red = QStringLiteral("FEDCBA9876543210FEDCBA9876543210");
    change(env, *printer, counted, trayDelta(*printer, 0, 0, emptyTray(0)));
    waitUntil([]() { return false; }, 400); // the catalog read above is no longer "just read"
    const SyncResult fresh
        = change(env, *printer, counted, insert(*printer, 0, QStringLiteral("C12E1FFF"), red), &traffic);
    INFO(describe(traffic).toStdString());
    REQUIRE(fresh.created.size() == 1);
    CHECK(traffic.requestLines.filter(QStringLiteral("filament.id=")).isEmpty());
    CHECK(traffic.requestLines.filter(QStringLiteral("POST /api/v1/filament")).size() == 1);
    // Without a websocket the cached list's miss is confirmed by one new read before creating.
    CHECK(traffic.requestLines.filter(QStringLiteral("GET /api/v1/filament")).size() == 1);
    CHECK(traffic.requests == 4);
    CHECK(env.spoolsWithTag(red).size() == 1);

    // The same colour again: now the cached filament is used, nothing is read but the spools.
    const QString red2 = QStringLiteral("FEDCBA9876543210FEDCBA9876543211");
    change(env, *printer, counted, trayDelta(*printer, 0, 0, emptyTray(0)));
    const SyncResult again
        = change(env, *printer, counted, insert(*printer, 0, QStringLiteral("C12E1FFF"), red2), &traffic);
    INFO(describe(traffic).toStdString());
    REQUIRE(again.created.size() == 1);
    CHECK(traffic.requests == 3);
    CHECK(traffic.requestLines.filter(QStringLiteral("/filament")).isEmpty());
    CHECK(traffic.requestLines.filter(QStringLiteral("/vendor")).isEmpty());
}

TEST_CASE("engine traffic: untagged stock is found among thousands of spools", "[engine]")
{
    EngineEnv env;
    // 2,000 tagged PLA spools on eight Bambu filaments (250 on "PLA Basic Black").
    REQUIRE(env.standin().seedSpools(2000) == 2000);
    const int black = filamentWithColor(env, QStringLiteral("PLA Basic Black"));
    // Entered by hand, without a tag: one black spool (after the 250 tagged ones) ...
    const Spool blackStock = env.createSpool({{QStringLiteral("filament_id"), black},
        {QStringLiteral("remaining_weight"), 1000}, {QStringLiteral("location"), QStringLiteral("Shelf 3")}});
    // ... and one of a filament nobody has tagged spools of.
    const Filament teal = env.createFilament(QStringLiteral("Teal"), QStringLiteral("PLA"), QStringLiteral("123456"));
    const Spool tealStock
        = env.createSpool({{QStringLiteral("filament_id"), teal.id}, {QStringLiteral("remaining_weight"), 1000}});
    const int before = int(env.spools().size());

    auto printer = env.printer(p2s, serial);
    CountedEngine counted(env, printer.get());
    // Black (slot 1) is attached to the hand-entered spool, found on the second page of the
    // black filament's spools; white has no untagged stock and is created.
    const SyncResult first = env.resultOf(*counted.engine, [&]() { counted.engine->syncNow(); });
    INFO(QJsonDocument(first.toJson()).toJson().toStdString());
    CHECK(first.errors.isEmpty());
    REQUIRE(first.created.size() == 2);
    CHECK(env.spoolsWithTag(blackTag).value(0).id == blackStock.id);
    CHECK(env.spoolsWithTag(blackTag).size() == 1);
    CHECK(env.spoolsWithTag(whiteTag).size() == 1);
    CHECK(int(env.spools().size()) == before + 1);

    // A new teal spool: one lookup, one stock query of that filament, one PATCH (tag + location).
    const QString tag = QStringLiteral("00112233445566778899AABBCCDDEEFF");
    change(env, *printer, counted, trayDelta(*printer, 0, 0, emptyTray(0)));
    Bench::CountingProxy::Counters traffic;
    const SyncResult attached
        = change(env, *printer, counted, insert(*printer, 0, QStringLiteral("123456FF"), tag), &traffic);
    INFO(describe(traffic).toStdString());
    REQUIRE(attached.created.size() == 1);
    CHECK(attached.created.first().attached);
    CHECK(attached.created.first().spoolId == tealStock.id);
    REQUIRE(traffic.requestLines.size() == 3);
    CHECK(traffic.requestLines.at(1)
        == QStringLiteral("GET /api/v1/spool?filament.id=%1&sort=id%3Aasc&limit=20&offset=0").arg(teal.id));
    CHECK(traffic.requestLines.at(2) == QStringLiteral("PATCH /api/v1/spool/%1").arg(tealStock.id));
    CHECK(traffic.bytesUp + traffic.bytesDown <= 4096);
    const std::optional<Spool> tagged = env.spool(tealStock.id);
    REQUIRE(tagged);
    CHECK(tagged->tag().value_or(QString()) == tag);
    CHECK(tagged->location.value_or(QString()) == QStringLiteral("Printer 01 - AMS A Slot 1"));
    CHECK(int(env.spools().size()) == before + 1);
}

TEST_CASE("engine traffic: a filament deleted behind the catalog's back costs one retry, no duplicate", "[engine]")
{
    EngineEnv env;
    auto printer = env.printer(p2s, serial);
    CountedEngine counted(env, printer.get());
    REQUIRE(env.resultOf(*counted.engine, [&]() { counted.engine->syncNow(); }).created.size() == 2);
    // Someone removes the white spool and its filament in Spoolman; no websocket tells the engine.
    const QList<Spool> white = env.spoolsWithTag(whiteTag);
    REQUIRE(white.size() == 1);
    const int filamentId = white.first().filament.id;
    change(env, *printer, counted, trayDelta(*printer, 0, 0, emptyTray(0)));
    remove(env, QStringLiteral("spool"), white.first().id);
    remove(env, QStringLiteral("filament"), filamentId);

    const QString tag = QStringLiteral("ABCDEF0123456789ABCDEF0123456789");
    Bench::CountingProxy::Counters traffic;
    const SyncResult result
        = change(env, *printer, counted, insert(*printer, 0, QStringLiteral("FFFFFFFF"), tag), &traffic);
    INFO(describe(traffic).toStdString());
    CHECK(result.errors.isEmpty());
    REQUIRE(result.created.size() == 1);
    // The POST naming the deleted filament was refused (404), the catalog read again, a new
    // filament made and the POST repeated — once.
    CHECK(traffic.requestLines.filter(QStringLiteral("POST /api/v1/spool")).size() == 2);
    CHECK(traffic.requestLines.filter(QStringLiteral("GET /api/v1/filament")).size() == 1);
    CHECK(traffic.requestLines.filter(QStringLiteral("POST /api/v1/filament")).size() == 1);
    const QList<Spool> created = env.spoolsWithTag(tag);
    REQUIRE(created.size() == 1);
    CHECK(created.first().filament.id != filamentId);
}

TEST_CASE("engine traffic: two engines inserting the same new tag at once create one spool", "[engine]")
{
    EngineEnv env;
    auto printerA = env.printer(p2s, QStringLiteral("01P00A000000001"));
    auto printerB = env.printer(p2s, QStringLiteral("01P00A000000002"));
    CountedEngine a(env, printerA.get());
    CountedEngine b(env, printerB.get());
    // Warm-up: both create or find the fixture's two spools.
    std::optional<SyncResult> ra;
    std::optional<SyncResult> rb;
    QObject::connect(a.engine.get(), &SyncEngine::syncFinished, [&ra](const SyncResult &r) { ra = r; });
    QObject::connect(b.engine.get(), &SyncEngine::syncFinished, [&rb](const SyncResult &r) { rb = r; });
    a.engine->syncNow();
    b.engine->syncNow();
    REQUIRE(waitUntil([&]() { return ra && rb; }, 15000));
    CHECK(ra->created.size() + rb->created.size() == 2);

    // The same spool (same tag) reported by both printers in the same moment, five times over.
    for (int round = 0; round < 5; ++round) {
        const QString tag = QStringLiteral("5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A%1").arg(round, 2, 10, QLatin1Char('0'));
        ra.reset();
        rb.reset();
        for (PrinterModel *printer : {printerA.get(), printerB.get()})
            REQUIRE(printer->ingest(trayDelta(*printer, 0, 0, emptyTray(0))).ok);
        REQUIRE(waitUntil([&]() { return ra && rb && !a.engine->isSyncing() && !b.engine->isSyncing(); }, 15000));
        ra.reset();
        rb.reset();
        // Both printers' slots now hold the same tag; both syncs start in the same event loop turn.
        REQUIRE(printerA->ingest(insert(*printerA, 0, QStringLiteral("FFFFFFFF"), tag)).ok);
        REQUIRE(printerB->ingest(insert(*printerB, 0, QStringLiteral("FFFFFFFF"), tag)).ok);
        REQUIRE(waitUntil([&]() { return ra && rb && !a.engine->isSyncing() && !b.engine->isSyncing(); }, 15000));
        INFO("round " << round);
        CHECK(ra->errors.isEmpty());
        CHECK(rb->errors.isEmpty());
        CHECK(ra->created.size() + rb->created.size() == 1);
        CHECK(env.spoolsWithTag(tag).size() == 1);
    }
}

TEST_CASE("engine traffic: a tag another tool wrote in lower case is found, not created again", "[engine]")
{
    for (const QString &version : {QStringLiteral("0.26.1"), QStringLiteral("0.24.0")}) {
        INFO("Spoolman " << version.toStdString());
        EngineEnv env;
        env.standin().setVersion(version);
        env.registerTagField();
        const Filament white
            = env.createFilament(QStringLiteral("PLA Matte White"), QStringLiteral("PLA"), QStringLiteral("FFFFFF"));
        // OpenSpoolMan/Bambuddy style: the tray_uuid as another tool stored it, lower case.
        const Spool theirs = env.createSpool({{QStringLiteral("filament_id"), white.id},
            {QStringLiteral("extra"),
                QJsonObject {{QStringLiteral("tag"), QStringLiteral("\"%1\"").arg(whiteTag.toLower())}}}});
        auto printer = env.printer(p2s, serial);
        CountedEngine counted(env, printer.get(), SyncMode::Manual);
        const SyncResult result = env.resultOf(*counted.engine, [&]() { counted.engine->syncNow(); });
        CHECK(result.errors.isEmpty());
        // Only black is new; white is the spool the other tool created.
        REQUIRE(result.created.size() == 1);
        CHECK(result.created.first().tag == blackTag);
        const QList<Spool> found = env.spoolsWithTag(whiteTag);
        REQUIRE(found.size() == 1);
        CHECK(found.first().id == theirs.id);
        CHECK(found.first().location.value_or(QString()) == QStringLiteral("Printer 01 - AMS A Slot 1"));
        // Their spelling stays: we do not rewrite another tool's tag.
        CHECK(found.first().tag().value_or(QString()) == whiteTag.toLower());
    }
}

TEST_CASE("catalog: websocket events keep filaments current without reading them again", "[engine]")
{
    EngineEnv env;
    SpoolmanEvents events;
    events.setConfig(env.client().config());
    events.setPath(QStringLiteral("/"));
    CatalogCache catalog(&env.client(), &events);
    catalog.setRecentMs(0);
    events.start();
    REQUIRE(waitUntil([&]() { return events.isConnected(); }, 10000));
    const auto list = [&catalog]() {
        std::optional<std::pair<QList<Filament>, bool>> answer;
        catalog.filaments(nullptr, [&answer](const SpoolmanResult<QList<Filament>> &result, bool fresh) {
            REQUIRE(result.ok());
            answer = std::make_pair(result.payload, fresh);
        });
        REQUIRE(waitUntil([&answer]() { return answer.has_value(); }));
        return *answer;
    };
    CHECK(list().first.isEmpty());
    CHECK(catalog.loads() == 1);
    CHECK(list().second); // the websocket keeps it current: a miss is real

    // Someone adds a filament: it appears through the event, without another GET.
    const Filament added = env.createFilament(QStringLiteral("Teal"), QStringLiteral("PLA"), QStringLiteral("123456"));
    REQUIRE(waitUntil([&]() { return list().first.size() == 1; }));
    CHECK(list().first.first().id == added.id);
    remove(env, QStringLiteral("filament"), added.id);
    REQUIRE(waitUntil([&]() { return list().first.isEmpty(); }));
    CHECK(catalog.loads() == 1);

    // Without the websocket the lists are dropped (changes would go unnoticed) and read again.
    events.stop();
    REQUIRE(waitUntil([&]() { return !events.isConnected(); }));
    env.createFilament(QStringLiteral("Plum"), QStringLiteral("PLA"), QStringLiteral("8E4585"));
    const auto afterStop = list();
    CHECK(afterStop.first.size() == 1);
    CHECK(afterStop.second);
    CHECK(catalog.loads() == 2);
    CHECK_FALSE(list().second); // cached, no websocket: a miss would have to be confirmed
}

TEST_CASE("engine traffic: Spoolman going down in the middle of creations never duplicates a spool", "[engine]")
{
    EngineEnv env;
    auto printer = env.printer(p2s, serial);
    auto engine = env.engine(printer.get());
    REQUIRE(env.sync(*engine).created.size() == 2); // white and black, with their filaments
    // Spoolman stops the moment it has handled a request of a creation: the stock query (its
    // answer may be lost; the POST then finds nobody) or the POST itself (the spool exists, the
    // answer may be lost). After the restart the next sync must end with exactly one spool per tag.
    for (const QByteArray &stopAfter : {QByteArray("GET"), QByteArray("POST")}) {
        INFO("Spoolman stops after the creation's " << stopAfter.toStdString());
        const QString tag = (stopAfter == "GET" ? QStringLiteral("D1") : QStringLiteral("D2"))
            + QStringLiteral("D0D0D0D0D0D0D0D0D0D0D0D0D0D0D0");
        REQUIRE(printer->ingest(trayDelta(*printer, 0, 0, emptyTray(0))).ok);
        env.sync(*engine);
        REQUIRE(printer->ingest(insert(*printer, 0, QStringLiteral("FFFFFFFF"), tag)).ok);
        int gets = 0;
        bool stopping = false;
        // Slot 0 is synced first: GET #1 is its tag lookup, GET #2 the stock query, then the POST.
        QObject::connect(
            &env.standin(), &SpoolmanStandin::requestServed, [&](const QByteArray &method, const QString &path, int) {
                if (path != QLatin1String("/api/v1/spool") || stopping)
                    return;
                gets += method == "GET" ? 1 : 0;
                if ((stopAfter == "GET" && gets == 2) || (stopAfter == "POST" && method == "POST")) {
                    stopping = true;
                    QTimer::singleShot(0, [&env]() { env.stopStandin(); });
                }
            });
        const SyncResult interrupted = env.sync(*engine);
        INFO(QJsonDocument(interrupted.toJson()).toJson().toStdString());
        REQUIRE(stopping);
        REQUIRE(waitUntil([&]() { return !env.standinRunning(); }));
        env.startStandin();
        const SyncResult after = env.sync(*engine);
        INFO(QJsonDocument(after.toJson()).toJson().toStdString());
        CHECK(after.errors.isEmpty());
        CHECK(env.spoolsWithTag(tag).size() == 1);
        CHECK(env.spoolsWithTag(whiteTag).size() == 1);
        CHECK(env.spoolsWithTag(blackTag).size() == 1);
    }
}
