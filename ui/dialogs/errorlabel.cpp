#include "ui/dialogs/errorlabel.h"

#include "ui/theme.h"

#include <QEvent>

namespace Spoolbridge::Ui {

ErrorLabel::ErrorLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setAccessibleName(tr("Error"));
    hide();
    applyColor();
}

ErrorLabel::~ErrorLabel() = default;

void ErrorLabel::showError(const QString &text)
{
    setText(text);
    setVisible(!text.isEmpty());
}

void ErrorLabel::applyColor()
{
    m_applying = true;
    QPalette p = palette();
    p.setColor(QPalette::WindowText, Theme::fillColor(p, 0));
    setPalette(p);
    m_applying = false;
}

void ErrorLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applying)
        applyColor();
}

} // namespace Spoolbridge::Ui
