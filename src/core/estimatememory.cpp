#include "estimatememory.h"

#include "modelestimate.h"

namespace vramscope {

BackendMemory EstimateMemory::build(const ModelEstimate &estimate, const QList<DeviceInfo> &gpus,
                                    const QList<int> &layerDevices)
{
    const qsizetype layerCount = estimate.layers.size() + 1; // the output layer last
    BackendMemory memory;
    memory.inputWeights = estimate.inputWeights;
    memory.cpu.name = QStringLiteral("CPU");
    memory.cpu.weights.fill(0, layerCount);
    memory.cpu.cache.fill(0, layerCount);
    for (const DeviceInfo &gpu : gpus) {
        DeviceMemory device;
        device.deviceId = gpu.deviceId;
        device.name = gpu.name;
        device.weights.fill(0, layerCount);
        device.cache.fill(0, layerCount);
        device.graph = estimate.graph;
        memory.gpus.append(device);
    }
    for (qsizetype il = 0; il < layerCount; ++il) {
        const int index = layerDevices.value(il, -1);
        DeviceMemory &device =
            index >= 0 && index < memory.gpus.size() ? memory.gpus[index] : memory.cpu;
        if (il < estimate.layers.size()) {
            device.weights[il] = estimate.layers.at(il).weights;
            device.cache[il] = estimate.layers.at(il).kvCache;
        } else {
            device.weights[il] = estimate.outputWeights;
        }
        if (&device == &memory.cpu)
            memory.cpu.graph = estimate.graph;
    }
    return memory;
}

QList<int> EstimateMemory::evenSplit(qsizetype layerCount, qsizetype gpuCount)
{
    QList<int> devices(layerCount, -1);
    if (gpuCount <= 0)
        return devices;
    // GPU g takes layers [g * n / gpus, (g + 1) * n / gpus).
    for (qsizetype il = 0; il < layerCount; ++il)
        devices[il] = int(il * gpuCount / layerCount);
    return devices;
}

} // namespace vramscope
