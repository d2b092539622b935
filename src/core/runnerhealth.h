#pragma once

#include <QString>

namespace vramscope {

// The answer to GET /health.
struct RunnerHealth
{
    enum class Status
    {
        Ready = 0,
        NoSlotsAvailable = 1,
        Launched = 2, // no model yet: the only state that accepts /load
        LoadingModel = 3,
        NotResponding = 4,
        Error = 5,
    };

    Status status = Status::Launched;
    float progress = 0; // 0..1 while loading

    // "ready", "loading model", ... for display and the command line (in the
    // window's language where a translator is installed).
    static QString statusName(Status status);

    friend bool operator==(const RunnerHealth &, const RunnerHealth &) = default;
};

} // namespace vramscope
