#pragma once

#include "sourcestate.h"

#include <QDateTime>

#include <optional>

namespace vramscope {

// A source's state with its explanation and the time of its last good
// data, which the poller keeps showing through every failure.
struct SourceStatus
{
    SourceState state = SourceState::Connecting;
    // What happened and where ("GET /info at 127.0.0.1:8080: connection
    // refused"); empty when ok.
    QString message;
    // When devices were last read; invalid before the first success.
    QDateTime lastGood;
    // Ticks skipped so far because a round was still out (a slow runner).
    int skippedTicks = 0;

    // Milliseconds since lastGood, or nothing without data.
    std::optional<qint64> dataAgeMs(const QDateTime &now = QDateTime::currentDateTimeUtc()) const
    {
        if (!lastGood.isValid())
            return std::nullopt;
        return lastGood.msecsTo(now);
    }

    friend bool operator==(const SourceStatus &, const SourceStatus &) = default;
};

} // namespace vramscope
