#include "endpointstate.h"

namespace vramscope {

QString endpointStateName(EndpointState state)
{
    switch (state) {
    case EndpointState::Connecting:
        return QStringLiteral("connecting");
    case EndpointState::Ok:
        return QStringLiteral("ok");
    case EndpointState::Stale:
        return QStringLiteral("stale");
    case EndpointState::Unsupported:
        return QStringLiteral("unsupported");
    case EndpointState::Error:
        return QStringLiteral("error");
    case EndpointState::Unreachable:
        return QStringLiteral("unreachable");
    case EndpointState::TimedOut:
        return QStringLiteral("timed out");
    case EndpointState::ProtocolError:
        return QStringLiteral("protocol error");
    }
    return QString();
}

} // namespace vramscope
