#include "splitfit.h"

#include <QTest>

#include <limits>

using namespace vramscope;

namespace {

// Every expected number below is worked out by hand; units are MiB, and a
// CUDA GPU reserves 457 MiB (MinimumMemory) before anything else.
constexpr quint64 MiB = 1024 * 1024;

DeviceInfo gpu(const QString &id, quint64 freeMemory)
{
    DeviceInfo device;
    device.deviceId = {id, QStringLiteral("CUDA")};
    device.name = u"CUDA" + id;
    device.freeMemory = freeMemory;
    device.totalMemory = freeMemory + 1024 * MiB;
    return device;
}

DeviceMemory entry(const QString &id, const QList<quint64> &weights, const QList<quint64> &cache,
                   quint64 graph)
{
    DeviceMemory memory;
    memory.deviceId = {id, id.isEmpty() ? QString() : QStringLiteral("CUDA")};
    memory.name = id.isEmpty() ? QStringLiteral("CPU") : u"CUDA" + id;
    memory.weights = weights;
    memory.cache = cache;
    memory.graph = graph;
    return memory;
}

// Four layers as a runner reported them for some earlier split. Summed over
// the entries, a layer weighs 100, 100, 100, 300 and caches 10, 10, 10, 20.
BackendMemory report()
{
    BackendMemory memory;
    memory.inputWeights = 50 * MiB;
    memory.cpu = entry(QString(), {0, 0, 0, 300 * MiB}, {0, 0, 0, 20 * MiB}, 64 * MiB);
    memory.gpus = {
        entry(QStringLiteral("A"), {100 * MiB, 100 * MiB, 0, 0}, {10 * MiB, 10 * MiB, 0, 0},
              200 * MiB),
        entry(QStringLiteral("B"), {0, 0, 100 * MiB, 0}, {0, 0, 10 * MiB, 0}, 150 * MiB)};
    return memory;
}

SystemInfo system(quint64 freeMemory, quint64 freeSwap)
{
    SystemInfo info;
    info.totalMemory = 2048 * MiB;
    info.freeMemory = freeMemory;
    info.freeSwap = freeSwap;
    return info;
}

LayoutSettings overhead(quint64 bytes, float backoff = 0)
{
    LayoutSettings settings;
    settings.gpuOverhead = bytes;
    settings.backoff = backoff;
    return settings;
}

// A holds 0 and 2, B holds 1, the CPU keeps 3: every layer moved away from
// where the report had it.
LayerSplit crossed()
{
    LayerSplit split(4);
    split.assign({0, 2}, 0);
    split.assign({1}, 1);
    return split;
}

} // namespace

class TestSplitFit : public QObject
{
    Q_OBJECT

private slots:
    void perDevice();
    void backoff();
    void cpuShare();
    void breakdown();
    void unreportedDevice();
    void noReport();
    void saturates();
};

void TestSplitFit::perDevice()
{
    const SplitFit fit = SplitFit::compute(
        {gpu(QStringLiteral("A"), 1000 * MiB), gpu(QStringLiteral("B"), 800 * MiB)}, report(),
        system(1000 * MiB, 0), overhead(100 * MiB), crossed());
    QCOMPARE(fit.layerWeights, (QList<quint64>{100 * MiB, 100 * MiB, 100 * MiB, 300 * MiB}));
    QCOMPARE(fit.layerCache, (QList<quint64>{10 * MiB, 10 * MiB, 10 * MiB, 20 * MiB}));
    QCOMPARE(fit.devices.size(), 2);

    // A: layers 0 and 2 weigh 200 + cache 20 + its graph 200 = 420; room
    // 1000 - 457 - 100 overhead = 443: fits.
    const SplitFit::Device &a = fit.devices[0];
    QCOMPARE(a.layers, (QList<int>{0, 2}));
    QCOMPARE(a.weights, 200 * MiB);
    QCOMPARE(a.cache, 20 * MiB);
    QCOMPARE(a.graph, 200 * MiB);
    QCOMPARE(a.need(), 420 * MiB);
    QCOMPARE(a.minimumMemory, 457 * MiB);
    QCOMPARE(a.overhead, 100 * MiB);
    QCOMPARE(a.backoffReserve, quint64(0));
    QCOMPARE(a.room, 443 * MiB);
    QVERIFY(a.fits());
    QCOMPARE(a.shortfall(), quint64(0));

    // B: layer 1 weighs 100 + 10 + graph 150 = 260; room 800 - 457 - 100 =
    // 243: 17 short.
    const SplitFit::Device &b = fit.devices[1];
    QCOMPARE(b.need(), 260 * MiB);
    QCOMPARE(b.room, 243 * MiB);
    QVERIFY(!b.fits());
    QCOMPARE(b.shortfall(), 17 * MiB);
    QVERIFY(!fit.fits());
}

void TestSplitFit::backoff()
{
    // 0.1 of 1000 MiB in float32: 1048576000 is exact, times 0.1f rounds to
    // 104857600 = 100 MiB. Room 1000 - 100 - 457 - 100 = 343.
    const SplitFit fit =
        SplitFit::compute({gpu(QStringLiteral("A"), 1000 * MiB)}, report(), system(1000 * MiB, 0),
                          overhead(100 * MiB, 0.1f), crossed());
    QCOMPARE(fit.devices[0].backoffReserve, 100 * MiB);
    QCOMPARE(fit.devices[0].room, 343 * MiB);
    QCOMPARE(fit.devices[0].shortfall(), 77 * MiB);

    // Reservations past free memory leave no room rather than wrapping.
    const SplitFit tiny = SplitFit::compute({gpu(QStringLiteral("A"), 300 * MiB)}, report(),
                                            system(1000 * MiB, 0), overhead(0), crossed());
    QCOMPARE(tiny.devices[0].room, quint64(0));
    QCOMPARE(tiny.devices[0].shortfall(), 420 * MiB);
}

void TestSplitFit::cpuShare()
{
    // CPU: layer 3 (300 + 20) + input weights 50 + its graph 64 = 434.
    const QList<DeviceInfo> devices{gpu(QStringLiteral("A"), 1000 * MiB),
                                    gpu(QStringLiteral("B"), 800 * MiB)};
    const SplitFit swapping =
        SplitFit::compute(devices, report(), system(400 * MiB, 100 * MiB), overhead(0), crossed());
    const SplitFit::Cpu &cpu = swapping.cpu;
    QCOMPARE(cpu.layers, (QList<int>{3}));
    QCOMPARE(cpu.weights, 300 * MiB);
    QCOMPARE(cpu.cache, 20 * MiB);
    QCOMPARE(cpu.inputWeights, 50 * MiB);
    QCOMPARE(cpu.graph, 64 * MiB);
    QCOMPARE(cpu.need(), 434 * MiB);
    QCOMPARE(cpu.systemTotal, 2048 * MiB);
    // 434 > 400 free, but within 400 + 100 swap: ollama loads, and swaps.
    QVERIFY(!cpu.fitsInMemory());
    QCOMPARE(cpu.limit(), 500 * MiB);
    QVERIFY(cpu.fits());
    QVERIFY(cpu.refusal.isEmpty());

    const SplitFit refused =
        SplitFit::compute(devices, report(), system(400 * MiB, 0), overhead(0), crossed());
    QVERIFY(!refused.cpu.fits());
    QCOMPARE(refused.cpu.shortfall(), 34 * MiB);
    QCOMPARE(refused.cpu.refusal,
             QStringLiteral(
                 "model requires more system memory (434.0 MiB) than is available (400.0 MiB)"));
}

void TestSplitFit::breakdown()
{
    const SplitFit fit = SplitFit::compute(
        {gpu(QStringLiteral("A"), 1000 * MiB), gpu(QStringLiteral("B"), 800 * MiB)}, report(),
        system(1000 * MiB, 0), overhead(0), crossed());
    const BackendMemory &memory = fit.memory;
    QCOMPARE(memory.inputWeights, 50 * MiB);
    QCOMPARE(memory.cpu.name, QStringLiteral("CPU"));
    QCOMPARE(memory.cpu.weights, (QList<quint64>{0, 0, 0, 300 * MiB}));
    QCOMPARE(memory.cpu.cache, (QList<quint64>{0, 0, 0, 20 * MiB}));
    QCOMPARE(memory.cpu.graph, 64 * MiB);
    QCOMPARE(memory.gpus.size(), 2);
    QCOMPARE(memory.gpus[0].deviceId, (DeviceId{QStringLiteral("A"), QStringLiteral("CUDA")}));
    QCOMPARE(memory.gpus[0].weights, (QList<quint64>{100 * MiB, 0, 100 * MiB, 0}));
    QCOMPARE(memory.gpus[0].cache, (QList<quint64>{10 * MiB, 0, 10 * MiB, 0}));
    QCOMPARE(memory.gpus[0].graph, 200 * MiB);
    QCOMPARE(memory.gpus[1].weights, (QList<quint64>{0, 100 * MiB, 0, 0}));
    QCOMPARE(memory.gpus[1].graph, 150 * MiB);
    // The summary adds up as the bars do: 420 + 260 on GPUs, 434 on the CPU.
    QCOMPARE(memory.gpus[0].size() + memory.gpus[1].size(), 680 * MiB);
    QCOMPARE(memory.inputWeights + memory.cpu.size(), 434 * MiB);

    // A GPU without layers needs no graph.
    LayerSplit onlyA(4);
    onlyA.assign({0, 1, 2, 3}, 0);
    const SplitFit allOnA = SplitFit::compute(
        {gpu(QStringLiteral("A"), 1000 * MiB), gpu(QStringLiteral("B"), 800 * MiB)}, report(),
        system(1000 * MiB, 0), overhead(0), onlyA);
    QCOMPARE(allOnA.devices[1].graph, quint64(0));
    QCOMPARE(allOnA.devices[1].need(), quint64(0));
    QVERIFY(allOnA.devices[1].fits());
    // A: 600 + 50 + 200 = 850 > 1000 - 457 = 543.
    QCOMPARE(allOnA.devices[0].shortfall(), 307 * MiB);
}

void TestSplitFit::unreportedDevice()
{
    // C is not in the report: its graph is unknown and counts as 0; its
    // room is reserved like any other GPU's.
    LayerSplit split(4);
    split.assign({1}, 0);
    const SplitFit fit = SplitFit::compute({gpu(QStringLiteral("C"), 1000 * MiB)}, report(),
                                           system(1000 * MiB, 0), overhead(0), split);
    QVERIFY(!fit.devices[0].reportedByRunner);
    QCOMPARE(fit.devices[0].graph, quint64(0));
    QCOMPARE(fit.devices[0].need(), 110 * MiB);
    QCOMPARE(fit.devices[0].room, 543 * MiB);
}

void TestSplitFit::noReport()
{
    // Without a report the split's layers weigh nothing; the rooms still show.
    LayerSplit split(3);
    split.assign({0, 1}, 0);
    const SplitFit fit = SplitFit::compute({gpu(QStringLiteral("A"), 1000 * MiB)}, BackendMemory(),
                                           system(1000 * MiB, 0), overhead(0), split);
    QCOMPARE(fit.layerWeights, (QList<quint64>{0, 0, 0}));
    QCOMPARE(fit.devices[0].need(), quint64(0));
    QCOMPARE(fit.devices[0].room, 543 * MiB);
    QCOMPARE(fit.memory.gpus[0].weights.size(), 3);
    QVERIFY(fit.fits());
}

void TestSplitFit::saturates()
{
    // Two layers of INT64_MAX on one GPU would wrap to a small number; the
    // sum sticks at the top instead and the GPU does not fit.
    const quint64 huge = quint64(std::numeric_limits<qint64>::max());
    BackendMemory memory;
    memory.cpu = entry(QString(), {huge, huge, huge}, {huge, 0, 0}, 0);
    LayerSplit split(3);
    split.assign({0, 1, 2}, 0);
    const SplitFit fit =
        SplitFit::compute({gpu(QStringLiteral("A"), 1000 * MiB)}, memory,
                          system(std::numeric_limits<quint64>::max(), huge), overhead(0), split);
    QCOMPARE(fit.layerWeights[0], huge);
    QCOMPARE(fit.devices[0].weights, std::numeric_limits<quint64>::max());
    QCOMPARE(fit.devices[0].need(), std::numeric_limits<quint64>::max());
    QVERIFY(!fit.devices[0].fits());
    QCOMPARE(fit.cpu.limit(), std::numeric_limits<quint64>::max());
}

QTEST_GUILESS_MAIN(TestSplitFit)
#include "tst_splitfit.moc"
