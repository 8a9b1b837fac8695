#include "ui/printerview.h"

#include "ui/amsunitwidget.h"
#include "ui/flowlayout.h"
#include "ui/hovercardcontroller.h"
#include "ui/labels.h"
#include "ui/slotcard.h"
#include "ui/slothovercard.h"
#include "ui/theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Spoolbridge::Ui {

namespace {
constexpr int kJobColumnWidth = 340;

bool jobInProgress(JobState s)
{
    return s == JobState::Prepare || s == JobState::Running || s == JobState::Pause;
}
} // namespace

PrinterView::PrinterView(QWidget *parent)
    : QWidget(parent)
{
    buildUi();
    m_hoverCard = new SlotHoverCard(this);
    m_hover = new HoverCardController(m_hoverCard, this);
    connect(m_hoverCard, &SlotHoverCard::openInSpoolmanRequested, this, &PrinterView::openInSpoolmanRequested);
    connect(m_hoverCard, &SlotHoverCard::linkRequested, this, &PrinterView::linkRequested);
    connect(m_hoverCard, &SlotHoverCard::addRequested, this, &PrinterView::addToSpoolmanRequested);
    connect(m_hoverCard, &SlotHoverCard::unlinkRequested, this, &PrinterView::unlinkRequested);
    connect(m_hoverCard, &SlotHoverCard::uuidCopied, this, &PrinterView::uuidCopied);
    updateHeader();
}

PrinterView::~PrinterView() = default;

void PrinterView::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildHeader());

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Plain);
    line->setForegroundRole(QPalette::Mid);
    layout->addWidget(line);

    m_scroll = new QScrollArea(this);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded); // narrower than one unit
    auto *content = new QWidget(m_scroll);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(20, 18, 20, 20);
    contentLayout->setSpacing(12);
    m_emptyUnits = new QLabel(tr("This printer has not reported an AMS or an external spool yet."), content);
    m_emptyUnits->setForegroundRole(QPalette::PlaceholderText);
    m_emptyUnits->setAlignment(Qt::AlignCenter);
    m_emptyUnits->setWordWrap(true);
    contentLayout->addWidget(m_emptyUnits);
    auto *flowHost = new QWidget(content);
    m_flow = new FlowLayout(flowHost, 16);
    m_flow->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(flowHost);
    contentLayout->addStretch(1);
    m_scroll->setWidget(content);
    layout->addWidget(m_scroll, 1);

    m_external = createUnitWidget();
    m_external->setExternalSlots({}, false);
    m_flow->addWidget(m_external);
    m_external->hide();
}

QWidget *PrinterView::buildHeader()
{
    auto *header = new QWidget(this);
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(20, 16, 20, 14);
    layout->setSpacing(24);

    auto *identity = new QVBoxLayout;
    identity->setSpacing(4);
    m_title = new QLabel(header);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    identity->addWidget(m_title);
    auto *meta = new QHBoxLayout;
    meta->setSpacing(6);
    m_model = new QLabel(header);
    m_model->setForegroundRole(QPalette::PlaceholderText);
    m_connectionIcon = new QLabel(header);
    m_connectionIcon->setFixedSize(14, 14);
    m_connectionText = new QLabel(header);
    m_connectionText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    meta->addWidget(m_model);
    meta->addSpacing(8);
    meta->addWidget(m_connectionIcon);
    meta->addWidget(m_connectionText);
    meta->addStretch(1);
    identity->addLayout(meta);
    layout->addLayout(identity, 1);

    auto *job = new QVBoxLayout;
    job->setContentsMargins(0, 0, 0, 0);
    job->setSpacing(5);
    auto *jobLine = new QHBoxLayout;
    jobLine->setSpacing(8);
    m_jobState = new QLabel(header);
    QFont stateFont = m_jobState->font();
    stateFont.setBold(true);
    m_jobState->setFont(stateFont);
    m_jobName = new QLabel(header);
    m_jobName->setMinimumWidth(120);
    jobLine->addWidget(m_jobState);
    jobLine->addWidget(m_jobName, 1);
    job->addLayout(jobLine);
    m_progress = new QProgressBar(header);
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(8);
    m_progress->setAccessibleName(tr("Job progress"));
    QSizePolicy keepSpace = m_progress->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true); // the header keeps its height between jobs
    m_progress->setSizePolicy(keepSpace);
    job->addWidget(m_progress);
    m_progressText = new QLabel(header);
    m_progressText->setForegroundRole(QPalette::PlaceholderText);
    job->addWidget(m_progressText);
    auto *jobBox = new QWidget(header);
    jobBox->setLayout(job);
    jobBox->setFixedWidth(kJobColumnWidth);
    layout->addWidget(jobBox, 0, Qt::AlignVCenter);
    return header;
}

AmsUnitWidget *PrinterView::createUnitWidget()
{
    auto *unit = new AmsUnitWidget(m_flow->parentWidget());
    connect(unit, &AmsUnitWidget::cardAdded, this, [this](SlotCard *card) { m_hover->watch(card); });
    return unit;
}

void PrinterView::setPrinterName(const QString &name)
{
    m_name = name;
    m_title->setText(name);
    setAccessibleName(tr("Printer %1").arg(name));
}

void PrinterView::setConnectionState(ConnectionState state, const QString &message)
{
    m_connection = state;
    m_connectionMessage = message;
    const QString name = Labels::connectionStateName(state);
    m_connectionText->setText(message.isEmpty() ? name : tr("%1 — %2").arg(name, message));
    m_connectionText->setAccessibleName(tr("Connection: %1").arg(m_connectionText->text()));
    updateConnectionIcon();
    updateHeader();
}

void PrinterView::updateConnectionIcon()
{
    m_connectionIcon->setPixmap(Theme::pixmap(
        QStringLiteral("status-dot"), Theme::connectionColor(palette(), m_connection), 14, devicePixelRatioF()));
}

void PrinterView::setSpoolmanUrl(const QString &url)
{
    if (url == m_spoolmanUrl)
        return;
    m_spoolmanUrl = url;
    for (AmsUnitWidget *unit : m_units)
        applyLinks(unit);
    applyLinks(m_external);
    m_hover->refresh();
}

void PrinterView::setState(const PrinterState &state)
{
    m_state = state;
    const bool dual = state.dualNozzle;

    // Units: update in place, create new ones, drop vanished ones, keep the printer's order.
    QList<int> ids;
    for (const AmsUnit &unit : state.units)
        ids.append(unit.id);
    for (auto it = m_units.begin(); it != m_units.end();) {
        if (!ids.contains(it.key())) {
            m_flow->removeWidget(it.value());
            it.value()->deleteLater();
            it = m_units.erase(it);
        } else {
            ++it;
        }
    }
    for (int i = 0; i < state.units.size(); ++i) {
        const AmsUnit &unit = state.units.at(i);
        AmsUnitWidget *widget = m_units.value(unit.id);
        if (!widget) {
            widget = createUnitWidget();
            m_units.insert(unit.id, widget);
            m_flow->insertWidget(i, widget);
            widget->show();
        } else if (m_flow->indexOf(widget) != i) {
            m_flow->removeWidget(widget);
            m_flow->insertWidget(i, widget);
        }
        widget->setUnit(unit, dual);
        applyLinks(widget);
    }
    m_external->setExternalSlots(state.external, dual);
    applyLinks(m_external);
    m_external->setVisible(!state.external.isEmpty());
    m_emptyUnits->setVisible(state.units.isEmpty() && state.external.isEmpty());
    m_flow->invalidate();

    m_model->setText(state.modelName.isEmpty() ? tr("Unknown model") : state.modelName);
    updateHeader();
    m_hover->refresh();
}

SlotLinkInfo PrinterView::effectiveLink(const SlotKey &key) const
{
    SlotLinkInfo info = m_links.value(key);
    if (info.spoolmanUrl.isEmpty())
        info.spoolmanUrl = m_spoolmanUrl;
    return info;
}

void PrinterView::applyLinks(AmsUnitWidget *unit)
{
    for (SlotCard *card : unit->cards())
        card->setLinkInfo(effectiveLink(card->key()));
}

void PrinterView::setLinkInfo(const SlotKey &key, const SlotLinkInfo &info)
{
    m_links.insert(key, info);
    if (SlotCard *c = card(key)) {
        c->setLinkInfo(effectiveLink(key));
        if (m_hover->currentCard() == c)
            m_hover->refresh();
    }
}

SlotCard *PrinterView::card(const SlotKey &key) const
{
    if (key.unitId >= 254)
        return m_external->card(key.unitId);
    const AmsUnitWidget *unit = m_units.value(key.unitId);
    return unit ? unit->card(key.slotIndex) : nullptr;
}

QList<SlotCard *> PrinterView::cards() const
{
    QList<SlotCard *> result;
    for (const AmsUnitWidget *unit : m_units)
        result += unit->cards();
    result += m_external->cards();
    return result;
}

QString PrinterView::jobText() const
{
    const QString name = m_jobFullName;
    return name.isEmpty() ? m_jobState->text() : tr("%1 · %2").arg(m_jobState->text(), name);
}

QString PrinterView::progressText() const
{
    return m_progressText->text();
}

void PrinterView::updateHeader()
{
    const JobInfo &job = m_state.job;
    const bool active = jobInProgress(job.state);
    // Without a live connection the job line is the last report, and says so.
    const bool live = m_connection == ConnectionState::Connected;
    m_jobState->setText(live || job.state == JobState::Unknown
            ? Labels::jobStateName(job.state)
            : tr("%1 (last known)").arg(Labels::jobStateName(job.state)));
    const bool showName = job.state != JobState::Idle && job.state != JobState::Unknown && !job.name.isEmpty();
    // Long job names are elided to the job column (the full name is in the tooltip).
    const int nameWidth = kJobColumnWidth - m_jobState->sizeHint().width() - 12;
    m_jobName->setText(showName ? m_jobName->fontMetrics().elidedText(job.name, Qt::ElideRight, nameWidth) : QString());
    m_jobFullName = showName ? job.name : QString();
    m_jobName->setToolTip(showName ? job.name : QString());
    m_progress->setVisible(active || job.state == JobState::Finish);
    m_progress->setValue(job.state == JobState::Finish ? 100 : qBound(0, job.progressPercent, 100));

    QStringList parts;
    if (active || job.state == JobState::Finish || job.state == JobState::Failed) {
        parts << tr("%1 %").arg(job.state == JobState::Finish ? 100 : job.progressPercent);
        if (job.totalLayers > 0)
            parts << tr("Layer %1 of %2").arg(job.layer).arg(job.totalLayers);
        if (active && job.remainingMinutes > 0)
            parts << tr("%1 left").arg(Labels::durationText(job.remainingMinutes));
    } else if (job.state == JobState::Idle) {
        parts << tr("Ready for the next print");
    }
    m_progressText->setText(parts.join(QStringLiteral(" · ")));
    m_progressText->setVisible(!parts.isEmpty());
    m_progress->setAccessibleDescription(m_progressText->text());
}

void PrinterView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_connectionIcon)
        updateConnectionIcon();
    QWidget::changeEvent(event);
}

} // namespace Spoolbridge::Ui
