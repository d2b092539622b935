#include "splitfit.h"

#include "layoutplanner.h"
#include "saturating.h"

#include <limits>

namespace vramscope {

quint64 SplitFit::Device::need() const
{
    return saturatingAdd(saturatingAdd(weights, cache), graph);
}

quint64 SplitFit::Cpu::need() const
{
    return saturatingAdd(saturatingAdd(saturatingAdd(inputWeights, weights), cache), graph);
}

quint64 SplitFit::Cpu::limit() const
{
    return saturatingAdd(systemFree, systemSwap);
}

bool SplitFit::fits() const
{
    for (const Device &device : devices) {
        if (!device.fits())
            return false;
    }
    return cpu.fits();
}

SplitFit SplitFit::compute(const QList<DeviceInfo> &devices, const BackendMemory &memory,
                           const SystemInfo &system, const LayoutSettings &settings,
                           const LayerSplit &split)
{
    SplitFit fit;
    const int count = split.layerCount();
    // Layers the report does not cover (no report yet) weigh nothing.
    for (int i = 0; i < count; ++i) {
        quint64 weights = 0;
        quint64 cache = 0;
        if (i < memory.cpu.weights.size()) {
            for (const DeviceMemory &gpu : memory.gpus) {
                weights = saturatingAdd(weights, gpu.weights.value(i));
                cache = saturatingAdd(cache, gpu.cache.value(i));
            }
            weights = saturatingAdd(weights, memory.cpu.weights.value(i));
            cache = saturatingAdd(cache, memory.cpu.cache.value(i));
        }
        fit.layerWeights.append(weights);
        fit.layerCache.append(cache);
    }

    auto entry = [count](const DeviceId &id, const QString &name) {
        DeviceMemory result;
        result.deviceId = id;
        result.name = name;
        result.weights = QList<quint64>(count, 0);
        result.cache = QList<quint64>(count, 0);
        return result;
    };
    fit.memory.inputWeights = memory.inputWeights;
    fit.memory.cpu = entry(memory.cpu.deviceId,
                           memory.cpu.name.isEmpty() ? QStringLiteral("CPU") : memory.cpu.name);
    fit.memory.cpu.graph = memory.cpu.graph;

    for (int index = 0; index < devices.size(); ++index) {
        const DeviceInfo &info = devices[index];
        const DeviceMemory *reported = memory.gpu(info.deviceId);
        const LayoutExplanation::DeviceBudget budget = LayoutPlanner::reserve(info, 0, settings);
        Device device;
        device.device = info;
        device.reportedByRunner = reported != nullptr;
        device.layers = split.layersOn(index);
        device.freeMemory = budget.freeMemory;
        device.backoffReserve = budget.backoffReserve;
        device.minimumMemory = budget.minimumMemory;
        device.overhead = budget.overhead;
        device.room = budget.available;
        DeviceMemory part = entry(info.deviceId, reported ? reported->name : info.name);
        for (int layer : device.layers) {
            device.weights = saturatingAdd(device.weights, fit.layerWeights[layer]);
            device.cache = saturatingAdd(device.cache, fit.layerCache[layer]);
            part.weights[layer] = fit.layerWeights[layer];
            part.cache[layer] = fit.layerCache[layer];
        }
        if (reported && !device.layers.isEmpty())
            device.graph = reported->graph;
        part.graph = device.graph;
        fit.devices.append(device);
        fit.memory.gpus.append(part);
    }

    Cpu &cpu = fit.cpu;
    cpu.layers = split.layersOn(LayerSplit::Cpu);
    for (int layer : cpu.layers) {
        cpu.weights = saturatingAdd(cpu.weights, fit.layerWeights[layer]);
        cpu.cache = saturatingAdd(cpu.cache, fit.layerCache[layer]);
        fit.memory.cpu.weights[layer] = fit.layerWeights[layer];
        fit.memory.cpu.cache[layer] = fit.layerCache[layer];
    }
    cpu.inputWeights = memory.inputWeights;
    cpu.graph = memory.cpu.graph;
    cpu.systemTotal = system.totalMemory;
    cpu.systemFree = system.freeMemory;
    cpu.systemSwap = system.freeSwap;
    cpu.refusal = LayoutPlanner::systemMemoryRefusal(cpu.need(), system);
    return fit;
}

} // namespace vramscope
