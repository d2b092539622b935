#pragma once

#include "drmsysfsprobe.h"
#include "nativeproberesult.h"
#include "nvmlprobe.h"

#include <QString>

namespace vramscope {

// Every native probe in one synchronous round: NVIDIA through NVML, AMD and
// Intel through sysfs, and the system's memory from /proc/meminfo. Keep one
// instance for polling: NVML stays loaded between rounds.
class NativeProbe
{
public:
    // root stands for "/" when reading /sys and /proc; nvmlLibrary is what
    // dlopen loads (NvmlLibrary::defaultPath() honours VRAMSCOPE_NVML).
    explicit NativeProbe(const QString &root, const QString &nvmlLibrary);

    NativeProbeResult probe();

private:
    QString m_root;
    NvmlProbe m_nvml;
    DrmSysfsProbe m_drm;
};

} // namespace vramscope
