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
};

} // namespace vramscope
