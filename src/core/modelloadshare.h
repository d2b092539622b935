#pragma once

#include "loggedbytes.h"

#include <QList>
#include <QString>

namespace vramscope {

struct ModelLoad;
struct ServerLogSnapshot;

// What one load puts on one GPU, as the server log tells it: the backend
// device ("CUDA0"), its PCI address when the log announced it, the layers
// on it when the log says (-1 otherwise) and its weights, KV cache and
// graph.
struct ModelLoadShare
{
    QString device;
    QString pciId;
    int layers = -1;
    LoggedBytes weights;
    LoggedBytes kvCache;
    LoggedBytes graph;
    LoggedBytes other;

    LoggedBytes total() const { return weights + kvCache + graph + other; }

    // The load's GPUs in the log's order. Layers come from the Go era's
    // GPULayers split (its ids mapped to device names through the
    // "inference compute" lines) or llama.cpp's fit lines.
    static QList<ModelLoadShare> of(const ModelLoad &load, const ServerLogSnapshot &log);

    friend bool operator==(const ModelLoadShare &, const ModelLoadShare &) = default;
};

} // namespace vramscope
