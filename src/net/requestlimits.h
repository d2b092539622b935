#pragma once

#include "units.h"

#include <QtGlobal>

#include <chrono>

namespace vramscope {

// Bounds on one HTTP request: how long it may take from start to the last
// byte, and how large its body may be. Both are enforced by vramscope, since
// QNetworkAccessManager waits forever and buffers without limit by default.
struct RequestLimits
{
    static constexpr std::chrono::milliseconds DefaultTimeout{5000};
    static constexpr qint64 DefaultBodyLimit = 4 * Units::MebiByte;

    std::chrono::milliseconds timeout = DefaultTimeout;
    qint64 bodyLimit = DefaultBodyLimit;

    friend bool operator==(const RequestLimits &, const RequestLimits &) = default;
};

} // namespace vramscope
