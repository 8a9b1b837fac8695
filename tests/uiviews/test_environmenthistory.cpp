#include "core/history/environmenthistory.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using namespace Spoolbridge;

namespace {

EnvironmentSample sample(const QDateTime &time, int unit, std::optional<double> humidity, std::optional<double> temp)
{
    EnvironmentSample s;
    s.time = time;
    s.printerId = QStringLiteral("x1c");
    s.unitId = unit;
    s.humidityPercent = humidity;
    s.temperatureC = temp;
    return s;
}

const QDateTime kBase(QDate(2026, 11, 20), QTime(10, 0, 0), Qt::UTC);

} // namespace

TEST_CASE("environment history: at most one sample per unit and minute")
{
    EnvironmentHistory history;
    const QString path = Test::makeTempDir(QStringLiteral("envhistory")) + QStringLiteral("/env.sqlite");
    QString error;
    REQUIRE(history.open(path, &error));
    QSignalSpy recorded(&history, &EnvironmentHistory::sampleRecorded);

    CHECK(history.record(sample(kBase.addSecs(5), 0, 21, 24.5)));
    CHECK_FALSE(history.record(sample(kBase.addSecs(30), 0, 22, 24.6))); // same minute
    CHECK_FALSE(history.record(sample(kBase.addSecs(59), 0, 23, 24.7)));
    CHECK(history.record(sample(kBase.addSecs(30), 1, 40, std::nullopt))); // another unit
    CHECK(history.record(sample(kBase.addSecs(60), 0, 25, 25.0))); // next minute
    CHECK_FALSE(history.record(sample(kBase.addSecs(120), 0, std::nullopt, std::nullopt))); // nothing to store
    CHECK(recorded.count() == 3);

    const QList<EnvironmentSample> unit0 = history.samples(QStringLiteral("x1c"), 0);
    REQUIRE(unit0.size() == 2);
    CHECK(*unit0.at(0).humidityPercent == 21); // the first of the minute wins
    CHECK(unit0.at(0).time == kBase.addSecs(5));
    CHECK(*unit0.at(1).temperatureC == 25.0);
    const QList<EnvironmentSample> unit1 = history.samples(QStringLiteral("x1c"), 1);
    REQUIRE(unit1.size() == 1);
    CHECK_FALSE(unit1.at(0).temperatureC.has_value());
    CHECK(history.units(QStringLiteral("x1c")) == QList<int> {0, 1});
    CHECK(history.samples(QStringLiteral("x1c"), 0, kBase.addSecs(60), kBase.addSecs(61)).size() == 1);

    // The rule survives a restart (the database enforces it, not only memory).
    history.close();
    EnvironmentHistory reopened;
    REQUIRE(reopened.open(path, &error));
    CHECK_FALSE(reopened.record(sample(kBase.addSecs(90), 0, 30, 26)));
    CHECK(reopened.count() == 3);
}

TEST_CASE("environment history: keeps a week, prunes older samples")
{
    EnvironmentHistory history;
    REQUIRE(history.open(QStringLiteral(":memory:")));
    history.setRetentionSeconds(3600); // below the minimum: raised to a week
    CHECK(history.retentionSeconds() == EnvironmentHistory::kMinimumRetentionS);
    history.setRetentionSeconds(EnvironmentHistory::kDefaultRetentionS);
    for (int day = 0; day < 8; ++day)
        REQUIRE(history.record(sample(kBase.addDays(day), 0, 20 + day, 25)));
    CHECK(history.count() == 8);
    // Recording prunes by itself (at most hourly): the 9th and 10th day push out days 0 and 1.
    REQUIRE(history.record(sample(kBase.addDays(8).addSecs(60), 0, 30, 25)));
    REQUIRE(history.record(sample(kBase.addDays(9).addSecs(60), 0, 31, 25)));
    const QList<EnvironmentSample> left = history.samples(QStringLiteral("x1c"), 0);
    REQUIRE(left.size() == 8);
    CHECK(left.first().time == kBase.addDays(2));
    // An explicit prune a day later removes the next oldest; the last 7 days always stay.
    const QDateTime now = kBase.addDays(10).addSecs(120);
    CHECK(history.prune(now) == 1);
    CHECK(history.samples(QStringLiteral("x1c"), 0).first().time == kBase.addDays(3));
    CHECK(history.count() == 7);
}

TEST_CASE("environment history: records the AMS units of a printer state")
{
    EnvironmentHistory history;
    REQUIRE(history.open(QStringLiteral(":memory:")));
    PrinterState state;
    AmsUnit a;
    a.id = 0;
    a.humidityPercent = 18;
    a.temperatureC = 26.5;
    AmsUnit lite; // AMS Lite: no sensors
    lite.id = 1;
    state.units = {a, lite};
    CHECK(history.recordState(QStringLiteral("x1c"), state, kBase) == 1);
    CHECK(history.recordState(QStringLiteral("x1c"), state, kBase.addSecs(10)) == 0);
    CHECK(history.units(QStringLiteral("x1c")) == QList<int> {0});
}

TEST_CASE("environment history: an unusable path gives a readable error")
{
    EnvironmentHistory history;
    QString error;
    CHECK_FALSE(history.open(QStringLiteral("/proc/no-such-dir/env.sqlite"), &error));
    CHECK(error.contains(QStringLiteral("cannot be opened")));
    CHECK_FALSE(history.isOpen());
    CHECK_FALSE(history.record(sample(kBase, 0, 20, 20)));
}
