#pragma once

#include "nvmlabi.h"

#include <QString>

#include <memory>

namespace vramscope {

// libnvidia-ml loaded with dlopen, and the functions vramscope uses. The
// required ones are always resolved; newer variants (_v2 memory, _v3 and _v2
// process lists) are null when the library lacks them. Unloads on
// destruction.
class NvmlLibrary
{
public:
    // The library named by VRAMSCOPE_NVML, else libnvidia-ml.so.1 (the
    // variable replaces the default, it does not add to it).
    static QString defaultPath();

    enum class OpenFailure
    {
        NotLoaded, // dlopen failed: no driver installed here
        NotNvml,   // loaded, but a required symbol is missing
    };

    // Null with *error set ("libnvidia-ml.so.1: cannot open shared object
    // file ...", or the first required symbol missing) and *failure saying which.
    static std::unique_ptr<NvmlLibrary> open(const QString &path, QString *error,
                                             OpenFailure *failure);

    ~NvmlLibrary();
    NvmlLibrary(const NvmlLibrary &) = delete;
    NvmlLibrary &operator=(const NvmlLibrary &) = delete;

    // nvmlErrorString's text and the code: "Driver Not Loaded (9)".
    QString errorText(nvml::Return code) const;

    nvml::InitFunction init = nullptr;
    nvml::ShutdownFunction shutdown = nullptr;
    nvml::ErrorStringFunction errorString = nullptr;
    nvml::GetCountFunction getCount = nullptr;
    nvml::GetHandleByIndexFunction getHandleByIndex = nullptr;
    nvml::GetStringFunction getName = nullptr;
    nvml::GetStringFunction getUuid = nullptr;
    nvml::GetPciInfoFunction getPciInfo = nullptr;
    nvml::GetDriverVersionFunction getDriverVersion = nullptr;
    nvml::GetComputeCapabilityFunction getComputeCapability = nullptr;
    nvml::GetMemoryV1Function getMemoryV1 = nullptr;
    nvml::GetMemoryV2Function getMemoryV2 = nullptr; // optional
    // Process lists, newest first; each may be null.
    nvml::GetProcessesV2Function getComputeProcessesV3 = nullptr;
    nvml::GetProcessesV2Function getComputeProcessesV2 = nullptr;
    nvml::GetProcessesV1Function getComputeProcessesV1 = nullptr;
    nvml::GetProcessesV2Function getGraphicsProcessesV3 = nullptr;
    nvml::GetProcessesV2Function getGraphicsProcessesV2 = nullptr;
    nvml::GetProcessesV1Function getGraphicsProcessesV1 = nullptr;

private:
    explicit NvmlLibrary(void *handle);

    void *m_handle = nullptr;
};

} // namespace vramscope
