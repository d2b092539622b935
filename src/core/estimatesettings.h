#pragma once

#include <QString>

namespace vramscope {

// What the KV cache of an estimate depends on besides the model.
struct EstimateSettings
{
    // ollama's num_ctx when nothing sets it: 4096 up to v0.12; later ollama
    // picks 4k, 32k or 256k by VRAM when OLLAMA_CONTEXT_LENGTH is unset,
    // which a file alone cannot know.
    static constexpr quint64 DefaultContext = 4096;
    // llama.cpp's default micro-batch (n_ubatch), which the SWA cache and
    // the graph estimate are sized by.
    static constexpr quint64 MicroBatch = 512;

    quint64 context = DefaultContext;            // tokens per sequence (num_ctx)
    quint64 parallel = 1;                        // sequences (num_parallel)
    QString kvCacheType = QStringLiteral("f16"); // f16, q8_0 or q4_0
};

} // namespace vramscope
