#include "ui/dialogs/settingspage.h"

#include "ui/theme.h"

#include <QLabel>

namespace Spoolbridge::Ui {

QLabel *SettingsPage::makeErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, Theme::fillColor(p, 0));
    label->setPalette(p);
    label->setAccessibleName(SettingsPage::tr("Error"));
    label->hide();
    return label;
}

void SettingsPage::setError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace Spoolbridge::Ui
