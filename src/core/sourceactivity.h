#pragma once

#include "runnerhealth.h"

#include <QString>

#include <optional>

namespace vramscope {

// What a source is doing, in terms every kind of source shares: a runner's
// /health, later the ollama server's view of a loading model.
struct SourceActivity
{
    enum class Phase
    {
        Idle,    // up, nothing loaded (a launched runner: the only state that measures splits)
        Loading, // a model is being loaded; progress may be known
        Ready,   // a model is resident and idle
        Busy,    // a model is resident and serving
        Failed,  // the source reports an error of its own
    };

    Phase phase = Phase::Idle;
    // What the source itself calls it ("loading model"), for display.
    QString text;
    // 0..1 while loading, when the source says.
    std::optional<double> progress;

    // The model's memory is already taken from the GPUs.
    bool holdsModel() const
    {
        return phase == Phase::Loading || phase == Phase::Ready || phase == Phase::Busy;
    }

    static SourceActivity fromRunnerHealth(const RunnerHealth &health);

    friend bool operator==(const SourceActivity &, const SourceActivity &) = default;
};

} // namespace vramscope
