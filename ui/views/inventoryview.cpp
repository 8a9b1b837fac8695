#include "ui/views/inventoryview.h"

#include "ui/emptystate.h"
#include "ui/views/inventorymodel.h"
#include "ui/views/swatchdelegate.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Spoolbridge::Ui {

InventoryView::InventoryView(QWidget *parent)
    : QWidget(parent)
    , m_model(new InventoryModel(this))
    , m_proxy(new InventoryProxy(this))
{
    setAccessibleName(tr("Inventory"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by spool, material, vendor, printer or location"));
    m_filter->setAccessibleName(tr("Filter inventory"));
    m_filter->setClearButtonEnabled(true);
    bar->addWidget(m_filter, 1);
    m_loadedOnly = new QCheckBox(tr("L&oaded only"), this);
    m_lowOnly = new QCheckBox(tr("Lo&w stock only"), this);
    bar->addWidget(m_loadedOnly);
    bar->addWidget(m_lowOnly);
    layout->addLayout(bar);

    m_proxy->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Spools"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(InventoryModel::LoadedColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(34);
    m_table->setItemDelegateForColumn(InventoryModel::SpoolColumn, new SwatchDelegate(m_table));
    m_table->setItemDelegateForColumn(InventoryModel::RemainingColumn, new BarDelegate(m_table));
    m_table->horizontalHeader()->setSectionResizeMode(InventoryModel::SpoolColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);

    m_empty = new EmptyState(QStringLiteral("inventory"), tr("No spools yet"),
        tr("Spools from Spoolman that are linked to your printers appear here, with what is loaded where and "
           "how much is left."),
        this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_table);
    layout->addWidget(m_stack, 1);
    m_summary = new QLabel(this);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_summary);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_proxy->setFilterText(t);
        updateSummary();
    });
    connect(m_loadedOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setLoadedOnly(on);
        updateSummary();
    });
    connect(m_lowOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setLowOnly(on);
        updateSummary();
    });
    connect(m_table, &QTableView::activated, this,
        [this](const QModelIndex &index) { Q_EMIT spoolActivated(index.data(InventoryModel::SpoolIdRole).toInt()); });
    updateSummary();
}

InventoryView::~InventoryView() = default;

void InventoryView::setRows(const QList<InventoryRow> &rows)
{
    m_model->setRows(rows);
    m_table->resizeColumnsToContents();
    for (int c = 0; c < InventoryModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, m_table->columnWidth(c) + 16); // air between columns
    m_table->horizontalHeader()->setSectionResizeMode(InventoryModel::SpoolColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(
        InventoryModel::RemainingColumn, std::max(m_table->columnWidth(InventoryModel::RemainingColumn), 140));
    updateSummary();
}

void InventoryView::setLowStockThreshold(int grams)
{
    m_model->setLowStockThreshold(grams);
    m_proxy->invalidate();
    updateSummary();
}

void InventoryView::updateSummary()
{
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
    int loaded = 0, low = 0;
    for (const InventoryRow &row : m_model->rows()) {
        loaded += row.printerName.isEmpty() ? 0 : 1;
        low += m_model->isLow(row) ? 1 : 0;
    }
    QString text = tr("%n spool(s)", nullptr, m_model->rowCount());
    text += tr(" · %n loaded", nullptr, loaded);
    text += tr(" · %n low (under %1 g)", nullptr, low).arg(m_model->lowStockThreshold());
    if (m_proxy->rowCount() != m_model->rowCount())
        text += tr(" · %n shown", nullptr, m_proxy->rowCount());
    m_summary->setText(text);
}

} // namespace Spoolbridge::Ui
