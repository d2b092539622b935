#pragma once

#include "deviceid.h"

#include <QList>
#include <QString>

#include <algorithm>

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

    // Element by element: Qt 6.4's QList<quint64>::operator== hands memcmp a
    // null pointer for an empty list, which UBSan rejects.
    friend bool operator==(const DeviceMemory &a, const DeviceMemory &b)
    {
        return a.deviceId == b.deviceId && a.name == b.name && a.graph == b.graph &&
               std::equal(a.weights.cbegin(), a.weights.cend(), b.weights.cbegin(),
                          b.weights.cend()) &&
               std::equal(a.cache.cbegin(), a.cache.cend(), b.cache.cbegin(), b.cache.cend());
    }
};

} // namespace vramscope
