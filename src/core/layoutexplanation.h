#pragma once

#include "deviceinfo.h"

#include <QList>

namespace vramscope {

// Why a plan came out as it did: every number the planner weighed, so a user
// can see which one kept a layer off a GPU.
struct LayoutExplanation
{
    // One GPU's budget, in the order the planner considered the GPUs.
    struct DeviceBudget
    {
        DeviceInfo device;
        bool reportedByRunner = false; // found in BackendMemory.GPUs; if not, nothing fits on it
        quint64 freeMemory = 0;
        quint64 backoffReserve = 0;
        quint64 minimumMemory = 0;
        quint64 overhead = 0;
        quint64 graph = 0;
        quint64 available = 0; // free memory minus the reservations: room for layers
        QList<int> layers;     // the layers the plan puts here
        quint64 layerBytes = 0;

        // What the reservations add up to (ollama's arithmetic, wrapping as it does).
        quint64 reserved() const { return backoffReserve + minimumMemory + overhead + graph; }
        // Room still free after the layers placed here; 0 when over.
        quint64 roomLeft() const { return available > layerBytes ? available - layerBytes : 0; }

        friend bool operator==(const DeviceBudget &, const DeviceBudget &) = default;
    };

    QList<quint64> layerSizes; // weights + cache of each layer over all devices
    QList<DeviceBudget> devices;
    QString library; // the library whose GPUs won; empty when no layer is on a GPU
    QList<int> cpuLayers;
    quint64 cpuLayerBytes = 0;
    quint64 cpuBytes = 0;  // input weights + CPU graph + the layers left on the CPU
    quint64 vramBytes = 0; // graphs of the GPUs in the plan + the layers placed
    quint64 systemFree = 0;
    quint64 systemSwap = 0;

    // The smallest layer left on the CPU; 0 when none is.
    quint64 smallestCpuLayer() const;
    // The GPU with the most room left (the first on a tie); null without GPUs.
    const DeviceBudget *roomiestDevice() const;

    friend bool operator==(const LayoutExplanation &, const LayoutExplanation &) = default;
};

} // namespace vramscope
