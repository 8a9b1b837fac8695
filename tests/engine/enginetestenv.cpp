#include "enginetestenv.h"

#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

namespace Spoolbridge::Test {

namespace {

template<class T> T await(const std::function<void(SpoolmanClient::Callback<T>)> &call, const char *what)
{
    std::optional<SpoolmanResult<T>> result;
    call([&result](const SpoolmanResult<T> &r) { result = r; });
    if (!waitUntil([&]() { return result.has_value(); }, 10000))
        FAIL("no answer for " << what);
    if (!result->ok())
        FAIL(what << " failed: " << result->message.toStdString());
    return result->payload;
}

} // namespace

EngineEnv::EngineEnv()
{
    m_dir = makeTempDir(QStringLiteral("engine"));
    m_port = freeTcpPort();
    startStandin();
    m_client = std::make_unique<SpoolmanClient>(&m_network);
    SpoolmanConfig config;
    config.baseUrl = m_standin->baseUrl();
    config.timeoutMs = 3000;
    m_client->setConfig(config);
    REQUIRE(m_links.open(m_dir + QStringLiteral("/slot-links.json")));
}

EngineEnv::~EngineEnv() = default;

void EngineEnv::startStandin()
{
    m_standin = std::make_unique<SpoolmanStandin>();
    m_standin->setDatabasePath(databasePath());
    QObject::connect(
        m_standin.get(), &SpoolmanStandin::requestServed, [this](const QByteArray &method, const QString &path, int) {
            m_requests << QString::fromLatin1(method) + u' ' + path;
        });
    if (!m_standin->listen(QHostAddress(QHostAddress::LocalHost), m_port))
        FAIL("stand-in did not start: " << m_standin->errorString().toStdString());
}

void EngineEnv::stopStandin()
{
    m_standin->close();
    m_standin.reset();
}

std::unique_ptr<PrinterModel> EngineEnv::printer(const QString &fixture, const QString &serial)
{
    auto model = std::make_unique<PrinterModel>(serial);
    const PrinterModel::IngestStatus status = model->ingest(fixtureObject(fixture));
    REQUIRE(status.ok);
    return model;
}

EngineSettings EngineEnv::manualSettings()
{
    EngineSettings settings;
    settings.mode = SyncMode::Manual;
    settings.debounceMs = 0;
    settings.manualLinkGraceMs = 0; // a manual link ends when its slot empties (links_test: the grace)
    settings.retryInitialMs = 200;
    settings.retryMaxMs = 400;
    return settings;
}

std::unique_ptr<SyncEngine> EngineEnv::engine(PrinterModel *printer, EngineSettings settings)
{
    SyncEngine::Services services;
    services.client = m_client.get();
    services.links = &m_links;
    services.registry = &m_registry;
    auto engine = std::make_unique<SyncEngine>(printer, services);
    engine->setPrinterName(QStringLiteral("Printer ") + printer->serial().right(2));
    engine->setSettings(settings);
    return engine;
}

SyncResult EngineEnv::sync(SyncEngine &engine)
{
    std::optional<SyncResult> result;
    const QMetaObject::Connection connection
        = QObject::connect(&engine, &SyncEngine::syncFinished, [&result](const SyncResult &r) { result = r; });
    engine.syncNow();
    const bool done = waitUntil([&]() { return result.has_value(); }, 15000);
    QObject::disconnect(connection);
    if (!done)
        FAIL("the sync did not finish");
    return *result;
}

SyncResult EngineEnv::nextResult(SyncEngine &engine, int timeoutMs)
{
    return resultOf(
        engine, []() {}, timeoutMs);
}

SyncResult EngineEnv::resultOf(SyncEngine &engine, const std::function<void()> &trigger, int timeoutMs)
{
    std::optional<SyncResult> result;
    const QMetaObject::Connection connection
        = QObject::connect(&engine, &SyncEngine::syncFinished, [&result](const SyncResult &r) { result = r; });
    trigger();
    const bool done = waitUntil([&]() { return result.has_value(); }, timeoutMs);
    QObject::disconnect(connection);
    if (!done)
        FAIL("no sync finished");
    return *result;
}

QList<Spool> EngineEnv::spools(bool archived)
{
    SpoolQuery query;
    query.allowArchived = archived;
    return await<QList<Spool>>([&](auto done) { m_client->listSpools(query, nullptr, done); }, "GET /spool");
}

QList<Spool> EngineEnv::spoolsWithTag(const QString &tag)
{
    QList<Spool> result;
    const QList<Spool> all = spools(true);
    for (const Spool &spool : all) {
        if (spool.tag().value_or(QString()).compare(tag, Qt::CaseInsensitive) == 0)
            result.append(spool);
    }
    return result;
}

std::optional<Spool> EngineEnv::spool(int id)
{
    const QList<Spool> all = spools(true);
    for (const Spool &spool : all) {
        if (spool.id == id)
            return spool;
    }
    return std::nullopt;
}

QList<Vendor> EngineEnv::vendors()
{
    return await<QList<Vendor>>([&](auto done) { m_client->listVendors({}, nullptr, done); }, "GET /vendor");
}

QList<Filament> EngineEnv::filaments()
{
    return await<QList<Filament>>([&](auto done) { m_client->listFilaments({}, nullptr, done); }, "GET /filament");
}

Spool EngineEnv::createSpool(const QJsonObject &body)
{
    return await<Spool>([&](auto done) { m_client->createSpool(body, nullptr, done); }, "POST /spool");
}

Spool EngineEnv::patchSpool(int id, const QJsonObject &changes)
{
    return await<Spool>([&](auto done) { m_client->patchSpool(id, changes, nullptr, done); }, "PATCH /spool");
}

int EngineEnv::createVendor(const QString &name)
{
    Vendor vendor;
    vendor.name = name;
    return await<Vendor>([&](auto done) { m_client->createVendor(vendor, nullptr, done); }, "POST /vendor").id;
}

Filament EngineEnv::createFilament(const QString &name, const QString &material, const QString &color, int vendorId)
{
    Filament filament;
    filament.name = name;
    filament.material = material;
    filament.colorHex = color;
    filament.density = 1.24;
    filament.diameter = 1.75;
    filament.weight = 1000;
    if (vendorId > 0)
        filament.vendorId = vendorId;
    return await<Filament>([&](auto done) { m_client->createFilament(filament, nullptr, done); }, "POST /filament");
}

void EngineEnv::registerTagField()
{
    await<QList<ExtraField>>(
        [&](auto done) { m_client->ensureExtraFields(requiredExtraFields(), nullptr, done); }, "POST /field/spool/tag");
}

QStringList EngineEnv::takeRequests()
{
    QStringList requests = m_requests;
    m_requests.clear();
    return requests;
}

QJsonObject trayDelta(const PrinterModel &model, int unit, int slot, const QJsonObject &tray)
{
    const JsonNode *bitsNode = model.merger().print().find("ams");
    qulonglong bits = 0;
    if (bitsNode) {
        if (const JsonNode *exist = bitsNode->find("tray_exist_bits"))
            bits = exist->toHex().value_or(0);
    }
    const int bit = unit >= 128 ? 16 + (unit - 128) : unit * 4 + slot;
    if (tray.value(QLatin1String("tray_type")).toString().isEmpty())
        bits &= ~(1ULL << bit);
    else
        bits |= 1ULL << bit;
    const QJsonObject unitObject {
        {QStringLiteral("id"), QString::number(unit)}, {QStringLiteral("tray"), QJsonArray {tray}}};
    return QJsonObject {{QStringLiteral("print"),
        QJsonObject {{QStringLiteral("command"), QStringLiteral("push_status")}, {QStringLiteral("msg"), 1},
            {QStringLiteral("ams"),
                QJsonObject {{QStringLiteral("ams"), QJsonArray {unitObject}},
                    {QStringLiteral("tray_exist_bits"), QString::number(bits, 16)}}}}}};
}

QJsonObject rfidTray(
    int slot, const QString &type, const QString &profile, const QString &color, const QString &uuid, int remain)
{
    return QJsonObject {{QStringLiteral("id"), QString::number(slot)}, {QStringLiteral("state"), 11},
        {QStringLiteral("tray_type"), type}, {QStringLiteral("tray_sub_brands"), profile},
        {QStringLiteral("tray_color"), color}, {QStringLiteral("tray_weight"), QStringLiteral("1000")},
        {QStringLiteral("tray_diameter"), QStringLiteral("1.75")}, {QStringLiteral("remain"), remain},
        {QStringLiteral("tray_uuid"), uuid}, {QStringLiteral("tag_uid"), uuid.left(16)}};
}

QJsonObject thirdPartyTray(int slot, const QString &type, const QString &color)
{
    return QJsonObject {{QStringLiteral("id"), QString::number(slot)}, {QStringLiteral("state"), 11},
        {QStringLiteral("tray_type"), type}, {QStringLiteral("tray_sub_brands"), QString()},
        {QStringLiteral("tray_color"), color}, {QStringLiteral("tray_weight"), QStringLiteral("0")},
        {QStringLiteral("remain"), -1}, {QStringLiteral("tray_uuid"), QString(32, u'0')},
        {QStringLiteral("tag_uid"), QString(16, u'0')}};
}

QJsonObject emptyTray(int slot)
{
    return QJsonObject {{QStringLiteral("id"), QString::number(slot)}, {QStringLiteral("state"), 9},
        {QStringLiteral("tray_type"), QString()}, {QStringLiteral("tray_sub_brands"), QString()},
        {QStringLiteral("tray_color"), QStringLiteral("00000000")}, {QStringLiteral("remain"), -1},
        {QStringLiteral("tray_uuid"), QString(32, u'0')}, {QStringLiteral("tag_uid"), QString(16, u'0')}};
}

} // namespace Spoolbridge::Test
