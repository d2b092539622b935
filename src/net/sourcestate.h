#pragma once

#include <QString>

namespace vramscope {

// What the poller knows about an endpoint, in the words the UI shows.
enum class SourceState
{
    Connecting,    // added; no answer yet
    Ok,            // the last round read everything
    Stale,         // a round is taking longer than the interval: last data kept, ticks skipped
    Unsupported,   // 404: an older runner without the endpoint (no /info)
    Error,         // the runner answered with an error status; message is its own text
    Unreachable,   // refused, host not found, or closed without answering
    TimedOut,      // no complete answer within the request timeout
    ProtocolError, // an answer vramscope cannot use: bad body (what and where), too large, cut off
};

// "connecting", "ok", "stale", "unsupported", "error", "unreachable",
// "timed out", "protocol error": for logs and the command line.
QString sourceStateName(SourceState state);

} // namespace vramscope
