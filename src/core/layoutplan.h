#pragma once

#include "gpulayerslist.h"
#include "layoutexplanation.h"
#include "layoutsettings.h"

namespace vramscope {

// The split ollama's scheduler would choose, why, and whether it would then
// refuse to load.
struct LayoutPlan
{
    GpuLayersList gpuLayers;
    LayoutExplanation explanation;
    // ollama's message when it would refuse ("unable to load full model on
    // GPU", "model requires more system memory (...) than is available (...)");
    // empty when it would load.
    QString refusal;

    bool refused() const { return !refusal.isEmpty(); }

    // What kept the layers left on the CPU off the GPUs: num_gpu asked for
    // no more (true), or no GPU had room for the smallest of them (false).
    // Meaningful only when some layer stayed on the CPU.
    bool limitedByNumGpu(const LayoutSettings &settings) const
    {
        return settings.numGpu >= 0 &&
               gpuLayers.sum() >= qMin<qsizetype>(settings.numGpu, explanation.layerSizes.size());
    }
};

} // namespace vramscope
