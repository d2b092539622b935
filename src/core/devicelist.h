#pragma once

#include "deviceinfo.h"

#include <QList>
#include <QMap>

// Operations on a set of devices, as ollama's package ml defines them.
namespace vramscope::DeviceList {

enum class Os
{
    Linux,
    Other
};

inline constexpr Os hostOs =
#ifdef Q_OS_LINUX
    Os::Linux;
#else
    Os::Other;
#endif

// ollama's ByFreeMemory.Less: integrated GPUs before discrete ones, then by
// free memory ascending.
bool lessByFreeMemory(const DeviceInfo &a, const DeviceInfo &b);

// The order ollama's scheduler uses: discrete before integrated, then free
// memory descending; equal devices keep their input order.
QList<DeviceInfo> largestFirst(QList<DeviceInfo> devices);

// Devices grouped by library, groups in order of first appearance.
QList<QList<DeviceInfo>> byLibrary(const QList<DeviceInfo> &devices);

// ollama's own library folder first, then each device's LibraryPath
// entries, each once, in order.
QStringList libraryPaths(const QList<DeviceInfo> &devices, const QString &ollamaLibraryPath);

// Whether every device can run flash attention (true for no devices).
bool flashAttentionSupported(const QList<DeviceInfo> &devices);

// The variables that restrict a runner to these devices. Only ROCm devices
// need one (ROCR_VISIBLE_DEVICES on Linux, HIP_VISIBLE_DEVICES elsewhere);
// CUDA and Vulkan are restricted by scheduling instead.
QMap<QString, QString> visibleDevicesEnv(const QList<DeviceInfo> &devices, Os os = hostOs);

} // namespace vramscope::DeviceList
