#pragma once

#include "endpoint.h"
#include "endpointstatus.h"
#include "runnerhealth.h"

#include <QObject>

#include <chrono>

namespace vramscope {

class DeviceTableModel;
class EndpointListModel;
class MemoryHistory;
class Poller;
struct DeviceInfo;

// Feeds what the poller learns into the models: devices into the device
// table, states and load progress into the endpoint list, used memory and
// load start/finish into the history. Adding or removing an endpoint goes
// through here so that poller and models always agree.
class PollerFeed : public QObject
{
    Q_OBJECT

public:
    PollerFeed(Poller *poller, DeviceTableModel *devices, EndpointListModel *endpoints,
               MemoryHistory *history, QObject *parent = nullptr);

    void addEndpoint(const Endpoint &endpoint, std::chrono::milliseconds interval,
                     bool simulated = false);
    void removeEndpoint(const Endpoint &endpoint);
    void setInterval(const Endpoint &endpoint, std::chrono::milliseconds interval);

    Poller *poller() const { return m_poller; }

signals:
    // New samples or markers are in the history.
    void historyChanged();

private:
    void onDevices(const Endpoint &endpoint, const QList<DeviceInfo> &devices);
    void onHealth(const Endpoint &endpoint, const RunnerHealth &health);
    void onStatus(const Endpoint &endpoint, const EndpointStatus &status);

    Poller *m_poller;
    DeviceTableModel *m_devices;
    EndpointListModel *m_endpoints;
    MemoryHistory *m_history;
};

} // namespace vramscope
