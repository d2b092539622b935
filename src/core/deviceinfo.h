#pragma once

#include "deviceid.h"

#include <QStringList>
#include <QtGlobal>

namespace vramscope {

// How two device records relate (ollama's DeviceComparison).
enum class DeviceComparison
{
    Unique,      // different physical devices
    SameBackend, // the same device through the same library
    Duplicate,   // the same physical device seen through another library
};

// One GPU as a runner's /info reports it (ollama's ml.DeviceInfo).
struct DeviceInfo
{
    DeviceId deviceId;
    QString name;        // the backend's label, e.g. "CUDA0"; not stable across runs
    QString description; // e.g. "NVIDIA GeForce RTX 4090"
    QString filteredId;  // the unfiltered numeric id, when the id is numeric
    bool integrated = false;
    QString pciId;
    quint64 totalMemory = 0;
    quint64 freeMemory = 0;
    int computeMajor = 0; // -1 when the backend does not report it
    int computeMinor = 0;
    int driverMajor = 0;
    int driverMinor = 0;
    QStringList libraryPath;

    // "8.9", or "gfx90a" for ROCm.
    QString compute() const;
    // "12.8".
    QString driver() const;
    // VRAM ollama sets aside on this device for the runtime itself.
    quint64 minimumMemory() const;
    // Total minus free; 0 when a backend reports more free than total.
    quint64 usedMemory() const;
    DeviceComparison compare(const DeviceInfo &other) const;
    // For a SameBackend pair: whether other was loaded from a newer library
    // (cuda_v13 beats cuda_v12). Unlike ollama, an empty LibraryPath is
    // "not better" rather than a crash.
    bool isBetter(const DeviceInfo &other) const;

    friend bool operator==(const DeviceInfo &, const DeviceInfo &) = default;
};

} // namespace vramscope
