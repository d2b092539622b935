#include "nativegpu.h"

#include "deviceinfo.h"

#include <QRegularExpression>

namespace vramscope {

namespace {

// A UUID without the "GPU-" that NVML and ollama put in front, lower case;
// empty when the id is a backend index ("0", "1": Vulkan, llama-server era).
QString comparableUuid(const QString &id)
{
    QString uuid = id.trimmed().toLower();
    if (uuid.startsWith(u"gpu-"))
        uuid.remove(0, 4);
    bool numeric = false;
    uuid.toULongLong(&numeric, 10);
    return numeric ? QString() : uuid;
}

} // namespace

bool NativeGpu::isSamePhysicalGpu(const DeviceInfo &device) const
{
    const QString mine = comparableUuid(id);
    const QString theirs = comparableUuid(device.deviceId.id);
    if (!mine.isEmpty() && !theirs.isEmpty())
        return mine == theirs;
    const QString myPci = normalizedPciId(pciId);
    return !myPci.isEmpty() && myPci == normalizedPciId(device.pciId);
}

DeviceInfo NativeGpu::toDeviceInfo() const
{
    DeviceInfo device;
    const QString library = vendor == u"NVIDIA" ? QStringLiteral("CUDA")
                            : vendor == u"AMD"  ? QStringLiteral("ROCm")
                                                : vendor;
    device.deviceId = {id.isEmpty() ? pciId : id, library};
    device.name = u"GPU" + QString::number(index);
    device.description = name;
    device.integrated = unifiedMemory;
    device.pciId = pciId;
    device.totalMemory = totalMemory;
    device.freeMemory = freeMemory;
    // "8.9" and "550.54.14": the first two numbers of each.
    const QStringList capability = compute.split(u'.');
    device.computeMajor = compute.isEmpty() ? -1 : capability.value(0).toInt();
    device.computeMinor = compute.isEmpty() ? -1 : capability.value(1).toInt();
    const QStringList version = driver.split(u'.');
    device.driverMajor = version.value(0).toInt();
    device.driverMinor = version.value(1).toInt();
    return device;
}

QString NativeGpu::normalizedPciId(QStringView text)
{
    // domain:bus:device.function, the domain up to 8 hex digits (NVML pads it).
    static const QRegularExpression pattern(
        QStringLiteral("^([0-9a-fA-F]{1,8}):([0-9a-fA-F]{1,2}):([0-9a-fA-F]{1,2})\\.([0-7])$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed().toString());
    if (!match.hasMatch())
        return QString();
    const auto hex = [&match](int group, int width) {
        return QString::number(match.capturedView(group).toUInt(nullptr, 16), 16)
            .rightJustified(width, u'0');
    };
    return hex(1, 4) + u':' + hex(2, 2) + u':' + hex(3, 2) + u'.' + match.captured(4);
}

} // namespace vramscope
