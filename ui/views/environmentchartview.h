#pragma once

#include <QHash>
#include <QTimer>
#include <QWidget>

class QChart;
class QDateTimeAxis;
class QValueAxis;
class QChartView;
class QComboBox;
class QLabel;
class QStackedWidget;

namespace Spoolbridge {
class EnvironmentHistory;
struct EnvironmentSample;
} // namespace Spoolbridge

namespace Spoolbridge::Ui {

class EmptyState;

// The Charts tab: humidity (solid lines, left axis) and temperature (dashed, right axis) of a
// printer's AMS units over the last day or week, read from an EnvironmentHistory. New samples
// of the shown printer redraw the chart (at most every few seconds).
class EnvironmentChartView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentChartView)

public:
    enum class Range {
        Day,
        Week,
    };

    explicit EnvironmentChartView(QWidget *parent = nullptr);
    ~EnvironmentChartView() override;

    // The history to read (not owned; may be null).
    void setHistory(EnvironmentHistory *history);
    void setPrinter(const QString &printerId, const QString &printerName);
    // A unit's name in the legend ("AMS 2 Pro B"); default "AMS <letter>".
    void setUnitName(int unitId, const QString &name);
    void setRange(Range range);
    Range range() const;
    // The end of the shown range (default: now; tests and screenshots pin it).
    void setNow(const QDateTime &now);
    void reload();

    QChart *chart() const { return m_chart; }
    QComboBox *unitBox() const { return m_unitBox; }
    QComboBox *rangeBox() const { return m_rangeBox; }
    bool isShowingEmptyState() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void onSample(const EnvironmentSample &sample);
    void applyPalette();
    QString unitName(int unitId) const;

    EnvironmentHistory *m_history = nullptr;
    QMetaObject::Connection m_sampleConnection;
    QString m_printerId;
    QString m_printerName;
    QHash<int, QString> m_unitNames;
    QDateTime *m_now = nullptr;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_humidityAxis = nullptr;
    QValueAxis *m_temperatureAxis = nullptr;
    QComboBox *m_unitBox = nullptr;
    QComboBox *m_rangeBox = nullptr;
    QLabel *m_title = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    QTimer m_reloadTimer;
};

} // namespace Spoolbridge::Ui
