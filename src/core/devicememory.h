#pragma once

#include "deviceid.h"

#include <QList>
#include <QString>

namespace vramscope {

// The memory a model needs on one device, per layer where it is per layer
// (ollama's ml.DeviceMemory). Index in weights/cache = layer number.
struct DeviceMemory
{
    DeviceId deviceId;
    QString name;
    QList<quint64> weights;
    QList<quint64> cache;
    quint64 graph = 0;

    quint64 weightsTotal() const;
    quint64 cacheTotal() const;
    // Weights + cache + graph.
    quint64 size() const;

    friend bool operator==(const DeviceMemory &, const DeviceMemory &) = default;
};

} // namespace vramscope
