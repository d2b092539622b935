#pragma once

#include "deviceinfo.h"
#include "gpulayerslist.h"

#include <QList>

#include <optional>

namespace vramscope {

// The split today's ollama (v0.30+) and its llama-server would make, and
// every number behind it.
struct LlamaServerPlan
{
    // How ollama picked the GPUs llama-server sees.
    enum class GpuChoice
    {
        NoGpu,      // no GPU to use
        NumGpuZero, // num_gpu 0: CPU only
        OnlyGpu,    // one GPU: nothing to choose
        MainGpu,    // main_gpu: that GPU alone
        SingleGpu,  // the best GPU whose available memory holds the prediction within 80%
        Group,      // no single GPU held it: the best library's GPUs
        Spread,     // OLLAMA_SCHED_SPREAD: the best library's GPUs
    };

    // How llama.cpp's fit placed the layers on those GPUs.
    enum class Fit
    {
        None,            // no GPU
        DefaultSplit,    // every device kept its margin: split by free memory
        RequestedLayers, // -ngl given: the default split with that layer count
        BackToFront,     // filled from the last device backwards
        MoeBackToFront,  // the same; a layer that does not fit whole leaves its experts on the CPU
    };

    // One GPU as ollama's choice weighed it.
    struct Candidate
    {
        DeviceInfo device;
        quint64 available = 0;        // free memory, capped by free system memory when integrated
        bool holdsPrediction = false; // prediction <= available x 80 / 100
    };

    // One device llama-server sees, in its order.
    struct Device
    {
        DeviceInfo device;
        quint64 freeMemory = 0;
        quint64 margin = 0;       // LLAMA_ARG_FIT_TARGET for this device
        quint64 target = 0;       // free - margin, 0 when the margin exceeds free
        quint64 graph = 0;        // compute buffer
        quint64 defaultBytes = 0; // layers + graph in the default placement
        QList<int> layers;
        QList<int> denseOnlyLayers; // MoE: layers here whose experts stay on the CPU
        quint64 layerBytes = 0;     // what the layers placed here hold
        quint64 bytes() const { return layerBytes + graph; }
        bool withinTarget() const { return bytes() <= target; }
    };

    GpuChoice choice = GpuChoice::NoGpu;
    Fit fit = Fit::None;
    quint64 prediction = 0;
    QList<Candidate> candidates; // the GPUs weighed, in the order ollama tries them
    QString library;             // of the chosen GPUs
    QList<DeviceId> selectedGpus;
    QList<Device> devices; // what llama.cpp sees: the chosen GPUs, integrated ones dropped beside a
                           // discrete one
    int nGpuLayers = 0;    // layers offloaded (of blockCount + 1)
    int layerCount = 0;    // blockCount + 1, the output layer included
    std::optional<QList<int>>
        tensorSplit;         // layer counts per device; empty when the default split stands
    GpuLayersList gpuLayers; // per device, in ollama's notation
    QList<int> cpuLayers;
    quint64 cpuLayerBytes = 0; // the CPU's layers, and the experts of dense-only layers
    quint64 cpuBytes = 0;      // cpuLayerBytes + input weights

    bool singleGpu() const { return selectedGpus.size() == 1; }
};

} // namespace vramscope
