#pragma once

#include "sourcelistmodel.h"
#include "sourcereport.h"
#include "sourcestatus.h"

#include <QObject>

namespace vramscope {

class DeviceTableModel;
class GpuOccupancy;
class MemoryHistory;
class ProcessTableModel;
class Poller;

// Feeds what the poller learns into the models: devices into the device
// table, states and activity into the source list, used memory and load
// start/finish into the history, GPU processes into the process table and
// what other programs hold into each GPU's occupancy. Adding or removing a source
// goes through here so that poller and models always agree.
class PollerFeed : public QObject
{
    Q_OBJECT

public:
    PollerFeed(Poller *poller, DeviceTableModel *devices, SourceListModel *sources,
               MemoryHistory *history, ProcessTableModel *processes, GpuOccupancy *occupancy,
               QObject *parent = nullptr);

    // The entry describes the source; the poller must hold it already.
    void addSource(const SourceListModel::Entry &entry);
    void removeSource(const SourceId &id);

signals:
    // New samples or markers are in the history.
    void historyChanged();

private:
    void onReport(const SourceId &id, const SourceReport &report);
    void onActivity(const SourceId &id, const SourceActivity &activity);
    void onStatus(const SourceId &id, const SourceStatus &status);
    // What programs other than ollama's hold on each GPU, from every probe.
    void updateOtherProcesses();

    Poller *m_poller;
    DeviceTableModel *m_devices;
    SourceListModel *m_sources;
    MemoryHistory *m_history;
    ProcessTableModel *m_processes;
    GpuOccupancy *m_occupancy;
    QHash<SourceId, QList<NativeGpu>> m_nativeGpus;
};

} // namespace vramscope
