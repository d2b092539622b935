#include "snapshotcollector.h"

#include "devicetablemodel.h"
#include "modeltablemodel.h"
#include "poller.h"
#include "processtablemodel.h"
#include "sourcelistmodel.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QHostInfo>

namespace vramscope {

namespace {

quint64 bytes(const LoggedBytes &value)
{
    return quint64(qMax<qint64>(0, value.bytes));
}

} // namespace

QString SnapshotCollector::gpuLabel(const QString &id, const QString &pciId, const QString &name)
{
    bool numeric = false;
    id.toInt(&numeric);
    if (!id.isEmpty() && !numeric && id != pciId)
        return id;
    return pciId.isEmpty() ? name : pciId;
}

HostSnapshot SnapshotCollector::collect() const
{
    HostSnapshot snapshot;
    snapshot.host = QHostInfo::localHostName();
    snapshot.version = QCoreApplication::applicationVersion();
    snapshot.time = QDateTime::currentDateTimeUtc();

    // GPUs by PCI address, so that the log's and the drivers' shares land
    // on the same label as the device rows.
    QHash<QString, const HostSnapshot::Gpu *> byPci;
    const DeviceTableModel *devices = m_workspace->deviceModel();
    for (int row = 0; row < devices->rowCount(); ++row) {
        const DeviceInfo &device = devices->device(row);
        HostSnapshot::Gpu gpu;
        gpu.gpu = gpuLabel(device.deviceId.id, device.pciId, device.name);
        gpu.name = device.description.isEmpty() ? device.name : device.description;
        gpu.pciId = device.pciId;
        gpu.library = device.deviceId.library;
        gpu.source = devices->rowSource(row);
        gpu.total = device.totalMemory;
        gpu.used = device.usedMemory();
        gpu.free = device.freeMemory;
        gpu.minimumReserve = device.minimumMemory();
        gpu.stale = devices->data(devices->index(row, 0), DeviceTableModel::StaleRole).toBool();
        snapshot.gpus.append(gpu);
    }
    for (const HostSnapshot::Gpu &gpu : std::as_const(snapshot.gpus)) {
        if (!gpu.pciId.isEmpty() && !byPci.contains(gpu.pciId))
            byPci.insert(gpu.pciId, &gpu);
    }

    const ModelTableModel *models = m_workspace->modelTable();
    for (int row = 0; row < models->rowCount(); ++row) {
        const LoadedModelRow loaded = models->row(row);
        HostSnapshot::Model model;
        model.name = loaded.name;
        model.digest = loaded.digest;
        if (loaded.listedByServer) {
            model.size = loaded.size;
            model.sizeVram = loaded.sizeVram;
        }
        for (const ModelLoadShare &share : loaded.shares) {
            HostSnapshot::ModelShare part;
            const HostSnapshot::Gpu *gpu = byPci.value(share.pciId);
            part.gpu = gpu ? gpu->gpu : gpuLabel({}, share.pciId, share.device);
            part.gpuName = gpu ? gpu->name : share.device;
            part.device = share.device;
            part.layers = share.layers;
            part.weights = bytes(share.weights);
            part.kvCache = bytes(share.kvCache);
            // llama.cpp's small output buffer is counted with the graph, as the bars do.
            part.graph = bytes(share.graph) + bytes(share.other);
            model.shares.append(part);
        }
        snapshot.models.append(model);
    }

    const ProcessTableModel *processes = m_workspace->processModel();
    for (int row = 0; row < processes->rowCount(); ++row) {
        const ProcessRow process = processes->row(row);
        const HostSnapshot::Gpu *gpu = byPci.value(process.pciId);
        snapshot.processes.append(
            {gpu ? gpu->gpu : process.pciId, gpu ? gpu->name : process.gpu, process.pid,
             processes->data(processes->index(row, ProcessTableModel::Model)).toString(),
             process.command, process.memory});
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const SourceListModel::Entry &entry : m_workspace->sourceModel()->entries()) {
        // The poller's status is the live one; the list's may lag by a signal.
        const SourceStatus status = m_workspace->poller()->status(entry.id);
        HostSnapshot::Source source;
        source.kind = entry.id.kind;
        source.address = entry.id.address;
        source.state = sourceStateName(status.state);
        source.message = status.message;
        if (const std::optional<qint64> age = status.dataAgeMs(now))
            source.dataAgeSeconds = double(qMax<qint64>(0, *age)) / 1000.0;
        snapshot.sources.append(source);
    }
    return snapshot;
}

} // namespace vramscope
