#include "backendmemory.h"
#include "errnomem.h"

#include <QTest>

using namespace vramscope;
using namespace Qt::StringLiterals;

// Expected values follow ollama's ml/device.go (v0.12.10): DeviceMemory.Size,
// BackendMemory.Log and fmt's %+v of the struct in ErrNoMem.Error.
class TestBackendMemory : public QObject
{
    Q_OBJECT

private slots:
    void size_data();
    void size();
    void summary_data();
    void summary();
    void goString_data();
    void goString();
    void errNoMemMessage();
};

namespace {

using Bytes = QList<quint64>;

DeviceMemory memory(const QString &id, const QString &library, const QString &name,
                    const Bytes &weights, const Bytes &cache, quint64 graph)
{
    DeviceMemory result;
    result.deviceId = {id, library};
    result.name = name;
    result.weights = weights;
    result.cache = cache;
    result.graph = graph;
    return result;
}

DeviceMemory gpu(const QString &name, const Bytes &weights, const Bytes &cache, quint64 graph)
{
    return memory(name.right(1), u"CUDA"_s, name, weights, cache, graph);
}

DeviceMemory cpu(const Bytes &weights, const Bytes &cache, quint64 graph)
{
    return memory(QString(), QString(), u"CPU"_s, weights, cache, graph);
}

BackendMemory backend(quint64 inputWeights, const DeviceMemory &cpuMemory,
                      const QList<DeviceMemory> &gpus)
{
    BackendMemory result;
    result.inputWeights = inputWeights;
    result.cpu = cpuMemory;
    result.gpus = gpus;
    return result;
}

// "what|device|bytes", one string per line, for readable failures.
QStringList describe(const QList<BackendMemory::SummaryLine> &lines)
{
    QStringList result;
    for (const BackendMemory::SummaryLine &line : lines)
        result.append(line.what + u'|' + line.device + u'|' + QString::number(line.bytes));
    return result;
}

} // namespace

void TestBackendMemory::size_data()
{
    QTest::addColumn<DeviceMemory>("device");
    QTest::addColumn<quint64>("expected");
    QTest::newRow("empty") << DeviceMemory() << quint64(0);
    QTest::newRow("weights only") << gpu(u"CUDA0"_s, {1, 2, 3}, {}, 0) << quint64(6);
    QTest::newRow("cache only") << gpu(u"CUDA0"_s, {}, {10, 20}, 0) << quint64(30);
    QTest::newRow("graph only") << gpu(u"CUDA0"_s, {}, {}, 100) << quint64(100);
    QTest::newRow("all three") << gpu(u"CUDA0"_s, {1, 2, 3}, {10, 20}, 100) << quint64(136);
    QTest::newRow("zero entries") << gpu(u"CUDA0"_s, {0, 0}, {0}, 0) << quint64(0);
    // 20 layers of 208 MiB weights and 32 MiB cache, 288 MiB graph:
    // 20 * 218103808 + 20 * 33554432 + 301989888 = 5335154688.
    QTest::newRow("recorded CUDA0")
        << gpu(u"CUDA0"_s, Bytes(20, 218103808), Bytes(20, 33554432), 301989888)
        << quint64(5335154688);
    QTest::newRow("INT64_MAX parts")
        << gpu(u"CUDA0"_s, {9223372036854775807ULL}, {9223372036854775807ULL}, 1)
        << quint64(18446744073709551615ULL);
}

void TestBackendMemory::size()
{
    QFETCH(DeviceMemory, device);
    QFETCH(quint64, expected);
    QCOMPARE(device.size(), expected);
    QCOMPARE(device.weightsTotal() + device.cacheTotal() + device.graph, expected);
}

void TestBackendMemory::summary_data()
{
    QTest::addColumn<BackendMemory>("memory");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("all zero") << BackendMemory() << QStringList();
    QTest::newRow("zero entries only")
        << backend(0, cpu({0, 0}, {0, 0}, 0), {gpu(u"CUDA0"_s, {0, 0}, {0, 0}, 0)})
        << QStringList();
    // Weights per GPU then CPU (with InputWeights), kv cache likewise,
    // compute graph likewise, then the total.
    QTest::newRow("every line")
        << backend(1000, cpu({4}, {30}, 300),
                   {gpu(u"CUDA0"_s, {1, 2}, {10}, 100), gpu(u"CUDA1"_s, {3}, {20, 5}, 200)})
        << QStringList{u"model weights|CUDA0|3"_s,   u"model weights|CUDA1|3"_s,
                       u"model weights|CPU|1004"_s,  u"kv cache|CUDA0|10"_s,
                       u"kv cache|CUDA1|25"_s,       u"kv cache|CPU|30"_s,
                       u"compute graph|CUDA0|100"_s, u"compute graph|CUDA1|200"_s,
                       u"compute graph|CPU|300"_s,   u"total memory||1675"_s};
    QTest::newRow("GPU order is kept")
        << backend(0, cpu({}, {}, 0), {gpu(u"CUDA1"_s, {7}, {}, 0), gpu(u"CUDA0"_s, {9}, {}, 0)})
        << QStringList{u"model weights|CUDA1|7"_s, u"model weights|CUDA0|9"_s,
                       u"total memory||16"_s};
    // InputWeights alone make the CPU weights line.
    QTest::newRow("input weights only")
        << backend(7, cpu({0, 0}, {}, 0), {})
        << QStringList{u"model weights|CPU|7"_s, u"total memory||7"_s};
    QTest::newRow("CPU weights without input weights")
        << backend(0, cpu({5, 6}, {}, 0), {})
        << QStringList{u"model weights|CPU|11"_s, u"total memory||11"_s};
    QTest::newRow("zero amounts skipped")
        << backend(0, cpu({0}, {0}, 64),
                   {gpu(u"CUDA0"_s, {0, 0}, {8, 8}, 0), gpu(u"CUDA1"_s, {5}, {0}, 32)})
        << QStringList{u"model weights|CUDA1|5"_s, u"kv cache|CUDA0|16"_s,
                       u"compute graph|CUDA1|32"_s, u"compute graph|CPU|64"_s,
                       u"total memory||117"_s};
    // tests/data/memory_partial_offload.json, by hand: CUDA0 28 x 208 MiB
    // weights, 28 x 32 MiB cache, 288 MiB graph; CPU 501 MiB input weights +
    // 4 x 208 MiB + 501 MiB, 4 x 32 MiB cache, 64 MiB graph.
    Bytes gpuWeights(28, 218103808);
    Bytes gpuCache(28, 33554432);
    Bytes cpuWeights(28, 0);
    Bytes cpuCache(28, 0);
    for (int i = 0; i < 5; ++i) {
        gpuWeights.append(0);
        gpuCache.append(0);
        cpuWeights.append(i < 4 ? 218103808 : 525336576);
        cpuCache.append(i < 4 ? 33554432 : 0);
    }
    QTest::newRow("partial offload") << backend(525336576, cpu(cpuWeights, cpuCache, 67108864),
                                                {gpu(u"CUDA0"_s, gpuWeights, gpuCache, 301989888)})
                                     << QStringList{u"model weights|CUDA0|6106906624"_s, // 5824 MiB
                                                    u"model weights|CPU|1923088384"_s,   // 1834 MiB
                                                    u"kv cache|CUDA0|939524096"_s,       // 896 MiB
                                                    u"kv cache|CPU|134217728"_s,         // 128 MiB
                                                    u"compute graph|CUDA0|301989888"_s,  // 288 MiB
                                                    u"compute graph|CPU|67108864"_s,     // 64 MiB
                                                    u"total memory||9472835584"_s};      // 9034 MiB
}

void TestBackendMemory::summary()
{
    QFETCH(BackendMemory, memory);
    QFETCH(QStringList, expected);
    const QList<BackendMemory::SummaryLine> lines = memory.summary();
    QCOMPARE(describe(lines), expected);
    // The total has no device, and is the sum of the lines above it.
    if (!lines.isEmpty()) {
        quint64 sum = 0;
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            sum += lines[i].bytes;
        QCOMPARE(lines.last().bytes, sum);
        QVERIFY(lines.last().device.isEmpty());
    }
}

void TestBackendMemory::goString_data()
{
    QTest::addColumn<BackendMemory>("memory");
    QTest::addColumn<QString>("expected");
    // fmt's %+v: fields as Name:value separated by spaces; the embedded
    // DeviceID prints under its type name; a nil or empty slice is []; empty
    // strings print nothing.
    QTest::newRow("zero value")
        << BackendMemory()
        << u"{InputWeights:0 CPU:{DeviceID:{ID: Library:} Name: Weights:[] Cache:[] Graph:0} "
           u"GPUs:[]}"_s;
    QTest::newRow("CPU only")
        << backend(525336576, cpu({0, 1}, {2}, 3), {})
        << u"{InputWeights:525336576 CPU:{DeviceID:{ID: Library:} Name:CPU Weights:[0 1] "
           u"Cache:[2] Graph:3} GPUs:[]}"_s;
    QTest::newRow("two GPUs")
        << backend(1, cpu({}, {}, 0),
                   {memory(u"GPU-3f1c"_s, u"CUDA"_s, u"CUDA0"_s, {218103808, 218103808}, {33554432},
                           301989888),
                    memory(u"0"_s, u"ROCm"_s, u"ROCm0"_s, {}, {}, 18446744073709551615ULL)})
        << u"{InputWeights:1 CPU:{DeviceID:{ID: Library:} Name:CPU Weights:[] Cache:[] Graph:0} "
           u"GPUs:[{DeviceID:{ID:GPU-3f1c Library:CUDA} Name:CUDA0 Weights:[218103808 "
           u"218103808] Cache:[33554432] Graph:301989888} {DeviceID:{ID:0 Library:ROCm} "
           u"Name:ROCm0 Weights:[] Cache:[] Graph:18446744073709551615}]}"_s;
    QTest::newRow("one GPU, zero entries")
        << backend(0, cpu({}, {}, 0), {memory(u"0"_s, QString(), QString(), {0}, {0, 0}, 0)})
        << u"{InputWeights:0 CPU:{DeviceID:{ID: Library:} Name:CPU Weights:[] Cache:[] Graph:0} "
           u"GPUs:[{DeviceID:{ID:0 Library:} Name: Weights:[0] Cache:[0 0] Graph:0}]}"_s;
}

void TestBackendMemory::goString()
{
    QFETCH(BackendMemory, memory);
    QFETCH(QString, expected);
    QCOMPARE(memory.goString(), expected);
}

void TestBackendMemory::errNoMemMessage()
{
    ErrNoMem error;
    error.memory = backend(2, cpu({1}, {}, 0), {gpu(u"CUDA0"_s, {5}, {6}, 7)});
    QCOMPARE(error.message(),
             u"insufficient memory - required allocations: {InputWeights:2 CPU:{DeviceID:{ID: "
             u"Library:} Name:CPU Weights:[1] Cache:[] Graph:0} GPUs:[{DeviceID:{ID:0 "
             u"Library:CUDA} Name:CUDA0 Weights:[5] Cache:[6] Graph:7}]}"_s);
    QCOMPARE(ErrNoMem().message(),
             u"insufficient memory - required allocations: {InputWeights:0 CPU:{DeviceID:{ID: "
             u"Library:} Name: Weights:[] Cache:[] Graph:0} GPUs:[]}"_s);
}

QTEST_GUILESS_MAIN(TestBackendMemory)
#include "tst_backendmemory.moc"
