#include "core/settings/autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace Spoolbridge {

namespace {

QString resolveProgram(const QString &program)
{
    if (!program.isEmpty())
        return program;
    // Inside an AppImage the executable lives in a temporary mount; start the image itself.
    const QString appImage = qEnvironmentVariable("APPIMAGE");
    return appImage.isEmpty() ? QCoreApplication::applicationFilePath() : appImage;
}

[[maybe_unused]] bool writeFile(const QString &path, const QByteArray &content, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.commit())
        return true;
    if (error)
        *error = Autostart::tr("Could not write the autostart entry %1 (%2); check that the folder is writable.")
                     .arg(path, file.errorString());
    return false;
}

[[maybe_unused]] bool removeFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists() || file.remove())
        return true;
    if (error)
        *error = Autostart::tr("Could not remove the autostart entry %1 (%2); remove it by hand.")
                     .arg(path, file.errorString());
    return false;
}

#if defined(Q_OS_WIN)
const QString RunKey = QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
#endif

} // namespace

QString Autostart::appId()
{
    return QStringLiteral("io.github.spoolbridge.Spoolbridge");
}

QString Autostart::entryPath()
{
#if defined(Q_OS_WIN)
    return RunKey + QStringLiteral("\\Spoolbridge");
#elif defined(Q_OS_MACOS)
    return QDir::homePath() + QStringLiteral("/Library/LaunchAgents/") + appId() + QStringLiteral(".plist");
#else
    QString base = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (base.isEmpty() || QDir::isRelativePath(base)) // the spec says to ignore relative paths
        base = QDir::homePath() + QStringLiteral("/.config");
    return base + QStringLiteral("/autostart/") + appId() + QStringLiteral(".desktop");
#endif
}

bool Autostart::isEnabled()
{
#if defined(Q_OS_WIN)
    return QSettings(RunKey, QSettings::NativeFormat).contains(QStringLiteral("Spoolbridge"));
#else
    return QFileInfo::exists(entryPath());
#endif
}

QString Autostart::desktopExec(const QString &program, const QStringList &arguments)
{
    QStringList parts;
    for (const QString &part : QStringList {program} + arguments) {
        static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`=%");
        const bool needsQuotes
            = part.isEmpty() || std::any_of(part.cbegin(), part.cend(), [](QChar c) { return reserved.contains(c); });
        if (!needsQuotes) {
            parts << part;
            continue;
        }
        QString quoted = part;
        quoted.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'"', QStringLiteral("\\\""))
            .replace(u'`', QStringLiteral("\\`"))
            .replace(u'$', QStringLiteral("\\$"));
        // Inside a desktop file value, each backslash is escaped once more.
        quoted.replace(u'\\', QStringLiteral("\\\\"));
        parts << u'"' + quoted.replace(u'%', QStringLiteral("%%")) + u'"';
    }
    return parts.join(u' ');
}

bool Autostart::setEnabled(bool enabled, QString *error, const QStringList &arguments, const QString &program)
{
    const QString executable = resolveProgram(program);
#if defined(Q_OS_WIN)
    QSettings run(RunKey, QSettings::NativeFormat);
    if (enabled) {
        QStringList parts {u'"' + QDir::toNativeSeparators(executable) + u'"'};
        parts << arguments;
        run.setValue(QStringLiteral("Spoolbridge"), parts.join(u' '));
    } else {
        run.remove(QStringLiteral("Spoolbridge"));
    }
    run.sync();
    if (run.status() != QSettings::NoError) {
        if (error)
            *error = tr("Could not change the Windows start-up entry; check your account's permissions.");
        return false;
    }
    return true;
#elif defined(Q_OS_MACOS)
    if (!enabled)
        return removeFile(entryPath(), error);
    QString args = QStringLiteral("        <string>%1</string>\n").arg(executable.toHtmlEscaped());
    for (const QString &argument : arguments)
        args += QStringLiteral("        <string>%1</string>\n").arg(argument.toHtmlEscaped());
    const QString plist = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
        "<plist version=\"1.0\">\n<dict>\n"
        "    <key>Label</key>\n    <string>%1</string>\n"
        "    <key>ProgramArguments</key>\n    <array>\n%2    </array>\n"
        "    <key>RunAtLoad</key>\n    <true/>\n"
        "</dict>\n</plist>\n")
                              .arg(appId(), args);
    return writeFile(entryPath(), plist.toUtf8(), error);
#else
    if (!enabled)
        return removeFile(entryPath(), error);
    const QString entry = QStringLiteral("[Desktop Entry]\n"
                                         "Type=Application\n"
                                         "Name=Spoolbridge\n"
                                         "Comment=%1\n"
                                         "Exec=%2\n"
                                         "Icon=%3\n"
                                         "Terminal=false\n"
                                         "X-GNOME-Autostart-enabled=true\n")
                              .arg(tr("Keeps Bambu Lab AMS slots and a Spoolman inventory in sync"),
                                  desktopExec(executable, arguments), appId());
    return writeFile(entryPath(), entry.toUtf8(), error);
#endif
}

} // namespace Spoolbridge
