#pragma once

#include "deviceid.h"

#include <QList>

namespace vramscope {

// The layers placed on one GPU (ollama's ml.GPULayers).
struct GpuLayers
{
    DeviceId deviceId;
    QList<int> layers;

    // ollama's notation: "" when empty, "ID:0 Layers:20(0..19)" for a run,
    // "ID:0 Layers:3[0 2 5]" otherwise; layers are shown sorted.
    QString toString() const;

    friend bool operator==(const GpuLayers &, const GpuLayers &) = default;
};

} // namespace vramscope
