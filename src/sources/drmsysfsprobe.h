#pragma once

#include "nativegpu.h"
#include "nativeprobestatus.h"

#include <QHash>
#include <QList>
#include <QString>

namespace vramscope {

// AMD (and Intel, where the kernel exposes memory the same way) GPUs from
// sysfs, and their processes from /proc/PID/fdinfo.
//
// GPUs: ROOT/sys/class/drm/cardN/device with mem_info_vram_total (vendor
// 0x1002 AMD, 0x8086 Intel; NVIDIA's cards are NVML's). The PCI address is the
// name the device link points at, else PCI_SLOT_NAME in device/uevent.
//
// Processes: every fd in ROOT/proc/PID/fdinfo that describes a DRM client
// (drm-driver, drm-pdev or the old pdev key). On a real root each fd is first
// checked with stat on ROOT/proc/PID/fd/FD, and only a character device of
// major 226 (DRM) is read; where that stat fails (a fake tree, which cannot
// hold device nodes) the fdinfo keys alone decide.
//
// Scanning every fd of every process costs tens of milliseconds on a busy
// desktop, so only every FullScanEvery-th round does it; the rounds between
// re-read just the fds found to be DRM clients then. Known clients' memory is
// fresh every round; a new client shows up within FullScanEvery rounds.
// Commands are read again at each full scan.
class DrmSysfsProbe
{
public:
    // root stands for "/": ROOT/sys and ROOT/proc are read.
    explicit DrmSysfsProbe(const QString &root);

    QList<NativeGpu> probe(NativeProbeStatus *status);

    static constexpr int FullScanEvery = 5;

    // Processes whose fds cannot be read (another user's, without
    // privileges) are skipped and counted in a warning. An fdinfo file is
    // read up to this size (amdgpu's is under 2 KiB).
    static constexpr qsizetype MaxFdinfoBytes = 16 * 1024;

private:
    QList<NativeGpu> readCards() const;
    // Fills each GPU's processes; answers how many processes could not be read.
    int readProcesses(QList<NativeGpu> *gpus);

    QString m_root;
    // The fds of each process that were DRM clients of a listed GPU, and the
    // process's command, as of the last full scan.
    QHash<quint32, QList<quint32>> m_drmFds;
    QHash<quint32, QString> m_commands;
    int m_roundsSinceFullScan = FullScanEvery - 1; // the first round scans all
};

} // namespace vramscope
