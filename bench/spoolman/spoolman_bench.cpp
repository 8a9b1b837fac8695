// bench/sync-latency and bench/spoolman-traffic: one printer (simulator on a real TLS mosquitto
// broker) → PrinterConnection → PrinterModel → SyncEngine → SpoolmanClient → CountingProxy →
// Spoolman (the stand-in executable by default, or --spoolman URL).
//
//   spoolbridge-bench-spoolman latency [--spools 60] [--debounce-ms 0] [--spoolman URL] [--websocket]
//   spoolbridge-bench-spoolman traffic [--seed 10000] [--changes 5] [--idle-seconds 120] [--spoolman URL]
//                                      [--websocket] [--color RRGGBB]
// --websocket wires the engine as the app does: SpoolmanEvents on "/" (through the proxy, so its
// frames are counted as bytes), the SpoolCache and the CatalogCache on it. --color: the colour of
// the new PLA spools (default 123456, which no seeded filament has; 000000 is "PLA Basic Black",
// which holds 1/8 of the seeded spools).
//
// latency: per spool, an empty AMS slot gets a new Bambu RFID spool (the simulator's `insert`
// delta, a new tray_uuid each time); measured from the moment the simulator publishes it until the
// engine's syncFinished for the sync that created it (the spool then exists with tag and
// location; verified for every spool at the end). Also the summed server time of that sync's
// requests. Between spools the slot is emptied again (not timed).
// traffic: requests and bytes per AMS change (new spool created, known spool inserted, spool
// removed) and while idle, with --seed spools in the stand-in.
// Prints one JSON object on stdout; bench/spoolman/run.sh turns it into Markdown.
#include "countingproxy.h"

#include "core/engine/linkstore.h"
#include "core/engine/syncengine.h"
#include "core/mqtt/printerconnection.h"
#include "core/printer/printermodel.h"
#include "core/spoolman/catalogcache.h"
#include "core/spoolman/spoolcache.h"
#include "core/spoolman/spoolmanclient.h"
#include "core/spoolman/spoolmanevents.h"
#include "tools/printer-sim/mosquittobroker.h"
#include "tools/printer-sim/printersimulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Spoolbridge;

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench-spoolman: %s\n", qPrintable(message));
    std::exit(1);
}

// Runs the event loop until `done` or the deadline (this is a benchmark driver, not library code).
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

void sleepEvents(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QString randomTag()
{
    QString tag;
    for (int i = 0; i < 4; ++i)
        tag += QStringLiteral("%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    return tag.toUpper();
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

QJsonObject countersJson(const Bench::CountingProxy::Counters &c, int changes)
{
    return QJsonObject {{QStringLiteral("requests"), double(c.requests) / changes},
        {QStringLiteral("bytes_up"), double(c.bytesUp) / changes},
        {QStringLiteral("bytes_down"), double(c.bytesDown) / changes},
        {QStringLiteral("bytes"), double(c.bytesUp + c.bytesDown) / changes},
        {QStringLiteral("requests_seen"), QJsonArray::fromStringList(c.requestLines.mid(0, 12))}};
}

struct Rig {
    ~Rig()
    {
        if (events)
            events->stop();
        connection.stop();
        printer.stop();
        broker.stop();
        if (standin.state() != QProcess::NotRunning) {
            standin.terminate();
            standin.waitForFinished(5000);
        }
    }

    QTemporaryDir dir;
    QProcess standin;
    QUrl upstream;
    Bench::CountingProxy proxy;
    Sim::MosquittoBroker broker;
    Sim::PrinterSimulator printer;
    PrinterModel *model = nullptr;
    PrinterConnection connection;
    QNetworkAccessManager network;
    SpoolmanClient *client = nullptr;
    SpoolmanEvents *events = nullptr; // --websocket: the app's live feed ("/") through the proxy
    SpoolCache *cache = nullptr;
    CatalogCache *catalog = nullptr;
    LinkStore links;
    SyncEngine *engine = nullptr;
    int syncsFinished = 0;
    SyncResult lastResult;
    QElapsedTimer clock;
};

void startStandin(Rig &rig, const QString &url, int seed)
{
    if (!url.isEmpty()) {
        rig.upstream = QUrl(url);
        return;
    }
    const QString program = QCoreApplication::applicationDirPath()
        + QStringLiteral("/../tools/spoolman-standin/spoolbridge-spoolman-standin");
    QStringList args {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"),
        rig.dir.path() + QStringLiteral("/standin.db")};
    if (seed > 0)
        args << QStringLiteral("--seed-spools") << QString::number(seed);
    rig.standin.setProgram(program);
    rig.standin.setArguments(args);
    rig.standin.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    rig.standin.start();
    if (!rig.standin.waitForStarted(5000))
        fail(QStringLiteral("cannot start %1: %2").arg(program, rig.standin.errorString()));
    QByteArray line;
    if (!waitFor(
            [&] {
                line += rig.standin.readAllStandardOutput();
                return line.contains('\n');
            },
            120000))
        fail(QStringLiteral("the stand-in printed no URL"));
    rig.upstream = QUrl(QString::fromUtf8(line.left(line.indexOf('\n')).trimmed()));
}

void buildRig(Rig &rig, const QString &url, int seed, int debounceMs, bool websocket)
{
    rig.clock.start();
    startStandin(rig, url, seed);
    if (!rig.proxy.listen(QHostAddress(rig.upstream.host()), quint16(rig.upstream.port(80))))
        fail(QStringLiteral("the counting proxy cannot listen"));

    Sim::MosquittoBroker::Setup setup;
    setup.directory = rig.dir.path() + QStringLiteral("/broker");
    QString error;
    if (!rig.broker.prepare(setup, &error) || !rig.broker.start(&error))
        fail(error);
    Sim::PrinterSimulator::Options options;
    options.port = rig.broker.port();
    options.serial = rig.broker.serial();
    options.accessCode = rig.broker.accessCode();
    options.caFile = rig.broker.caFile();
    options.reportFixture = QStringLiteral(SB_PRINTERSIM_FIXTURES_DIR "/x1c-pushall-2ams-ams2pro-amsht.json");
    options.versionFixture = QStringLiteral(SB_PRINTERSIM_FIXTURES_DIR "/x1c-get_version-2ams-ams2pro-amsht.json");
    options.deltaIntervalMs = 2000; // the periodic deltas a printer sends while nothing changes
    if (!rig.printer.setOptions(options, &error))
        fail(error);
    rig.printer.start();

    rig.model = new PrinterModel(rig.broker.serial(), &rig.connection);
    PrinterConnectionConfig config;
    config.serial = rig.broker.serial();
    config.host = QStringLiteral("127.0.0.1");
    config.port = rig.broker.port();
    config.accessCode = rig.broker.accessCode();
    config.extraCaFile = rig.broker.caFile();
    rig.connection.setConfig(config);
    QObject::connect(&rig.connection, &PrinterConnection::messageReceived, rig.model,
        [&rig](const QByteArray &payload) { rig.model->ingest(payload); });

    rig.client = new SpoolmanClient(&rig.network, &rig.network);
    SpoolmanConfig spoolman;
    spoolman.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(rig.proxy.port()));
    rig.client->setConfig(spoolman);
    if (!rig.links.open(rig.dir.path() + QStringLiteral("/slot-links.json")))
        fail(QStringLiteral("cannot open the link store"));
    if (websocket) {
        // As the app wires it: one feed for everything, the spool cache and the catalog on it.
        rig.events = new SpoolmanEvents(&rig.network);
        rig.events->setConfig(spoolman);
        rig.events->setPath(QStringLiteral("/"));
        rig.cache = new SpoolCache(rig.client, rig.events, &rig.network);
        rig.catalog = new CatalogCache(rig.client, rig.events, &rig.network);
        rig.events->start();
        if (!waitFor([&] { return rig.events->isConnected(); }, 30000))
            fail(QStringLiteral("the websocket did not connect: %1").arg(rig.events->lastError()));
    }
    rig.engine = new SyncEngine(rig.model, {rig.client, &rig.links, rig.cache, nullptr, rig.catalog}, rig.model);
    rig.engine->setPrinterName(QStringLiteral("Bench X1C"));
    EngineSettings settings;
    settings.debounceMs = debounceMs;
    rig.engine->setSettings(settings);
    QObject::connect(rig.engine, &SyncEngine::syncFinished, rig.engine, [&rig](const SyncResult &result) {
        ++rig.syncsFinished;
        rig.lastResult = result;
    });
    rig.connection.start();
    // Connected, the full report merged, and the first automatic sync of the fixture's slots done.
    if (!waitFor([&] { return rig.syncsFinished > 0 && !rig.engine->isSyncing(); }, 120000))
        fail(QStringLiteral("no first sync within 120 s"));
    // Let it settle (follow-up syncs of the initial report).
    int before = -1;
    while (before != rig.syncsFinished) {
        before = rig.syncsFinished;
        sleepEvents(1500);
    }
}

// Applies one change through the simulator and waits for the sync it causes.
SyncResult changeAndSync(Rig &rig, const std::function<void()> &change, double *elapsedMs = nullptr)
{
    const int before = rig.syncsFinished;
    const qint64 start = rig.clock.nsecsElapsed();
    change();
    if (!waitFor([&] { return rig.syncsFinished > before && !rig.engine->isSyncing(); }, 30000))
        fail(QStringLiteral("a change caused no sync within 30 s"));
    if (elapsedMs)
        *elapsedMs = double(rig.clock.nsecsElapsed() - start) / 1e6;
    return rig.lastResult;
}

int runLatency(const QString &url, int spools, int debounceMs, bool websocket)
{
    Rig rig;
    buildRig(rig, url, 0, debounceMs, websocket);
    const int warmup = 3;
    std::vector<double> latencies;
    std::vector<double> serverTimes;
    int verified = 0;
    for (int i = 0; i < warmup + spools; ++i) {
        changeAndSync(rig, [&] { rig.printer.removeSpool(0, 0); });
        const QString tag = randomTag();
        const QString color = QStringLiteral("%1FF")
                                  .arg(QRandomGenerator::global()->bounded(0x1000000), 6, 16, QLatin1Char('0'))
                                  .toUpper();
        const auto before = rig.proxy.counters();
        double ms = 0;
        const SyncResult result = changeAndSync(
            rig, [&] { rig.printer.insertSpool(0, 0, QStringLiteral("PLA"), color, tag, 100); }, &ms);
        if (result.created.isEmpty() || !result.errors.isEmpty())
            fail(QStringLiteral("spool %1 was not created: %2").arg(i).arg(result.errors.join(QStringLiteral("; "))));
        if (i < warmup)
            continue;
        latencies.push_back(ms);
        serverTimes.push_back(rig.proxy.since(before).serverMs);
        // The spool exists with its tag and a location (checked before the slot is emptied again,
        // which clears the location the engine wrote).
        bool done = false;
        rig.client->findSpoolsByTag(tag, &rig.network, [&](const SpoolmanResult<QList<Spool>> &found) {
            done = true;
            if (found.ok() && found.payload.size() == 1 && found.payload.first().location.has_value()
                && !found.payload.first().location->isEmpty())
                ++verified;
        });
        waitFor([&] { return done; }, 10000);
    }
    std::vector<double> engineTimes;
    for (size_t i = 0; i < latencies.size(); ++i)
        engineTimes.push_back(latencies[i] - serverTimes[i]);
    const QJsonObject out {{QStringLiteral("mode"), QStringLiteral("latency")}, {QStringLiteral("spools"), spools},
        {QStringLiteral("websocket"), websocket}, {QStringLiteral("verified"), verified},
        {QStringLiteral("debounce_ms"), debounceMs}, {QStringLiteral("spoolman"), rig.upstream.toString()},
        {QStringLiteral("latency_ms"),
            QJsonObject {{QStringLiteral("median"), percentile(latencies, 0.5)},
                {QStringLiteral("p95"), percentile(latencies, 0.95)},
                {QStringLiteral("max"), percentile(latencies, 1.0)}}},
        {QStringLiteral("server_ms"),
            QJsonObject {{QStringLiteral("median"), percentile(serverTimes, 0.5)},
                {QStringLiteral("p95"), percentile(serverTimes, 0.95)}}},
        {QStringLiteral("without_server_ms"),
            QJsonObject {{QStringLiteral("median"), percentile(engineTimes, 0.5)},
                {QStringLiteral("p95"), percentile(engineTimes, 0.95)}}}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return verified == spools ? 0 : 1;
}

// Tags of a few spools already in Spoolman (fetched directly, not through the proxy).
QStringList knownTags(Rig &rig, int count)
{
    QNetworkAccessManager direct;
    QUrl url = rig.upstream;
    url.setPath(QStringLiteral("/api/v1/spool"));
    url.setQuery(QStringLiteral("limit=%1&offset=500").arg(count));
    QNetworkReply *reply = direct.get(QNetworkRequest(url));
    waitFor([&] { return reply->isFinished(); }, 30000);
    QStringList tags;
    for (const QJsonValue &value : QJsonDocument::fromJson(reply->readAll()).array()) {
        const QString raw
            = value.toObject().value(QStringLiteral("extra")).toObject().value(QStringLiteral("tag")).toString();
        const QString tag = QJsonDocument::fromJson("[" + raw.toUtf8() + "]").array().first().toString();
        if (!tag.isEmpty())
            tags << tag.toUpper();
    }
    reply->deleteLater();
    return tags;
}

int runTraffic(const QString &url, int seed, int changes, int idleSeconds, bool websocket, const QString &color)
{
    Rig rig;
    buildRig(rig, url, seed, 1500, websocket); // the default debounce, as users run it
    const QStringList known = knownTags(rig, changes);
    if (known.size() < changes)
        fail(QStringLiteral("the server has fewer than %1 tagged spools (seed it: --seed)").arg(changes));

    Bench::CountingProxy::Counters created;
    Bench::CountingProxy::Counters inserted;
    Bench::CountingProxy::Counters removed;
    auto add = [](Bench::CountingProxy::Counters &sum, const Bench::CountingProxy::Counters &delta) {
        sum.requests += delta.requests;
        sum.bytesUp += delta.bytesUp;
        sum.bytesDown += delta.bytesDown;
        sum.requestLines += delta.requestLines;
    };
    QJsonArray createdEach; // per creation: the first one also makes the filament
    for (int i = 0; i < changes; ++i) {
        auto before = rig.proxy.counters();
        changeAndSync(rig, [&] { rig.printer.removeSpool(0, 1); });
        add(removed, rig.proxy.since(before));
        before = rig.proxy.counters();
        const SyncResult createdResult = changeAndSync(rig, [&] {
            rig.printer.insertSpool(0, 1, QStringLiteral("PLA"), color + QStringLiteral("FF"), randomTag(), 100);
        });
        if (createdResult.created.isEmpty())
            fail(QStringLiteral("the new spool was not created: %1")
                     .arg(createdResult.errors.join(QStringLiteral("; "))));
        const auto made = rig.proxy.since(before);
        add(created, made);
        createdEach.append(QJsonObject {{QStringLiteral("requests"), double(made.requests)},
            {QStringLiteral("bytes"), double(made.bytesUp + made.bytesDown)},
            {QStringLiteral("requests_seen"), QJsonArray::fromStringList(made.requestLines)}});
        changeAndSync(rig, [&] { rig.printer.removeSpool(0, 1); });
        before = rig.proxy.counters();
        const SyncResult linked = changeAndSync(rig,
            [&] { rig.printer.insertSpool(0, 1, QStringLiteral("PLA"), QStringLiteral("000000FF"), known.at(i), 80); });
        if (!linked.errors.isEmpty() || !linked.created.isEmpty())
            fail(QStringLiteral("the known spool was not simply linked: %1")
                     .arg(linked.errors.join(QStringLiteral("; "))));
        add(inserted, rig.proxy.since(before));
    }
    // Idle: the printer keeps sending its periodic deltas, the AMS does not change.
    const auto idleBefore = rig.proxy.counters();
    const int messagesBefore = rig.syncsFinished;
    sleepEvents(idleSeconds * 1000);
    const auto idle = rig.proxy.since(idleBefore);
    const QJsonObject out {{QStringLiteral("mode"), QStringLiteral("traffic")}, {QStringLiteral("seed"), seed},
        {QStringLiteral("websocket"), websocket}, {QStringLiteral("changes"), changes},
        {QStringLiteral("color"), color}, {QStringLiteral("spoolman"), rig.upstream.toString()},
        {QStringLiteral("new_spool_created"), countersJson(created, changes)},
        {QStringLiteral("new_spool_created_each"), createdEach},
        {QStringLiteral("known_spool_inserted"), countersJson(inserted, changes)},
        {QStringLiteral("spool_removed"), countersJson(removed, changes)},
        {QStringLiteral("idle"),
            QJsonObject {{QStringLiteral("seconds"), idleSeconds}, {QStringLiteral("requests"), double(idle.requests)},
                {QStringLiteral("bytes"), double(idle.bytesUp + idle.bytesDown)},
                {QStringLiteral("syncs"), rig.syncsFinished - messagesBefore},
                {QStringLiteral("requests_per_hour"), double(idle.requests) * 3600.0 / idleSeconds},
                {QStringLiteral("bytes_per_hour"), double(idle.bytesUp + idle.bytesDown) * 3600.0 / idleSeconds}}}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, const QString &fallback) {
        const int index = args.indexOf(name);
        return index > 0 && index + 1 < args.size() ? args.at(index + 1) : fallback;
    };
    const QString mode = args.value(1);
    const QString url = option(QStringLiteral("--spoolman"), QString());
    const bool websocket = args.contains(QStringLiteral("--websocket"));
    if (mode == QLatin1String("latency"))
        return runLatency(url, option(QStringLiteral("--spools"), QStringLiteral("60")).toInt(),
            option(QStringLiteral("--debounce-ms"), QStringLiteral("0")).toInt(), websocket);
    if (mode == QLatin1String("traffic"))
        return runTraffic(url, option(QStringLiteral("--seed"), QStringLiteral("10000")).toInt(),
            std::max(1, option(QStringLiteral("--changes"), QStringLiteral("5")).toInt()),
            option(QStringLiteral("--idle-seconds"), QStringLiteral("120")).toInt(), websocket,
            option(QStringLiteral("--color"), QStringLiteral("123456")).toUpper());
    std::fprintf(stderr,
        "usage: %s latency [--spools N] [--debounce-ms MS] [--spoolman URL] [--websocket]\n"
        "       %s traffic [--seed N] [--changes N] [--idle-seconds S] [--spoolman URL] [--websocket] [--color "
        "RRGGBB]\n",
        argv[0], argv[0]);
    return 2;
}
