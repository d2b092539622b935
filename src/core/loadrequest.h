#pragma once

#include "gpulayerslist.h"

#include <QStringList>

namespace vramscope {

// The body of POST /load (ollama's llm.LoadRequest).
struct LoadRequest
{
    enum class Operation
    {
        Fit = 0,    // report the memory the request needs, allocate nothing
        Alloc = 1,  // allocate and keep the allocation
        Commit = 2, // load the weights; the runner is in use from here on
        Close = 3,
    };

    Operation operation = Operation::Fit;
    QStringList loraPath;
    int parallel = 0;
    int batchSize = 0;
    bool flashAttention = false;
    int kvSize = 0;
    QString kvCacheType;
    int numThreads = 0;
    GpuLayersList gpuLayers;
    bool multiUserCache = false;
    QString projectorPath;
    int mainGpu = 0;
    bool useMmap = false;

    friend bool operator==(const LoadRequest &, const LoadRequest &) = default;
};

} // namespace vramscope
