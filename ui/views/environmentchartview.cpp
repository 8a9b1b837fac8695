#include "ui/views/environmentchartview.h"

#include "core/history/environmenthistory.h"
#include "ui/emptystate.h"
#include "ui/labels.h"
#include "ui/theme.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Spoolbridge::Ui {

namespace {

constexpr int kAllUnits = -1;

QColor unitColor(int index, bool dark)
{
    static const QColor light[] = {QColor(0x1E, 0x6F, 0xD9), QColor(0xD9, 0x5F, 0x0E), QColor(0x2E, 0x9D, 0x4F),
        QColor(0x9C, 0x3D, 0xC4), QColor(0xC6, 0x28, 0x6B), QColor(0x00, 0x8C, 0x8C)};
    static const QColor darkColors[] = {QColor(0x6C, 0xB2, 0xFF), QColor(0xFF, 0xA0, 0x5C), QColor(0x5C, 0xC9, 0x7B),
        QColor(0xC9, 0x8C, 0xF2), QColor(0xF2, 0x7D, 0xAE), QColor(0x4D, 0xD0, 0xD0)};
    const int i = index % 6;
    return dark ? darkColors[i] : light[i];
}

} // namespace

EnvironmentChartView::EnvironmentChartView(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
{
    setAccessibleName(tr("AMS humidity and temperature"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    bar->addWidget(m_title, 1);
    auto *unitLabel = new QLabel(tr("&Unit:"), this);
    m_unitBox = new QComboBox(this);
    m_unitBox->setAccessibleName(tr("AMS unit"));
    unitLabel->setBuddy(m_unitBox);
    bar->addWidget(unitLabel);
    bar->addWidget(m_unitBox);
    auto *rangeLabel = new QLabel(tr("&Period:"), this);
    m_rangeBox = new QComboBox(this);
    m_rangeBox->setAccessibleName(tr("Period"));
    m_rangeBox->addItem(tr("Last 24 hours"), int(Range::Day));
    m_rangeBox->addItem(tr("Last 7 days"), int(Range::Week));
    rangeLabel->setBuddy(m_rangeBox);
    bar->addWidget(rangeLabel);
    bar->addWidget(m_rangeBox);
    layout->addLayout(bar);
    auto *key = new QLabel(tr("Solid lines: humidity · dashed lines: temperature"), this);
    key->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(key);

    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_timeAxis = new QDateTimeAxis; // owned by the chart
    m_timeAxis->setTitleText(tr("Time"));
    m_humidityAxis = new QValueAxis;
    m_humidityAxis->setTitleText(tr("Humidity (%)"));
    m_humidityAxis->setLabelFormat(QStringLiteral("%d"));
    m_temperatureAxis = new QValueAxis;
    m_temperatureAxis->setTitleText(tr("Temperature (°C)"));
    m_temperatureAxis->setLabelFormat(QStringLiteral("%d"));
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_humidityAxis, Qt::AlignLeft);
    m_chart->addAxis(m_temperatureAxis, Qt::AlignRight);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Humidity and temperature chart"));
    m_empty = new EmptyState(QStringLiteral("chart"), tr("No climate data yet"),
        tr("Humidity and temperature of each AMS unit are recorded once a minute while the printer is "
           "connected, and kept for a week."),
        this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);
    layout->addWidget(m_stack, 1);

    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(3000);
    connect(&m_reloadTimer, &QTimer::timeout, this, &EnvironmentChartView::reload);
    connect(m_unitBox, &QComboBox::currentIndexChanged, this, &EnvironmentChartView::reload);
    connect(m_rangeBox, &QComboBox::currentIndexChanged, this, &EnvironmentChartView::reload);
    applyPalette();
    reload();
}

EnvironmentChartView::~EnvironmentChartView()
{
    delete m_now;
}

void EnvironmentChartView::setHistory(EnvironmentHistory *history)
{
    disconnect(m_sampleConnection);
    m_history = history;
    if (history) {
        m_sampleConnection
            = connect(history, &EnvironmentHistory::sampleRecorded, this, &EnvironmentChartView::onSample);
    }
    reload();
}

void EnvironmentChartView::setPrinter(const QString &printerId, const QString &printerName)
{
    m_printerId = printerId;
    m_printerName = printerName;
    reload();
}

void EnvironmentChartView::setUnitName(int unitId, const QString &name)
{
    m_unitNames.insert(unitId, name);
    reload();
}

void EnvironmentChartView::setRange(Range range)
{
    m_rangeBox->setCurrentIndex(m_rangeBox->findData(int(range)));
}

EnvironmentChartView::Range EnvironmentChartView::range() const
{
    return Range(m_rangeBox->currentData().toInt());
}

void EnvironmentChartView::setNow(const QDateTime &now)
{
    delete m_now;
    m_now = now.isValid() ? new QDateTime(now) : nullptr;
    reload();
}

bool EnvironmentChartView::isShowingEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

QString EnvironmentChartView::unitName(int unitId) const
{
    return m_unitNames.value(unitId, tr("AMS %1").arg(Labels::unitLetter(unitId)));
}

void EnvironmentChartView::onSample(const EnvironmentSample &sample)
{
    if (sample.printerId == m_printerId && !m_reloadTimer.isActive())
        m_reloadTimer.start();
}

void EnvironmentChartView::reload()
{
    m_title->setText(m_printerName.isEmpty() ? tr("AMS climate") : tr("AMS climate · %1").arg(m_printerName));
    // Units of this printer in the selector (keeps the choice when possible).
    const QList<int> units = m_history ? m_history->units(m_printerId) : QList<int>();
    const int chosen = m_unitBox->currentData().isValid() ? m_unitBox->currentData().toInt() : kAllUnits;
    m_unitBox->blockSignals(true);
    m_unitBox->clear();
    m_unitBox->addItem(tr("All units"), kAllUnits);
    for (int unit : units)
        m_unitBox->addItem(unitName(unit), unit);
    const int index = m_unitBox->findData(chosen);
    m_unitBox->setCurrentIndex(index >= 0 ? index : 0);
    m_unitBox->blockSignals(false);
    m_unitBox->setEnabled(units.size() > 1);

    m_chart->removeAllSeries();

    const QDateTime to = m_now ? *m_now : QDateTime::currentDateTimeUtc();
    const QDateTime from = to.addSecs(range() == Range::Day ? -24 * 3600 : -7 * 24 * 3600);
    QDateTimeAxis *timeAxis = m_timeAxis;
    timeAxis->setFormat(range() == Range::Day ? QStringLiteral("HH:mm") : QStringLiteral("ddd d"));
    timeAxis->setRange(from.toLocalTime(), to.toLocalTime());
    timeAxis->setTickCount(range() == Range::Day ? 7 : 8);
    QValueAxis *humidityAxis = m_humidityAxis;
    QValueAxis *temperatureAxis = m_temperatureAxis;

    const bool dark = Theme::isDark(palette());
    double hMin = 100, hMax = 0, tMin = 100, tMax = 0;
    int colorIndex = 0;
    bool any = false;
    for (int unit : units) {
        if (!m_history)
            break;
        if (m_unitBox->currentData().toInt() != kAllUnits && unit != m_unitBox->currentData().toInt())
            continue;
        const QColor color = unitColor(colorIndex++, dark);
        auto *humidity = new QLineSeries;
        humidity->setName(tr("%1 humidity").arg(unitName(unit)));
        humidity->setPen(QPen(color, 2));
        auto *temperature = new QLineSeries;
        temperature->setName(tr("%1 temperature").arg(unitName(unit)));
        temperature->setPen(QPen(color, 1.6, Qt::DashLine));
        for (const EnvironmentSample &s : m_history->samples(m_printerId, unit, from, to)) {
            const qreal x = qreal(s.time.toMSecsSinceEpoch());
            if (s.humidityPercent) {
                humidity->append(x, *s.humidityPercent);
                hMin = std::min(hMin, *s.humidityPercent);
                hMax = std::max(hMax, *s.humidityPercent);
            }
            if (s.temperatureC) {
                temperature->append(x, *s.temperatureC);
                tMin = std::min(tMin, *s.temperatureC);
                tMax = std::max(tMax, *s.temperatureC);
            }
        }
        for (QLineSeries *series : {humidity, temperature}) {
            if (series->count() == 0) {
                delete series;
                continue;
            }
            any = true;
            m_chart->addSeries(series);
            series->attachAxis(timeAxis);
            series->attachAxis(series == humidity ? humidityAxis : temperatureAxis);
        }
    }
    // Round ranges with some head room; humidity stays within 0–100 %.
    humidityAxis->setRange(
        std::max(0.0, std::floor(hMin / 10) * 10 - 5), std::min(100.0, std::ceil(hMax / 10) * 10 + 5));
    if (hMin > hMax)
        humidityAxis->setRange(0, 100);
    temperatureAxis->setRange(std::floor(tMin / 5) * 5 - 2, std::ceil(tMax / 5) * 5 + 2);
    if (tMin > tMax)
        temperatureAxis->setRange(10, 50);
    humidityAxis->applyNiceNumbers();
    temperatureAxis->applyNiceNumbers();
    m_stack->setCurrentIndex(any ? 1 : 0);
    applyPalette();
}

void EnvironmentChartView::applyPalette()
{
    const QPalette p = palette();
    m_chart->setBackgroundBrush(p.color(QPalette::Base));
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->legend()->setLabelColor(p.color(QPalette::Text));
    const QColor grid = Theme::cardBorder(p);
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLabelsColor(p.color(QPalette::Text));
        axis->setTitleBrush(Theme::mutedText(p));
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
        axis->setMinorGridLineColor(grid);
    }
}

void EnvironmentChartView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        reload(); // series colours differ between light and dark
}

} // namespace Spoolbridge::Ui
