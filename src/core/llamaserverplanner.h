#pragma once

#include "deviceinfo.h"
#include "llamaservermodel.h"
#include "llamaserverplan.h"
#include "llamaserversettings.h"
#include "systeminfo.h"

namespace vramscope {

// The split of today's ollama (v0.30+): ollama's choice of the GPUs that
// llama-server sees (server/sched.go), then llama.cpp's fit of the layers
// onto them (common/fit.cpp) and its rule for which layer lands on which
// device (src/llama-model.cpp). The compute buffers and the MoE step are
// estimates where llama.cpp measures with dry runs.
class LlamaServerPlanner
{
public:
    static LlamaServerPlan plan(const QList<DeviceInfo> &devices, const LlamaServerModel &model,
                                const SystemInfo &system, const LlamaServerSettings &settings);

    // llama.cpp's layer-to-device rule for layerCount layers (the output
    // layer last) with nGpuLayers offloaded and a split given per device
    // (layer counts, or free memory): each layer's device index, or -1 for
    // the CPU. Layers below layerCount - nGpuLayers stay on the CPU; the
    // rest go to the device whose cumulative share first exceeds
    // (il - start) / offloaded, in float as llama.cpp computes it.
    static QList<int> assignLayers(int layerCount, int nGpuLayers, const QList<double> &split);
};

} // namespace vramscope
