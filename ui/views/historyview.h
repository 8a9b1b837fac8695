#pragma once

#include "ui/views/historyentry.h"

#include <QWidget>

class QMessageBox;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace Spoolbridge::Ui {

class EmptyState;

// The History tab: print jobs with the grams used per spool, how the usage was measured and
// whether it reached Spoolman. Each delivered or pending entry has an Undo button; after a
// confirmation undoRequested(id) asks the engine to give the grams back.
class HistoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryView)

public:
    explicit HistoryView(QWidget *parent = nullptr);
    ~HistoryView() override;

    void setEntries(const QList<HistoryEntry> &entries); // newest first
    // Adds or replaces (same id) one entry.
    void upsertEntry(const HistoryEntry &entry);
    void setDelivery(qint64 id, HistoryEntry::Delivery delivery, const QString &message = QString());

    QList<HistoryEntry> entries() const { return m_entries; }
    QTreeWidget *tree() const { return m_tree; }
    QPushButton *undoButton(qint64 id) const;
    // The open confirmation, if any (tests).
    QMessageBox *confirmation() const { return m_confirm; }

    static QString methodName(HistoryEntry::Method method);
    static QString methodDescription(HistoryEntry::Method method);
    static QString deliveryName(HistoryEntry::Delivery delivery);

Q_SIGNALS:
    void undoRequested(qint64 entryId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void fillItem(QTreeWidgetItem *item, const HistoryEntry &entry);
    void confirmUndo(qint64 id);
    int indexOf(qint64 id) const;

    QList<HistoryEntry> m_entries;
    QTreeWidget *m_tree = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    QMessageBox *m_confirm = nullptr;
};

} // namespace Spoolbridge::Ui
