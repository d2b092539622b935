#pragma once

#include "localmodel.h"
#include "modelfacts.h"
#include "ollamaversion.h"
#include "runningmodel.h"

#include <QHash>

#include <optional>

namespace vramscope {

// What one round of requests to an ollama server found.
struct OllamaSnapshot
{
    std::optional<OllamaVersion> version; // /api/version
    QList<RunningModel> models;           // /api/ps, in the server's order
    QList<LocalModel> localModels;        // /api/tags, when asked for
    QHash<QString, ModelFacts> facts;     // /api/show, by a running model's digest
};

} // namespace vramscope
