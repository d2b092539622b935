#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <optional>

namespace vramscope {

// A byte count read back from a log. ollama prints sizes with one decimal
// ("19.9 GiB") and llama.cpp with two ("852.89 MiB"), so such a value is
// only known to about half its last digit: it is kept rounded to the nearest
// byte and flagged approximate. Only "512 B" style text is exact.
struct LoggedBytes
{
    // No memory in a log is a PiB; the cap keeps sums of many far from overflow.
    static constexpr qint64 MaxBytes = qint64(1) << 50;

    qint64 bytes = 0;
    bool approximate = false;

    // ollama's format.HumanBytes2 text: "512 B", "1.5 KiB", "852.9 MiB",
    // "19.9 GiB". Nothing when the text is not one, or past MaxBytes.
    static std::optional<LoggedBytes> fromHumanBytes(QByteArrayView text);
    // A decimal number of MiB as llama.cpp prints it ("%.2f" or "%d").
    static std::optional<LoggedBytes> fromMebiBytes(QByteArrayView number);

    LoggedBytes &operator+=(const LoggedBytes &other)
    {
        bytes += other.bytes;
        approximate = approximate || other.approximate;
        return *this;
    }
    friend LoggedBytes operator+(LoggedBytes left, const LoggedBytes &right)
    {
        return left += right;
    }
    friend bool operator==(const LoggedBytes &, const LoggedBytes &) = default;
};

} // namespace vramscope
