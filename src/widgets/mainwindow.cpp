#include "mainwindow.h"

#include "ui_mainwindow.h"

#include <QApplication>
#include <QMessageBox>

namespace vramscope {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    statusBar()->showMessage(tr("No runner configured"));
}

MainWindow::~MainWindow() = default;

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About vramscope"),
        tr("<h3>vramscope %1</h3>"
           "<p>Watch each GPU's memory fill while ollama loads a model, try how a model's layers "
           "could be split across GPUs, and see before loading whether a split fits.</p>"
           "<p>Its device model follows ollama's package <code>ml</code> (v0.12.10).</p>")
            .arg(QCoreApplication::applicationVersion()));
}

} // namespace vramscope
