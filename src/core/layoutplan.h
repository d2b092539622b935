#pragma once

#include "gpulayerslist.h"
#include "layoutexplanation.h"

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
};

} // namespace vramscope
