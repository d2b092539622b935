// DrmFdInfo::parse on the input, as a /proc/PID/fdinfo file of a fake or
// hostile tree could hold it. Checks what must hold for any input: a PCI id
// is empty or normalised, and memory is only known when some memory key
// appears in the text.
#include "drmfdinfo.h"
#include "nativegpu.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace vramscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView text(reinterpret_cast<const char *>(data), qsizetype(size));
    const DrmFdInfo info = DrmFdInfo::parse(text);
    if (!info.pciId.isEmpty() && NativeGpu::normalizedPciId(info.pciId) != info.pciId) {
        std::fprintf(stderr, "PCI id not normalised: %s\n", qPrintable(info.pciId));
        std::abort();
    }
    if (info.vramBytes && !text.contains("vram") && !text.contains("local")) {
        std::fprintf(stderr, "memory from no memory key\n");
        std::abort();
    }
    return 0;
}
