#include "logcomparison.h"

#include "layoutplan.h"
#include "llamaservermodel.h"
#include "llamaserverplan.h"

namespace vramscope {

namespace {

// Where the device with this id stands among devices; -1 when absent.
qsizetype indexOf(const QList<DeviceInfo> &devices, const DeviceId &id)
{
    for (qsizetype i = 0; i < devices.size(); ++i) {
        if (devices.at(i).deviceId == id)
            return i;
    }
    return -1;
}

} // namespace

LogComparison LogComparison::find(const QString &modelPath, quint64 context, quint64 parallel,
                                  const QString &kvCacheType, const ServerLogSnapshot &log)
{
    LogComparison result;
    if (const ModelLoad *load = LoggedSplit::lastLoadOf(modelPath, log)) {
        result.load = *load;
        result.sameSettings = LoggedSplit::sameSettings(*load, context, parallel, kvCacheType);
    }
    return result;
}

void LogComparison::takeGraphs(LlamaServerModel &model, const QList<DeviceInfo> &devices,
                               const ServerLogSnapshot &log)
{
    measuredGraphs = sameSettings ? model.takeLoggedGraphs(*load, devices, log) : 0;
}

void LogComparison::compare(const LlamaServerPlan &plan, const QList<DeviceInfo> &devices,
                            const ServerLogSnapshot &log)
{
    if (!sameSettings)
        return;
    QList<quint64> bytes(devices.size(), 0);
    for (const LlamaServerPlan::Device &planned : plan.devices) {
        if (const qsizetype i = indexOf(devices, planned.device.deviceId); i >= 0)
            bytes[i] = planned.bytes();
    }
    split = LoggedSplit::compare(plan.gpuLayers, plan.layerCount, devices, bytes, *load, log);
}

void LogComparison::compare(const LayoutPlan &plan, const QList<DeviceInfo> &devices,
                            const ServerLogSnapshot &log)
{
    if (!sameSettings)
        return;
    QList<quint64> bytes(devices.size(), 0);
    for (const LayoutExplanation::DeviceBudget &budget : plan.explanation.devices) {
        const qsizetype i = indexOf(devices, budget.device.deviceId);
        if (i >= 0 && !budget.layers.isEmpty())
            bytes[i] = budget.layerBytes + budget.graph;
    }
    split = LoggedSplit::compare(plan.gpuLayers, int(plan.explanation.layerSizes.size()), devices,
                                 bytes, *load, log);
}

} // namespace vramscope
