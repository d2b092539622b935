#pragma once

#include "nativegpu.h"
#include "nativeprobestatus.h"
#include "systeminfo.h"

#include <QList>

namespace vramscope {

// One round of the native probes: every GPU they saw, the system's memory
// (the CPU row), and how each probe fared.
struct NativeProbeResult
{
    QList<NativeGpu> gpus;
    SystemInfo system;
    QList<NativeProbeStatus> probes;

    friend bool operator==(const NativeProbeResult &, const NativeProbeResult &) = default;
};

} // namespace vramscope
