#pragma once

#include <QLabel>

namespace Spoolbridge::Ui {

// An inline error under a field: word-wrapped, in the palette's warning colour (also after a
// light/dark switch at runtime), hidden while it has no text.
class ErrorLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorLabel)

public:
    explicit ErrorLabel(QWidget *parent = nullptr);
    ~ErrorLabel() override;

    // Shows `text`, or hides the label when it is empty.
    void showError(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColor();
    bool m_applying = false;
};

} // namespace Spoolbridge::Ui
