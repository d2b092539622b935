// GpuLayersList::fromString on the input; a list it accepts must read back
// from its own text to the same list.
#include "gpulayerslist.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace vramscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<GpuLayersList> list = GpuLayersList::fromString(text, &error);
    if (!list)
        return 0;
    const QString printed = list->toString();
    const std::optional<GpuLayersList> again = GpuLayersList::fromString(printed, &error);
    if (!again || !(*again == *list)) {
        std::fprintf(stderr, "round trip failed\nprinted: %s\nerror: %s\n", qPrintable(printed),
                     again ? "(read, but different)" : qPrintable(error));
        std::abort();
    }
    return 0;
}
