#pragma once

#include <QtGlobal>

namespace vramscope {

// The host's memory as ollama sees it (ml.SystemInfo).
struct SystemInfo
{
    int threadCount = 0;
    quint64 totalMemory = 0;
    quint64 freeMemory = 0;
    quint64 freeSwap = 0;

    // This machine's memory and swap, from /proc/meminfo (zeros elsewhere).
    static SystemInfo current();

    friend bool operator==(const SystemInfo &, const SystemInfo &) = default;
};

} // namespace vramscope
