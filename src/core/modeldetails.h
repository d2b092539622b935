#pragma once

#include <QStringList>

namespace vramscope {

// ollama's api.ModelDetails, as /api/ps, /api/tags and /api/show carry it.
struct ModelDetails
{
    QString parentModel;
    QString format; // "gguf"
    QString family; // "llama"
    QStringList families;
    QString parameterSize;     // "3.2B"
    QString quantizationLevel; // "Q4_K_M"

    friend bool operator==(const ModelDetails &, const ModelDetails &) = default;
};

} // namespace vramscope
