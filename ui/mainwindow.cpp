#include "ui/mainwindow.h"

#include "core/util/logging.h"
#include "ui/emptystate.h"
#include "ui/labels.h"
#include "ui/printerlistdelegate.h"
#include "ui/printerview.h"
#include "ui/slotcard.h"
#include "ui/theme.h"

#include <QAction>
#include <QActionGroup>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Spoolbridge::Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    buildUi();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    setWindowTitle(tr("Spoolbridge"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/spoolbridge.svg")));
    resize(1180, 760);
    buildToolBar();

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildSidebar());

    m_tabs = new QTabWidget(splitter);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Views"));
    m_printerStack = new QStackedWidget(m_tabs);
    m_noPrinters = new EmptyState(QStringLiteral("printer"), tr("No printers yet"),
        tr("Add a Bambu Lab printer and your Spoolman server in Settings to keep your AMS slots and your "
           "inventory in sync."),
        m_printerStack);
    m_noPrinters->setAction(tr("Open Settings"));
    connect(m_noPrinters, &EmptyState::actionTriggered, this, &MainWindow::settingsRequested);
    m_printerStack->addWidget(m_noPrinters);
    m_tabs->addTab(m_printerStack, tr("AMS slots"));
    m_tabs->addTab(new EmptyState(QStringLiteral("sync"), tr("No sync has run yet"),
                       tr("Press Sync now, or load a spool while auto sync is on. Synced, skipped and failed spools "
                          "will be listed here with the reason for each."),
                       m_tabs),
        tr("Sync results"));
    m_tabs->addTab(
        new EmptyState(QStringLiteral("inventory"), tr("No inventory loaded"),
            tr("Once Spoolman is connected, the spools it holds and where they are loaded appear here."), m_tabs),
        tr("Inventory"));
    m_tabs->addTab(new EmptyState(QStringLiteral("history"), tr("No usage recorded yet"),
                       tr("Every finished print adds the grams it used per spool here, including whether Spoolman "
                          "has received them."),
                       m_tabs),
        tr("History"));
    m_tabs->addTab(new EmptyState(QStringLiteral("chart"), tr("Not enough data for charts"),
                       tr("Charts of filament use per day, material and printer appear after the first recorded "
                          "prints."),
                       m_tabs),
        tr("Charts"));
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({230, 950});
    setCentralWidget(splitter);

    m_spoolmanIcon = new QLabel(this);
    m_spoolmanIcon->setFixedSize(12, 12);
    m_spoolmanStatus = new QLabel(this);
    statusBar()->addPermanentWidget(m_spoolmanIcon);
    statusBar()->addPermanentWidget(m_spoolmanStatus);
    setSpoolmanStatus(false, tr("Spoolman not configured"));
    statusBar()->showMessage(tr("Ready"));
    refreshIcons();
    m_printerList->setFocus(); // keyboard users start in the printer list
    qCInfo(lcUi) << "main window ready";
}

void MainWindow::buildToolBar()
{
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(18, 18));

    m_syncNow = toolbar->addAction(tr("Sync now"));
    m_syncNow->setObjectName(QStringLiteral("syncNowAction"));
    m_syncNow->setToolTip(tr("Match every loaded spool with Spoolman now"));
    m_syncNow->setShortcut(QKeySequence::Refresh);
    connect(m_syncNow, &QAction::triggered, this, &MainWindow::syncNowRequested);

    m_modeButton = new QToolButton(toolbar);
    m_modeButton->setObjectName(QStringLiteral("syncModeButton"));
    m_modeButton->setPopupMode(QToolButton::InstantPopup);
    m_modeButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *menu = new QMenu(m_modeButton);
    auto *group = new QActionGroup(menu);
    m_modeAuto = menu->addAction(tr("Auto: sync whenever the AMS changes"));
    m_modeManual = menu->addAction(tr("Manual: sync only with Sync now"));
    for (QAction *a : {m_modeAuto, m_modeManual}) {
        a->setCheckable(true);
        group->addAction(a);
    }
    connect(m_modeAuto, &QAction::triggered, this, [this] {
        setAutoSync(true);
        Q_EMIT autoSyncChanged(true);
    });
    connect(m_modeManual, &QAction::triggered, this, [this] {
        setAutoSync(false);
        Q_EMIT autoSyncChanged(false);
    });
    m_modeButton->setMenu(menu);
    toolbar->addWidget(m_modeButton);

    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_settings = toolbar->addAction(tr("Settings"));
    m_settings->setObjectName(QStringLiteral("settingsAction"));
    m_settings->setShortcut(QKeySequence::Preferences);
    connect(m_settings, &QAction::triggered, this, &MainWindow::settingsRequested);
    updateModeButton();
}

QWidget *MainWindow::buildSidebar()
{
    auto *sidebar = new QWidget(this);
    auto *layout = new QVBoxLayout(sidebar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *heading = new QLabel(tr("Printers"), sidebar);
    QFont f = heading->font();
    f.setBold(true);
    heading->setFont(f);
    heading->setContentsMargins(14, 12, 14, 8);
    layout->addWidget(heading);
    auto *filterBox = new QWidget(sidebar);
    auto *filterRow = new QHBoxLayout(filterBox);
    filterRow->setContentsMargins(10, 0, 10, 8);
    m_filter = new QLineEdit(filterBox);
    m_filter->setPlaceholderText(tr("Filter printers"));
    m_filter->setAccessibleName(tr("Filter printers by name or model"));
    m_filter->setClearButtonEnabled(true);
    filterRow->addWidget(m_filter);
    layout->addWidget(filterBox);
    filterBox->hide();
    connect(m_filter, &QLineEdit::textChanged, this, &MainWindow::applyFilter);
    m_printerList = new QListWidget(sidebar);
    m_printerList->setObjectName(QStringLiteral("printerList"));
    m_printerList->setAccessibleName(tr("Printers"));
    m_printerList->setFrameShape(QFrame::NoFrame);
    m_printerList->setItemDelegate(new PrinterListDelegate(m_printerList));
    m_printerList->setUniformItemSizes(true);
    m_printerList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    heading->setBuddy(m_printerList);
    layout->addWidget(m_printerList, 1);
    sidebar->setMinimumWidth(200);
    connect(m_printerList, &QListWidget::currentRowChanged, this, &MainWindow::onCurrentRowChanged);
    return sidebar;
}

void MainWindow::refreshIcons()
{
    const QColor iconColor = palette().color(QPalette::ButtonText);
    m_syncNow->setIcon(Theme::icon(QStringLiteral("sync"), iconColor));
    m_settings->setIcon(Theme::icon(QStringLiteral("settings"), iconColor));
    m_modeButton->setIcon(Theme::icon(m_autoSync ? QStringLiteral("auto") : QStringLiteral("manual"), iconColor));
    m_spoolmanIcon->setPixmap(Theme::pixmap(QStringLiteral("status-dot"),
        Theme::connectionColor(palette(), m_spoolmanOk ? ConnectionState::Connected : ConnectionState::Disconnected),
        12, devicePixelRatioF()));
}

void MainWindow::updateModeButton()
{
    m_modeButton->setText(m_autoSync ? tr("Auto sync") : tr("Manual sync"));
    m_modeButton->setToolTip(m_autoSync ? tr("Sync mode: Auto. Spools are synced whenever the AMS changes.")
                                        : tr("Sync mode: Manual. Spools are synced only when you press Sync now."));
    m_modeButton->setAccessibleName(m_modeButton->toolTip());
    m_modeAuto->setChecked(m_autoSync);
    m_modeManual->setChecked(!m_autoSync);
}

void MainWindow::addPrinter(const QString &id, const QString &name)
{
    if (m_views.contains(id))
        return;
    auto *view = new PrinterView(m_printerStack);
    view->setPrinterName(name);
    view->setSpoolmanUrl(m_spoolmanUrl);
    m_views.insert(id, view);
    m_printerStack->addWidget(view);
    connect(view, &PrinterView::openInSpoolmanRequested, this,
        [this, id](SlotKey key, int spoolId) { openSpoolPage(id, key, spoolId); });
    connect(view, &PrinterView::linkRequested, this,
        [this, id](SlotKey key) { Q_EMIT linkRequested(id, key.unitId, key.slotIndex); });
    connect(view, &PrinterView::addToSpoolmanRequested, this,
        [this, id](SlotKey key) { Q_EMIT addToSpoolmanRequested(id, key.unitId, key.slotIndex); });
    connect(view, &PrinterView::unlinkRequested, this,
        [this, id](SlotKey key) { Q_EMIT unlinkRequested(id, key.unitId, key.slotIndex); });
    connect(view, &PrinterView::uuidCopied, this,
        [this](const QString &) { showStatusMessage(tr("Spool UUID copied to the clipboard"), 3000); });

    auto *item = new QListWidgetItem(name);
    item->setData(PrinterListDelegate::IdRole, id);
    m_printerList->addItem(item);
    updateSidebarItem(id);
    if (m_printerList->currentRow() < 0)
        m_printerList->setCurrentItem(item);
    m_filter->parentWidget()->setVisible(m_printerList->count() >= kFilterThreshold);
    applyFilter();
}

void MainWindow::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    for (int i = 0; i < m_printerList->count(); ++i) {
        QListWidgetItem *item = m_printerList->item(i);
        const bool match = text.isEmpty() || item->text().contains(text, Qt::CaseInsensitive)
            || item->data(PrinterListDelegate::ModelRole).toString().contains(text, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}

void MainWindow::removePrinter(const QString &id)
{
    PrinterView *view = m_views.take(id);
    if (!view)
        return;
    delete itemFor(id);
    m_filter->parentWidget()->setVisible(m_printerList->count() >= kFilterThreshold);
    m_printerStack->removeWidget(view);
    view->deleteLater();
    if (m_views.isEmpty())
        m_printerStack->setCurrentWidget(m_noPrinters);
}

void MainWindow::setPrinterName(const QString &id, const QString &name)
{
    if (PrinterView *view = m_views.value(id)) {
        view->setPrinterName(name);
        updateSidebarItem(id);
        applyFilter();
    }
}

void MainWindow::setPrinterState(const QString &id, const PrinterState &state)
{
    if (PrinterView *view = m_views.value(id)) {
        view->setState(state);
        updateSidebarItem(id);
    }
}

void MainWindow::setConnectionState(const QString &id, ConnectionState state, const QString &message)
{
    if (PrinterView *view = m_views.value(id)) {
        view->setConnectionState(state, message);
        updateSidebarItem(id);
    }
}

void MainWindow::setSlotLinkInfo(const QString &id, int unitId, int slotIndex, const SlotLinkInfo &info)
{
    if (PrinterView *view = m_views.value(id))
        view->setLinkInfo({unitId, slotIndex}, info);
}

void MainWindow::setSpoolmanUrl(const QString &url)
{
    m_spoolmanUrl = url;
    for (PrinterView *view : std::as_const(m_views))
        view->setSpoolmanUrl(url);
}

void MainWindow::setSpoolmanStatus(bool ok, const QString &message)
{
    m_spoolmanOk = ok;
    m_spoolmanStatus->setText(message);
    m_spoolmanStatus->setAccessibleName(tr("Spoolman status: %1").arg(message));
    refreshIcons();
}

void MainWindow::setAutoSync(bool autoSync)
{
    m_autoSync = autoSync;
    updateModeButton();
    refreshIcons();
}

void MainWindow::setSyncRunning(bool running)
{
    m_syncRunning = running;
    m_syncNow->setEnabled(!running);
    m_syncNow->setText(running ? tr("Syncing…") : tr("Sync now"));
}

void MainWindow::showStatusMessage(const QString &message, int timeoutMs)
{
    statusBar()->showMessage(message, timeoutMs);
}

QStringList MainWindow::printerIds() const
{
    QStringList ids;
    for (int i = 0; i < m_printerList->count(); ++i)
        ids << m_printerList->item(i)->data(PrinterListDelegate::IdRole).toString();
    return ids;
}

QString MainWindow::currentPrinterId() const
{
    const QListWidgetItem *item = m_printerList->currentItem();
    return item ? item->data(PrinterListDelegate::IdRole).toString() : QString();
}

void MainWindow::selectPrinter(const QString &id)
{
    if (QListWidgetItem *item = itemFor(id))
        m_printerList->setCurrentItem(item);
}

PrinterView *MainWindow::printerView(const QString &id) const
{
    return m_views.value(id);
}

PrinterView *MainWindow::currentPrinterView() const
{
    return qobject_cast<PrinterView *>(m_printerStack->currentWidget());
}

QUrl MainWindow::spoolPageUrl(const QString &spoolmanUrl, int spoolId)
{
    QString base = spoolmanUrl.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(QStringLiteral("%1/spool/show/%2").arg(base).arg(spoolId));
}

void MainWindow::openSpoolPage(const QString &printerId, SlotKey key, int spoolId)
{
    const PrinterView *view = m_views.value(printerId);
    const SlotCard *card = view ? view->card(key) : nullptr;
    const QString base = card && !card->linkInfo().spoolmanUrl.isEmpty() ? card->linkInfo().spoolmanUrl : m_spoolmanUrl;
    const QUrl url = spoolPageUrl(base, spoolId);
    if (base.isEmpty() || !url.isValid()) {
        showStatusMessage(tr("Cannot open the spool: set your Spoolman server's address in Settings first."), 6000);
        return;
    }
    if (!QDesktopServices::openUrl(url)) {
        showStatusMessage(tr("Could not open %1: no web browser is set up on this system.").arg(url.toString()), 6000);
        return;
    }
    Q_EMIT spoolPageOpened(url);
}

void MainWindow::onCurrentRowChanged(int row)
{
    const QListWidgetItem *item = m_printerList->item(row);
    PrinterView *view = item ? m_views.value(item->data(PrinterListDelegate::IdRole).toString()) : nullptr;
    m_printerStack->setCurrentWidget(view ? static_cast<QWidget *>(view) : m_noPrinters);
}

QListWidgetItem *MainWindow::itemFor(const QString &id) const
{
    for (int i = 0; i < m_printerList->count(); ++i) {
        if (m_printerList->item(i)->data(PrinterListDelegate::IdRole).toString() == id)
            return m_printerList->item(i);
    }
    return nullptr;
}

void MainWindow::updateSidebarItem(const QString &id)
{
    QListWidgetItem *item = itemFor(id);
    const PrinterView *view = m_views.value(id);
    if (!item || !view)
        return;
    const PrinterState &state = view->state();
    const JobInfo &job = state.job;
    item->setText(view->printerName());
    item->setData(PrinterListDelegate::ModelRole, state.modelName);
    item->setData(PrinterListDelegate::ConnectionRole, int(view->connectionState()));
    QString jobLine;
    int progress = -1;
    if (view->connectionState() != ConnectionState::Connected) {
        jobLine = Labels::connectionStateName(view->connectionState());
    } else if (job.state == JobState::Running || job.state == JobState::Pause || job.state == JobState::Prepare) {
        jobLine = tr("%1 · %2 %").arg(Labels::jobStateName(job.state)).arg(job.progressPercent);
        progress = job.progressPercent;
    } else {
        jobLine = Labels::jobStateName(job.state);
    }
    item->setData(PrinterListDelegate::JobLineRole, jobLine);
    item->setData(PrinterListDelegate::ProgressRole, progress);
    item->setToolTip(
        tr("%1 (%2): %3")
            .arg(view->printerName(), state.modelName.isEmpty() ? tr("unknown model") : state.modelName, jobLine));
    item->setData(Qt::AccessibleTextRole, item->toolTip());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_syncNow)
        refreshIcons();
    QMainWindow::changeEvent(event);
}

} // namespace Spoolbridge::Ui
