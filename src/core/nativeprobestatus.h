#pragma once

#include <QString>
#include <QStringList>

namespace vramscope {

// How one native probe fared in a round.
struct NativeProbeStatus
{
    enum class State
    {
        Ok,          // read; gpus may still be empty
        Unavailable, // nothing to read here: no driver, no library, no such tree
        Failed,      // there is a driver, but it answered with an error
    };

    QString probe; // "nvml", "drm sysfs", "meminfo"
    State state = State::Unavailable;
    QString message;      // one line for the user, e.g. "no NVIDIA driver (...)"
    QStringList warnings; // what was bounded or skipped this round

    static QString stateName(State state);

    friend bool operator==(const NativeProbeStatus &, const NativeProbeStatus &) = default;
};

} // namespace vramscope
