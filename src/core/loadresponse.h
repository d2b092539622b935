#pragma once

#include "backendmemory.h"

namespace vramscope {

// The answer to POST /load. On a failed alloc, memory holds what the runner
// was attempting when it ran out.
struct LoadResponse
{
    bool success = false;
    BackendMemory memory;

    friend bool operator==(const LoadResponse &, const LoadResponse &) = default;
};

} // namespace vramscope
