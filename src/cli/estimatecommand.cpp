#include "estimatecommand.h"

#include "estimateoptions.h"
#include "modelstore.h"
#include "texttable.h"
#include "units.h"
#include "wireformat.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace vramscope {

namespace {

// "4.5 KiB (4608)": ollama's size and the exact bytes.
QString sizeAndBytes(quint64 bytes)
{
    return Units::humanBytes2(bytes) + u" (" + QString::number(bytes) + u')';
}

} // namespace

QString EstimateCommand::name() const
{
    return QStringLiteral("estimate");
}

QString EstimateCommand::summary() const
{
    return QStringLiteral("Estimate a model's memory per layer from its GGUF file.");
}

void EstimateCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("MODEL|FILE"),
        QStringLiteral("An ollama model name (llama3.2:3b) or a GGUF file."));
    EstimateOptions::addTo(parser);
    parser.addOption({QStringLiteral("models-dir"),
                      QStringLiteral("The ollama model store (default: OLLAMA_MODELS, else "
                                     "~/.ollama/models and /usr/share/ollama/.ollama/models)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of text.")});
}

int EstimateCommand::execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return badInput(err,
                        QStringLiteral("a model name or a GGUF file is required (see --help)"));
    QString error;
    const std::optional<EstimateSettings> settings = EstimateOptions::read(parser, &error);
    if (!settings)
        return badInput(err, error);
    const QStringList roots = parser.isSet(QStringLiteral("models-dir"))
                                  ? QStringList{parser.value(QStringLiteral("models-dir"))}
                                  : ModelStore::defaultRoots();
    QString path;
    const std::optional<ModelEstimate> estimate =
        EstimateOptions::estimate(positional.first(), roots, *settings, &path, &error);
    if (!estimate)
        return badInput(err, error);
    if (parser.isSet(QStringLiteral("json")))
        printJson(out, toJson(path, *estimate));
    else
        printText(out, path, *estimate);
    return Success;
}

void EstimateCommand::printText(QTextStream &out, const QString &path,
                                const ModelEstimate &estimate)
{
    out << path << '\n';
    out << estimate.architecture << ", " << estimate.blockCount << " layers, "
        << estimate.parameters << " parameters";
    if (!estimate.quantization.isEmpty())
        out << ", " << estimate.quantization;
    out << ", " << estimate.tensorCount << " tensors\n";
    out << "context " << estimate.context << " x " << estimate.parallel << " parallel, KV cache "
        << estimate.kvCacheType;
    if (estimate.trainedContext > 0)
        out << " (the model was trained for " << estimate.trainedContext << ')';
    out << "\n\n";

    using Align = TextTable::Align;
    TextTable table({QStringLiteral("LAYER"), QStringLiteral("WEIGHTS"), QStringLiteral("KV CACHE"),
                     QStringLiteral("CELLS"), QStringLiteral("TOTAL")},
                    {Align::Right, Align::Right, Align::Right, Align::Right, Align::Right});
    for (qsizetype il = 0; il < estimate.layers.size(); ++il) {
        const ModelEstimate::Layer &layer = estimate.layers.at(il);
        table.addRow({QString::number(il), Units::humanBytes2(layer.weights),
                      Units::humanBytes2(layer.kvCache),
                      QString::number(layer.cells) + (layer.slidingWindow ? u" swa" : u""),
                      Units::humanBytes2(layer.weights + layer.kvCache)});
    }
    table.addRow({QStringLiteral("output"), Units::humanBytes2(estimate.outputWeights),
                  QStringLiteral("-"), QStringLiteral("-"),
                  Units::humanBytes2(estimate.outputWeights)});
    table.print(out);
    if (estimate.outputTied)
        out << "output: no output.weight, tied to token_embd; its copy ("
            << Units::humanBytes2(estimate.tiedBytes) << ") is counted in the output layer\n";

    const quint64 total =
        estimate.totalWeights + estimate.tiedBytes + estimate.totalKvCache() + estimate.graph;
    out << '\n';
    out << "input weights (CPU): " << sizeAndBytes(estimate.inputWeights) << '\n';
    out << "weights in all:      " << sizeAndBytes(estimate.totalWeights) << '\n';
    out << "KV cache in all:     " << sizeAndBytes(estimate.totalKvCache()) << '\n';
    out << "compute graph:       " << sizeAndBytes(estimate.graph) << ", a rough estimate\n";
    out << "total:               " << sizeAndBytes(total) << '\n';
}

QJsonObject EstimateCommand::toJson(const QString &path, const ModelEstimate &estimate)
{
    QJsonArray layers;
    for (qsizetype il = 0; il < estimate.layers.size(); ++il) {
        const ModelEstimate::Layer &layer = estimate.layers.at(il);
        QJsonObject entry;
        entry.insert(QLatin1StringView("index"), il);
        entry.insert(QLatin1StringView("weights"), WireFormat::bytesValue(layer.weights));
        entry.insert(QLatin1StringView("kv_cache"), WireFormat::bytesValue(layer.kvCache));
        entry.insert(QLatin1StringView("cells"), qint64(layer.cells));
        entry.insert(QLatin1StringView("sliding_window"), layer.slidingWindow);
        layers.append(entry);
    }
    QJsonObject output;
    output.insert(QLatin1StringView("weights"), WireFormat::bytesValue(estimate.outputWeights));
    output.insert(QLatin1StringView("tied_to_token_embd"), estimate.outputTied);

    QJsonObject result;
    result.insert(QLatin1StringView("file"), path);
    result.insert(QLatin1StringView("architecture"), estimate.architecture);
    result.insert(QLatin1StringView("quantization"), estimate.quantization);
    result.insert(QLatin1StringView("block_count"), qint64(estimate.blockCount));
    result.insert(QLatin1StringView("context"), qint64(estimate.context));
    result.insert(QLatin1StringView("parallel"), qint64(estimate.parallel));
    result.insert(QLatin1StringView("kv_cache_type"), estimate.kvCacheType);
    result.insert(QLatin1StringView("parameters"), qint64(estimate.parameters));
    result.insert(QLatin1StringView("layers"), layers);
    result.insert(QLatin1StringView("output"), output);
    result.insert(QLatin1StringView("input_weights"),
                  WireFormat::bytesValue(estimate.inputWeights));
    result.insert(QLatin1StringView("total_weights"),
                  WireFormat::bytesValue(estimate.totalWeights));
    result.insert(QLatin1StringView("total_kv_cache"),
                  WireFormat::bytesValue(estimate.totalKvCache()));
    result.insert(QLatin1StringView("graph_estimate"), WireFormat::bytesValue(estimate.graph));
    result.insert(QLatin1StringView("tensors"), estimate.tensorCount);
    return result;
}

} // namespace vramscope
