#pragma once

#include <QtGlobal>

#include <limits>

namespace vramscope {

// a + b, or the largest byte count when that would wrap: a sum of sizes is
// huge, never small.
inline quint64 saturatingAdd(quint64 a, quint64 b)
{
    return a > std::numeric_limits<quint64>::max() - b ? std::numeric_limits<quint64>::max()
                                                       : a + b;
}

} // namespace vramscope
