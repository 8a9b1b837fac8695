#pragma once

#include <QPalette>
#include <QString>

class QWidget;

namespace Spoolbridge::Screenshots {

// Saves widgets as <dir>/<name>-<suffix>.png (suffix "light" or "dark") and prints one line per
// file; ok() is false once a file could not be written.
class Shooter
{
public:
    Shooter(QString dir, QString suffix);

    // Shows the widget, lets it lay out and paint, and grabs it.
    bool save(QWidget *widget, const QString &name);
    bool ok() const { return m_ok; }

private:
    QString m_dir;
    QString m_suffix;
    bool m_ok = true;
};

// The dark palette the "-dark" pictures use (Fusion style).
QPalette darkPalette();

} // namespace Spoolbridge::Screenshots
