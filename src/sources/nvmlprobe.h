#pragma once

#include "nativegpu.h"
#include "nativeprobestatus.h"
#include "nvmlabi.h"
#include "processcommandreader.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace vramscope {

class NvmlLibrary;

// NVIDIA GPUs through NVML, loaded at run time. The library stays loaded and
// initialised between rounds; a missing library or driver is retried each
// round and reported as Unavailable ("no NVIDIA driver"), not as an error.
class NvmlProbe
{
public:
    // procRoot names the /proc used for process commands; NVML itself always
    // reports this machine.
    explicit NvmlProbe(const QString &libraryPath, const QString &procRoot);
    ~NvmlProbe();
    NvmlProbe(const NvmlProbe &) = delete;
    NvmlProbe &operator=(const NvmlProbe &) = delete;

    // One round: every GPU NVML reports, with its processes.
    QList<NativeGpu> probe(NativeProbeStatus *status);

    // NVML reporting more GPUs than this is reporting garbage.
    static constexpr unsigned int MaxDevices = 64;
    // Entries asked for per process list at most (a busy GPU has hundreds).
    static constexpr unsigned int MaxProcesses = 4096;
    // Asks per process list while it keeps growing between calls.
    static constexpr int MaxProcessListAttempts = 4;

private:
    // What does not change while NVML stays initialised.
    struct StaticInfo
    {
        QString name;
        QString uuid;
        QString pciId;
        QString compute;
    };

    bool initialize(NativeProbeStatus *status);
    const StaticInfo &staticInfo(unsigned int index, nvml::Device device);
    bool readMemory(nvml::Device device, NativeGpu *gpu, QStringList *warnings) const;
    QList<NativeProcess> readProcesses(nvml::Device device, int index, QStringList *warnings) const;

    QString m_libraryPath;
    ProcessCommandReader m_commands;
    std::unique_ptr<NvmlLibrary> m_library;
    bool m_initialized = false;
    QString m_driverVersion;
    QHash<unsigned int, StaticInfo> m_staticInfo;
};

} // namespace vramscope
