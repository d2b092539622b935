#include "layoutexplanation.h"

#include <algorithm>

namespace vramscope {

quint64 LayoutExplanation::smallestCpuLayer() const
{
    if (cpuLayers.isEmpty())
        return 0;
    quint64 smallest = layerSizes.value(cpuLayers.first());
    for (int layer : cpuLayers)
        smallest = std::min(smallest, layerSizes.value(layer));
    return smallest;
}

const LayoutExplanation::DeviceBudget *LayoutExplanation::roomiestDevice() const
{
    const DeviceBudget *roomiest = nullptr;
    for (const DeviceBudget &budget : devices) {
        if (!roomiest || budget.roomLeft() > roomiest->roomLeft())
            roomiest = &budget;
    }
    return roomiest;
}

} // namespace vramscope
