#pragma once

#include "endpoint.h"

#include <QMainWindow>

#include <chrono>
#include <memory>

class QNetworkAccessManager;

namespace Ui {
class MainWindow;
}

namespace vramscope {

class DemoRunner;
class DeviceTableModel;
class DeviceTableProxy;
class EndpointListModel;
class LayoutEditor;
class MemoryBarChart;
class MemoryHistory;
class MemoryHistoryChart;
class Poller;
class PollerFeed;
struct BackendMemory;
struct RunnerHealth;

// The dashboard: watched endpoints on the left, every GPU in a table, and
// two charts: memory by GPU (stacked) and used memory over time.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~MainWindow() override;

    void addEndpoint(const Endpoint &endpoint, std::chrono::milliseconds interval = {},
                     bool simulated = false);
    void removeEndpoint(const Endpoint &endpoint);
    bool hasEndpoints() const;
    // Shows this breakdown (weights, KV cache, graph) in the table and charts.
    void setMemory(const BackendMemory &memory);

    // Restores geometry and the saved endpoints.
    void restoreSettings();

    DeviceTableModel *deviceModel() const { return m_deviceModel; }
    DeviceTableProxy *deviceProxy() const { return m_deviceProxy; }
    EndpointListModel *endpointModel() const { return m_endpointModel; }
    const MemoryHistory &history() const { return *m_history; }
    MemoryHistory &history() { return *m_history; }
    MemoryBarChart *barChart() const { return m_barChart; }
    MemoryHistoryChart *historyChart() const { return m_historyChart; }
    Poller *poller() const { return m_poller; }
    LayoutEditor *layoutEditor() const { return m_editor; }

public slots:
    void startDemo();
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void promptAddEndpoint();
    void editSelectedEndpoint();
    void removeSelectedEndpoint();
    void openFile();
    void savePlan();
    // Gives the layer editor the selected endpoint's devices and runner.
    void feedEditor();
    void planOnDemoRunner(const Endpoint &endpoint, const RunnerHealth &health);
    void onSelectionChanged();
    void applyInterval(double seconds);
    void updatePage();
    void updateStatusBar();
    void saveSettings() const;
    std::optional<Endpoint> selectedEndpoint() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    Poller *m_poller;
    DeviceTableModel *m_deviceModel;
    DeviceTableProxy *m_deviceProxy;
    EndpointListModel *m_endpointModel;
    std::unique_ptr<MemoryHistory> m_history;
    PollerFeed *m_feed;
    DemoRunner *m_demo;
    QNetworkAccessManager *m_network;
    LayoutEditor *m_editor = nullptr;
    MemoryBarChart *m_barChart;
    MemoryHistoryChart *m_historyChart;
    QString m_demoError; // why the demo runner stopped or never started
    bool m_demoPlanned = false;
};

} // namespace vramscope
