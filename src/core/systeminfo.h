#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

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
    // The memory and swap of a meminfo file (another root's /proc/meminfo);
    // empty when it cannot be read. threadCount stays 0.
    static std::optional<SystemInfo> fromMeminfo(const QString &path);

    friend bool operator==(const SystemInfo &, const SystemInfo &) = default;
};

} // namespace vramscope
