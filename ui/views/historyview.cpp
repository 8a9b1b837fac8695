#include "ui/views/historyview.h"

#include "ui/emptystate.h"
#include "ui/theme.h"
#include "ui/views/swatchdelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace Spoolbridge::Ui {

namespace {

enum Column {
    WhenColumn,
    JobColumn,
    GramsColumn,
    MethodColumn,
    DeliveryColumn,
    ActionColumn,
};

constexpr int kIdRole = Qt::UserRole + 1;

QString gramsText(double grams)
{
    // One decimal for small amounts that have one (10.5 g), whole grams otherwise.
    const bool fraction = grams < 100 && std::abs(grams - std::round(grams)) >= 0.05;
    return HistoryView::tr("%1 g").arg(QLocale().toString(grams, 'f', fraction ? 1 : 0));
}

} // namespace

HistoryView::HistoryView(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Usage history"));
    auto *layout = new QVBoxLayout(this);
    m_tree = new QTreeWidget(this);
    m_tree->setAccessibleName(tr("Print jobs and filament used"));
    m_tree->setHeaderLabels({tr("When"), tr("Job / spool"), tr("Used"), tr("Measured by"), tr("Spoolman"), QString()});
    m_tree->setItemDelegateForColumn(JobColumn, new SwatchDelegate(m_tree));
    m_tree->setUniformRowHeights(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(JobColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_empty = new EmptyState(QStringLiteral("history"), tr("No prints recorded yet"),
        tr("When a print finishes, the filament it used is recorded here per spool and written to Spoolman. "
           "You can undo an entry if it was wrong."),
        this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_tree);
    layout->addWidget(m_stack);
}

HistoryView::~HistoryView() = default;

void HistoryView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        for (int i = 0; i < m_entries.size(); ++i)
            fillItem(m_tree->topLevelItem(i), m_entries.at(i)); // state colours follow light/dark
    }
}

QString HistoryView::methodName(HistoryEntry::Method method)
{
    switch (method) {
    case HistoryEntry::Method::ThreeMf:
        return tr("3MF");
    case HistoryEntry::Method::Progress:
        return tr("Progress");
    case HistoryEntry::Method::RemainDelta:
        return tr("AMS remain");
    }
    return QString();
}

QString HistoryView::methodDescription(HistoryEntry::Method method)
{
    switch (method) {
    case HistoryEntry::Method::ThreeMf:
        return tr("Grams per filament from the print file (3MF), scaled by how far the print got.");
    case HistoryEntry::Method::Progress:
        return tr("The print's total weight scaled by its progress (no per-filament data was available).");
    case HistoryEntry::Method::RemainDelta:
        return tr("The drop of the AMS remaining-filament estimate times the spool weight (least exact).");
    }
    return QString();
}

QString HistoryView::deliveryName(HistoryEntry::Delivery delivery)
{
    switch (delivery) {
    case HistoryEntry::Delivery::Delivered:
        return tr("Delivered");
    case HistoryEntry::Delivery::Pending:
        return tr("Pending");
    case HistoryEntry::Delivery::Undone:
        return tr("Undone");
    }
    return QString();
}

void HistoryView::setEntries(const QList<HistoryEntry> &entries)
{
    m_entries = entries;
    rebuild();
}

int HistoryView::indexOf(qint64 id) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id)
            return i;
    }
    return -1;
}

void HistoryView::upsertEntry(const HistoryEntry &entry)
{
    const int i = indexOf(entry.id);
    if (i >= 0)
        m_entries[i] = entry;
    else
        m_entries.prepend(entry);
    rebuild();
}

void HistoryView::setDelivery(qint64 id, HistoryEntry::Delivery delivery, const QString &message)
{
    const int i = indexOf(id);
    if (i < 0)
        return;
    m_entries[i].delivery = delivery;
    m_entries[i].message = message;
    fillItem(m_tree->topLevelItem(i), m_entries.at(i));
}

QPushButton *HistoryView::undoButton(qint64 id) const
{
    const int i = indexOf(id);
    if (i < 0)
        return nullptr;
    return qobject_cast<QPushButton *>(m_tree->itemWidget(m_tree->topLevelItem(i), ActionColumn));
}

void HistoryView::rebuild()
{
    m_tree->clear();
    for (const HistoryEntry &entry : std::as_const(m_entries)) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setData(0, kIdRole, entry.id);
        for (const HistoryEntry::Usage &u : entry.usages) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(JobColumn, u.spoolLabel.isEmpty() ? tr("Spool #%1").arg(u.spoolId) : u.spoolLabel);
            if (!u.colorHex.isEmpty())
                child->setData(JobColumn, SwatchDelegate::ColorsRole, QStringList {u.colorHex});
            child->setText(GramsColumn, gramsText(u.grams));
            child->setTextAlignment(GramsColumn, Qt::AlignRight | Qt::AlignVCenter);
        }
        auto *undo = new QPushButton(tr("Undo"), m_tree);
        undo->setAccessibleName(tr("Undo the usage of %1").arg(entry.jobName));
        const qint64 id = entry.id;
        connect(undo, &QPushButton::clicked, this, [this, id] { confirmUndo(id); });
        m_tree->setItemWidget(item, ActionColumn, undo);
        fillItem(item, entry);
        item->setExpanded(true);
    }
    for (int c : {WhenColumn, GramsColumn, MethodColumn, DeliveryColumn, ActionColumn}) {
        m_tree->resizeColumnToContents(c);
        m_tree->setColumnWidth(c, m_tree->columnWidth(c) + 14);
    }
    m_stack->setCurrentIndex(m_entries.isEmpty() ? 0 : 1);
}

void HistoryView::fillItem(QTreeWidgetItem *item, const HistoryEntry &entry)
{
    if (!item)
        return;
    item->setText(WhenColumn, QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat));
    item->setText(JobColumn, tr("%1 — %2").arg(entry.printerName, entry.jobName));
    item->setText(GramsColumn, gramsText(entry.totalGrams()));
    item->setTextAlignment(GramsColumn, Qt::AlignRight | Qt::AlignVCenter);
    item->setText(MethodColumn, methodName(entry.method));
    item->setToolTip(MethodColumn, methodDescription(entry.method));
    item->setText(DeliveryColumn, deliveryName(entry.delivery));
    QString tip = entry.message;
    if (tip.isEmpty() && entry.delivery == HistoryEntry::Delivery::Pending)
        tip = tr("Recorded; written to Spoolman as soon as it can be reached.");
    item->setToolTip(DeliveryColumn, tip);
    QColor stateColor;
    switch (entry.delivery) {
    case HistoryEntry::Delivery::Delivered:
        stateColor = Theme::fillColor(palette(), 100);
        break;
    case HistoryEntry::Delivery::Pending:
        stateColor = Theme::fillColor(palette(), 20);
        break;
    case HistoryEntry::Delivery::Undone:
        stateColor = Theme::mutedText(palette());
        break;
    }
    item->setForeground(DeliveryColumn, stateColor);
    QFont f = item->font(JobColumn);
    f.setStrikeOut(entry.delivery == HistoryEntry::Delivery::Undone);
    item->setFont(GramsColumn, f);
    if (auto *undo = qobject_cast<QPushButton *>(m_tree->itemWidget(item, ActionColumn))) {
        const bool undone = entry.delivery == HistoryEntry::Delivery::Undone;
        undo->setEnabled(!undone);
        undo->setToolTip(undone ? tr("Already undone.") : tr("Give the grams of this print back to the spools."));
    }
}

void HistoryView::confirmUndo(qint64 id)
{
    const int i = indexOf(id);
    if (i < 0 || m_confirm)
        return;
    const HistoryEntry &entry = m_entries.at(i);
    // Window-modal and asynchronous: no nested event loop.
    m_confirm = new QMessageBox(QMessageBox::Question, tr("Undo usage?"),
        tr("Give %1 back to the spools used by “%2” on %3?")
            .arg(gramsText(entry.totalGrams()), entry.jobName, entry.printerName),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    m_confirm->setInformativeText(entry.delivery == HistoryEntry::Delivery::Pending
            ? tr("The usage has not reached Spoolman yet; it will not be sent.")
            : tr("Spoolman's remaining weight goes up by the same amount."));
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    m_confirm->button(QMessageBox::Yes)->setText(tr("Undo usage"));
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    QMessageBox *box = m_confirm;
    connect(m_confirm, &QMessageBox::finished, this, [this, id, box] {
        m_confirm = nullptr;
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            Q_EMIT undoRequested(id);
    });
    m_confirm->open();
}

} // namespace Spoolbridge::Ui
