#include "modelestimate.h"

#include "ggmltype.h"
#include "gguffile.h"

#include <algorithm>
#include <limits>

namespace vramscope {

namespace {

// llama.cpp pads its SWA cache to a multiple of 256 cells.
constexpr quint64 SwaPadding = 256;
// More layers than any model has; bounds what a hostile block_count costs.
constexpr quint64 MaxLayers = 65536;

bool multiply(quint64 a, quint64 b, quint64 *result)
{
    return !__builtin_mul_overflow(a, b, result) &&
           *result <= quint64(std::numeric_limits<qint64>::max());
}

bool add(quint64 a, quint64 b, quint64 *result)
{
    return !__builtin_add_overflow(a, b, result) &&
           *result <= quint64(std::numeric_limits<qint64>::max());
}

// Reads "<arch>.<name>" keys: a scalar, or an array with one value per layer.
class Hyperparameters
{
public:
    Hyperparameters(const GgufFile &file, const QString &arch, WireError *error)
        : m_file(file), m_arch(arch), m_error(error)
    {
    }

    // A non-negative integer scalar; fallback when missing; nothing (and
    // the error set) when it is something else.
    std::optional<quint64> scalar(const QString &name, quint64 fallback) const
    {
        const QString key = m_arch + u'.' + name;
        const GgufValue *value = m_file.value(key);
        if (!value)
            return fallback;
        const std::optional<quint64> number = value->toUnsigned();
        if (!number) {
            fail(key, u"expected a non-negative integer, got a " +
                          GgufValue::typeName(quint32(value->type)));
            return std::nullopt;
        }
        return number;
    }

    // One value per layer from a scalar or a per-layer array; empty on error.
    std::optional<QList<quint64>> perLayer(const QString &name, quint64 fallback,
                                           quint64 layers) const
    {
        const QString key = m_arch + u'.' + name;
        const GgufValue *value = m_file.value(key);
        if (!value || !value->isArray()) {
            const std::optional<quint64> number = scalar(name, fallback);
            if (!number)
                return std::nullopt;
            return QList<quint64>(qsizetype(layers), *number);
        }
        if (value->count != layers || value->elided) {
            fail(key, u"has " + QString::number(value->count) + u" entries, but block_count is " +
                          QString::number(layers));
            return {};
        }
        QList<quint64> numbers;
        for (qsizetype i = 0; i < value->elements.size(); ++i) {
            const std::optional<quint64> number = value->unsignedAt(i);
            if (!number) {
                fail(key + u'[' + QString::number(i) + u']',
                     QStringLiteral("expected a non-negative integer"));
                return {};
            }
            numbers.append(*number);
        }
        return numbers;
    }

    void fail(const QString &key, const QString &message) const
    {
        if (m_error)
            *m_error = WireError{key, message};
    }

private:
    const GgufFile &m_file;
    QString m_arch;
    WireError *m_error;
};

// Which layers use a sliding window, as llama.cpp decides: a per-layer
// array or a period in <arch>.attention.sliding_window_pattern, else the
// architecture's own period (gemma3: every sixth layer is global; gemma2,
// gpt-oss: every second; cohere2: every fourth). With period n, layer il
// slides when il % n < n - 1. Other architectures: no sliding layers.
std::optional<QList<bool>> slidingLayers(const GgufFile &file, const QString &arch, quint64 layers,
                                         WireError *error)
{
    QList<bool> sliding(qsizetype(layers), false);
    quint64 period = 0;
    const QString key = arch + u".attention.sliding_window_pattern";
    if (const GgufValue *pattern = file.value(key)) {
        if (pattern->isArray()) {
            if (pattern->count != layers || pattern->elided) {
                if (error)
                    *error = WireError{key, u"has " + QString::number(pattern->count) +
                                                u" entries, but block_count is " +
                                                QString::number(layers)};
                return std::nullopt;
            }
            for (qsizetype i = 0; i < pattern->elements.size(); ++i) {
                const GgufValue &element = pattern->elements.at(i);
                sliding[i] = element.type == GgufValue::Type::Bool
                                 ? element.scalar.toBool()
                                 : element.toUnsigned().value_or(0) != 0;
            }
            return sliding;
        }
        period = pattern->toUnsigned().value_or(0);
    } else if (arch == u"gemma3") {
        period = 6;
    } else if (arch == u"gemma2" || arch == u"gpt-oss") {
        period = 2;
    } else if (arch == u"cohere2") {
        period = 4;
    }
    for (quint64 il = 0; period > 0 && il < layers; ++il)
        sliding[qsizetype(il)] = il % period < period - 1;
    return sliding;
}

bool isOutputTensor(const QString &name)
{
    return name.startsWith(u"output.") || name.startsWith(u"output_norm.");
}

// llama.cpp's MoE expert tensors: blk.N.ffn_{up,down,gate}_{,ch}exps.
bool isExpertTensor(const QString &name)
{
    return name.contains(u".ffn_") && (name.contains(u"_exps.") || name.contains(u"_chexps."));
}

// The layer of a "blk.N.*" tensor, or -1 when the name has no such prefix.
qint64 layerOf(const QString &name)
{
    if (!name.startsWith(u"blk."))
        return -1;
    const qsizetype dot = name.indexOf(u'.', 4);
    if (dot < 0)
        return -1;
    bool ok = false;
    const qint64 layer = QStringView(name).sliced(4, dot - 4).toLongLong(&ok);
    return ok && layer >= 0 ? layer : -1;
}

} // namespace

quint64 ModelEstimate::totalKvCache() const
{
    quint64 total = 0;
    for (const Layer &layer : layers)
        total += layer.kvCache;
    return total;
}

std::optional<ModelEstimate>
ModelEstimate::compute(const GgufFile &file, const EstimateSettings &settings, WireError *error)
{
    auto fail = [error](const QString &path, const QString &message) {
        if (error)
            *error = WireError{path, message};
        return std::nullopt;
    };
    const std::optional<GgmlType> cacheType = GgmlType::fromName(settings.kvCacheType);
    if (!cacheType || !(cacheType->id() == 1 || cacheType->id() == 2 || cacheType->id() == 8))
        return fail({},
                    u"KV cache type '" + settings.kvCacheType + u"' is not one of f16, q8_0, q4_0");
    if (settings.context == 0 || settings.parallel == 0)
        return fail({}, QStringLiteral("context and parallel must be at least 1"));

    ModelEstimate estimate;
    estimate.architecture = file.architecture();
    if (estimate.architecture.isEmpty())
        return fail(QStringLiteral("general.architecture"),
                    QStringLiteral("missing, or not a string"));
    estimate.quantization = file.quantization();
    const Hyperparameters hparams(file, estimate.architecture, error);
    const QString blockCountKey = estimate.architecture + u".block_count";
    if (!file.value(blockCountKey))
        return fail(blockCountKey, QStringLiteral("missing"));
    const std::optional<quint64> blockCount = hparams.scalar(QStringLiteral("block_count"), 0);
    if (!blockCount)
        return std::nullopt;
    estimate.blockCount = *blockCount;
    if (estimate.blockCount > MaxLayers)
        return fail(blockCountKey, QString::number(estimate.blockCount) + u" layers is more than " +
                                       QString::number(MaxLayers));
    const quint64 layerCount = estimate.blockCount;
    const std::optional<quint64> trainedContext =
        hparams.scalar(QStringLiteral("context_length"), 0);
    const std::optional<quint64> embedding = hparams.scalar(QStringLiteral("embedding_length"), 0);
    const std::optional<QList<quint64>> heads =
        hparams.perLayer(QStringLiteral("attention.head_count"), 0, layerCount);
    if (!trainedContext || !embedding || !heads)
        return std::nullopt;
    estimate.trainedContext = *trainedContext;
    // llama.cpp: as many KV heads as heads (no GQA) unless the file says so.
    const std::optional<QList<quint64>> kvHeads =
        file.value(QString(estimate.architecture + u".attention.head_count_kv"))
            ? hparams.perLayer(QStringLiteral("attention.head_count_kv"), 0, layerCount)
            : heads;
    if (!kvHeads)
        return std::nullopt;
    // llama.cpp's default head size divides by the first layer's head count.
    const quint64 firstHeads = heads->value(0, 0);
    const quint64 defaultHeadSize = firstHeads > 0 ? *embedding / firstHeads : 0;
    const std::optional<quint64> keyLength =
        hparams.scalar(QStringLiteral("attention.key_length"), defaultHeadSize);
    const std::optional<quint64> valueLength =
        hparams.scalar(QStringLiteral("attention.value_length"), defaultHeadSize);
    const std::optional<quint64> window =
        hparams.scalar(QStringLiteral("attention.sliding_window"), 0);
    if (!keyLength || !valueLength || !window)
        return std::nullopt;
    const std::optional<QList<bool>> sliding =
        *window > 0 ? slidingLayers(file, estimate.architecture, layerCount, error)
                    : QList<bool>(qsizetype(layerCount), false);
    if (!sliding)
        return std::nullopt;

    estimate.context = settings.context;
    if (estimate.trainedContext > 0 && estimate.context > estimate.trainedContext)
        estimate.context = estimate.trainedContext; // as ollama caps num_ctx
    estimate.parallel = settings.parallel;
    estimate.kvCacheType = cacheType->name().toLower();
    quint64 cells = 0;
    if (!multiply(estimate.context, estimate.parallel, &cells))
        return fail({}, QStringLiteral("context x parallel overflows"));
    // llama.cpp's SWA cache: the window for each sequence plus one
    // micro-batch, padded to 256 cells, never more than the full cache
    // before padding.
    quint64 swaCells = 0;
    if (*window > 0) {
        quint64 wanted = 0;
        if (!multiply(*window, estimate.parallel, &wanted) ||
            !add(wanted, EstimateSettings::MicroBatch, &wanted))
            wanted = cells;
        wanted = qMin(wanted, cells);
        swaCells = (wanted + SwaPadding - 1) / SwaPadding * SwaPadding;
    }

    estimate.layers.resize(qsizetype(layerCount));
    for (quint64 il = 0; il < layerCount; ++il) {
        Layer &layer = estimate.layers[qsizetype(il)];
        layer.slidingWindow = sliding->at(qsizetype(il));
        layer.cells = layer.slidingWindow ? swaCells : cells;
        const quint64 nkv = kvHeads->at(qsizetype(il));
        if (nkv == 0)
            continue; // no attention in this layer (recurrent or hybrid models)
        const QString where = u"layer " + QString::number(il);
        quint64 keyRow = 0;
        quint64 valueRow = 0;
        if (!multiply(nkv, *keyLength, &keyRow) || !multiply(nkv, *valueLength, &valueRow))
            return fail(where, QStringLiteral("the KV cache's row width overflows"));
        const std::optional<quint64> keyBytes = cacheType->bytesFor(keyRow);
        const std::optional<quint64> valueBytes = cacheType->bytesFor(valueRow);
        if (!keyBytes || !valueBytes)
            return fail(where, u"KV cache rows of " + QString::number(keyRow) + u" and " +
                                   QString::number(valueRow) + u" elements are not whole " +
                                   cacheType->name().toLower() + u" blocks of " +
                                   QString::number(cacheType->blockSize()));
        quint64 perCell = 0;
        if (!add(*keyBytes, *valueBytes, &perCell) ||
            !multiply(perCell, layer.cells, &layer.kvCache))
            return fail(where, QStringLiteral("the KV cache overflows"));
    }

    quint64 vocabulary = 0;
    for (const GgufTensorInfo &tensor : file.tensors) {
        if (!add(estimate.parameters, tensor.elements, &estimate.parameters) ||
            !add(estimate.totalWeights, tensor.bytes, &estimate.totalWeights))
            return fail(u"tensor '" + tensor.name + u'\'', QStringLiteral("the totals overflow"));
        const qint64 layer = layerOf(tensor.name);
        if (layer >= 0) {
            if (quint64(layer) >= layerCount)
                return fail(u"tensor '" + tensor.name + u'\'',
                            u"names layer " + QString::number(layer) + u", but block_count is " +
                                QString::number(layerCount));
            estimate.layers[qsizetype(layer)].weights += tensor.bytes;
            if (isExpertTensor(tensor.name))
                estimate.layers[qsizetype(layer)].experts += tensor.bytes;
        } else if (isOutputTensor(tensor.name)) {
            estimate.outputWeights += tensor.bytes;
        } else {
            estimate.inputWeights += tensor.bytes;
        }
        if (tensor.name == u"token_embd.weight")
            vocabulary = tensor.dimensions.value(1, 0);
    }
    estimate.tensorCount = file.tensors.size();
    const bool hasOutput =
        std::any_of(file.tensors.cbegin(), file.tensors.cend(),
                    [](const GgufTensorInfo &t) { return t.name == u"output.weight"; });
    if (!hasOutput) {
        for (const GgufTensorInfo &tensor : file.tensors) {
            if (tensor.name == u"token_embd.weight") {
                estimate.outputTied = true;
                estimate.tiedBytes = tensor.bytes;
                estimate.outputWeights += tensor.bytes;
            }
        }
    }
    if (vocabulary == 0) {
        if (const GgufValue *tokens = file.value(u"tokenizer.ggml.tokens"))
            vocabulary = tokens->count;
    }

    quint64 maxHeads = 0;
    for (quint64 h : *heads)
        maxHeads = qMax(maxHeads, h);
    estimate.fileSize = file.fileSize;
    estimate.embeddingLength = *embedding;
    estimate.maxHeadCount = maxHeads;
    estimate.minKvHeadCount =
        kvHeads->isEmpty() ? 0 : *std::min_element(kvHeads->cbegin(), kvHeads->cend());
    // In 128 bits, then capped: a graph past 2^63 bytes only says the
    // inputs are absurd.
    using Wide = unsigned __int128;
    const auto capped = [](quint64 value) { return Wide(qMin(value, quint64(1) << 40)); };
    const Wide b = EstimateSettings::MicroBatch;
    const Wide scores =
        4 * b * (1 + 4 * capped(*embedding) + capped(cells) * (1 + capped(maxHeads)));
    const Wide logits = 4 * b * (capped(*embedding) + capped(vocabulary));
    const Wide limit = Wide(std::numeric_limits<qint64>::max());
    estimate.graph = quint64(qMin(qMax(scores, logits), limit));
    return estimate;
}

} // namespace vramscope
