#include "estimateoptions.h"

#include "ggufreader.h"
#include "modelstore.h"

#include <QCommandLineParser>

namespace vramscope {

namespace {

// Far beyond any model's context; keeps cells x bytes well inside 64 bits.
constexpr quint64 MaxContext = quint64(1) << 24;
constexpr quint64 MaxParallel = 1024;

std::optional<quint64> positive(const QCommandLineParser &parser, const QString &option,
                                quint64 fallback, quint64 maximum, QString *error)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const QString text = parser.value(option);
    const quint64 value = text.toULongLong(&ok);
    if (!ok || value == 0 || value > maximum) {
        *error = u"--" + option + u": '" + text + u"' is not an integer from 1 to " +
                 QString::number(maximum);
        return std::nullopt;
    }
    return value;
}

} // namespace

void EstimateOptions::addTo(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("ctx"),
                      u"Context size per sequence, ollama's num_ctx (default " +
                          QString::number(EstimateSettings::DefaultContext) +
                          u"; capped at the model's context_length).",
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("parallel"),
                      QStringLiteral("Sequences in parallel, ollama's num_parallel (default 1)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("kv-cache-type"),
                      QStringLiteral("KV cache type: f16 (default), q8_0 or q4_0."),
                      QStringLiteral("TYPE")});
}

std::optional<EstimateSettings> EstimateOptions::read(const QCommandLineParser &parser,
                                                      QString *error)
{
    EstimateSettings settings;
    const std::optional<quint64> context =
        positive(parser, QStringLiteral("ctx"), settings.context, MaxContext, error);
    if (!context)
        return std::nullopt;
    const std::optional<quint64> parallel =
        positive(parser, QStringLiteral("parallel"), settings.parallel, MaxParallel, error);
    if (!parallel)
        return std::nullopt;
    settings.context = *context;
    settings.parallel = *parallel;
    if (parser.isSet(QStringLiteral("kv-cache-type"))) {
        const QString type = parser.value(QStringLiteral("kv-cache-type"));
        if (type != u"f16" && type != u"q8_0" && type != u"q4_0") {
            *error = u"--kv-cache-type: '" + type + u"' is not one of f16, q8_0, q4_0";
            return std::nullopt;
        }
        settings.kvCacheType = type;
    }
    return settings;
}

std::optional<ModelEstimate> EstimateOptions::estimate(const QString &modelOrFile,
                                                       const QStringList &roots,
                                                       const EstimateSettings &settings,
                                                       QString *path, QString *error)
{
    const std::optional<QString> found = ModelStore::resolve(modelOrFile, roots, error);
    if (!found)
        return std::nullopt;
    *path = *found;
    WireError wireError;
    const std::optional<GgufFile> file = GgufReader::readFile(*found, &wireError);
    if (!file) {
        *error = *found + u": " + wireError.toString();
        return std::nullopt;
    }
    std::optional<ModelEstimate> estimate = ModelEstimate::compute(*file, settings, &wireError);
    if (!estimate)
        *error = *found + u": " + wireError.toString();
    return estimate;
}

} // namespace vramscope
