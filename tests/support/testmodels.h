#pragma once

#include "ggufwriter.h"

#include <functional>

// The tests' small models and their ollama store. A model's layer is
// attn_q (64 x 64 Q8_0: 4096 / 32 x 34 = 4352 bytes) and attn_norm (64 F32:
// 256 bytes), 4608 bytes in all; token_embd is 64 x 100 F16 (12800),
// output_norm 64 F32 (256) and output 64 x 100 Q8_0 (6400 / 32 x 34 =
// 6800). Attention: embedding 64 and 4 heads, so keys and values are
// 64 / 4 = 16 wide; context_length 8192.
class TestModels
{
public:
    using Metadata = std::function<void(GgufWriter &)>;

    static constexpr quint64 LayerBytes = 4608;
    static constexpr quint64 OutputBytes = 256 + 6800;
    static constexpr quint64 InputBytes = 12800;

    static GgufWriter model(const QString &arch, quint32 blocks, const Metadata &metadata = {},
                            bool withOutput = true);

    // Copies the manifests of tests/data/ollama-store into target and writes
    // the blobs they name: tiny:latest (llama, 2 layers, 2 KV heads, file
    // type Q4_K_M), tiny:q8 (the same as Q8_0), someone/small:v1 (gemma3, 6
    // layers, window 512, F16) and hf.co/bartowski/Other-GGUF:Q4_K_M
    // (qwen2, 2 layers, no file type). gone:latest has no blob and
    // broken:latest no model layer.
    static bool writeStore(const QString &target);

    // A server log in which today's ollama loaded the model at modelPath
    // (tiny's blob) with llama-server, -c 2048 -np 2, wholly on the RTX 3090
    // of info_cuda.json (CUDA1, 0000:02:00.0), in the formats of SOURCES.md
    // section 2: offloaded 3/3, 0.02 MiB of weights, 1.00 MiB of KV cache;
    // the fit step's dry run measured a 9.00 MiB compute buffer, the real
    // load 2.00 MiB.
    static QByteArray llamaServerLoadLog(const QString &modelPath);
};
