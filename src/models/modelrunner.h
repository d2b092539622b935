#pragma once

#include "endpoint.h"

#include <QString>

namespace vramscope {

// A runner process serving a model, as discovery and its client know it,
// ready to be shown beside what the ollama server says of that model.
struct ModelRunner
{
    enum class State
    {
        Unknown, // not asked yet, or it did not answer
        Loading,
        Ready,
        Busy,
    };

    // The /api/ps digest of its model (OllamaDiscovery::modelDigestForBlob);
    // empty for a runner no server lists (a llama-server started by hand).
    QString modelDigest;
    QString modelPath; // its --model, named in the table when no server knows the model
    Endpoint endpoint;
    qint64 pid = 0;
    State state = State::Unknown;

    friend bool operator==(const ModelRunner &, const ModelRunner &) = default;
};

} // namespace vramscope
