#pragma once

#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace vramscope {

// What one /proc/PID/fdinfo/FD file says about a DRM client, in the forms of
// the kernel's drm-usage-stats.rst (amdgpu, xe, i915) and amdgpu's older
// form of kernels 5.14-5.18 ("pdev:", "pasid:", "vram mem: N kB").
struct DrmFdInfo
{
    QString driver; // drm-driver, empty in the old form
    QString pciId;  // drm-pdev or pdev, normalised ("0000:03:00.0")
    // drm-client-id; in the old form the VM's pasid, which is as unique.
    std::optional<quint64> clientId;
    // Device memory: the first family present of drm-memory-vram (amdgpu),
    // drm-total-vram* (xe, newer amdgpu), drm-total-local* (i915), vram mem
    // (old amdgpu), numbered regions summed; empty when none is present.
    std::optional<quint64> vramBytes;

    // Whether the file describes a DRM client at all (any of the keys above).
    bool isDrmClient() const { return !driver.isEmpty() || !pciId.isEmpty(); }

    // Never fails: unknown keys are ignored, a malformed or overflowing value
    // leaves its field empty.
    static DrmFdInfo parse(QByteArrayView text);
    // "123", "123 KiB", "4 MiB", "12 kB" -> bytes; empty when malformed or
    // past 2^64.
    static std::optional<quint64> parseMemoryValue(QByteArrayView value);
};

} // namespace vramscope
