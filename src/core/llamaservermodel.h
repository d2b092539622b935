#pragma once

#include "backendmemory.h"

#include <QList>

namespace vramscope {

struct DeviceInfo;
struct ModelEstimate;
struct ModelLoad;
struct ServerLogSnapshot;

// What the llama-server era planner weighs of one model: the memory of each
// layer, each device's compute buffer, and ollama's rough prediction.
struct LlamaServerModel
{
    // Weights + KV cache per layer; the last entry is the output layer
    // (index blockCount), so blockCount + 1 entries in all.
    QList<quint64> layerBytes;
    // The MoE expert weights inside each layerBytes entry; all 0 (or
    // empty) for a dense model.
    QList<quint64> expertBytes;
    // Compute buffers reported per device; devices not listed get
    // defaultGraph (llama.cpp reserves one on every device it uses).
    QList<std::pair<DeviceId, quint64>> graphs;
    quint64 defaultGraph = 0;
    quint64 inputWeights = 0; // token_embd: always on the CPU
    quint64 prediction = 0;   // ollama's PredictServerVRAM, for the GPU choice

    int blockCount() const { return int(layerBytes.size()) - 1; }
    bool isMoe() const;
    quint64 graphFor(const DeviceId &device) const;

    // From a BackendMemory (a file, or a Go runner's fit): each layer summed
    // over every device; its last layer is taken as the output layer. The
    // prediction is its total weights plus its total KV cache.
    static LlamaServerModel fromBackendMemory(const BackendMemory &memory);
    // From a model file's estimate: its layers, the output layer, the
    // graph estimate on every device, and ollama's prediction: the file's
    // size plus 2 x blocks x min(head_count_kv) x (embedding / max(head_count))
    // x context x parallel x 2 bytes (f16, whatever the cache type).
    static LlamaServerModel fromEstimate(const ModelEstimate &estimate);

    // The compute buffers an earlier load of the model measured, in place of
    // the estimates, on each of the devices it used that is among devices.
    // Returns how many devices got a measured one.
    int takeLoggedGraphs(const ModelLoad &load, const QList<DeviceInfo> &devices,
                         const ServerLogSnapshot &log);
};

} // namespace vramscope
