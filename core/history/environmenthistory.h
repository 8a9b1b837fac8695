#pragma once

#include "core/history/environmentsample.h"
#include "core/printer/printerstate.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPair>
#include <QString>

namespace Spoolbridge {

// Humidity and temperature of every AMS unit over time, kept in an SQLite file for the charts.
// At most one sample per printer, unit and clock minute is stored (the first of the minute
// wins; printers report every second). Samples older than the retention (8 days by default,
// never less than 7) are pruned when the history opens and then at most once an hour.
class EnvironmentHistory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentHistory)

public:
    static constexpr qint64 kMinimumRetentionS = qint64(7) * 24 * 3600;
    static constexpr qint64 kDefaultRetentionS = qint64(8) * 24 * 3600;

    explicit EnvironmentHistory(QObject *parent = nullptr);
    ~EnvironmentHistory() override;

    // Opens (creating when needed) the database at `path`; ":memory:" keeps it in memory.
    // Returns false with a readable sentence in `error` when the file cannot be used.
    bool open(const QString &path, QString *error = nullptr);
    bool isOpen() const;
    void close();

    // How long samples are kept; values under a week are raised to a week.
    void setRetentionSeconds(qint64 seconds);
    qint64 retentionSeconds() const { return m_retentionS; }

    // Records a sample. Returns true when it was stored, false when the unit already has a
    // sample in that minute, neither value is present, or the database is not open.
    bool record(const EnvironmentSample &sample);
    // Records every AMS unit of a printer state that reports humidity or temperature; returns
    // how many samples were stored.
    int recordState(
        const QString &printerId, const PrinterState &state, const QDateTime &time = QDateTime::currentDateTimeUtc());

    // The samples of one unit between `from` and `to` (inclusive), oldest first.
    QList<EnvironmentSample> samples(const QString &printerId, int unitId, const QDateTime &from = QDateTime(),
        const QDateTime &to = QDateTime()) const;
    // The unit ids that have samples for a printer, ascending.
    QList<int> units(const QString &printerId) const;
    // Number of stored samples (all printers).
    int count() const;

    // Deletes samples older than `now` minus the retention; returns how many were removed.
    int prune(const QDateTime &now = QDateTime::currentDateTimeUtc());

Q_SIGNALS:
    void sampleRecorded(const Spoolbridge::EnvironmentSample &sample);

private:
    bool exec(const QString &sql, QString *error = nullptr) const;

    QString m_connection;
    qint64 m_retentionS = kDefaultRetentionS;
    qint64 m_lastPruneS = 0;
    QHash<QPair<QString, int>, qint64> m_lastMinute; // avoids a write attempt per report
};

} // namespace Spoolbridge
