#include "ui/dialogs/settingspage.h"

#include "ui/dialogs/errorlabel.h"

#include <QLabel>

namespace Spoolbridge::Ui {

QLabel *SettingsPage::makeErrorLabel(QWidget *parent)
{
    return new ErrorLabel(parent);
}

void SettingsPage::setError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace Spoolbridge::Ui
