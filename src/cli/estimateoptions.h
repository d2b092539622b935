#pragma once

#include "estimatesettings.h"
#include "modelestimate.h"

#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace vramscope {

// What `estimate` and `layout --model` share: --ctx, --parallel and
// --kv-cache-type, and a model found by name or path and estimated.
class EstimateOptions
{
public:
    static void addTo(QCommandLineParser &parser);
    // The settings, checked; on bad usage returns nothing and sets *error.
    static std::optional<EstimateSettings> read(const QCommandLineParser &parser, QString *error);
    // A model name looked up in roots, or a GGUF file, read and estimated;
    // on failure returns nothing and sets *error, naming the file and where.
    static std::optional<ModelEstimate> estimate(const QString &modelOrFile,
                                                 const QStringList &roots,
                                                 const EstimateSettings &settings, QString *path,
                                                 QString *error);
};

} // namespace vramscope
