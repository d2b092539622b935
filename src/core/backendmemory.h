#pragma once

#include "devicememory.h"

namespace vramscope {

// The memory a model needs across all devices (ollama's ml.BackendMemory).
struct BackendMemory
{
    // One line of the summary ollama logs before loading.
    struct SummaryLine
    {
        QString what;   // "model weights", "kv cache", "compute graph", "total memory"
        QString device; // the device's name; empty for the total
        quint64 bytes = 0;

        friend bool operator==(const SummaryLine &, const SummaryLine &) = default;
    };

    // Input weights always live in system memory.
    quint64 inputWeights = 0;
    DeviceMemory cpu;
    QList<DeviceMemory> gpus;

    // ollama's BackendMemory.Log(): weights per GPU then CPU (with input
    // weights), kv cache likewise, compute graph likewise, then the total;
    // zero amounts are left out, and so is the total when it is zero.
    QList<SummaryLine> summary() const;

    // The entry for a GPU, matched by id and library; null when there is none.
    const DeviceMemory *gpu(const DeviceId &id) const;

    // Go's %+v of the struct, as ollama's ErrNoMem prints it.
    QString goString() const;

    friend bool operator==(const BackendMemory &, const BackendMemory &) = default;
};

} // namespace vramscope
