#include "llamaservermodel.h"

#include "loggedsplit.h"
#include "modelestimate.h"
#include "modelload.h"
#include "serverlogsnapshot.h"

#include <algorithm>
#include <limits>

namespace vramscope {

bool LlamaServerModel::isMoe() const
{
    return std::any_of(expertBytes.cbegin(), expertBytes.cend(), [](quint64 b) { return b > 0; });
}

quint64 LlamaServerModel::graphFor(const DeviceId &device) const
{
    for (const auto &[id, bytes] : graphs) {
        if (id == device)
            return bytes;
    }
    return defaultGraph;
}

LlamaServerModel LlamaServerModel::fromBackendMemory(const BackendMemory &memory)
{
    LlamaServerModel model;
    qsizetype count = memory.cpu.weights.size();
    for (const DeviceMemory &gpu : memory.gpus)
        count = std::max({count, gpu.weights.size(), gpu.cache.size()});
    model.layerBytes.fill(0, count);
    quint64 total = memory.inputWeights;
    auto add = [&](const DeviceMemory &device) {
        for (qsizetype i = 0; i < count; ++i)
            model.layerBytes[i] += device.weights.value(i) + device.cache.value(i);
        total += device.weightsTotal() + device.cacheTotal();
    };
    add(memory.cpu);
    for (const DeviceMemory &gpu : memory.gpus) {
        add(gpu);
        model.graphs.append({gpu.deviceId, gpu.graph});
        model.defaultGraph = std::max(model.defaultGraph, gpu.graph);
    }
    model.expertBytes.fill(0, count);
    model.inputWeights = memory.inputWeights;
    model.prediction = total;
    return model;
}

LlamaServerModel LlamaServerModel::fromEstimate(const ModelEstimate &estimate)
{
    LlamaServerModel model;
    for (const ModelEstimate::Layer &layer : estimate.layers) {
        model.layerBytes.append(layer.weights + layer.kvCache);
        model.expertBytes.append(layer.experts);
    }
    model.layerBytes.append(estimate.outputWeights);
    model.expertBytes.append(0);
    model.defaultGraph = estimate.graph;
    model.inputWeights = estimate.inputWeights;
    // ollama's deliberately rough f16 KV guess, in 128 bits against overflow.
    using Wide = unsigned __int128;
    const Wide headSize =
        estimate.maxHeadCount > 0 ? estimate.embeddingLength / estimate.maxHeadCount : 0;
    const Wide kv = Wide(2) * estimate.blockCount * estimate.minKvHeadCount * headSize *
                    estimate.context * estimate.parallel * 2;
    const Wide sum = Wide(estimate.fileSize) + kv;
    model.prediction = quint64(std::min(sum, Wide(std::numeric_limits<qint64>::max())));
    return model;
}

int LlamaServerModel::takeLoggedGraphs(const ModelLoad &load, const QList<DeviceInfo> &devices,
                                       const ServerLogSnapshot &log)
{
    int taken = 0;
    for (const ModelLoad::DeviceShare &share : load.devices) {
        const DeviceInfo *device = LoggedSplit::deviceOf(share.name, devices, log);
        if (!device || share.share.graph.bytes <= 0)
            continue;
        const quint64 bytes = quint64(share.share.graph.bytes);
        const auto known = std::find_if(graphs.begin(), graphs.end(), [&](const auto &graph) {
            return graph.first == device->deviceId;
        });
        if (known != graphs.end())
            known->second = bytes;
        else
            graphs.append({device->deviceId, bytes});
        ++taken;
    }
    return taken;
}

} // namespace vramscope
