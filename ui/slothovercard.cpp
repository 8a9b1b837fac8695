#include "ui/slothovercard.h"

#include "ui/colornames.h"
#include "ui/labels.h"
#include "ui/theme.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>

namespace Spoolbridge::Ui {

namespace {
constexpr int kSwatch = 40;

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
} // namespace

SlotHoverCard::SlotHoverCard(QWidget *parent)
    : QFrame(parent, Qt::ToolTip | Qt::FramelessWindowHint)
{
    setObjectName(QStringLiteral("slotHoverCard"));
    setAccessibleName(tr("Slot details"));
    setFrameStyle(QFrame::NoFrame);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    setAttribute(Qt::WA_Hover);
    buildUi();
    m_copiedReset = new QTimer(this);
    m_copiedReset->setSingleShot(true);
    m_copiedReset->setInterval(1500);
    connect(m_copiedReset, &QTimer::timeout, this, [this] { m_copy->setText(tr("Copy")); });
}

SlotHoverCard::~SlotHoverCard() = default;

void SlotHoverCard::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(10);

    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    m_swatch = new QLabel(this);
    m_swatch->setFixedSize(kSwatch, kSwatch);
    header->addWidget(m_swatch, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(this);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    layout->addLayout(header);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Plain);
    line->setForegroundRole(QPalette::Mid);
    layout->addWidget(line);

    auto *form = new QGridLayout;
    form->setHorizontalSpacing(14);
    form->setVerticalSpacing(6);
    form->setColumnStretch(1, 1);
    int row = 0;
    auto addRow = [&](const QString &text, QWidget *value, QLabel **captionOut = nullptr) {
        QLabel *c = caption(text, this);
        c->setBuddy(value);
        form->addWidget(c, row, 0, Qt::AlignLeft | Qt::AlignVCenter);
        form->addWidget(value, row, 1);
        if (captionOut)
            *captionOut = c;
        ++row;
    };
    m_vendor = new QLabel(this);
    addRow(tr("Vendor"), m_vendor);
    m_profile = new QLabel(this);
    addRow(tr("Profile"), m_profile);
    m_colorName = new QLabel(this);
    addRow(tr("Colour"), m_colorName);
    m_k = new QLabel(this);
    addRow(tr("K factor"), m_k);

    auto *fillBox = new QWidget(this);
    auto *fillLayout = new QHBoxLayout(fillBox);
    fillLayout->setContentsMargins(0, 0, 0, 0);
    fillLayout->setSpacing(8);
    m_fill = new QProgressBar(fillBox);
    m_fill->setRange(0, 100);
    m_fill->setTextVisible(false);
    m_fill->setFixedHeight(8);
    m_fill->setAccessibleName(tr("Fill level"));
    m_fillText = new QLabel(fillBox);
    fillLayout->addWidget(m_fill, 1);
    fillLayout->addWidget(m_fillText);
    addRow(tr("Fill level"), fillBox);

    m_spoolman = new QLabel(this);
    addRow(tr("Spoolman"), m_spoolman, &m_spoolmanCaption);

    auto *uuidBox = new QWidget(this);
    auto *uuidLayout = new QHBoxLayout(uuidBox);
    uuidLayout->setContentsMargins(0, 0, 0, 0);
    uuidLayout->setSpacing(8);
    m_uuid = new QLabel(uuidBox);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF() * 0.85);
    m_uuid->setFont(mono);
    m_uuid->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copy = new QPushButton(tr("Copy"), uuidBox);
    m_copy->setObjectName(QStringLiteral("copyUuidButton"));
    m_copy->setAccessibleName(tr("Copy spool UUID"));
    m_copy->setToolTip(tr("Copy the full spool UUID to the clipboard"));
    uuidLayout->addWidget(m_uuid, 1);
    uuidLayout->addWidget(m_copy);
    addRow(tr("Spool UUID"), uuidBox, &m_uuidCaption);
    layout->addLayout(form);

    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_hint);

    m_actions = new QWidget(this);
    auto *actions = new QHBoxLayout(m_actions);
    actions->setContentsMargins(0, 4, 0, 0);
    actions->setSpacing(8);
    m_open = new QPushButton(tr("Open in Spoolman"), m_actions);
    m_open->setObjectName(QStringLiteral("openInSpoolmanButton"));
    m_link = new QPushButton(tr("Link to Spoolman"), m_actions);
    m_link->setObjectName(QStringLiteral("linkButton"));
    m_add = new QPushButton(tr("Add to Spoolman"), m_actions);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_unlink = new QPushButton(tr("Unlink"), m_actions);
    m_unlink->setObjectName(QStringLiteral("unlinkButton"));
    m_unlink->setToolTip(tr("Remove this slot's tag from the Spoolman spool"));
    actions->addWidget(m_open);
    actions->addWidget(m_link);
    actions->addWidget(m_add);
    actions->addStretch(1);
    actions->addWidget(m_unlink);
    layout->addWidget(m_actions);

    // An action hands over to the window (browser, picker, dialog): the card gets out of the way.
    connect(m_open, &QPushButton::clicked, this, [this] {
        const SlotKey k = key();
        hide();
        Q_EMIT openInSpoolmanRequested(k, m_linkInfo.spoolId);
    });
    connect(m_link, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT linkRequested(key());
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT addRequested(key());
    });
    connect(m_unlink, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT unlinkRequested(key());
    });
    connect(m_copy, &QPushButton::clicked, this, &SlotHoverCard::copyUuid);
    setFixedWidth(440);
    refreshIcons();
}

void SlotHoverCard::setContent(const Slot &slot, const QString &label, const SlotLinkInfo &link)
{
    m_slot = slot;
    m_label = label;
    m_linkInfo = link;
    refresh();
}

QString SlotHoverCard::hintText() const
{
    return m_hint->isVisibleTo(this) ? m_hint->text() : QString();
}

void SlotHoverCard::refresh()
{
    const QPalette &pal = palette();
    QPixmap swatch(kSwatch * devicePixelRatioF(), kSwatch * devicePixelRatioF());
    swatch.setDevicePixelRatio(devicePixelRatioF());
    swatch.fill(Qt::transparent);
    {
        QPainter p(&swatch);
        QStringList colors = m_slot.colors.size() > 1 ? m_slot.colors : QStringList {m_slot.color};
        if (!m_slot.present || m_slot.color.isEmpty())
            colors.clear();
        Theme::paintSwatch(p, QRectF(1, 1, kSwatch - 2, kSwatch - 2), colors, pal);
    }
    m_swatch->setPixmap(swatch);

    const bool present = m_slot.present;
    const QString profile = Labels::profileName(m_slot);
    m_title->setText(present ? tr("%1 · %2").arg(m_label, profile.isEmpty() ? tr("Unknown filament") : profile)
                             : tr("%1 · Empty").arg(m_label));
    QString subtitle;
    if (!present) {
        subtitle = tr("No spool in this slot");
    } else {
        switch (m_linkInfo.state) {
        case SlotLinkInfo::Linked:
            subtitle = tr("Linked to Spoolman spool #%1").arg(m_linkInfo.spoolId);
            break;
        case SlotLinkInfo::Unlinked:
            subtitle = tr("Not linked to Spoolman");
            break;
        case SlotLinkInfo::Skipped:
            subtitle = tr("Skipped by sync");
            break;
        case SlotLinkInfo::Unknown:
            subtitle = m_slot.active ? tr("In use") : QString();
            break;
        }
        if (m_slot.active && m_linkInfo.state != SlotLinkInfo::Unknown)
            subtitle = tr("%1 · in use").arg(subtitle);
    }
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());

    m_vendor->setText(present ? Labels::vendorName(m_slot, m_linkInfo) : tr("—"));
    m_profile->setText(present && !profile.isEmpty() ? profile : tr("—"));
    QString colour = m_linkInfo.state == SlotLinkInfo::Linked && !m_linkInfo.colorName.isEmpty()
        ? m_linkInfo.colorName
        : ColorNames::nameFor(m_slot.color, m_slot.profile);
    if (m_slot.colors.size() > 1)
        colour = tr("Multicolour (%n colours)", nullptr, int(m_slot.colors.size()));
    const QString hex = m_slot.color.left(6);
    m_colorName->setText(!present || colour.isEmpty() ? tr("—") : tr("%1  #%2").arg(colour, hex));
    m_k->setText(present && m_slot.k ? QLocale().toString(*m_slot.k, 'f', 3) : tr("Not reported"));

    const bool fillKnown = present && m_slot.remainPercent.has_value();
    m_fill->setVisible(fillKnown);
    if (fillKnown) {
        m_fill->setValue(qBound(0, *m_slot.remainPercent, 100));
        m_fillText->setText(tr("%1 %").arg(*m_slot.remainPercent));
    } else {
        m_fillText->setText(present ? tr("Unknown (not reported for this spool)") : tr("—"));
    }

    const bool linked = present && m_linkInfo.state == SlotLinkInfo::Linked;
    m_spoolmanCaption->setVisible(linked);
    m_spoolman->setVisible(linked);
    if (linked) {
        m_spoolman->setText(m_linkInfo.remainingG
                ? tr("%1 left · spool #%2").arg(Labels::gramsText(*m_linkInfo.remainingG)).arg(m_linkInfo.spoolId)
                : tr("Spool #%1").arg(m_linkInfo.spoolId));
    }

    const QString uuid = m_slot.identity();
    const bool showUuid = present && m_linkInfo.spoolmanConfigured() && !uuid.isEmpty();
    m_uuidCaption->setVisible(showUuid);
    m_uuid->parentWidget()->setVisible(showUuid);
    m_uuid->setText(uuid);
    m_uuid->setAccessibleName(tr("Spool UUID %1").arg(uuid));

    updateButtons();
    setAccessibleName(tr("Details for slot %1").arg(m_label));
    adjustSize();
}

void SlotHoverCard::refreshIcons()
{
    const QColor iconColor = palette().color(QPalette::ButtonText);
    m_open->setIcon(Theme::icon(QStringLiteral("open-external"), iconColor));
    m_link->setIcon(Theme::icon(QStringLiteral("link"), iconColor));
    m_add->setIcon(Theme::icon(QStringLiteral("add"), iconColor));
    m_unlink->setIcon(Theme::icon(QStringLiteral("unlink"), iconColor));
    m_copy->setIcon(Theme::icon(QStringLiteral("copy"), iconColor));
}

void SlotHoverCard::updateButtons()
{
    const bool present = m_slot.present;
    const bool configured = m_linkInfo.spoolmanConfigured();
    const SlotLinkInfo::State state = m_linkInfo.state;
    const bool linked = present && configured && state == SlotLinkInfo::Linked;
    const bool notLinked = present && configured && (state == SlotLinkInfo::Unlinked || state == SlotLinkInfo::Skipped);

    m_open->setVisible(linked);
    m_unlink->setVisible(linked);
    m_link->setVisible(notLinked);
    m_add->setVisible(notLinked);
    m_link->setEnabled(notLinked && m_linkInfo.unlinkedSpoolsAvailable);

    QStringList hints;
    if (present && !configured) {
        hints << tr("Spoolman is not set up. Add your Spoolman server in Settings to link this spool.");
    } else if (present && state == SlotLinkInfo::Unknown) {
        hints << tr("Not checked against Spoolman yet. Press Sync now to look this spool up.");
    }
    if (notLinked && state == SlotLinkInfo::Skipped && !m_linkInfo.skipReason.isEmpty())
        hints << m_linkInfo.skipReason;
    if (notLinked && !m_linkInfo.unlinkedSpoolsAvailable) {
        const QString why = tr("Spoolman has no unlinked spools to link to. Use Add to Spoolman to create one.");
        m_link->setToolTip(why);
        hints << why;
    } else {
        m_link->setToolTip(tr("Pick one of Spoolman's unlinked spools for this slot"));
    }
    m_open->setToolTip(linked ? tr("Open spool #%1 in Spoolman in your browser").arg(m_linkInfo.spoolId) : QString());
    m_add->setToolTip(tr("Create a new Spoolman spool for this filament and link it"));
    m_hint->setText(hints.join(QLatin1Char('\n')));
    m_hint->setVisible(!hints.isEmpty());
    m_actions->setVisible(linked || notLinked);
}

void SlotHoverCard::copyUuid()
{
    const QString uuid = m_slot.identity();
    if (uuid.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(uuid);
    m_copy->setText(tr("Copied"));
    m_copiedReset->start();
    Q_EMIT uuidCopied(uuid);
}

void SlotHoverCard::showFor(const QWidget *anchor, bool interactive)
{
    if (interactive != m_interactive || !isVisible()) {
        const bool wasVisible = isVisible();
        if (wasVisible)
            hide();
        m_interactive = interactive;
        setWindowFlags((interactive ? Qt::Popup : Qt::ToolTip) | Qt::FramelessWindowHint);
    }
    adjustSize();
    if (anchor) {
        const QPoint below = anchor->mapToGlobal(QPoint(0, anchor->height() + 4));
        QRect geometry(below, size());
        if (const QScreen *screen = anchor->screen()) {
            const QRect avail = screen->availableGeometry();
            if (geometry.bottom() > avail.bottom()) // not enough room below: open above the card
                geometry.moveBottom(anchor->mapToGlobal(QPoint(0, -4)).y());
            geometry.moveLeft(qBound(avail.left(), geometry.left(), qMax(avail.left(), avail.right() - width())));
            geometry.moveTop(qMax(avail.top(), geometry.top()));
        }
        move(geometry.topLeft());
    }
    show();
    raise();
    if (interactive) {
        activateWindow();
        for (QPushButton *button : {m_open, m_link, m_add, m_unlink, m_copy}) {
            if (button->isVisibleTo(this) && button->isEnabled()) {
                button->setFocus(Qt::PopupFocusReason);
                break;
            }
        }
    }
}

void SlotHoverCard::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    // A popup floats over other cards: a clear 1 px border separates it in both schemes.
    QPainter p(this);
    p.setPen(QPen(Theme::cardBorder(palette()), 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
}

void SlotHoverCard::enterEvent(QEnterEvent *event)
{
    Q_EMIT pointerEntered();
    QFrame::enterEvent(event);
}

void SlotHoverCard::leaveEvent(QEvent *event)
{
    Q_EMIT pointerLeft();
    QFrame::leaveEvent(event);
}

void SlotHoverCard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event);
}

void SlotHoverCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_swatch) {
        refreshIcons();
        refresh();
    }
    QFrame::changeEvent(event);
}

} // namespace Spoolbridge::Ui
