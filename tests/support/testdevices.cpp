#include "testdevices.h"

#include "units.h"

namespace vramscope::TestDevices {

DeviceInfo gpu(const QString &id, quint64 freeMemory, const QString &library, bool integrated)
{
    DeviceInfo device;
    device.deviceId = {id, library};
    device.name = id;
    device.freeMemory = freeMemory;
    device.totalMemory = freeMemory + Units::GibiByte;
    device.integrated = integrated;
    return device;
}

} // namespace vramscope::TestDevices
