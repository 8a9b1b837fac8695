#include "core/history/environmenthistory.h"
#include "core/standin/spoolmanstandin.h"
#include "support/testsupport.h"
#include "ui/dialogs/connectiontestwidget.h"
#include "ui/dialogs/spoolmansettingspage.h"
#include "ui/views/environmentchartview.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QTest>
#include <QValueAxis>

using namespace Spoolbridge;
using namespace Spoolbridge::Ui;

namespace {

const QDateTime kNow(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC);

void fill(EnvironmentHistory &history)
{
    for (int m = 0; m < 120; ++m) {
        EnvironmentSample a;
        a.time = kNow.addSecs(-60 * m);
        a.printerId = QStringLiteral("x1c");
        a.unitId = 0;
        a.humidityPercent = 20 + m % 5;
        a.temperatureC = 25;
        history.record(a);
        EnvironmentSample b = a;
        b.unitId = 128; // AMS HT: humidity only in this sample set
        b.temperatureC.reset();
        history.record(b);
    }
    // Six days ago: only inside the week.
    EnvironmentSample old;
    old.time = kNow.addDays(-6);
    old.printerId = QStringLiteral("x1c");
    old.unitId = 0;
    old.humidityPercent = 60;
    history.record(old);
}

int pointCount(QChart *chart, const QString &nameContains)
{
    int count = 0;
    for (QAbstractSeries *s : chart->series()) {
        if (s->name().contains(nameContains))
            count += static_cast<QLineSeries *>(s)->count();
    }
    return count;
}

} // namespace

TEST_CASE("chart: humidity and temperature per unit from the history, periods and unit choice")
{
    EnvironmentHistory history;
    REQUIRE(history.open(QStringLiteral(":memory:")));
    fill(history);
    EnvironmentChartView view;
    view.setNow(kNow);
    CHECK(view.isShowingEmptyState());
    view.setHistory(&history);
    view.setPrinter(QStringLiteral("x1c"), QStringLiteral("Workshop X1C"));
    CHECK_FALSE(view.isShowingEmptyState());
    // Unit 0: humidity + temperature; unit 128: humidity only (no empty temperature series).
    CHECK(view.chart()->series().size() == 3);
    CHECK(pointCount(view.chart(), QStringLiteral("AMS A humidity")) == 120);
    CHECK(pointCount(view.chart(), QStringLiteral("AMS A temperature")) == 120);
    CHECK(pointCount(view.chart(), QStringLiteral("humidity")) == 240);
    REQUIRE(view.unitBox()->count() == 3); // all, A, HT-A
    CHECK(view.unitBox()->isEnabled());

    // The week includes the six-day-old reading.
    view.setRange(EnvironmentChartView::Range::Week);
    CHECK(pointCount(view.chart(), QStringLiteral("AMS A humidity")) == 121);
    // One unit only.
    view.unitBox()->setCurrentIndex(view.unitBox()->findData(128));
    CHECK(view.chart()->series().size() == 1);
    // Axes stay the same three objects (no duplicates piling up).
    CHECK(view.chart()->axes().size() == 3);

    // A new sample of the shown printer redraws after a short delay.
    EnvironmentSample fresh;
    fresh.time = kNow.addSecs(60);
    fresh.printerId = QStringLiteral("x1c");
    fresh.unitId = 128;
    fresh.humidityPercent = 30;
    view.setNow(kNow.addSecs(120));
    const int before = pointCount(view.chart(), QStringLiteral("humidity"));
    REQUIRE(history.record(fresh));
    REQUIRE(Test::waitUntil([&] { return pointCount(view.chart(), QStringLiteral("humidity")) == before + 1; }, 6000));

    // Another printer without data: the empty state.
    view.setPrinter(QStringLiteral("p1p"), QStringLiteral("Garage P1P"));
    CHECK(view.isShowingEmptyState());
}

TEST_CASE("settings: Test Connection against a Spoolman stand-in shows version, round trip and capabilities")
{
    SpoolmanStandin standin;
    standin.setVersion(QStringLiteral("0.22.1"));
    REQUIRE(standin.listen());
    SpoolmanSettingsPage page;
    page.show();
    page.urlEdit()->setText(standin.baseUrl().toString());
    ConnectionTestWidget *tester = page.tester();
    QTest::mouseClick(tester->testButton(), Qt::LeftButton);
    REQUIRE(Test::waitUntil([&] { return tester->lastResult().has_value(); }, 10000));
    REQUIRE(tester->lastResult()->usable);
    const QString text = tester->resultLabel()->text();
    CHECK(text.contains(QStringLiteral("Connected")));
    CHECK(text.contains(QStringLiteral("0.22.1")));
    CHECK(text.contains(QStringLiteral("Round trip")));
    // Before 0.25 there is no server-side tag filter: the page says how spools are found.
    CHECK(text.contains(QStringLiteral("reading the whole list")));
    CHECK(text.contains(QStringLiteral("spool.tag")));
    // Editing the address forgets the outcome.
    QTest::keyClicks(page.urlEdit(), QStringLiteral("0"));
    CHECK_FALSE(tester->lastResult().has_value());
    CHECK_FALSE(tester->resultLabel()->isVisible());
}

TEST_CASE("settings: scheme typos and credentials in the Spoolman URL")
{
    SpoolmanSettingsPage page;
    page.urlEdit()->setText(QStringLiteral("htp:/192.168.1.50:7912"));
    CHECK_FALSE(page.validate().isEmpty());
    CHECK(page.urlError()->text().contains(QStringLiteral("http://")));
    page.urlEdit()->setText(QStringLiteral("http://maker:pa55@nas.local:7912/"));
    CHECK(page.validate().isEmpty());
    // The credentials left the URL for the basic-auth fields (the password becomes a secret).
    CHECK(page.urlEdit()->text() == QStringLiteral("http://nas.local:7912"));
    CHECK(page.authBox()->currentData().toString() == QStringLiteral("basic"));
    QHash<SettingKey, QVariant> values;
    page.collect(values);
    CHECK(values.value(SettingKey::SpoolmanUrl).toString() == QStringLiteral("http://nas.local:7912"));
    CHECK(values.value(SettingKey::SpoolmanUsername).toString() == QStringLiteral("maker"));
    for (const QVariant &v : values)
        CHECK_FALSE(v.toString().contains(QStringLiteral("pa55")));
    const auto config = page.config(nullptr);
    REQUIRE(config.has_value());
    CHECK(config->password == QStringLiteral("pa55"));
}
