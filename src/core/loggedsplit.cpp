#include "loggedsplit.h"

#include "modelload.h"
#include "modelloadshare.h"
#include "runnersettings.h"
#include "serverlogsnapshot.h"

#include <QFileInfo>

namespace vramscope {

namespace {

int layersOn(const GpuLayersList &split, const DeviceId &id)
{
    for (const GpuLayers &group : split.groups) {
        // A split read back from the log's notation carries no library.
        if (group.deviceId.id == id.id &&
            (group.deviceId.library.isEmpty() || group.deviceId.library == id.library))
            return int(group.layers.size());
    }
    return 0;
}

} // namespace

bool LoggedSplit::agrees() const
{
    if (loggedLayers != plannedLayers)
        return false;
    for (const Device &device : devices) {
        if (device.loggedLayers >= 0 && device.loggedLayers != device.plannedLayers)
            return false;
    }
    return true;
}

const ModelLoad *LoggedSplit::lastLoadOf(const QString &modelPath, const ServerLogSnapshot &log)
{
    const QString digest = RunnerSettings::digestOfPath(QFileInfo(modelPath).fileName().toUtf8());
    for (auto load = log.loads.crbegin(); load != log.loads.crend(); ++load) {
        const bool same =
            digest.isEmpty() ? load->modelPath == modelPath : load->modelDigest == digest;
        if (same)
            return &*load;
    }
    return nullptr;
}

bool LoggedSplit::sameSettings(const ModelLoad &load, quint64 context, quint64 parallel,
                               const QString &kvCacheType)
{
    if (load.contextSize > 0 && quint64(load.contextSize) != context * parallel)
        return false;
    if (load.parallel > 0 && quint64(load.parallel) != parallel)
        return false;
    const QString logged = load.kvCacheType.isEmpty() ? QStringLiteral("f16") : load.kvCacheType;
    const QString planned = kvCacheType.isEmpty() ? QStringLiteral("f16") : kvCacheType;
    return logged == planned;
}

const DeviceInfo *LoggedSplit::deviceOf(const QString &loggedName, const QList<DeviceInfo> &devices,
                                        const ServerLogSnapshot &log)
{
    const QString pciId = log.pciIdOf(loggedName);
    for (const DeviceInfo &device : devices) {
        if (!pciId.isEmpty() && device.pciId.compare(pciId, Qt::CaseInsensitive) == 0)
            return &device;
    }
    for (const DeviceInfo &device : devices) {
        if (device.name == loggedName)
            return &device;
    }
    return nullptr;
}

LoggedSplit LoggedSplit::compare(const GpuLayersList &planned, int layerCount,
                                 const QList<DeviceInfo> &devices,
                                 const QList<quint64> &plannedBytes, const ModelLoad &load,
                                 const ServerLogSnapshot &log)
{
    LoggedSplit result;
    result.loadStarted = load.started;
    result.plannedLayers = planned.sum();
    result.layerCount = layerCount;
    result.loggedLayers = load.layersOffloaded;
    result.loggedLayerCount = load.layersTotal;
    for (qsizetype i = 0; i < devices.size(); ++i) {
        Device row;
        row.device = devices.at(i);
        row.plannedLayers = layersOn(planned, row.device.deviceId);
        row.plannedBytes = plannedBytes.value(i);
        result.devices.append(row);
    }
    // What the load put on each GPU, by the rules the Models table shows.
    for (const ModelLoadShare &share : ModelLoadShare::of(load, log)) {
        const DeviceInfo *device = deviceOf(share.device, devices, log);
        if (!device)
            continue;
        Device &row = result.devices[device - devices.constData()];
        row.loggedName = share.device;
        row.loggedLayers = share.layers;
        row.loggedBytes = share.total();
    }
    return result;
}

} // namespace vramscope
