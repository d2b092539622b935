#pragma once

#include <QtGlobal>

namespace vramscope {

// One slot of llama-server's GET /slots.
struct LlamaServerSlot
{
    int id = 0;
    int contextSize = 0; // n_ctx
    bool processing = false;

    friend bool operator==(const LlamaServerSlot &, const LlamaServerSlot &) = default;
};

} // namespace vramscope
