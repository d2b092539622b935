#include "pollerfeed.h"

#include "devicetablemodel.h"
#include "endpointlistmodel.h"
#include "memoryhistory.h"
#include "poller.h"

#include <QDateTime>

namespace vramscope {

namespace {

// Statuses in which the model's memory is already taken from the GPUs.
bool modelResident(RunnerHealth::Status status)
{
    return status == RunnerHealth::Status::Ready ||
           status == RunnerHealth::Status::NoSlotsAvailable ||
           status == RunnerHealth::Status::LoadingModel;
}

} // namespace

PollerFeed::PollerFeed(Poller *poller, DeviceTableModel *devices, EndpointListModel *endpoints,
                       MemoryHistory *history, QObject *parent)
    : QObject(parent), m_poller(poller), m_devices(devices), m_endpoints(endpoints),
      m_history(history)
{
    connect(poller, &Poller::devicesUpdated, this, &PollerFeed::onDevices);
    connect(poller, &Poller::healthUpdated, this, &PollerFeed::onHealth);
    connect(poller, &Poller::statusChanged, this, &PollerFeed::onStatus);
}

void PollerFeed::addEndpoint(const Endpoint &endpoint, std::chrono::milliseconds interval,
                             bool simulated)
{
    if (m_poller->contains(endpoint))
        return;
    const QString key = endpoint.toString();
    m_devices->addSource(key, {key, simulated, endpoint.isRemote()});
    EndpointListModel::Entry entry;
    entry.key = key;
    entry.label = key;
    entry.intervalMs = int((interval.count() > 0 ? interval : m_poller->defaultInterval()).count());
    entry.simulated = simulated;
    entry.remote = endpoint.isRemote();
    m_endpoints->addEndpoint(entry);
    m_poller->addEndpoint(endpoint, interval);
}

void PollerFeed::removeEndpoint(const Endpoint &endpoint)
{
    const QString key = endpoint.toString();
    QStringList supplied;
    for (int row = 0; row < m_devices->rowCount(); ++row) {
        if (m_devices->rowSource(row) == key)
            supplied.append(m_devices->rowKey(row));
    }
    m_poller->removeEndpoint(endpoint);
    m_endpoints->removeEndpoint(key);
    m_devices->removeSource(key);
    // A GPU that another endpoint still sees keeps its row, key and history.
    for (const QString &rowKey : std::as_const(supplied)) {
        if (m_devices->rowOfKey(rowKey) < 0)
            m_history->removeSeries(rowKey);
    }
    emit historyChanged();
}

void PollerFeed::setInterval(const Endpoint &endpoint, std::chrono::milliseconds interval)
{
    m_poller->setInterval(endpoint, interval);
    m_endpoints->setInterval(endpoint.toString(), int(m_poller->interval(endpoint).count()));
}

void PollerFeed::onDevices(const Endpoint &endpoint, const QList<DeviceInfo> &devices)
{
    const QString key = endpoint.toString();
    m_devices->setDevices(key, devices);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int row = 0; row < m_devices->rowCount(); ++row) {
        if (m_devices->rowSource(row) != key)
            continue;
        m_history->append(m_devices->rowKey(row), now, m_devices->device(row).usedMemory());
    }
    emit historyChanged();
}

void PollerFeed::onHealth(const Endpoint &endpoint, const RunnerHealth &health)
{
    const QString key = endpoint.toString();
    const int row = m_endpoints->rowOf(key);
    const std::optional<RunnerHealth> previous =
        row >= 0 ? m_endpoints->entry(row).health : std::nullopt;
    const bool wasLoading = previous && previous->status == RunnerHealth::Status::LoadingModel;
    m_endpoints->setHealth(key, health);
    m_devices->setModelResident(key, modelResident(health.status));

    const bool isLoading = health.status == RunnerHealth::Status::LoadingModel;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (isLoading && !wasLoading)
        m_history->addMarker({now, MemoryHistory::Marker::Kind::LoadStarted, key});
    if (wasLoading && health.status == RunnerHealth::Status::Ready)
        m_history->addMarker({now, MemoryHistory::Marker::Kind::LoadFinished, key});
}

void PollerFeed::onStatus(const Endpoint &endpoint, const EndpointStatus &status)
{
    const QString key = endpoint.toString();
    m_endpoints->setStatus(key, status);
    m_devices->setStale(key, status.state != EndpointState::Ok &&
                                 status.state != EndpointState::Connecting);
}

} // namespace vramscope
