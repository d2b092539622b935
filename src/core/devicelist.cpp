#include "devicelist.h"

#include <algorithm>

namespace vramscope::DeviceList {

bool lessByFreeMemory(const DeviceInfo &a, const DeviceInfo &b)
{
    if (a.integrated != b.integrated)
        return a.integrated;
    return a.freeMemory < b.freeMemory;
}

QList<DeviceInfo> largestFirst(QList<DeviceInfo> devices)
{
    std::stable_sort(devices.begin(), devices.end(), [](const DeviceInfo &a, const DeviceInfo &b) {
        return lessByFreeMemory(b, a);
    });
    return devices;
}

QList<QList<DeviceInfo>> byLibrary(const QList<DeviceInfo> &devices)
{
    QList<QList<DeviceInfo>> groups;
    QStringList libraries;
    for (const DeviceInfo &device : devices) {
        const qsizetype index = libraries.indexOf(device.deviceId.library);
        if (index >= 0) {
            groups[index].append(device);
        } else {
            libraries.append(device.deviceId.library);
            groups.append({device});
        }
    }
    return groups;
}

QStringList libraryPaths(const QList<DeviceInfo> &devices, const QString &ollamaLibraryPath)
{
    QStringList paths{ollamaLibraryPath};
    for (const DeviceInfo &device : devices) {
        for (const QString &path : device.libraryPath) {
            if (!paths.contains(path))
                paths.append(path);
        }
    }
    return paths;
}

bool flashAttentionSupported(const QList<DeviceInfo> &devices)
{
    return std::all_of(devices.begin(), devices.end(), [](const DeviceInfo &device) {
        const QString &library = device.deviceId.library;
        const bool cudaCapable = library == u"CUDA" && device.driverMajor >= 7 &&
                                 !(device.computeMajor == 7 && device.computeMinor == 2);
        return library == u"cpu" || device.name == u"Metal" || library == u"Metal" || cudaCapable ||
               library == u"ROCm";
    });
}

QMap<QString, QString> visibleDevicesEnv(const QList<DeviceInfo> &devices, Os os)
{
    QMap<QString, QString> env;
    const QString variable = os == Os::Linux ? QStringLiteral("ROCR_VISIBLE_DEVICES")
                                             : QStringLiteral("HIP_VISIBLE_DEVICES");
    for (const DeviceInfo &device : devices) {
        if (device.deviceId.library != u"ROCm")
            continue;
        const QString id = device.filteredId.isEmpty() ? device.deviceId.id : device.filteredId;
        const auto existing = env.constFind(variable);
        env.insert(variable, existing == env.constEnd() ? id : *existing + u',' + id);
    }
    return env;
}

} // namespace vramscope::DeviceList
