#include "ui/tray/traycontroller.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

namespace Spoolbridge::Ui {

namespace {

QString iconPath(TrayController::State state)
{
    switch (state) {
    case TrayController::State::Ok:
        return QStringLiteral(":/icons/tray-ok.svg");
    case TrayController::State::Syncing:
        return QStringLiteral(":/icons/tray-syncing.svg");
    case TrayController::State::Error:
        return QStringLiteral(":/icons/tray-error.svg");
    case TrayController::State::Paused:
        return QStringLiteral(":/icons/tray-paused.svg");
    }
    return QString();
}

} // namespace

TrayController::TrayController(QObject *parent)
    : QObject(parent)
    , m_menu(new QMenu)
{
    m_open = m_menu->addAction(tr("&Open Spoolbridge"));
    m_syncNow = m_menu->addAction(tr("&Sync now"));
    m_pause = m_menu->addAction(tr("&Pause sync"));
    m_pause->setCheckable(true);
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("&Quit"));
    connect(m_open, &QAction::triggered, this, &TrayController::openRequested);
    connect(m_syncNow, &QAction::triggered, this, &TrayController::syncNowRequested);
    connect(m_quit, &QAction::triggered, this, &TrayController::quitRequested);
    connect(m_pause, &QAction::toggled, this, [this](bool paused) {
        m_syncNow->setEnabled(!paused);
        refreshIcon();
        Q_EMIT pauseToggled(paused);
    });

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_icon = new QSystemTrayIcon(this);
        m_icon->setContextMenu(m_menu);
        connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                Q_EMIT openRequested();
        });
        connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayController::openRequested);
    }
    refreshIcon();
    if (m_icon)
        m_icon->show();
}

TrayController::~TrayController()
{
    if (m_icon)
        m_icon->hide();
    delete m_menu; // a QMenu cannot have a QObject parent that is not a widget
}

bool TrayController::isAvailable() const
{
    return m_icon && m_icon->isVisible();
}

void TrayController::setState(State state, const QString &detail)
{
    m_state = state;
    m_detail = detail;
    refreshIcon();
}

void TrayController::setPaused(bool paused)
{
    m_pause->setChecked(paused);
}

bool TrayController::isPaused() const
{
    return m_pause->isChecked();
}

void TrayController::refreshIcon()
{
    const State shown = isPaused() ? State::Paused : m_state;
    QString summary;
    switch (shown) {
    case State::Ok:
        summary = tr("Spoolbridge — in sync");
        break;
    case State::Syncing:
        summary = tr("Spoolbridge — syncing…");
        break;
    case State::Error:
        summary = tr("Spoolbridge — needs attention");
        break;
    case State::Paused:
        summary = tr("Spoolbridge — sync paused");
        break;
    }
    m_toolTip = m_detail.isEmpty() ? summary : tr("%1\n%2").arg(summary, m_detail);
    m_pause->setText(isPaused() ? tr("Resume &sync") : tr("&Pause sync"));
    if (m_icon) {
        m_icon->setIcon(QIcon(iconPath(shown)));
        m_icon->setToolTip(m_toolTip);
    }
}

void TrayController::setEnabled(Notification kind, bool enabled)
{
    if (enabled)
        m_disabled.remove(kind);
    else
        m_disabled.insert(kind);
}

bool TrayController::isEnabled(Notification kind) const
{
    return !m_disabled.contains(kind);
}

void TrayController::notify(Notification kind, const QString &title, const QString &message, bool warning)
{
    if (!isEnabled(kind))
        return;
    const QString key = title + QLatin1Char('\n') + message;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto last = m_lastShown.constFind(key);
    if (last != m_lastShown.cend() && last.value().secsTo(now) < kRepeatSeconds)
        return;
    m_lastShown.insert(key, now);
    if (m_icon && QSystemTrayIcon::supportsMessages())
        m_icon->showMessage(title, message, warning ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    Q_EMIT notified(kind, title, message);
}

void TrayController::notifyLowFilament(const QString &printer, const QString &slot, double remainingG)
{
    notify(Notification::LowFilament, tr("Low filament on %1").arg(printer),
        tr("%1 has about %2 g left. Have a new spool ready.").arg(slot).arg(qRound(remainingG)), true);
}

void TrayController::notifySyncError(const QString &printer, const QString &message)
{
    notify(Notification::SyncError, printer.isEmpty() ? tr("Sync failed") : tr("Sync failed for %1").arg(printer),
        message, true);
}

void TrayController::notifyUnlinkedSpool(const QString &printer, const QString &slot, const QString &filament)
{
    notify(Notification::UnlinkedSpool, tr("Unlinked spool on %1").arg(printer),
        tr("%1 (%2) is not linked to Spoolman. Open Spoolbridge to link it or add it.").arg(slot, filament), false);
}

void TrayController::notifyUsagePending(int entries, const QString &reason)
{
    notify(Notification::UsagePending, tr("Usage waiting for Spoolman"),
        tr("%n print(s) could not be written to Spoolman yet; Spoolbridge keeps trying. %1", nullptr, entries)
            .arg(reason)
            .trimmed(),
        true);
}

} // namespace Spoolbridge::Ui
