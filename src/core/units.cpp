#include "units.h"

#include <cmath>
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

QString humanBytes(quint64 bytes)
{
    static constexpr struct
    {
        quint64 size;
        const char *unit;
    } Decimal[] = {{1000ULL * 1000 * 1000 * 1000, "TB"},
                   {1000ULL * 1000 * 1000, "GB"},
                   {1000ULL * 1000, "MB"},
                   {1000ULL, "KB"}};
    for (const auto &[size, unit] : Decimal) {
        if (bytes < size)
            continue;
        const double value = double(bytes) / double(size);
        if (value >= 10 || value == std::trunc(value))
            return QString::number(qint64(value)) + u' ' + QLatin1StringView(unit);
        return oneDecimal(value, unit);
    }
    return QString::number(bytes) + u" B";
}

} // namespace vramscope::Units
