#include "ui/views/syncresultsview.h"

#include "ui/emptystate.h"
#include "ui/theme.h"
#include "ui/views/swatchdelegate.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Spoolbridge::Ui {

namespace {

QLabel *countLabel(QWidget *parent, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::RichText);
    return label;
}

QString countHtml(int value, const QString &caption, const QColor &color = QColor())
{
    const QString style = color.isValid() ? QStringLiteral(";color:%1").arg(color.name()) : QString();
    return QStringLiteral("<span style='font-size:18pt;font-weight:600%1'>%2</span><br>%3")
        .arg(style)
        .arg(value)
        .arg(caption.toHtmlEscaped());
}

QString compactTime(const QDateTime &time)
{
    const QLocale locale;
    const QDateTime local = time.toLocalTime();
    QString clock = locale.toString(local.time(), QLocale::ShortFormat);
    if (local.date() == QDate::currentDate())
        return clock;
    return SyncResultsView::tr("%1 %2").arg(locale.toString(local.date(), QLocale::NarrowFormat), clock);
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

SyncResultsView::SyncResultsView(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Sync results"));
    auto *layout = new QVBoxLayout(this);

    // Top bar: mode and Sync now.
    auto *bar = new QHBoxLayout;
    m_mode = new QLabel(this);
    m_mode->setAccessibleName(tr("Sync mode"));
    bar->addWidget(m_mode);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setMaximumHeight(12);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Sync in progress"));
    m_busy->hide();
    bar->addWidget(m_busy);
    bar->addStretch();
    m_syncNow = new QPushButton(tr("&Sync now"), this);
    m_syncNow->setAccessibleName(tr("Sync now"));
    bar->addWidget(m_syncNow);
    layout->addLayout(bar);
    connect(m_syncNow, &QPushButton::clicked, this, &SyncResultsView::syncNowRequested);

    m_empty = new EmptyState(QStringLiteral("sync"), tr("No sync yet"),
        tr("The results of each sync appear here: how many spools were synced or created, which were "
           "skipped and why, and any errors. Press Sync now to start one."),
        this);

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_title = heading(QString(), details);
    detailsLayout->addWidget(m_title);
    auto *counts = new QHBoxLayout;
    m_synced = countLabel(details, tr("Spools synced"));
    m_created = countLabel(details, tr("Spools created"));
    m_skippedCount = countLabel(details, tr("Spools skipped"));
    m_errorCount = countLabel(details, tr("Errors"));
    for (QLabel *l : {m_synced, m_created, m_skippedCount, m_errorCount}) {
        l->setMinimumWidth(110);
        counts->addWidget(l);
    }
    counts->addStretch();
    detailsLayout->addLayout(counts);

    m_skippedHeading = heading(tr("Skipped spools"), details);
    detailsLayout->addWidget(m_skippedHeading);
    m_skippedModel = new QStandardItemModel(0, 2, this);
    m_skippedModel->setHorizontalHeaderLabels({tr("Location"), tr("Reason")});
    m_skipped = new QTableView(details);
    m_skipped->setModel(m_skippedModel);
    m_skipped->setAccessibleName(tr("Skipped spools"));
    m_skipped->setItemDelegateForColumn(0, new SwatchDelegate(m_skipped));
    m_skipped->verticalHeader()->hide();
    m_skipped->horizontalHeader()->setStretchLastSection(true);
    m_skipped->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_skipped->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_skipped->setShowGrid(false);
    m_skipped->setAlternatingRowColors(true);
    m_skipped->setTabKeyNavigation(false);
    m_skipped->setColumnWidth(0, 200);
    detailsLayout->addWidget(m_skipped, 2);
    m_errorsHeading = heading(tr("Errors"), details);
    detailsLayout->addWidget(m_errorsHeading);
    m_errors = new QListWidget(details);
    m_errors->setAccessibleName(tr("Sync errors"));
    m_errors->setWordWrap(true);
    detailsLayout->addWidget(m_errors, 1);

    auto *historyBox = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(heading(tr("Recent syncs"), historyBox));
    m_history = new QTreeWidget(historyBox);
    m_history->setAccessibleName(tr("Recent syncs"));
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->setHeaderLabels({tr("Time"), tr("Printer"), tr("Synced"), tr("New"), tr("Skipped"), tr("Errors")});
    m_history->headerItem()->setToolTip(3, tr("Spools created in Spoolman"));
    m_history->header()->setStretchLastSection(false);
    m_history->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    historyLayout->addWidget(m_history);
    connect(m_history, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            showResult(m_history->indexOfTopLevelItem(item));
    });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(details);
    splitter->addWidget(historyBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({560, 440});

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(splitter);
    layout->addWidget(m_stack, 1);
    updateMode();
}

SyncResultsView::~SyncResultsView() = default;

void SyncResultsView::addResult(const SyncResultRow &row)
{
    m_results.prepend(row);
    while (m_results.size() > kMaxHistory)
        m_results.removeLast();
    auto *item = new QTreeWidgetItem({compactTime(row.time), row.printerName, QString::number(row.synced),
        QString::number(row.created), QString::number(row.skipped.size()), QString::number(row.errors.size())});
    for (int c = 2; c < 6; ++c)
        item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    if (!row.errors.isEmpty())
        item->setIcon(5, Theme::icon(QStringLiteral("skip"), Theme::fillColor(palette(), 0)));
    m_history->insertTopLevelItem(0, item);
    while (m_history->topLevelItemCount() > kMaxHistory)
        delete m_history->takeTopLevelItem(m_history->topLevelItemCount() - 1);
    for (int c = 0; c < m_history->columnCount(); ++c) {
        if (c != 1)
            m_history->resizeColumnToContents(c);
    }
    m_stack->setCurrentIndex(1);
    m_history->setCurrentItem(item);
    showResult(0);
}

void SyncResultsView::clear()
{
    m_results.clear();
    m_history->clear();
    m_skippedModel->removeRows(0, m_skippedModel->rowCount());
    m_errors->clear();
    m_stack->setCurrentIndex(0);
}

void SyncResultsView::showResult(int index)
{
    if (index < 0 || index >= m_results.size())
        return;
    const SyncResultRow &row = m_results.at(index);
    const QString when = QLocale().toString(row.time.toLocalTime(), QLocale::ShortFormat);
    m_title->setText(index == 0 ? tr("Latest sync: %1 · %2").arg(row.printerName, when)
                                : tr("Sync of %1 · %2").arg(row.printerName, when));
    m_synced->setText(countHtml(row.synced, tr("synced")));
    m_created->setText(countHtml(row.created, tr("created")));
    m_skippedCount->setText(countHtml(int(row.skipped.size()), tr("skipped")));
    m_errorCount->setText(countHtml(
        int(row.errors.size()), tr("errors"), row.errors.isEmpty() ? QColor() : Theme::fillColor(palette(), 0)));

    m_skippedModel->removeRows(0, m_skippedModel->rowCount());
    for (const SyncResultRow::Skipped &s : row.skipped) {
        auto *location = new QStandardItem(s.location);
        if (!s.colorHex.isEmpty())
            location->setData(QStringList {s.colorHex}, SwatchDelegate::ColorsRole);
        location->setToolTip(s.colorHex.isEmpty() ? s.location : tr("%1 · #%2").arg(s.location, s.colorHex.left(6)));
        auto *reason = new QStandardItem(s.reason);
        reason->setToolTip(s.reason);
        m_skippedModel->appendRow({location, reason});
    }
    const bool anySkipped = !row.skipped.isEmpty();
    m_skippedHeading->setText(anySkipped ? tr("Skipped spools") : tr("Skipped spools: none"));
    m_skipped->setVisible(anySkipped);

    m_errors->clear();
    for (const QString &e : row.errors) {
        auto *item = new QListWidgetItem(Theme::icon(QStringLiteral("skip"), Theme::fillColor(palette(), 0)), e);
        m_errors->addItem(item);
    }
    m_errorsHeading->setText(row.errors.isEmpty() ? tr("Errors: none") : tr("Errors"));
    m_errors->setVisible(!row.errors.isEmpty());
}

void SyncResultsView::setAutoSync(bool autoSync)
{
    m_autoSync = autoSync;
    updateMode();
}

void SyncResultsView::setSyncRunning(bool running)
{
    m_busy->setVisible(running);
    m_syncNow->setEnabled(!running);
    m_syncNow->setText(running ? tr("Syncing…") : tr("&Sync now"));
}

void SyncResultsView::updateMode()
{
    m_mode->setText(m_autoSync ? tr("Mode: <b>Auto</b> — syncs whenever the AMS changes")
                               : tr("Mode: <b>Manual</b> — syncs only when you press Sync now"));
}

void SyncResultsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_results.isEmpty()) {
        const int current = m_history->indexOfTopLevelItem(m_history->currentItem());
        showResult(current < 0 ? 0 : current);
    }
}

} // namespace Spoolbridge::Ui
