#pragma once

#include "nativeprocess.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace vramscope {

struct DeviceInfo;

// One GPU as the driver reports it (NVML, or amdgpu's sysfs), without ollama
// in between.
struct NativeGpu
{
    QString vendor;             // "NVIDIA", "AMD", "Intel"
    int index = 0;              // NVML's index, or N of /sys/class/drm/cardN
    QString id;                 // NVML's UUID ("GPU-..."), amdgpu's unique_id, or empty
    QString name;               // "NVIDIA GeForce RTX 4090"; empty when unknown
    QString pciId;              // "0000:01:00.0", lower case
    QString compute;            // CUDA compute capability "8.9"; empty elsewhere
    QString driver;             // "550.54.14"; empty when unknown
    QString source;             // "NVML v2", "NVML v1", "amdgpu sysfs", ...
    bool unifiedMemory = false; // no memory of its own: the figures are system memory
    quint64 totalMemory = 0;
    quint64 usedMemory = 0;
    quint64 freeMemory = 0;
    // amdgpu's GTT (system memory the GPU maps), where sysfs has it.
    std::optional<quint64> gttTotal;
    std::optional<quint64> gttUsed;
    QList<NativeProcess> processes; // ascending pid, each once

    // Whether this GPU and a runner's device are the same physical GPU: the
    // same UUID (amdgpu's unique_id matches ROCm's "GPU-<unique_id>"), else,
    // when either side has no UUID, the same PCI address. Two identical GPUs
    // differ in both and stay two.
    bool isSamePhysicalGpu(const DeviceInfo &device) const;

    // The GPU as a row of the device table: ollama's backend name for its
    // vendor as library (CUDA, ROCm), "GPU<index>" as name, the product as
    // description; the PCI address makes it one row with a runner's
    // sighting of the same GPU.
    DeviceInfo toDeviceInfo() const;

    // "00000000:01:00.0" (NVML) or "0000:01:00.0" -> "0000:01:00.0"; empty
    // when text is not a PCI address.
    static QString normalizedPciId(QStringView text);

    friend bool operator==(const NativeGpu &, const NativeGpu &) = default;
};

} // namespace vramscope
