#pragma once

#include <QString>

namespace vramscope {

// What llama-server's GET /props says about the model it serves.
struct LlamaServerProps
{
    int contextSize = 0; // default_generation_settings.n_ctx
    int totalSlots = 0;  // total_slots: ollama's -np
    QString modelPath;   // model_path: the blob
    QString buildInfo;   // build_info: "b6000-abcdef"

    friend bool operator==(const LlamaServerProps &, const LlamaServerProps &) = default;
};

} // namespace vramscope
