#pragma once

#include <QList>
#include <QtGlobal>

namespace vramscope {

// The knobs of today's ollama (v0.30+) that shape a split: ollama's own
// options and the margin llama.cpp's fit keeps free on each device.
struct LlamaServerSettings
{
    // llama.cpp's default margin per device (LLAMA_ARG_FIT_TARGET unset).
    static constexpr quint64 DefaultFitTarget = quint64(1024) * 1024 * 1024;

    int numGpu = -1;     // num_gpu: passed as -ngl when set; negative: unset
    int mainGpu = -1;    // main_gpu: index into the GPU list; negative: unset
    bool spread = false; // OLLAMA_SCHED_SPREAD
    // LLAMA_ARG_FIT_TARGET in bytes: empty for the default, one value for
    // every device, or one per device in llama-server's device order.
    QList<quint64> fitTargets;

    // The margin of the device at this index among those llama.cpp sees:
    // one value holds for all; a longer list fills llama.cpp's defaults
    // from the front, so devices past its end keep 1024 MiB.
    quint64 fitTarget(qsizetype device) const
    {
        if (fitTargets.size() == 1)
            return fitTargets.first();
        return fitTargets.value(device, DefaultFitTarget);
    }

    friend bool operator==(const LlamaServerSettings &, const LlamaServerSettings &) = default;
};

} // namespace vramscope
