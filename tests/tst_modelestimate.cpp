#include "estimatememory.h"
#include "ggufreader.h"
#include "modelestimate.h"
#include "testmodels.h"

#include <QTest>
#include <QtEndian>

#include <limits>

using namespace vramscope;
using namespace Qt::StringLiterals;

// Small models written by TestModels (see testmodels.h for their bytes).
class TestModelEstimate : public QObject
{
    Q_OBJECT

private slots:
    void weightsPerLayer();
    void quantizationFromFileType();
    void kvCache_data();
    void kvCache();
    void perLayerHeadCounts();
    void slidingWindow_data();
    void slidingWindow();
    void tiedOutput();
    void graphEstimate();
    void errors_data();
    void errors();
    void backendMemory();
    void evenSplit();
};

namespace {

using Metadata = TestModels::Metadata;

constexpr quint64 LayerBytes = TestModels::LayerBytes;

Metadata kvHeads(quint32 heads)
{
    return [heads](GgufWriter &writer) {
        writer.addUInt32(u"llama.attention.head_count_kv"_s, heads);
    };
}

std::optional<ModelEstimate> estimate(const GgufWriter &writer, const EstimateSettings &settings,
                                      WireError *error)
{
    const std::optional<GgufFile> file = GgufReader::readBytes(writer.bytes(), error);
    if (!file)
        return std::nullopt;
    return ModelEstimate::compute(*file, settings, error);
}

EstimateSettings settings(quint64 context = 4096, quint64 parallel = 1,
                          const QString &type = u"f16"_s)
{
    EstimateSettings settings;
    settings.context = context;
    settings.parallel = parallel;
    settings.kvCacheType = type;
    return settings;
}

} // namespace

void TestModelEstimate::weightsPerLayer()
{
    WireError error;
    const auto result = estimate(TestModels::model(u"llama"_s, 2, kvHeads(2)), settings(), &error);
    QVERIFY2(result, qPrintable(error.toString()));
    QCOMPARE(result->architecture, u"llama"_s);
    QCOMPARE(result->blockCount, 2u);
    QCOMPARE(result->layers.size(), 2);
    QCOMPARE(result->layers.at(0).weights, LayerBytes);
    QCOMPARE(result->layers.at(1).weights, LayerBytes);
    QCOMPARE(result->outputWeights, quint64(256 + 6800));
    QVERIFY(!result->outputTied);
    QCOMPARE(result->inputWeights, quint64(12800));
    // 2 x 4608 + 7056 + 12800: every tensor once.
    QCOMPARE(result->totalWeights, quint64(29072));
    QCOMPARE(result->tensorCount, 7);
    // 2 x (4096 + 64) + 6400 + 64 + 6400 elements.
    QCOMPARE(result->parameters, quint64(21184));
    // No general.file_type: Q8_0 holds 2 x 4352 + 6800 bytes of matrices,
    // more than F16's 12800.
    QCOMPARE(result->quantization, u"Q8_0"_s);
}

void TestModelEstimate::quantizationFromFileType()
{
    GgufWriter writer = TestModels::model(u"llama"_s, 1, [](GgufWriter &w) {
        w.addUInt32(u"general.file_type"_s, 15); // LLAMA_FTYPE_MOSTLY_Q4_K_M
    });
    WireError error;
    const auto result = estimate(writer, settings(), &error);
    QVERIFY2(result, qPrintable(error.toString()));
    QCOMPARE(result->quantization, u"Q4_K_M"_s);
}

void TestModelEstimate::kvCache_data()
{
    QTest::addColumn<int>("kvHeadCount");   // 0: no head_count_kv key
    QTest::addColumn<quint32>("keyLength"); // 0: the default, 16
    QTest::addColumn<quint32>("valueLength");
    QTest::addColumn<quint64>("context");
    QTest::addColumn<quint64>("parallel");
    QTest::addColumn<QString>("type");
    QTest::addColumn<quint64>("cells");
    QTest::addColumn<quint64>("perLayer");

    // 2 KV heads x (16 + 16) x 2 bytes = 128 bytes per cell.
    QTest::newRow("GQA, f16") << 2 << 0u << 0u << quint64(4096) << quint64(1) << u"f16"_s
                              << quint64(4096) << quint64(128 * 4096);
    // No head_count_kv: as many KV heads as heads, 4 x 32 x 2 = 256.
    QTest::newRow("no GQA") << 0 << 0u << 0u << quint64(4096) << quint64(1) << u"f16"_s
                            << quint64(4096) << quint64(256 * 4096);
    // Rows of 2 x 16 = 32 elements: one q8_0 block of 34 bytes, K and V.
    QTest::newRow("q8_0") << 2 << 0u << 0u << quint64(4096) << quint64(1) << u"q8_0"_s
                          << quint64(4096) << quint64(68 * 4096);
    QTest::newRow("q4_0") << 2 << 0u << 0u << quint64(4096) << quint64(1) << u"q4_0"_s
                          << quint64(4096) << quint64(36 * 4096);
    // 2 x (32 + 16) x 2 = 192.
    QTest::newRow("key and value lengths") << 2 << 32u << 16u << quint64(4096) << quint64(1)
                                           << u"f16"_s << quint64(4096) << quint64(192 * 4096);
    QTest::newRow("parallel") << 2 << 0u << 0u << quint64(1024) << quint64(2) << u"f16"_s
                              << quint64(2048) << quint64(128 * 2048);
    // context_length is 8192: a larger num_ctx is capped, as ollama does.
    QTest::newRow("capped context") << 2 << 0u << 0u << quint64(16384) << quint64(1) << u"f16"_s
                                    << quint64(8192) << quint64(128 * 8192);
}

void TestModelEstimate::kvCache()
{
    QFETCH(int, kvHeadCount);
    QFETCH(quint32, keyLength);
    QFETCH(quint32, valueLength);
    QFETCH(quint64, context);
    QFETCH(quint64, parallel);
    QFETCH(QString, type);
    QFETCH(quint64, cells);
    QFETCH(quint64, perLayer);

    const GgufWriter writer = TestModels::model(u"llama"_s, 3, [&](GgufWriter &w) {
        if (kvHeadCount > 0)
            w.addUInt32(u"llama.attention.head_count_kv"_s, quint32(kvHeadCount));
        if (keyLength > 0)
            w.addUInt32(u"llama.attention.key_length"_s, keyLength);
        if (valueLength > 0)
            w.addUInt32(u"llama.attention.value_length"_s, valueLength);
    });
    WireError error;
    const auto result = estimate(writer, settings(context, parallel, type), &error);
    QVERIFY2(result, qPrintable(error.toString()));
    QCOMPARE(result->context * result->parallel, cells);
    for (const ModelEstimate::Layer &layer : result->layers) {
        QCOMPARE(layer.cells, cells);
        QCOMPARE(layer.kvCache, perLayer);
    }
    QCOMPARE(result->totalKvCache(), 3 * perLayer);
    QCOMPARE(result->kvCacheType, type);
}

void TestModelEstimate::perLayerHeadCounts()
{
    WireError error;
    auto result =
        estimate(TestModels::model(u"llama"_s, 2,
                                   [](GgufWriter &w) {
                                       w.addUInt32Array(u"llama.attention.head_count_kv"_s, {2, 4});
                                   }),
                 settings(), &error);
    QVERIFY2(result, qPrintable(error.toString()));
    QCOMPARE(result->layers.at(0).kvCache, quint64(128 * 4096)); // 2 x 32 x 2 bytes
    QCOMPARE(result->layers.at(1).kvCache, quint64(256 * 4096)); // 4 x 32 x 2 bytes

    // A recurrent layer has no KV heads and no cache.
    result =
        estimate(TestModels::model(u"llama"_s, 2,
                                   [](GgufWriter &w) {
                                       w.addUInt32Array(u"llama.attention.head_count_kv"_s, {0, 2});
                                   }),
                 settings(), &error);
    QVERIFY2(result, qPrintable(error.toString()));
    QCOMPARE(result->layers.at(0).kvCache, quint64(0));
    QCOMPARE(result->layers.at(1).kvCache, quint64(128 * 4096));
}

void TestModelEstimate::slidingWindow_data()
{
    QTest::addColumn<QString>("arch");
    QTest::addColumn<quint32>("blocks");
    QTest::addColumn<quint32>("window");
    QTest::addColumn<QByteArray>("pattern"); // raw array or scalar value, type first
    QTest::addColumn<quint64>("context");
    QTest::addColumn<quint64>("parallel");
    QTest::addColumn<QList<quint64>>("cells");

    // SWA cells = min(cells, window x parallel + 512), padded up to 256.
    // gemma3: layer 5 (5 % 6 == 5) is global; min(4096, 1024) = 1024.
    QTest::newRow("gemma3") << u"gemma3"_s << 6u << 512u << QByteArray() << quint64(4096)
                            << quint64(1) << QList<quint64>{1024, 1024, 1024, 1024, 1024, 4096};
    // min(8192, 512 x 2 + 512 = 1536) = 1536, already a multiple of 256.
    QTest::newRow("gemma3 parallel")
        << u"gemma3"_s << 6u << 512u << QByteArray() << quint64(4096) << quint64(2)
        << QList<quint64>{1536, 1536, 1536, 1536, 1536, 8192};
    // min(4096, 1512) = 1512, padded to 1536.
    QTest::newRow("gemma3 padded")
        << u"gemma3"_s << 6u << 1000u << QByteArray() << quint64(4096) << quint64(1)
        << QList<quint64>{1536, 1536, 1536, 1536, 1536, 4096};
    // min(600, 1024) = 600, padded to 768: llama.cpp pads after the min.
    QTest::newRow("gemma3 short context")
        << u"gemma3"_s << 6u << 512u << QByteArray() << quint64(600) << quint64(1)
        << QList<quint64>{768, 768, 768, 768, 768, 600};
    // gemma2: even layers slide; min(8192, 4608) = 4608.
    QTest::newRow("gemma2") << u"gemma2"_s << 4u << 4096u << QByteArray() << quint64(8192)
                            << quint64(1) << QList<quint64>{4608, 8192, 4608, 8192};
    // A per-layer bool array: true slides.
    QTest::newRow("pattern array")
        << u"foo"_s << 3u << 256u
        << (GgufWriter::u32(GgufWriter::Array) + GgufWriter::u32(GgufWriter::Bool) +
            GgufWriter::u64(3) + QByteArray("\1\0\1", 3))
        << quint64(4096) << quint64(1) << QList<quint64>{768, 4096, 768};
    // A period of 3: il % 3 < 2 slides.
    QTest::newRow("pattern period")
        << u"foo"_s << 3u << 256u << (GgufWriter::u32(GgufWriter::UInt32) + GgufWriter::u32(3))
        << quint64(4096) << quint64(1) << QList<quint64>{768, 768, 4096};
    // A window without a pattern, on an architecture without one: no layer slides.
    QTest::newRow("llama") << u"llama"_s << 2u << 256u << QByteArray() << quint64(4096)
                           << quint64(1) << QList<quint64>{4096, 4096};
}

void TestModelEstimate::slidingWindow()
{
    QFETCH(QString, arch);
    QFETCH(quint32, blocks);
    QFETCH(quint32, window);
    QFETCH(QByteArray, pattern);
    QFETCH(quint64, context);
    QFETCH(quint64, parallel);
    QFETCH(QList<quint64>, cells);

    const GgufWriter file = TestModels::model(arch, blocks, [&](GgufWriter &w) {
        w.addUInt32(arch + u".attention.head_count_kv"_s, 2);
        w.addUInt32(arch + u".attention.sliding_window"_s, window);
        if (!pattern.isEmpty())
            w.addRaw(arch + u".attention.sliding_window_pattern"_s,
                     qFromLittleEndian<quint32>(pattern.constData()), pattern.mid(4));
    });
    WireError error;
    const auto result = estimate(file, settings(context, parallel), &error);
    QVERIFY2(result, qPrintable(error.toString()));
    QCOMPARE(result->layers.size(), cells.size());
    for (qsizetype il = 0; il < cells.size(); ++il) {
        QCOMPARE(result->layers.at(il).cells, cells.at(il));
        QCOMPARE(result->layers.at(il).slidingWindow, cells.at(il) != context * parallel);
        QCOMPARE(result->layers.at(il).kvCache, 128 * cells.at(il)); // 2 x 32 x 2 bytes per cell
    }
}

void TestModelEstimate::tiedOutput()
{
    WireError error;
    const auto result =
        estimate(TestModels::model(u"llama"_s, 2, kvHeads(2), false), settings(), &error);
    QVERIFY2(result, qPrintable(error.toString()));
    QVERIFY(result->outputTied);
    // output_norm plus llama.cpp's copy of token_embd for the output layer.
    QCOMPARE(result->outputWeights, quint64(256 + 12800));
    QCOMPARE(result->tiedBytes, quint64(12800));
    QCOMPARE(result->inputWeights, quint64(12800));
    // The file holds token_embd once: 29072 - 6800.
    QCOMPARE(result->totalWeights, quint64(22272));
}

void TestModelEstimate::graphEstimate()
{
    WireError error;
    const auto result = estimate(TestModels::model(u"llama"_s, 2, kvHeads(2)), settings(), &error);
    QVERIFY2(result, qPrintable(error.toString()));
    // max(4 x 512 x (1 + 4 x 64 + 4096 x (1 + 4)), 4 x 512 x (64 + 100))
    // = max(2048 x 20737, 2048 x 164) = 42469376.
    QCOMPARE(result->graph, quint64(42469376));
}

void TestModelEstimate::errors_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("kvCacheType");
    QTest::addColumn<QString>("expected");

    GgufWriter noArch;
    noArch.addUInt32(u"llama.block_count"_s, 1);
    QTest::newRow("no architecture")
        << noArch.bytes() << u"f16"_s << u"general.architecture: missing, or not a string"_s;
    GgufWriter noBlocks;
    noBlocks.addString(u"general.architecture"_s, u"llama"_s);
    QTest::newRow("no block_count")
        << noBlocks.bytes() << u"f16"_s << u"llama.block_count: missing"_s;
    GgufWriter hugeBlocks;
    hugeBlocks.addString(u"general.architecture"_s, u"llama"_s);
    hugeBlocks.addUInt64(u"llama.block_count"_s, std::numeric_limits<quint64>::max());
    QTest::newRow("block_count 2^64 - 1")
        << hugeBlocks.bytes() << u"f16"_s
        << u"llama.block_count: 18446744073709551615 layers is more than 65536"_s;
    GgufWriter extraLayer = TestModels::model(u"llama"_s, 1);
    extraLayer.addTensor(u"blk.1.attn_q.weight"_s, {64, 64}, 8, 4352);
    QTest::newRow("layer past block_count")
        << extraLayer.bytes() << u"f16"_s
        << u"tensor 'blk.1.attn_q.weight': names layer 1, but block_count is 1"_s;
    QTest::newRow("head_count_kv array too short")
        << TestModels::model(
               u"llama"_s, 2,
               [](GgufWriter &w) { w.addUInt32Array(u"llama.attention.head_count_kv"_s, {2}); })
               .bytes()
        << u"f16"_s << u"llama.attention.head_count_kv: has 1 entries, but block_count is 2"_s;
    QTest::newRow("head_count_kv a string")
        << TestModels::model(
               u"llama"_s, 1,
               [](GgufWriter &w) { w.addString(u"llama.attention.head_count_kv"_s, u"two"_s); })
               .bytes()
        << u"f16"_s
        << u"llama.attention.head_count_kv: expected a non-negative integer, got a string"_s;
    // One KV head of 16: rows of 16 elements, half a q8_0 block.
    QTest::newRow("q8_0 rows not whole blocks")
        << TestModels::model(u"llama"_s, 1, kvHeads(1)).bytes() << u"q8_0"_s
        << u"layer 0: KV cache rows of 16 and 16 elements are not whole q8_0 blocks of 32"_s;
    QTest::newRow("bad cache type") << TestModels::model(u"llama"_s, 1).bytes() << u"q4_K"_s
                                    << u"KV cache type 'q4_K' is not one of f16, q8_0, q4_0"_s;
}

void TestModelEstimate::errors()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, kvCacheType);
    QFETCH(QString, expected);
    WireError error;
    const std::optional<GgufFile> gguf = GgufReader::readBytes(file, &error);
    QVERIFY2(gguf, qPrintable(error.toString()));
    QVERIFY(!ModelEstimate::compute(*gguf, settings(4096, 1, kvCacheType), &error));
    QCOMPARE(error.toString(), expected);
}

void TestModelEstimate::backendMemory()
{
    WireError error;
    const auto result = estimate(TestModels::model(u"llama"_s, 2, kvHeads(2)), settings(), &error);
    QVERIFY2(result, qPrintable(error.toString()));
    DeviceInfo first;
    first.deviceId = {u"GPU-a"_s, u"CUDA"_s};
    first.name = u"CUDA0"_s;
    DeviceInfo second;
    second.deviceId = {u"GPU-b"_s, u"CUDA"_s};
    second.name = u"CUDA1"_s;

    // Layers 0 and 1 on the first GPU, the output layer on the second.
    BackendMemory memory = EstimateMemory::build(*result, {first, second}, {0, 0, 1});
    QCOMPARE(memory.inputWeights, quint64(12800));
    QCOMPARE(memory.gpus.size(), 2);
    QCOMPARE(memory.gpus.at(0).deviceId, first.deviceId);
    QCOMPARE(memory.gpus.at(0).name, u"CUDA0"_s);
    QCOMPARE(memory.gpus.at(0).weights, (QList<quint64>{LayerBytes, LayerBytes, 0}));
    QCOMPARE(memory.gpus.at(0).cache, (QList<quint64>{128 * 4096, 128 * 4096, 0}));
    QCOMPARE(memory.gpus.at(1).weights, (QList<quint64>{0, 0, 7056}));
    QCOMPARE(memory.gpus.at(1).cache, (QList<quint64>{0, 0, 0}));
    QCOMPARE(memory.gpus.at(0).graph, quint64(42469376));
    QCOMPARE(memory.gpus.at(1).graph, quint64(42469376));
    QCOMPARE(memory.cpu.weights, (QList<quint64>{0, 0, 0}));
    QCOMPARE(memory.cpu.graph, quint64(0)); // no layer on the CPU

    // Layer 0 on the CPU: its weights and cache, and a CPU graph.
    memory = EstimateMemory::build(*result, {first}, {-1, 0, 0});
    QCOMPARE(memory.cpu.weights, (QList<quint64>{LayerBytes, 0, 0}));
    QCOMPARE(memory.cpu.cache, (QList<quint64>{128 * 4096, 0, 0}));
    QCOMPARE(memory.cpu.graph, quint64(42469376));
    QCOMPARE(memory.gpus.at(0).weights, (QList<quint64>{0, LayerBytes, 7056}));
}

void TestModelEstimate::evenSplit()
{
    // Layer il goes to GPU il x gpus / layers.
    QCOMPARE(EstimateMemory::evenSplit(5, 2), (QList<int>{0, 0, 0, 1, 1}));
    QCOMPARE(EstimateMemory::evenSplit(3, 3), (QList<int>{0, 1, 2}));
    QCOMPARE(EstimateMemory::evenSplit(3, 0), (QList<int>{-1, -1, -1}));
}

QTEST_GUILESS_MAIN(TestModelEstimate)
#include "tst_modelestimate.moc"
