#include "ui/dialogs/linkspooldialog.h"

#include "ui/dialogs/unlinkedspoolmodel.h"
#include "ui/emptystate.h"
#include "ui/views/swatchdelegate.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Spoolbridge::Ui {

namespace {
enum Page {
    ListPage,
    EmptyPage,
    NoMatchPage,
    BusyPage,
    ErrorPage,
};
} // namespace

LinkSpoolDialog::LinkSpoolDialog(QWidget *parent)
    : QDialog(parent)
    , m_model(new UnlinkedSpoolModel(this))
    , m_proxy(new UnlinkedSpoolProxy(this))
{
    setWindowTitle(tr("Link to a Spoolman spool"));
    setAccessibleName(tr("Link to a Spoolman spool"));
    resize(760, 460);
    auto *layout = new QVBoxLayout(this);

    m_slotLabel = new QLabel(this);
    m_slotLabel->setWordWrap(true);
    layout->addWidget(m_slotLabel);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by name, vendor, material or location"));
    m_filter->setAccessibleName(tr("Filter spools"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    layout->addWidget(m_filter);

    m_proxy->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Unlinked spools"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(UnlinkedSpoolModel::SpoolColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->setItemDelegateForColumn(UnlinkedSpoolModel::SpoolColumn, new SwatchDelegate(m_table));
    m_table->horizontalHeader()->setSectionResizeMode(UnlinkedSpoolModel::SpoolColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->verticalHeader()->setDefaultSectionSize(30);
    m_table->installEventFilter(this);

    m_empty = new EmptyState(QStringLiteral("link"), tr("No unlinked spools in Spoolman"),
        tr("Every spool in Spoolman is already linked to a slot. Add this spool to Spoolman instead, or "
           "unlink a spool you no longer use."),
        this);
    m_noMatches = new QLabel(tr("No spool matches the filter. Clear it to see every unlinked spool."), this);
    m_noMatches->setAlignment(Qt::AlignCenter);
    m_noMatches->setWordWrap(true);
    auto *busyPage = new QWidget(this);
    auto *busyLayout = new QVBoxLayout(busyPage);
    busyLayout->addStretch();
    auto *busyLabel = new QLabel(tr("Loading spools from Spoolman…"), busyPage);
    busyLabel->setAlignment(Qt::AlignCenter);
    busyLayout->addWidget(busyLabel);
    m_busy = new QProgressBar(busyPage);
    m_busy->setRange(0, 0);
    m_busy->setAccessibleName(tr("Loading spools"));
    m_busy->setMaximumWidth(320);
    busyLayout->addWidget(m_busy, 0, Qt::AlignHCenter);
    busyLayout->addStretch();
    m_error = new QLabel(this);
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setWordWrap(true);

    m_stack = new QStackedWidget(this);
    m_stack->insertWidget(ListPage, m_table);
    m_stack->insertWidget(EmptyPage, m_empty);
    m_stack->insertWidget(NoMatchPage, m_noMatches);
    m_stack->insertWidget(BusyPage, busyPage);
    m_stack->insertWidget(ErrorPage, m_error);
    layout->addWidget(m_stack, 1);

    auto *bottom = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    bottom->addWidget(m_count, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_link = m_buttons->addButton(tr("&Link"), QDialogButtonBox::AcceptRole);
    m_link->setAccessibleName(tr("Link the selected spool"));
    m_link->setDefault(true);
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_link, &QPushButton::clicked, this, &LinkSpoolDialog::linkSelected);
    connect(m_table, &QTableView::doubleClicked, this, &LinkSpoolDialog::linkSelected);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        const int before = selectedSpoolId();
        m_proxy->setFilterText(text);
        // When the chosen spool is filtered away the view selects a neighbour by itself; the
        // user has to choose again rather than link a spool they did not pick.
        if (before != 0 && selectedSpoolId() != before)
            m_table->clearSelection();
        updateState();
    });
    connect(
        m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LinkSpoolDialog::updateLinkButton);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LinkSpoolDialog::updateLinkButton);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &LinkSpoolDialog::updateLinkButton);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &LinkSpoolDialog::updateLinkButton);

    setTabOrder(m_filter, m_table);
    m_filter->setFocus();
    updateState();
}

LinkSpoolDialog::~LinkSpoolDialog() = default;

void LinkSpoolDialog::setSlotDescription(const QString &text)
{
    m_slotLabel->setText(tr("Choose the Spoolman spool that is loaded in <b>%1</b>.").arg(text.toHtmlEscaped()));
}

void LinkSpoolDialog::setSlotFilament(const QString &material, const QString &colorHex)
{
    m_model->setSlotFilament(material, colorHex);
    m_proxy->invalidate();
    updateState();
}

void LinkSpoolDialog::setSpools(const QList<Spool> &spools)
{
    m_loading = false;
    m_error->clear();
    m_model->setSpools(spools);
    m_table->resizeColumnsToContents();
    for (int c = 0; c < UnlinkedSpoolModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, m_table->columnWidth(c) + 16); // air between columns
    m_table->horizontalHeader()->setSectionResizeMode(UnlinkedSpoolModel::SpoolColumn, QHeaderView::Stretch);
    updateState();
}

void LinkSpoolDialog::setLoading(bool loading)
{
    m_loading = loading;
    updateState();
}

void LinkSpoolDialog::setError(const QString &message)
{
    m_loading = false;
    m_error->setText(message);
    updateState();
}

bool LinkSpoolDialog::isShowingEmptyState() const
{
    return m_stack->currentIndex() == EmptyPage;
}

int LinkSpoolDialog::selectedSpoolId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || m_stack->currentIndex() != ListPage)
        return 0;
    return rows.first().data(UnlinkedSpoolModel::SpoolIdRole).toInt();
}

void LinkSpoolDialog::updateState()
{
    int page = ListPage;
    if (m_loading)
        page = BusyPage;
    else if (!m_error->text().isEmpty())
        page = ErrorPage;
    else if (m_model->rowCount() == 0)
        page = EmptyPage;
    else if (m_proxy->rowCount() == 0)
        page = NoMatchPage;
    m_stack->setCurrentIndex(page);
    m_filter->setEnabled(page == ListPage || page == NoMatchPage);
    int matches = 0;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        if (m_proxy->index(r, 0).data(UnlinkedSpoolModel::MatchRole).toInt() == 2)
            ++matches;
    }
    if (page == ListPage || page == NoMatchPage) {
        const QString shown = m_proxy->rowCount() == m_model->rowCount()
            ? tr("%n unlinked spool(s)", nullptr, m_model->rowCount())
            : tr("%1 of %2 spools shown").arg(m_proxy->rowCount()).arg(m_model->rowCount());
        m_count->setText(matches > 0 ? tr("%1 · %n match(es) this slot", nullptr, matches).arg(shown) : shown);
    } else {
        m_count->clear();
    }
    updateLinkButton();
}

void LinkSpoolDialog::updateLinkButton()
{
    m_link->setEnabled(selectedSpoolId() != 0);
}

void LinkSpoolDialog::linkSelected()
{
    const int id = selectedSpoolId();
    if (id == 0)
        return;
    Q_EMIT spoolChosen(id);
    accept();
}

bool LinkSpoolDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_filter && (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown)) {
        // Down from the filter moves into the list and selects the first (best) row.
        if (m_proxy->rowCount() > 0) {
            m_table->setFocus();
            if (!m_table->selectionModel()->hasSelection())
                m_table->selectRow(0);
        }
        return true;
    }
    if (watched == m_table) {
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && selectedSpoolId() != 0) {
            linkSelected();
            return true;
        }
        // Typing in the list goes on in the filter.
        const QString text = key->text();
        if (!text.isEmpty() && text.at(0).isPrint() && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            m_filter->setFocus();
            m_filter->insert(text);
            return true;
        }
        if (key->key() == Qt::Key_Backspace) {
            m_filter->setFocus();
            m_filter->backspace();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Spoolbridge::Ui
