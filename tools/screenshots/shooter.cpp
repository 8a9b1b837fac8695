#include "shooter.h"

#include <QApplication>
#include <QDir>
#include <QTextStream>
#include <QWidget>

namespace Spoolbridge::Screenshots {

Shooter::Shooter(QString dir, QString suffix)
    : m_dir(std::move(dir))
    , m_suffix(std::move(suffix))
{ }

bool Shooter::save(QWidget *widget, const QString &name)
{
    widget->show();
    QApplication::processEvents();
    QApplication::processEvents();
    const QString path = QDir(m_dir).filePath(QStringLiteral("%1-%2.png").arg(name, m_suffix));
    const bool ok = widget->grab().save(path);
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << '\n';
    m_ok = m_ok && ok;
    return ok;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2A, 0x2C, 0x30), base(0x1E, 0x1F, 0x22), text(0xE8, 0xE9, 0xEB);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2B));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x36, 0x38, 0x3D));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3B, 0x8E, 0xEA));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0xA0, 0xA4, 0xAB));
    p.setColor(QPalette::ToolTipBase, QColor(0x36, 0x38, 0x3D));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Light, QColor(0x4A, 0x4D, 0x53));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x48));
    p.setColor(QPalette::Mid, QColor(0x33, 0x35, 0x3A));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1B));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Link, QColor(0x6C, 0xB2, 0xFF));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x84, 0x8A));
    return p;
}

} // namespace Spoolbridge::Screenshots
