#include "devicememory.h"

#include <numeric>

namespace vramscope {

quint64 DeviceMemory::weightsTotal() const
{
    return std::accumulate(weights.begin(), weights.end(), quint64(0));
}

quint64 DeviceMemory::cacheTotal() const
{
    return std::accumulate(cache.begin(), cache.end(), quint64(0));
}

quint64 DeviceMemory::size() const
{
    return weightsTotal() + cacheTotal() + graph;
}

} // namespace vramscope
