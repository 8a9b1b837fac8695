#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Spoolbridge::Ui {

// A centred placeholder for a view with nothing to show yet: icon, headline, one sentence
// that says what will appear here and how to get there.
class EmptyState final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)

public:
    EmptyState(const QString &iconName, const QString &headline, const QString &detail, QWidget *parent = nullptr);
    ~EmptyState() override;

    QString headline() const;
    QString detail() const;
    // Adds one button under the text (e.g. "Open Settings"); its click emits actionTriggered().
    QPushButton *setAction(const QString &text);
    QPushButton *actionButton() const { return m_action; }

Q_SIGNALS:
    void actionTriggered();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshIcon();

    QString m_iconName;
    QLabel *m_icon = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_detail = nullptr;
    QVBoxLayout *m_column = nullptr;
    QPushButton *m_action = nullptr;
};

} // namespace Spoolbridge::Ui
