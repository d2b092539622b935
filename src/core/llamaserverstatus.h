#pragma once

#include "llamaserverprops.h"
#include "llamaserverslot.h"

#include <QList>

#include <optional>

namespace vramscope {

// What one round of requests to a llama-server runner found.
struct LlamaServerStatus
{
    enum class State
    {
        Loading, // /health 503 "Loading model"
        Ready,   // /health 200, no slot processing
        Busy,    // /health 200, a slot processing a request
    };

    State state = State::Loading;
    std::optional<LlamaServerProps> props; // not while loading
    QList<LlamaServerSlot> slotStates;     // empty while loading or when /slots is off

    // "loading", "ready", "busy".
    static QString stateName(State state)
    {
        switch (state) {
        case State::Ready:
            return QStringLiteral("ready");
        case State::Busy:
            return QStringLiteral("busy");
        case State::Loading:
            break;
        }
        return QStringLiteral("loading");
    }
};

} // namespace vramscope
