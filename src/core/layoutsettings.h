#pragma once

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

    friend bool operator==(const LayoutSettings &, const LayoutSettings &) = default;
};

} // namespace vramscope
