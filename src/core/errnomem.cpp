#include "errnomem.h"

namespace vramscope {

QString ErrNoMem::message() const
{
    return u"insufficient memory - required allocations: " + memory.goString();
}

} // namespace vramscope
