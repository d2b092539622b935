#include "nativeprobestatus.h"

namespace vramscope {

QString NativeProbeStatus::stateName(State state)
{
    switch (state) {
    case State::Ok:
        return QStringLiteral("ok");
    case State::Unavailable:
        return QStringLiteral("unavailable");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return QString();
}

} // namespace vramscope
