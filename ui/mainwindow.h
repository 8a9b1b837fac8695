#pragma once

#include <QMainWindow>

class QLabel;

namespace Spoolbridge::Ui {

// The main window: printers, their AMS units and slots, sync results, inventory, history.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    void buildUi();

    QLabel *m_emptyState = nullptr;
};

} // namespace Spoolbridge::Ui
