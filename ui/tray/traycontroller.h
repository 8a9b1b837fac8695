#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace Spoolbridge::Ui {

// The system tray icon: a state icon (ok / syncing / error / paused) with a tooltip, a menu
// (Open, Sync now, Pause sync, Quit) whose actions come out as signals, and desktop
// notifications for the events a user wants to know about while the window is closed. Without
// a system tray (some desktops, tests) nothing is shown, but the menu, the state and the
// notification bookkeeping still work, so callers need no special case.
class TrayController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayController)

public:
    enum class State {
        Ok,
        Syncing,
        Error,
        Paused,
    };
    enum class Notification {
        LowFilament,
        SyncError,
        UnlinkedSpool,
        UsagePending,
    };

    // The same notification text is not repeated within this time.
    static constexpr int kRepeatSeconds = 600;

    explicit TrayController(QObject *parent = nullptr);
    ~TrayController() override;

    // True when a tray icon is actually shown.
    bool isAvailable() const;
    void setState(State state, const QString &detail = QString());
    State state() const { return m_state; }
    QString toolTip() const { return m_toolTip; }
    void setPaused(bool paused);
    bool isPaused() const;

    // Which notifications to show (all by default); follows the app's notification settings.
    void setEnabled(Notification kind, bool enabled);
    bool isEnabled(Notification kind) const;

    void notifyLowFilament(const QString &printer, const QString &slot, double remainingG);
    void notifySyncError(const QString &printer, const QString &message);
    void notifyUnlinkedSpool(const QString &printer, const QString &slot, const QString &filament);
    void notifyUsagePending(int entries, const QString &reason);

    QMenu *menu() const { return m_menu; }
    QAction *openAction() const { return m_open; }
    QAction *syncNowAction() const { return m_syncNow; }
    QAction *pauseAction() const { return m_pause; }
    QAction *quitAction() const { return m_quit; }

Q_SIGNALS:
    void openRequested();
    void syncNowRequested();
    void pauseToggled(bool paused);
    void quitRequested();
    // Every notification that passed the filters (also without a tray, for logs and tests).
    void notified(Spoolbridge::Ui::TrayController::Notification kind, const QString &title, const QString &message);

private:
    void notify(Notification kind, const QString &title, const QString &message, bool warning);
    void refreshIcon();

    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_open = nullptr;
    QAction *m_syncNow = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_quit = nullptr;
    State m_state = State::Ok;
    QString m_detail;
    QString m_toolTip;
    QSet<Notification> m_disabled;
    QHash<QString, QDateTime> m_lastShown;
};

} // namespace Spoolbridge::Ui
