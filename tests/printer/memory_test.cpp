// The per-thread caches behind ingest: NodeAllocator (container blocks reused across trees and
// threads) and SlotReader's text cache (slot texts and RFID ids shared across reports). Both must
// be invisible: every value reads back exactly, whatever was cached or evicted before.
#include "printertestutil.h"

#include "core/printer/jsonparser.h"

#include <QJsonObject>

#include <thread>

using namespace Spoolbridge;
using namespace Spoolbridge::Test;

namespace {

QString hex(quint64 value, int width)
{
    return QStringLiteral("%1").arg(value, width, 16, QLatin1Char('0'));
}

// One AMS unit with four trays; each round has its own texts (the tray id names repeat every 75).
QByteArray report(int round, const QString &longName)
{
    QString trays;
    for (int slot = 0; slot < 4; ++slot) {
        const int n = round * 4 + slot;
        if (slot)
            trays += QLatin1Char(',');
        // tray_type and tray_color carry the same hex text: the cache must tell the conversions
        // apart (material as is, colour upper case with alpha).
        const QString text = hex(quint64(0xa00000 + n), 6);
        trays += QStringLiteral(R"({"id":"%1","tray_type":"%2","tray_sub_brands":"%3","tray_color":"%2",)"
                                R"("tray_uuid":"%4","tray_id_name":"%5"})")
                     .arg(slot)
                     .arg(text, slot == 3 ? longName : QStringLiteral("Brand %1").arg(n),
                         hex(quint64(n) * 7919U + 1, 32), QStringLiteral("id-%1").arg(n % 300));
    }
    return QStringLiteral(R"({"print":{"command":"push_status","msg":0,"ams":{"ams":[{"id":"0","tray":[%1]}]}}})")
        .arg(trays)
        .toUtf8();
}

} // namespace

TEST_CASE("slot texts: distinct, repeated and evicted texts read back exactly", "[printer][memory]")
{
    const QString longName = QString(80, QLatin1Char('x')); // over the cache's length limit
    // More distinct texts than the cache holds, then the early ones again (evicted by then), on
    // fresh models and on one long-lived model.
    PrinterModel lasting(QStringLiteral("LASTING"));
    const int rounds = 200;
    for (int pass = 0; pass < 2; ++pass) {
        for (int round = 0; round < rounds; round += pass ? 7 : 1) {
            const QByteArray bytes = report(round, longName);
            PrinterModel fresh(QStringLiteral("FRESH"));
            for (PrinterModel *model : {&fresh, &lasting}) {
                const PrinterModel::IngestStatus status = model->ingest(bytes);
                REQUIRE(status.ok);
                REQUIRE(model->state().units.size() == 1);
                const QList<Slot> &trays = model->state().units.first().trays;
                REQUIRE(trays.size() == 4);
                for (int slot = 0; slot < 4; ++slot) {
                    const int n = round * 4 + slot;
                    const QString text = hex(quint64(0xa00000 + n), 6);
                    INFO("round " << round << " slot " << slot);
                    CHECK(str(trays[slot].material) == str(text));
                    CHECK(str(trays[slot].color) == str(text.toUpper() + QStringLiteral("FF")));
                    CHECK(str(trays[slot].profile) == str(slot == 3 ? longName : QStringLiteral("Brand %1").arg(n)));
                    CHECK(str(trays[slot].trayUuid) == str(hex(quint64(n) * 7919U + 1, 32).toUpper()));
                    CHECK(str(trays[slot].trayIdName) == str(QStringLiteral("id-%1").arg(n % 300)));
                }
            }
        }
    }
}

TEST_CASE("node memory: trees built, moved and freed on different threads stay intact", "[printer][memory]")
{
    const QByteArray bytes = readFixture(QStringLiteral("x1c-pushall-2ams-ams2pro-amsht.json"));
    const QJsonObject expected = QJsonDocument::fromJson(bytes).object();
    auto parse = [&bytes](JsonNode &out) {
        QString error;
        qsizetype offset = 0;
        return JsonParser::parse(bytes.constData(), bytes.constData() + bytes.size(), out, &error, &offset);
    };
    // Trees parsed on a worker thread are freed here (blocks land in this thread's cache), then
    // trees parsed here reuse them; the worker's own cache is released when it ends.
    std::vector<JsonNode> trees(6);
    bool workerOk = true;
    std::thread worker([&] {
        for (JsonNode &tree : trees)
            workerOk = workerOk && parse(tree);
    });
    worker.join();
    REQUIRE(workerOk);
    for (const JsonNode &tree : trees)
        CHECK(tree.toJsonValue().toObject() == expected);
    trees.clear();
    for (int round = 0; round < 4; ++round) {
        JsonNode tree;
        REQUIRE(parse(tree));
        JsonNode moved = std::move(tree);
        CHECK(moved.toJsonValue().toObject() == expected);
        JsonNode copy = moved;
        CHECK(copy == moved);
    }
}
