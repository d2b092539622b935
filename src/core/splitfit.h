#pragma once

#include "backendmemory.h"
#include "deviceinfo.h"
#include "layersplit.h"
#include "layoutsettings.h"
#include "systeminfo.h"

namespace vramscope {

// Whether a chosen split fits: for every GPU what the split puts there
// (weights, cache, graph) against the room ollama leaves it, and the CPU's
// share against system memory. A layer weighs what the planner says it does:
// its weights and cache summed over every entry of the BackendMemory,
// wherever the runner had put it. Sums saturate instead of wrapping, so
// hostile numbers show as huge, never as small.
struct SplitFit
{
    struct Device
    {
        DeviceInfo device;
        // Found in BackendMemory.GPUs. If not, its graph is unknown (counted
        // as 0) and ollama's own planner gives it no room.
        bool reportedByRunner = false;
        QList<int> layers;
        quint64 weights = 0;
        quint64 cache = 0;
        quint64 graph = 0; // the runner's graph for this GPU; 0 while it holds no layer
        quint64 freeMemory = 0;
        quint64 backoffReserve = 0;
        quint64 minimumMemory = 0;
        quint64 overhead = 0;
        // Free memory minus backoff, minimum and overhead, as ollama reserves
        // them (LayoutPlanner::reserve), or 0: what the split may use.
        quint64 room = 0;

        quint64 need() const;
        bool fits() const { return need() <= room; }
        quint64 shortfall() const { return fits() ? 0 : need() - room; }
    };

    struct Cpu
    {
        QList<int> layers;
        quint64 inputWeights = 0;
        quint64 weights = 0;
        quint64 cache = 0;
        quint64 graph = 0;
        quint64 systemTotal = 0;
        quint64 systemFree = 0;
        quint64 systemSwap = 0;
        // ollama's message when need() exceeds free memory plus swap.
        QString refusal;

        // ollama's CPU bytes: input weights + CPU graph + the layers left here.
        quint64 need() const;
        // Free memory plus free swap: beyond it ollama refuses to load.
        quint64 limit() const;
        // Without touching swap.
        bool fitsInMemory() const { return need() <= systemFree; }
        bool fits() const { return need() <= limit(); }
        quint64 shortfall() const { return fits() ? 0 : need() - limit(); }
    };

    QList<quint64> layerWeights; // per layer, over every entry of the memory report
    QList<quint64> layerCache;
    QList<Device> devices; // in the order given
    Cpu cpu;
    // The split's memory as a runner would report it for this split: each
    // layer's weights and cache on the device holding it, each used GPU's
    // graph, the CPU's graph and input weights. The dashboard's bars show it.
    BackendMemory memory;

    bool fits() const;

    static SplitFit compute(const QList<DeviceInfo> &devices, const BackendMemory &memory,
                            const SystemInfo &system, const LayoutSettings &settings,
                            const LayerSplit &split);
};

} // namespace vramscope
