#pragma once

#include "ui/views/syncresultrow.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QTreeWidget;

namespace Spoolbridge::Ui {

class EmptyState;

// The Sync results tab: the latest sync (synced and created counts, the skipped spools with
// location, colour and reason, the errors), the recent syncs, a Sync now button and the
// current Auto/Manual mode. Selecting a recent sync shows its details.
class SyncResultsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncResultsView)

public:
    static constexpr int kMaxHistory = 50;

    explicit SyncResultsView(QWidget *parent = nullptr);
    ~SyncResultsView() override;

    // Adds a finished sync; it becomes the latest and is shown.
    void addResult(const SyncResultRow &row);
    void clear();
    void setAutoSync(bool autoSync);
    // While a sync runs: a busy bar, Sync now disabled.
    void setSyncRunning(bool running);

    QList<SyncResultRow> results() const { return m_results; } // newest first
    QStandardItemModel *skippedModel() const { return m_skippedModel; }
    QListWidget *errorList() const { return m_errors; }
    QTreeWidget *historyList() const { return m_history; }
    QPushButton *syncNowButton() const { return m_syncNow; }
    QLabel *modeLabel() const { return m_mode; }
    QLabel *syncedLabel() const { return m_synced; }
    QLabel *createdLabel() const { return m_created; }

Q_SIGNALS:
    void syncNowRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showResult(int index);
    void updateMode();

    QList<SyncResultRow> m_results;
    bool m_autoSync = true;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_synced = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_skippedCount = nullptr;
    QLabel *m_errorCount = nullptr;
    QStandardItemModel *m_skippedModel = nullptr;
    QTableView *m_skipped = nullptr;
    QLabel *m_skippedHeading = nullptr;
    QListWidget *m_errors = nullptr;
    QLabel *m_errorsHeading = nullptr;
    QTreeWidget *m_history = nullptr;
    QPushButton *m_syncNow = nullptr;
    QLabel *m_mode = nullptr;
    QProgressBar *m_busy = nullptr;
};

} // namespace Spoolbridge::Ui
