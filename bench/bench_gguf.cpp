// Time to read a GGUF header: 1000 tensors (110 layers of 9 tensors and
// the rest outside them) with a model's usual metadata and a 32000-token
// vocabulary, from a sparse file of about 7 GiB whose weights are never
// read; and the estimate on top of it. The baseline is the header's bytes
// read without parsing: compare ratios, these machines are shared.
#include "ggufreader.h"
#include "ggufwriter.h"
#include "modelestimate.h"

#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace vramscope;

namespace {

QString writeModel(const QTemporaryDir &dir)
{
    using namespace Qt::StringLiterals;
    GgufWriter writer;
    writer.addString(u"general.architecture"_s, u"llama"_s);
    writer.addUInt32(u"llama.block_count"_s, 110);
    writer.addUInt32(u"llama.context_length"_s, 131072);
    writer.addUInt32(u"llama.embedding_length"_s, 4096);
    writer.addUInt32(u"llama.attention.head_count"_s, 32);
    writer.addUInt32(u"llama.attention.head_count_kv"_s, 8);
    writer.addUInt32(u"general.file_type"_s, 15);
    QStringList tokens;
    for (int i = 0; i < 32000; ++i)
        tokens.append(u"token"_s + QString::number(i));
    writer.addStringArray(u"tokenizer.ggml.tokens"_s, tokens);
    // 4096 x 32000 Q4_K: 131072000 / 256 x 144 bytes.
    writer.addTensor(u"token_embd.weight"_s, {4096, 32000}, 12, 73728000);
    static const char *const names[] = {"attn_q",      "attn_k",    "attn_v",
                                        "attn_output", "ffn_gate",  "ffn_up",
                                        "ffn_down",    "attn_norm", "ffn_norm"};
    int tensors = 1;
    for (int layer = 0; layer < 110; ++layer) {
        for (const char *name : names) {
            const QString tensor =
                u"blk."_s + QString::number(layer) + u'.' + QLatin1StringView(name) + u".weight"_s;
            if (QLatin1StringView(name).endsWith(QLatin1StringView("norm")))
                writer.addTensor(tensor, {4096}, 0, 4096 * 4);
            else
                writer.addTensor(tensor, {4096, 4096}, 12, 4096ULL * 4096 / 256 * 144);
            ++tensors;
        }
    }
    for (; tensors < 1000; ++tensors)
        writer.addTensor(u"extra."_s + QString::number(tensors), {256}, 0, 1024);
    const QString path = dir.filePath(u"model.gguf"_s);
    if (!writer.write(path))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void readHeader(benchmark::State &state)
{
    const QTemporaryDir dir;
    const QString path = writeModel(dir);
    qsizetype tensors = 0;
    for (auto _ : state) {
        WireError error;
        const std::optional<GgufFile> file = GgufReader::readFile(path, &error);
        if (!file)
            qFatal("%s", qPrintable(error.toString()));
        tensors = file->tensors.size();
        benchmark::DoNotOptimize(tensors);
    }
    state.counters["tensors"] = double(tensors);
}

// The baseline: the same header's bytes read from the file in one call,
// with no parsing.
void readBytesOnly(benchmark::State &state)
{
    const QTemporaryDir dir;
    const QString path = writeModel(dir);
    WireError error;
    const qint64 headerBytes = qint64(GgufReader::readFile(path, &error)->dataOffset);
    for (auto _ : state) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot open %s", qPrintable(path));
        const QByteArray bytes = file.read(headerBytes);
        benchmark::DoNotOptimize(bytes.constData());
    }
    state.counters["header_KiB"] = double(headerBytes) / 1024.0;
}

void readAndEstimate(benchmark::State &state)
{
    const QTemporaryDir dir;
    const QString path = writeModel(dir);
    quint64 weights = 0;
    for (auto _ : state) {
        WireError error;
        const std::optional<GgufFile> file = GgufReader::readFile(path, &error);
        const std::optional<ModelEstimate> estimate =
            ModelEstimate::compute(*file, EstimateSettings{}, &error);
        if (!estimate)
            qFatal("%s", qPrintable(error.toString()));
        weights = estimate->totalWeights;
        benchmark::DoNotOptimize(weights);
    }
    state.counters["GiB"] = double(weights) / double(1ULL << 30);
}

} // namespace

BENCHMARK(readBytesOnly)->Unit(benchmark::kMillisecond);
BENCHMARK(readHeader)->Unit(benchmark::kMillisecond);
BENCHMARK(readAndEstimate)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
