#pragma once

#include "backendmemory.h"
#include "deviceinfo.h"
#include "loadrequest.h"

#include <optional>

class QJsonObject;

namespace vramscope {

// The model a fake runner pretends to hold, reduced to what memory depends
// on, and the memory arithmetic a runner's /load fit answers with.
struct SimulatedModel
{
    QList<quint64> layerWeights; // per layer; the last one is the output layer
    quint64 kvBytesPerToken = 0; // per layer per context token, at f16
    quint64 graph = 0;           // per GPU holding layers, at batch size 512
    quint64 cpuGraph = 0;        // on the CPU when layers stay there
    quint64 inputWeights = 0;    // token embeddings, always in system memory

    int layerCount() const { return int(layerWeights.size()); }

    // {"layers": 32, "layer_weights": N or [N, ...], "output_weights": N,
    //  "kv_bytes_per_token": N, "graph": N, "cpu_graph": N, "input_weights": N}.
    static std::optional<SimulatedModel> fromJson(const QJsonObject &object, QString *error);

    // What the split in request needs: a layer's weights and cache on the
    // device that holds it, the other layers on the CPU, the graph on every
    // GPU in use. Every device gets an entry (Weights/Cache per layer). A
    // split naming an unknown device or layer, or an unknown cache type,
    // answers nothing and sets *error, as a runner would refuse it.
    std::optional<BackendMemory> memoryFor(const LoadRequest &request,
                                           const QList<DeviceInfo> &devices, QString *error) const;

    // Whether every GPU's part fits in that device's free memory.
    static bool fits(const BackendMemory &memory, const QList<DeviceInfo> &devices);
};

} // namespace vramscope
