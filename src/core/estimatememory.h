#pragma once

#include "backendmemory.h"
#include "deviceinfo.h"

#include <QList>

namespace vramscope {

struct ModelEstimate;

// A BackendMemory built from an estimate, as a runner would report it for
// a split: what the layer editor and `layout --model` plan with.
class EstimateMemory
{
public:
    // layerDevices has one entry per layer and one for the output layer
    // (blockCount + 1 in all): an index into gpus, or -1 for the CPU;
    // missing entries count as the CPU. Every GPU gets the graph estimate
    // (a runner reports a graph for each device it was given); the CPU gets
    // it too when it holds a layer. Input weights are the estimate's.
    static BackendMemory build(const ModelEstimate &estimate, const QList<DeviceInfo> &gpus,
                               const QList<int> &layerDevices);

    // Every layer and the output on the GPUs, in runs of consecutive layers
    // as even as the count allows, earliest layers on the first GPU; all
    // -1 without GPUs.
    static QList<int> evenSplit(qsizetype layerCount, qsizetype gpuCount);
};

} // namespace vramscope
