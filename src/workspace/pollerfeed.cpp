#include "pollerfeed.h"

#include "devicetablemodel.h"
#include "gpuoccupancy.h"
#include "memoryhistory.h"
#include "ollamaprocessscan.h"
#include "poller.h"
#include "processtablemodel.h"

#include <QDateTime>

namespace vramscope {

PollerFeed::PollerFeed(Poller *poller, DeviceTableModel *devices, SourceListModel *sources,
                       MemoryHistory *history, ProcessTableModel *processes,
                       GpuOccupancy *occupancy, QObject *parent)
    : QObject(parent), m_poller(poller), m_devices(devices), m_sources(sources), m_history(history),
      m_processes(processes), m_occupancy(occupancy)
{
    connect(poller, &Poller::reported, this, &PollerFeed::onReport);
    connect(poller, &Poller::statusChanged, this, &PollerFeed::onStatus);
}

void PollerFeed::addSource(const SourceListModel::Entry &entry)
{
    m_devices->addSource(
        entry.id.key(),
        {entry.label, entry.origin == SourceListModel::Origin::Simulated, entry.remote});
    m_sources->addSource(entry);
}

void PollerFeed::removeSource(const SourceId &id)
{
    const QString key = id.key();
    QStringList supplied;
    for (int row = 0; row < m_devices->rowCount(); ++row) {
        if (m_devices->rowSource(row) == key)
            supplied.append(m_devices->rowKey(row));
    }
    m_poller->removeSource(id);
    m_sources->removeSource(id);
    m_devices->removeSource(key);
    m_processes->removeSource(key);
    if (m_nativeGpus.remove(id) > 0)
        updateOtherProcesses();
    // A GPU that another source still sees keeps its row, key and history.
    for (const QString &rowKey : std::as_const(supplied)) {
        if (m_devices->rowOfKey(rowKey) < 0)
            m_history->removeSeries(rowKey);
    }
    emit historyChanged();
}

void PollerFeed::onReport(const SourceId &id, const SourceReport &report)
{
    if (report.activity)
        onActivity(id, *report.activity);
    if (report.nativeGpus) {
        m_processes->setGpus(id.key(), *report.nativeGpus);
        m_nativeGpus.insert(id, *report.nativeGpus);
        updateOtherProcesses();
    }
    if (!report.devices)
        return;
    const QString key = id.key();
    m_devices->setDevices(key, *report.devices);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int row = 0; row < m_devices->rowCount(); ++row) {
        if (m_devices->rowSource(row) == key)
            m_history->append(m_devices->rowKey(row), now, m_devices->device(row).usedMemory());
    }
    emit historyChanged();
}

void PollerFeed::onActivity(const SourceId &id, const SourceActivity &activity)
{
    const int row = m_sources->rowOf(id);
    const std::optional<SourceActivity> previous =
        row >= 0 ? m_sources->entry(row).activity : std::nullopt;
    const bool wasLoading = previous && previous->phase == SourceActivity::Phase::Loading;
    m_sources->setActivity(id, activity);
    m_devices->setModelResident(id.key(), activity.holdsModel());

    const bool isLoading = activity.phase == SourceActivity::Phase::Loading;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (isLoading && !wasLoading)
        m_history->addMarker({now, MemoryHistory::Marker::Kind::LoadStarted, id.key()});
    if (wasLoading && activity.phase == SourceActivity::Phase::Ready)
        m_history->addMarker({now, MemoryHistory::Marker::Kind::LoadFinished, id.key()});
}

void PollerFeed::updateOtherProcesses()
{
    QHash<QString, quint64> byGpu;
    for (const QList<NativeGpu> &gpus : std::as_const(m_nativeGpus)) {
        for (const NativeGpu &gpu : gpus) {
            quint64 &held = byGpu[u"pci:" + gpu.pciId];
            for (const NativeProcess &process : gpu.processes) {
                // ollama's runners are ollama's; a process whose memory the
                // driver does not say counts as nothing known.
                const bool ollama =
                    OllamaProcessScan::classify(process.command.toLocal8Bit().split(' '))
                        .has_value();
                if (!ollama && process.usedMemory)
                    held += *process.usedMemory;
            }
        }
    }
    m_occupancy->setOtherProcesses(byGpu);
}

void PollerFeed::onStatus(const SourceId &id, const SourceStatus &status)
{
    m_sources->setStatus(id, status);
    m_devices->setStale(id.key(),
                        status.state != SourceState::Ok && status.state != SourceState::Connecting);
}

} // namespace vramscope
