#pragma once

#include "settingsstore.h"

#include <QMainWindow>

#include <memory>

namespace vramscope {

namespace Ui {
class MainWindow;
}

class DeviceTableProxy;
class LayoutEditor;
class MemoryBarChart;
class MemoryHistoryChart;
class SourcesDock;
class Workspace;

// The dashboard: the sources dock on the left, every GPU in a table, memory
// by GPU (stacked) and used memory over time, and the layer editor as a
// tab. It assembles views and actions over a Workspace and keeps no data
// of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // workspace must outlive the window; settings says whether and where
    // layout and user sources are kept.
    explicit MainWindow(Workspace *workspace, SettingsStore settings = SettingsStore(),
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    // Restores the window's geometry and the saved sources; returns the
    // saved sources it could not restore, with why.
    QStringList restoreSettings();

    Workspace *workspace() const { return m_workspace; }
    DeviceTableProxy *deviceProxy() const { return m_deviceProxy; }
    MemoryBarChart *barChart() const { return m_barChart; }
    MemoryHistoryChart *historyChart() const { return m_historyChart; }
    LayoutEditor *layoutEditor() const { return m_editor; }
    SourcesDock *sourcesDock() const { return m_sourcesDock; }

public slots:
    void startDemo();
    void showAbout();
    void openFile();
    void openModel();
    void savePlan();

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void watchServerLog();
    void setUpModelTable();
    void setUpDeviceTable();
    void setUpProcessTable();
    void setUpActions();
    void onDemoFailed(const QString &message);
    void onEditorTargetChanged();
    void updatePage();
    void updateStatusBar();
    void saveSources() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    Workspace *m_workspace;
    SettingsStore m_settings;
    DeviceTableProxy *m_deviceProxy;
    SourcesDock *m_sourcesDock;
    bool m_dockSized = false;
    LayoutEditor *m_editor = nullptr;
    MemoryBarChart *m_barChart;
    MemoryHistoryChart *m_historyChart;
    QString m_demoError; // why the demo runner stopped or never started
};

} // namespace vramscope
