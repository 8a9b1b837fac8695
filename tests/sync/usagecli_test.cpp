#include "ledgertestutil.h"
#include "threemfbuilder.h"

#include "core/cli/commandtable.h"
#include "core/sync/usageledger.h"
#include "support/clirun.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Spoolbridge;

namespace {

using Captured = Test::CliResult;

// `spoolbridge-cli usage <args…>`.
Captured cli(const QStringList &args)
{
    return Test::runCli(QStringList {QStringLiteral("usage")} + args);
}

} // namespace

TEST_CASE("cli usage: lists, undoes and discards ledger entries, shows a 3MF's plates")
{
    const QString dir = Test::makeTempDir(QStringLiteral("usage-cli"));
    qint64 pending = 0;
    qint64 parked = 0;
    {
        UsageLedger ledger;
        REQUIRE(ledger.open(dir));
        const auto recorded = ledger.record({Test::charge(QStringLiteral("job-1"), 0, QStringLiteral("AAAA"), 4, 17.32),
            Test::charge(QStringLiteral("job-1"), -1, QString(), 0, 5.82)});
        REQUIRE(recorded.added.size() == 2);
        pending = recorded.added.at(0);
        parked = recorded.added.at(1);
    }
    const QStringList dirOption {QStringLiteral("--ledger-dir"), dir};

    Captured list = cli(QStringList {QStringLiteral("list")} + dirOption);
    REQUIRE(list.code == 0);
    const QJsonArray entries = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(1).toObject().value(QLatin1String("grams")).toDouble() == 17.32);
    CHECK(entries.at(1).toObject().value(QLatin1String("state")).toString() == QLatin1String("pending"));
    CHECK(entries.at(0).toObject().value(QLatin1String("state")).toString() == QLatin1String("attention"));

    const Captured attention
        = cli(QStringList {QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("attention")} + dirOption);
    CHECK(QJsonDocument::fromJson(attention.out.toUtf8()).array().size() == 1);

    const Captured undo = cli(QStringList {QStringLiteral("undo"), QString::number(pending)} + dirOption);
    CHECK(undo.code == 0);
    CHECK(undo.out.contains(QLatin1String("cancelled before it reached Spoolman")));
    const Captured again = cli(QStringList {QStringLiteral("undo"), QString::number(pending)} + dirOption);
    CHECK(again.code == 1);
    CHECK(again.err.contains(QLatin1String("already undone")));

    CHECK(cli(QStringList {QStringLiteral("discard"), QString::number(parked)} + dirOption).code == 0);
    list
        = cli(QStringList {QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("discarded")} + dirOption);
    CHECK(QJsonDocument::fromJson(list.out.toUtf8()).array().size() == 1);

    const Captured bad = cli(QStringList {QStringLiteral("undo"), QStringLiteral("x")} + dirOption);
    CHECK(bad.code == 2);
    CHECK(bad.err.contains(QLatin1String("needs one entry id")));

    const Captured badState
        = cli(QStringList {QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("lost")} + dirOption);
    CHECK(badState.code == 2);
    CHECK(badState.err.contains(QLatin1String("unknown state \"lost\"")));
    CHECK(cli(QStringList {QStringLiteral("resolve"), QString::number(parked)} + dirOption).code == 2);
    CHECK(cli(QStringList {QStringLiteral("forget"), QStringLiteral("1")} + dirOption).code == 2);

    // --table prints the same entries for people: the discarded entry and the undone one.
    const Captured table = cli(QStringList {QStringLiteral("list"), QStringLiteral("--table")} + dirOption);
    REQUIRE(table.code == 0);
    CHECK(table.out.startsWith(QLatin1String("    ID  STATE")));
    CHECK(table.out.contains(QLatin1String("discarded")));
    CHECK(table.out.contains(QLatin1String("undone")));
    CHECK(table.out.contains(QLatin1String("17.32")));

    const QString file = QDir(dir).filePath(QStringLiteral("Cube.3mf"));
    REQUIRE(Test::writeSample3mf(file));
    const Captured plates = cli({QStringLiteral("plates"), file});
    REQUIRE(plates.code == 0);
    const QJsonArray platesJson = QJsonDocument::fromJson(plates.out.toUtf8()).array();
    REQUIRE(platesJson.size() == 2);
    CHECK(platesJson.at(1)
              .toObject()
              .value(QLatin1String("filaments"))
              .toArray()
              .at(1)
              .toObject()
              .value(QLatin1String("used_g"))
              .toDouble()
        == 23.28);
    const Captured notZip = cli({QStringLiteral("plates"), QDir(dir).filePath(QStringLiteral("usage-ledger.sqlite"))});
    CHECK(notZip.code == 1);
    CHECK(notZip.err.contains(QLatin1String("is not a 3MF project")));
}
