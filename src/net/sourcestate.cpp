#include "sourcestate.h"

namespace vramscope {

QString sourceStateName(SourceState state)
{
    switch (state) {
    case SourceState::Connecting:
        return QStringLiteral("connecting");
    case SourceState::Ok:
        return QStringLiteral("ok");
    case SourceState::Stale:
        return QStringLiteral("stale");
    case SourceState::Unsupported:
        return QStringLiteral("unsupported");
    case SourceState::Error:
        return QStringLiteral("error");
    case SourceState::Unreachable:
        return QStringLiteral("unreachable");
    case SourceState::TimedOut:
        return QStringLiteral("timed out");
    case SourceState::ProtocolError:
        return QStringLiteral("protocol error");
    }
    return QString();
}

} // namespace vramscope
