// Fine-grained change signals.
#include "printertestutil.h"

#include <QSignalSpy>

using namespace Spoolbridge;
using namespace Spoolbridge::Test;

namespace {

QList<QPair<int, int>> pairs(const QSignalSpy &spy)
{
    QList<QPair<int, int>> result;
    for (const QList<QVariant> &args : spy)
        result.append({args.at(0).toInt(), args.at(1).toInt()});
    return result;
}

} // namespace

TEST_CASE("signals: a full report announces units and present slots", "[printer][signals]")
{
    PrinterModel model;
    QSignalSpy added(&model, &PrinterModel::unitAdded);
    QSignalSpy inserted(&model, &PrinterModel::slotInserted);
    QSignalSpy changed(&model, &PrinterModel::stateChanged);
    ingestFixture(model, QStringLiteral("h2d-pushall-ams-amsht-printing.json"));
    CHECK(added.size() == 2);
    CHECK(added.at(0).at(0).toInt() == 0);
    CHECK(added.at(1).at(0).toInt() == 128);
    CHECK(pairs(inserted) == QList<QPair<int, int>>({{0, 0}, {0, 1}, {0, 2}, {0, 3}, {128, 0}}));
    CHECK(changed.size() == 1);

    // The same report again changes nothing.
    ingestFixture(model, QStringLiteral("h2d-pushall-ams-amsht-printing.json"));
    CHECK(changed.size() == 1);
    CHECK(inserted.size() == 5);
}

TEST_CASE("signals: insert, remove and change of one slot", "[printer][signals]")
{
    PrinterModel model;
    ingestFixture(model, QStringLiteral("x1c-pushall-2ams-ams2pro-amsht.json"));
    QSignalSpy inserted(&model, &PrinterModel::slotInserted);
    QSignalSpy removed(&model, &PrinterModel::slotRemoved);
    QSignalSpy slotChanged(&model, &PrinterModel::slotChanged);
    QSignalSpy unitChanged(&model, &PrinterModel::unitChanged);
    QSignalSpy active(&model, &PrinterModel::activeSlotChanged);
    QSignalSpy state(&model, &PrinterModel::stateChanged);

    // Remain of unit 1 slot 0 drops: one slotChanged.
    REQUIRE(model.ingest(QByteArray(R"({"print":{"ams":{"ams":[{"id":"1","tray":[{"id":"0","remain":20}]}]}}})")).ok);
    CHECK(pairs(slotChanged) == QList<QPair<int, int>>({{1, 0}}));
    CHECK(inserted.isEmpty());
    CHECK(removed.isEmpty());
    CHECK(unitChanged.isEmpty());
    CHECK(state.size() == 1);

    // Spool taken out of unit 0 slot 3.
    REQUIRE(model.ingest(QByteArray(R"({"print":{"ams":{"tray_exist_bits":"10ef7"}}})")).ok);
    CHECK(pairs(removed) == QList<QPair<int, int>>({{0, 3}}));
    CHECK(slotChanged.size() == 1);

    // A new spool in the empty AMS 2 Pro slot (unit 2 slot 0).
    REQUIRE(model
                .ingest(QByteArray(R"({"print":{"ams":{"tray_exist_bits":"10ff7","ams":[{"id":"2","tray":[{"id":"0",
                    "state":11,"tray_type":"PETG","tray_color":"FF0000FF","tray_uuid":"0123456789ABCDEF0123456789ABCDEF",
                    "remain":100}]}]}}})"))
                .ok);
    CHECK(pairs(inserted) == QList<QPair<int, int>>({{2, 0}}));
    CHECK(str(model.state().slot(2, 0)->trayUuid) == "0123456789ABCDEF0123456789ABCDEF");

    // Unit-level change: humidity.
    REQUIRE(model.ingest(QByteArray(R"({"print":{"ams":{"ams":[{"id":"0","humidity_raw":"30"}]}}})")).ok);
    CHECK(unitChanged.size() == 1);
    CHECK(unitChanged.at(0).at(0).toInt() == 0);

    // Loading a slot: activeSlotChanged, not slotChanged.
    const int changesBefore = int(slotChanged.size());
    REQUIRE(model.ingest(QByteArray(R"({"print":{"ams":{"tray_now":"5"}}})")).ok);
    CHECK(active.size() == 1);
    CHECK(model.state().activeTrayRight == 5);
    CHECK(model.state().slot(1, 1)->active);
    CHECK(slotChanged.size() == changesBefore);

    // A delta that touches nothing derived: no signal at all.
    const int stateBefore = int(state.size());
    REQUIRE(model.ingest(QByteArray(R"({"print":{"wifi_signal":"-40dBm","msg":1}})")).ok);
    CHECK(state.size() == stateBefore);
}

TEST_CASE("signals: a unit unplugged and external spools", "[printer][signals]")
{
    PrinterModel model;
    ingestFixture(model, QStringLiteral("h2d-pushall-6units-extspool-active-thirdparty.json"));
    QSignalSpy unitRemoved(&model, &PrinterModel::unitRemoved);
    QSignalSpy removed(&model, &PrinterModel::slotRemoved);
    QSignalSpy inserted(&model, &PrinterModel::slotInserted);
    QSignalSpy job(&model, &PrinterModel::jobChanged);

    // HT 129 goes away (ams_exist_bits bit 5 cleared).
    REQUIRE(model.ingest(QByteArray(R"({"print":{"ams":{"ams_exist_bits":"1f"}}})")).ok);
    CHECK(unitRemoved.size() == 1);
    CHECK(unitRemoved.at(0).at(0).toInt() == 129);
    CHECK(pairs(removed) == QList<QPair<int, int>>({{129, 0}}));

    // The left external spool is cleared, then a new one is inserted.
    REQUIRE(model.ingest(QByteArray(R"({"print":{"vir_slot":[{"id":"254","tray_type":""}]}})")).ok);
    CHECK(pairs(removed).last() == QPair<int, int>(254, 0));
    REQUIRE(model.ingest(QByteArray(R"({"print":{"vir_slot":[{"id":"254","tray_type":"PETG"}]}})")).ok);
    CHECK(pairs(inserted) == QList<QPair<int, int>>({{254, 0}}));

    REQUIRE(model.ingest(QByteArray(R"({"print":{"mc_percent":59}})")).ok);
    CHECK(job.size() == 1);
    CHECK(model.state().job.progressPercent == 59);
}
