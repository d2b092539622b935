#pragma once

#include "estimatesettings.h"
#include "wireerror.h"

#include <QList>
#include <QString>

#include <optional>

namespace vramscope {

struct GgufFile;

// The memory a model file needs, computed from its GGUF header: weights
// per layer (blk.N.*), the output layer (output_norm, output; index
// blockCount), the input weights (token_embd and every other tensor outside
// the layers, which stay on the CPU), the KV cache per layer and a rough
// compute graph. An estimate: llama.cpp's own allocation differs by its
// padding and its real graph.
struct ModelEstimate
{
    struct Layer
    {
        quint64 weights = 0;
        quint64 experts = 0; // MoE expert tensors (ffn_*_exps), part of weights
        quint64 kvCache = 0;
        quint64 cells = 0;          // KV cells this layer holds
        bool slidingWindow = false; // a sliding-window (SWA) layer
    };

    QString architecture;
    QString quantization; // GgufFile::quantization()
    quint64 blockCount = 0;
    quint64 trainedContext = 0; // <arch>.context_length, 0 when missing
    quint64 context = 0;        // tokens per sequence, capped at trainedContext
    quint64 parallel = 1;
    QString kvCacheType;
    quint64 fileSize = 0;        // bytes of the GGUF file
    quint64 embeddingLength = 0; // <arch>.embedding_length
    quint64 maxHeadCount = 0;    // largest attention.head_count over the layers
    quint64 minKvHeadCount = 0;  // smallest attention.head_count_kv over the layers
    quint64 parameters = 0;      // elements of every tensor
    qsizetype tensorCount = 0;
    QList<Layer> layers;
    quint64 inputWeights = 0;
    // output_norm + output; when the file has no output.weight the model
    // ties its output to token_embd, and llama.cpp loads a second copy of
    // token_embd for the output layer: that copy is counted here too.
    quint64 outputWeights = 0;
    bool outputTied = false;
    quint64 tiedBytes = 0;    // the copy's bytes, 0 unless outputTied
    quint64 totalWeights = 0; // every tensor of the file once
    quint64 graph = 0;        // rough: see compute()

    quint64 totalKvCache() const;

    // The graph estimate is the larger of one micro-batch's attention
    // scores and its logits, in f32: max(4 b (1 + 4 embd + cells (1 +
    // heads)), 4 b (embd + vocab)) with b = 512; rough, without flash
    // attention.
    static std::optional<ModelEstimate> compute(const GgufFile &file,
                                                const EstimateSettings &settings, WireError *error);
};

} // namespace vramscope
