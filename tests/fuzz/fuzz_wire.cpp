// Every WireFormat reader on the input; whatever one accepts must be written
// back and read again to the same value.
#include "wireformat.h"

#include <QJsonArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace vramscope;

namespace {

template <typename Read> void checkRoundTrip(const QByteArray &body, Read read)
{
    WireError error;
    const auto value = read(body, &error);
    if (!value)
        return;
    const QByteArray written = WireFormat::toBytes(WireFormat::toJson(*value));
    const auto again = read(written, &error);
    if (!again || !(*again == *value)) {
        std::fprintf(stderr, "round trip failed\nwritten: %s\nerror: %s\n", written.constData(),
                     again ? "(read, but different)" : qPrintable(error.toString()));
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    checkRoundTrip(body, WireFormat::readDeviceInfoList);
    checkRoundTrip(body, WireFormat::readBackendMemory);
    checkRoundTrip(body, WireFormat::readGpuLayersList);
    checkRoundTrip(body, WireFormat::readSystemInfo);
    checkRoundTrip(body, WireFormat::readLoadRequest);
    checkRoundTrip(body, WireFormat::readLoadResponse);
    checkRoundTrip(body, WireFormat::readRunnerHealth);
    return 0;
}
