#include "nativeprobe.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace vramscope {

NativeProbe::NativeProbe(const QString &root, const QString &nvmlLibrary)
    : m_root(root), m_nvml(nvmlLibrary, root + u"/proc"_s), m_drm(root)
{
}

NativeProbeResult NativeProbe::probe()
{
    NativeProbeResult result;
    NativeProbeStatus nvml;
    result.gpus = m_nvml.probe(&nvml);
    NativeProbeStatus drm;
    result.gpus += m_drm.probe(&drm);

    NativeProbeStatus meminfo;
    meminfo.probe = u"meminfo"_s;
    const QString path = QDir::cleanPath(m_root + u"/proc/meminfo"_s);
    if (const std::optional<SystemInfo> system = SystemInfo::fromMeminfo(path)) {
        result.system = *system;
        meminfo.state = NativeProbeStatus::State::Ok;
    } else {
        meminfo.state = NativeProbeStatus::State::Unavailable;
        meminfo.message = u"cannot read "_s + path;
    }

    // A GPU without memory of its own (NVML total 0 or "not supported")
    // uses the system's: show that, as ollama does.
    for (NativeGpu &gpu : result.gpus) {
        if (!gpu.unifiedMemory)
            continue;
        gpu.totalMemory = result.system.totalMemory;
        gpu.freeMemory = result.system.freeMemory;
        gpu.usedMemory = gpu.totalMemory - qMin(gpu.freeMemory, gpu.totalMemory);
    }
    result.probes = {nvml, drm, meminfo};
    return result;
}

} // namespace vramscope
