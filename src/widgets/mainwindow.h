#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace vramscope {

// The application's main window.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

public slots:
    void showAbout();

private:
    std::unique_ptr<Ui::MainWindow> m_ui;
};

} // namespace vramscope
