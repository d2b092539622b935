#include "loggedbytes.h"

#include "units.h"

namespace vramscope {

namespace {

// A non-negative decimal ("19", "852.89") times unit, rounded to the nearest
// byte in exact integer arithmetic: 852.89 MiB = 85289 x 2^20 / 100.
using Wide = unsigned __int128;

std::optional<qint64> scaledDecimal(QByteArrayView number, quint64 unit)
{
    // 18 digits fit in 60 bits; with a unit of at most 2^30 the product fits
    // in the 128-bit intermediate.
    constexpr int MaxDigits = 18;
    Wide mantissa = 0;
    Wide divisor = 1;
    int digits = 0;
    bool seenPoint = false;
    bool fractionDigits = false;
    for (const char c : number) {
        if (c == '.' && !seenPoint && digits > 0) {
            seenPoint = true;
            continue;
        }
        if (c < '0' || c > '9' || ++digits > MaxDigits)
            return std::nullopt;
        mantissa = mantissa * 10 + unsigned(c - '0');
        if (seenPoint) {
            divisor *= 10;
            fractionDigits = true;
        }
    }
    if (digits == 0 || (seenPoint && !fractionDigits))
        return std::nullopt;
    const Wide rounded = (mantissa * unit + divisor / 2) / divisor;
    if (rounded > Wide(LoggedBytes::MaxBytes))
        return std::nullopt;
    return qint64(rounded);
}

} // namespace

std::optional<LoggedBytes> LoggedBytes::fromHumanBytes(QByteArrayView text)
{
    const qsizetype space = text.indexOf(' ');
    if (space <= 0)
        return std::nullopt;
    const QByteArrayView number = text.first(space);
    const QByteArrayView unit = text.sliced(space + 1);
    quint64 scale = 0;
    if (unit == "B")
        scale = 1;
    else if (unit == "KiB")
        scale = Units::KibiByte;
    else if (unit == "MiB")
        scale = Units::MebiByte;
    else if (unit == "GiB")
        scale = Units::GibiByte;
    else
        return std::nullopt;
    // HumanBytes2 prints whole bytes without a point and every larger unit
    // with exactly one decimal.
    const bool hasPoint = number.contains('.');
    if ((scale == 1) == hasPoint)
        return std::nullopt;
    const std::optional<qint64> bytes = scaledDecimal(number, scale);
    if (!bytes)
        return std::nullopt;
    return LoggedBytes{*bytes, scale != 1};
}

std::optional<LoggedBytes> LoggedBytes::fromMebiBytes(QByteArrayView number)
{
    const std::optional<qint64> bytes = scaledDecimal(number, Units::MebiByte);
    if (!bytes)
        return std::nullopt;
    return LoggedBytes{*bytes, true};
}

} // namespace vramscope
