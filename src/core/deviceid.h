#pragma once

#include <QString>

namespace vramscope {

// The minimal identification of a device: an id that is unique only among
// devices of the same library (CUDA, ROCm, Metal, Vulkan, cpu).
struct DeviceId
{
    QString id;
    QString library;

    friend bool operator==(const DeviceId &, const DeviceId &) = default;
};

} // namespace vramscope
