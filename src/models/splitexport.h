#pragma once

#include <QStringList>

namespace vramscope {

class LayerAssignmentModel;

// The split in the forms a user takes elsewhere: ollama's text, a num_gpu
// value, and the visible-devices environment that selects its GPUs.
class SplitExport
{
public:
    // "33[ID:... Layers:20(0..19) ...]", as ollama logs it.
    static QString text(const LayerAssignmentModel &model);
    // The number of layers on GPUs, for num_gpu.
    static QString numGpu(const LayerAssignmentModel &model);
    // "ROCR_VISIBLE_DEVICES=..." lines for the GPUs the split uses; empty
    // when ollama sets no such variable for them (CUDA, Vulkan).
    static QStringList environment(const LayerAssignmentModel &model);
};

} // namespace vramscope
