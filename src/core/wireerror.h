#pragma once

#include <QString>

namespace vramscope {

// Why a body could not be read, and where: path is a field path such as
// "[2].total_memory" or "GPUs[0].Weights[3]", empty for the whole body.
struct WireError
{
    QString path;
    QString message;

    // "[2].total_memory: expected a non-negative integer, got -1"
    QString toString() const;
};

} // namespace vramscope
