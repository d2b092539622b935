#pragma once

#include "loadrequest.h"

#include <limits>

namespace vramscope {

// The settings a runner needs to measure a split (POST /load, operation
// fit), as a user chooses them; ollama's defaults.
struct MeasureSettings
{
    int contextSize = 4096; // num_ctx: tokens per sequence
    int parallel = 1;       // OLLAMA_NUM_PARALLEL: sequences held at once
    int batchSize = 512;    // num_batch
    bool flashAttention = false;
    QString kvCacheType; // OLLAMA_KV_CACHE_TYPE: "" (f16), "f16", "q8_0", "q4_0"

    // The fit request for this split. ollama sizes the cache for every
    // parallel sequence: KvSize = context size x parallel.
    LoadRequest request(const GpuLayersList &split) const
    {
        LoadRequest load;
        load.operation = LoadRequest::Operation::Fit;
        load.kvSize =
            int(qMin<qint64>(qint64(contextSize) * parallel, std::numeric_limits<int>::max()));
        load.parallel = parallel;
        load.batchSize = batchSize;
        load.flashAttention = flashAttention;
        load.kvCacheType = kvCacheType;
        load.gpuLayers = split;
        return load;
    }

    friend bool operator==(const MeasureSettings &, const MeasureSettings &) = default;
};

} // namespace vramscope
