#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Spoolbridge {

// Starting Spoolbridge when the user logs in (the app/start_at_login setting).
//   Linux:   an XDG autostart entry, $XDG_CONFIG_HOME/autostart/<app id>.desktop
//            (~/.config/autostart when XDG_CONFIG_HOME is unset)
//   Windows: a value in HKCU\Software\Microsoft\Windows\CurrentVersion\Run
//   macOS:   a LaunchAgent, ~/Library/LaunchAgents/<app id>.plist
class Autostart
{
    Q_DECLARE_TR_FUNCTIONS(Spoolbridge::Autostart)

public:
    static QString appId(); // io.github.spoolbridge.Spoolbridge

    // Where the autostart entry lives on this platform.
    static QString entryPath();
    static bool isEnabled();

    // Writes or removes the entry. `program` defaults to the running executable (or the
    // AppImage, when running from one); `arguments` are passed to it at login. Returns false
    // with a readable message when the entry cannot be written or removed.
    static bool setEnabled(
        bool enabled, QString *error = nullptr, const QStringList &arguments = {}, const QString &program = QString());

    // The Exec= value of a desktop entry for this command line (quoted as the spec requires).
    static QString desktopExec(const QString &program, const QStringList &arguments);
};

} // namespace Spoolbridge
