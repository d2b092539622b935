#pragma once

#include "backendmemory.h"

namespace vramscope {

// What a runner reports when an allocation runs out of memory: the
// allocations it was attempting (ollama's ml.ErrNoMem).
struct ErrNoMem
{
    BackendMemory memory;

    // "insufficient memory - required allocations: {InputWeights:...}"
    QString message() const;
};

} // namespace vramscope
