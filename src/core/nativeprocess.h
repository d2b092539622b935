#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace vramscope {

// One process holding memory on a GPU, as a native probe sees it.
struct NativeProcess
{
    quint32 pid = 0;
    // The command line (arguments joined by spaces), or the short name from
    // /proc/PID/comm, or empty when the process could not be read.
    QString command;
    // Empty when the driver cannot say (NVML's "not available").
    std::optional<quint64> usedMemory;

    friend bool operator==(const NativeProcess &, const NativeProcess &) = default;
};

} // namespace vramscope
