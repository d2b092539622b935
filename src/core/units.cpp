#include "units.h"

#include <cstdio>

namespace vramscope::Units {

namespace {

QString oneDecimal(double value, const char *unit)
{
    // snprintf rounds the exact binary value half-to-even, as Go's %.1f does.
    char text[64];
    std::snprintf(text, sizeof text, "%.1f %s", value, unit);
    return QString::fromLatin1(text);
}

} // namespace

QString humanBytes2(quint64 bytes)
{
    if (bytes >= GibiByte)
        return oneDecimal(double(bytes) / double(GibiByte), "GiB");
    if (bytes >= MebiByte)
        return oneDecimal(double(bytes) / double(MebiByte), "MiB");
    if (bytes >= KibiByte)
        return oneDecimal(double(bytes) / double(KibiByte), "KiB");
    return QString::number(bytes) + u" B";
}

} // namespace vramscope::Units
