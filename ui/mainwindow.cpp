#include "ui/mainwindow.h"

#include "core/util/logging.h"

#include <QIcon>
#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Spoolbridge::Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    buildUi();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    setWindowTitle(tr("Spoolbridge"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/spoolbridge.svg")));
    resize(1100, 720);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_emptyState = new QLabel(tr("<h2>No printers yet</h2>"
                                 "<p>Add a Bambu Lab printer and your Spoolman server in the settings "
                                 "to keep your AMS slots and your inventory in sync.</p>"),
        central);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    layout->addWidget(m_emptyState);
    setCentralWidget(central);
    statusBar()->showMessage(tr("Not connected"));
    qCInfo(lcUi) << "main window ready";
}

} // namespace Spoolbridge::Ui
