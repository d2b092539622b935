#pragma once

#include "llamaserversettings.h"
#include "ollamaversion.h"

#include <QtGlobal>

namespace vramscope {

// ollama's knobs that shape a layer split.
struct LayoutSettings
{
    int numGpu = -1;          // layers requested on GPUs; negative: as many as fit
    bool requireFull = false; // refuse unless the whole model fits on GPUs
    bool spread = false;      // OLLAMA_SCHED_SPREAD: use every GPU of a library
    quint64 gpuOverhead = 0;  // OLLAMA_GPU_OVERHEAD: bytes set aside per GPU
    float backoff = 0;        // share of free memory held back; ollama adds 0.1 per failed alloc

    // Whose rules plan: the Go runner's scheduler (up to v0.24) or today's
    // GPU choice and llama.cpp fit (v0.30+), which add their own knobs.
    OllamaVersion::Era era = OllamaVersion::Era::GoRunner;
    int mainGpu = -1; // main_gpu: an index into the devices; negative: unset
    quint64 fitTarget = LlamaServerSettings::DefaultFitTarget; // one margin for every device

    // The knobs the llama-server era planner takes.
    LlamaServerSettings llamaServer() const
    {
        LlamaServerSettings settings;
        settings.numGpu = numGpu;
        settings.mainGpu = mainGpu;
        settings.spread = spread;
        settings.fitTargets = {fitTarget};
        return settings;
    }

    friend bool operator==(const LayoutSettings &, const LayoutSettings &) = default;
};

} // namespace vramscope
