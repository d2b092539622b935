#pragma once

#include "backendmemory.h"
#include "deviceinfo.h"
#include "layoutplan.h"
#include "layoutsettings.h"
#include "systeminfo.h"

namespace vramscope {

// ollama v0.12.10's scheduler decision (llm/server.go createLayout), step by
// step and bit for bit: 32-bit float capacity arithmetic, largest-first
// order, one plan per library, reservations, the greedy fit inside a binary
// search, the pass that drops the output layer, and the final checks.
// Unlike ollama it always returns: where ollama's binary search stops
// moving in float32 and spins forever, the planner stops with the same plan.
class LayoutPlanner
{
public:
    static LayoutPlan plan(const QList<DeviceInfo> &devices, const BackendMemory &memory,
                           const SystemInfo &system, const LayoutSettings &settings);

    // What ollama sets aside on a GPU before any layer goes there: the
    // backoff share of its free memory (in float32), the runtime's minimum,
    // the overhead and the given graph; available is what is left. Fills
    // every field but layers and layerBytes, with reportedByRunner true.
    static LayoutExplanation::DeviceBudget reserve(const DeviceInfo &device, quint64 graph,
                                                   const LayoutSettings &settings);

    // ollama's refusal when the CPU's share does not fit in free memory plus
    // free swap ("model requires more system memory (...) than is available
    // (...)"); empty when it fits.
    static QString systemMemoryRefusal(quint64 cpuBytes, const SystemInfo &system);
};

} // namespace vramscope
