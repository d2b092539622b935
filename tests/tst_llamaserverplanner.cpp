#include "ggufreader.h"
#include "llamaserverplanner.h"
#include "modelestimate.h"
#include "testdevices.h"
#include "testmodels.h"

#include <QTest>

using namespace vramscope;
using TestDevices::gpu;

namespace {

// Every expected value below is worked out by hand from SOURCES.md section 6;
// the comments give the steps. Sizes are in MiB: a model of blocks of
// 1024 MiB and an output layer of 512 MiB, compute buffers of 512 MiB, and
// llama.cpp's default margin of 1024 MiB unless a test says otherwise.
constexpr quint64 MiB = 1024 * 1024;
constexpr quint64 GiB = 1024 * MiB;

// blocks layers of 1 GiB, the output layer of 512 MiB, 512 MiB graphs.
LlamaServerModel dense(int blocks, quint64 prediction)
{
    LlamaServerModel model;
    model.layerBytes = QList<quint64>(blocks, GiB);
    model.layerBytes.append(512 * MiB);
    model.defaultGraph = 512 * MiB;
    model.prediction = prediction;
    return model;
}

SystemInfo system(quint64 freeMemory = 64 * GiB)
{
    SystemInfo info;
    info.freeMemory = freeMemory;
    return info;
}

QList<int> range(int first, int last)
{
    QList<int> layers;
    for (int i = first; i <= last; ++i)
        layers.append(i);
    return layers;
}

} // namespace

class TestLlamaServerPlanner : public QObject
{
    Q_OBJECT

private slots:
    void oneGpu()
    {
        // 4 blocks + output = 5 layers, 4.5 GiB; with the graph 5 GiB on a
        // GPU with 10 GiB free: 5 <= 10 - 1, so the default placement stands.
        const LlamaServerPlan plan = LlamaServerPlanner::plan({gpu(QStringLiteral("0"), 10 * GiB)},
                                                              dense(4, 5 * GiB), system(), {});
        QCOMPARE(plan.choice, LlamaServerPlan::GpuChoice::OnlyGpu);
        QCOMPARE(plan.fit, LlamaServerPlan::Fit::DefaultSplit);
        QVERIFY(plan.singleGpu());
        QCOMPARE(plan.nGpuLayers, 5);
        QVERIFY(!plan.tensorSplit);
        QCOMPARE(plan.gpuLayers.toString(), QStringLiteral("5[ID:0 Layers:5(0..4)]"));
        QCOMPARE(plan.devices.first().bytes(), 5 * GiB);
        QCOMPARE(plan.devices.first().target, 9 * GiB);
        QVERIFY(plan.cpuLayers.isEmpty());
    }

    void singleGpuWithin80Percent()
    {
        // Prediction 16 GiB. GPU 1: 24 x 80 / 100 = 19.2 GiB >= 16: holds;
        // GPU 0: 6.4 GiB does not. GPU 1 is tried first (most available),
        // so it is chosen alone and GPU 0 stays idle.
        const QList<DeviceInfo> devices{gpu(QStringLiteral("0"), 8 * GiB),
                                        gpu(QStringLiteral("1"), 24 * GiB)};
        const LlamaServerPlan plan =
            LlamaServerPlanner::plan(devices, dense(4, 16 * GiB), system(), {});
        QCOMPARE(plan.choice, LlamaServerPlan::GpuChoice::SingleGpu);
        QCOMPARE(plan.selectedGpus, QList<DeviceId>{devices[1].deviceId});
        QCOMPARE(plan.candidates.first().device.deviceId.id, QStringLiteral("1"));
        QVERIFY(plan.candidates.first().holdsPrediction);
        QVERIFY(!plan.candidates.last().holdsPrediction);
        QCOMPARE(plan.gpuLayers.toString(), QStringLiteral("5[ID:1 Layers:5(0..4)]"));
    }

    void eightyPercentBoundary()
    {
        // 20 GiB available: 20 x 80 / 100 = 16 GiB exactly. A prediction of
        // 16 GiB is not above it (holds); one byte more is.
        const QList<DeviceInfo> devices{gpu(QStringLiteral("0"), 20 * GiB),
                                        gpu(QStringLiteral("1"), 20 * GiB)};
        QCOMPARE(LlamaServerPlanner::plan(devices, dense(4, 16 * GiB), system(), {}).choice,
                 LlamaServerPlan::GpuChoice::SingleGpu);
        QCOMPARE(LlamaServerPlanner::plan(devices, dense(4, 16 * GiB + 1), system(), {}).choice,
                 LlamaServerPlan::GpuChoice::Group);
    }

    void spreadSplitsByFreeMemory()
    {
        // Spread: both GPUs although GPU 1 alone would hold it. Default
        // split by free memory 8 : 24 -> bounds 0.25, 1. Layer il goes where
        // il / 5 first falls below a bound: 0 (0), 1 (0.2) on GPU 0; 2 (0.4),
        // 3, 4 on GPU 1, the output layer last. GPU 0: 2 + 0.5 = 2.5 <= 7,
        // GPU 1: 2.5 + 0.5 = 3 <= 23: every margin holds.
        LlamaServerSettings settings;
        settings.spread = true;
        const LlamaServerPlan plan = LlamaServerPlanner::plan(
            {gpu(QStringLiteral("0"), 8 * GiB), gpu(QStringLiteral("1"), 24 * GiB)},
            dense(4, 16 * GiB), system(), settings);
        QCOMPARE(plan.choice, LlamaServerPlan::GpuChoice::Spread);
        QCOMPARE(plan.fit, LlamaServerPlan::Fit::DefaultSplit);
        QVERIFY(!plan.singleGpu());
        QVERIFY(!plan.tensorSplit);
        QCOMPARE(plan.gpuLayers.toString(),
                 QStringLiteral("5[ID:0 Layers:2(0..1) ID:1 Layers:3(2..4)]"));
        QCOMPARE(plan.devices[0].bytes(), 2 * GiB + 512 * MiB);
        QCOMPARE(plan.devices[1].bytes(), 3 * GiB);
    }

    void mainGpu()
    {
        // main_gpu 2: that GPU alone, whatever the others hold.
        LlamaServerSettings settings;
        settings.mainGpu = 2;
        const LlamaServerPlan plan = LlamaServerPlanner::plan(
            {gpu(QStringLiteral("0"), 40 * GiB), gpu(QStringLiteral("1"), 40 * GiB),
             gpu(QStringLiteral("2"), 10 * GiB)},
            dense(4, 5 * GiB), system(), settings);
        QCOMPARE(plan.choice, LlamaServerPlan::GpuChoice::MainGpu);
        QCOMPARE(plan.gpuLayers.toString(), QStringLiteral("5[ID:2 Layers:5(0..4)]"));
    }

    void numGpuZero()
    {
        LlamaServerSettings settings;
        settings.numGpu = 0;
        const LlamaServerPlan plan = LlamaServerPlanner::plan(
            {gpu(QStringLiteral("0"), 40 * GiB)}, dense(4, 5 * GiB), system(), settings);
        QCOMPARE(plan.choice, LlamaServerPlan::GpuChoice::NumGpuZero);
        QVERIFY(plan.selectedGpus.isEmpty());
        QCOMPARE(plan.nGpuLayers, 0);
        QCOMPARE(plan.gpuLayers.toString(), QStringLiteral("[]"));
        QCOMPARE(plan.cpuLayers, range(0, 4));
        QCOMPARE(plan.cpuLayerBytes, 4 * GiB + 512 * MiB);
    }

    void numGpuSetPassesNgl()
    {
        // num_gpu 3 -> -ngl 3: fit keeps the default placement with 3 layers
        // even though it breaks the margin: start = 5 - 3 = 2, layers 2..4
        // on the GPU: 1 + 1 + 0.5 + graph 0.5 = 3 GiB > 3 - 1 = 2 GiB.
        LlamaServerSettings settings;
        settings.numGpu = 3;
        const LlamaServerPlan plan = LlamaServerPlanner::plan(
            {gpu(QStringLiteral("0"), 3 * GiB)}, dense(4, 5 * GiB), system(), settings);
        QCOMPARE(plan.fit, LlamaServerPlan::Fit::RequestedLayers);
        QCOMPARE(plan.nGpuLayers, 3);
        QCOMPARE(plan.gpuLayers.toString(), QStringLiteral("3[ID:0 Layers:3(2..4)]"));
        QVERIFY(!plan.devices.first().withinTarget());
        QCOMPARE(plan.cpuLayers, range(0, 1));
    }

    void defaultSplitThreeGpus()
    {
        // Prediction 100 GiB: no single GPU, the CUDA group. Free 10, 10, 20
        // -> bounds 0.25, 0.5, 1; 9 layers, position il / 9: 0, .11, .22 on
        // GPU 0; .33, .44 on GPU 1; .56 .. .89 on GPU 2 with the output.
        // Bytes 3.5, 2.5, 4 GiB: all within 9, 9, 19.
        const LlamaServerPlan plan = LlamaServerPlanner::plan({gpu(QStringLiteral("0"), 10 * GiB),
                                                               gpu(QStringLiteral("1"), 10 * GiB),
                                                               gpu(QStringLiteral("2"), 20 * GiB)},
                                                              dense(8, 100 * GiB), system(), {});
        QCOMPARE(plan.choice, LlamaServerPlan::GpuChoice::Group);
        QCOMPARE(plan.fit, LlamaServerPlan::Fit::DefaultSplit);
        QCOMPARE(plan.nGpuLayers, 9);
        QCOMPARE(plan.gpuLayers.toString(),
                 QStringLiteral("9[ID:0 Layers:3(0..2) ID:1 Layers:2(3..4) ID:2 Layers:4(5..8)]"));
        QCOMPARE(plan.devices[2].bytes(), 4 * GiB);
    }

    void backToFrontTwoGpus()
    {
        // Free 4 and 6 GiB: targets 3 and 5. The default split (0.4 : 1) puts
        // layers 0..3 on GPU 0: 4 + 0.5 > 3, so fit fills from the back.
        // GPU 1, room 5 - 0.5 = 4.5: output 0.5, layers 7, 6, 5, 4 -> 0 left.
        // GPU 0, room 2.5: layers 3, 2 -> 0.5 left, layer 1 does not fit.
        // -ngl 7, -ts 2,5; layers 0 and 1 stay on the CPU.
        const LlamaServerPlan plan = LlamaServerPlanner::plan(
            {gpu(QStringLiteral("0"), 4 * GiB), gpu(QStringLiteral("1"), 6 * GiB)},
            dense(8, 100 * GiB), system(), {});
        QCOMPARE(plan.fit, LlamaServerPlan::Fit::BackToFront);
        QCOMPARE(plan.devices[0].defaultBytes, 4 * GiB + 512 * MiB);
        QCOMPARE(plan.nGpuLayers, 7);
        QCOMPARE(plan.tensorSplit, std::optional<QList<int>>(QList<int>{2, 5}));
        QCOMPARE(plan.gpuLayers.toString(),
                 QStringLiteral("7[ID:0 Layers:2(2..3) ID:1 Layers:5(4..8)]"));
        QCOMPARE(plan.devices[0].bytes(), 2 * GiB + 512 * MiB);
        QCOMPARE(plan.devices[1].bytes(), 5 * GiB);
        QCOMPARE(plan.cpuLayers, range(0, 1));
        QCOMPARE(plan.cpuLayerBytes, 2 * GiB);
    }

    void backToFrontThreeGpus()
    {
        // Free 3 GiB each: targets 2, rooms 1.5 next to the graph.
        // GPU 2: output 0.5, layer 7 -> 0 left. GPU 1: layer 6 -> 0.5 left.
        // GPU 0: layer 5. Layers 0..4 on the CPU; -ngl 4, -ts 1,1,2.
        const LlamaServerPlan plan = LlamaServerPlanner::plan({gpu(QStringLiteral("0"), 3 * GiB),
                                                               gpu(QStringLiteral("1"), 3 * GiB),
                                                               gpu(QStringLiteral("2"), 3 * GiB)},
                                                              dense(8, 100 * GiB), system(), {});
        QCOMPARE(plan.fit, LlamaServerPlan::Fit::BackToFront);
        QCOMPARE(plan.nGpuLayers, 4);
        QCOMPARE(plan.tensorSplit, std::optional<QList<int>>(QList<int>{1, 1, 2}));
        QCOMPARE(plan.gpuLayers.toString(),
                 QStringLiteral("4[ID:0 Layers:1(5..5) ID:1 Layers:1(6..6) ID:2 Layers:2(7..8)]"));
        QCOMPARE(plan.cpuLayers, range(0, 4));
    }

    void fitTargetList()
    {
        // LLAMA_ARG_FIT_TARGET=3072,512: targets 6 - 3 = 3 and 6 - 0.5 = 5.5.
        // Default split 0.5 : 1 puts layers 0..4 on GPU 0: 5.5 > 3.
        // GPU 1, room 5: output, layers 7..4 -> 0.5 left, layer 3 does not fit.
        // GPU 0, room 2.5: layers 3, 2. -ts 2,5, the CPU keeps 0 and 1.
        LlamaServerSettings settings;
        settings.fitTargets = {3 * GiB, 512 * MiB};
        const LlamaServerPlan plan = LlamaServerPlanner::plan(
            {gpu(QStringLiteral("0"), 6 * GiB), gpu(QStringLiteral("1"), 6 * GiB)},
            dense(8, 100 * GiB), system(), settings);
        QCOMPARE(plan.devices[0].margin, 3 * GiB);
        QCOMPARE(plan.devices[1].margin, 512 * MiB);
        QCOMPARE(plan.tensorSplit, std::optional<QList<int>>(QList<int>{2, 5}));
        QCOMPARE(plan.devices[1].bytes(), 5 * GiB);
        // One value holds for every device; past a list's end, the default.
        settings.fitTargets = {2 * GiB};
        QCOMPARE(settings.fitTarget(5), 2 * GiB);
        settings.fitTargets = {2 * GiB, 3 * GiB};
        QCOMPARE(settings.fitTarget(2), LlamaServerSettings::DefaultFitTarget);
    }

    void integratedCappedBySystemMemory()
    {
        // Prediction 7 GiB. The discrete GPU: 8 x 0.8 = 6.4 < 7. The
        // integrated one has 32 GiB free but only 10 GiB of system memory
        // free: 10 x 0.8 = 8 >= 7, so it is chosen alone.
        const QList<DeviceInfo> devices{
            gpu(QStringLiteral("0"), 8 * GiB),
            gpu(QStringLiteral("1"), 32 * GiB, QStringLiteral("Vulkan"), true)};
        LlamaServerPlan plan =
            LlamaServerPlanner::plan(devices, dense(4, 7 * GiB), system(10 * GiB), {});
        QCOMPARE(plan.choice, LlamaServerPlan::GpuChoice::SingleGpu);
        QCOMPARE(plan.selectedGpus, QList<DeviceId>{devices[1].deviceId});
        QCOMPARE(plan.candidates.last().available, 10 * GiB);
        // With 8 GiB of system memory free (6.4 < 7) no GPU holds it alone:
        // the group with a discrete GPU wins over the larger integrated one.
        plan = LlamaServerPlanner::plan(devices, dense(4, 7 * GiB), system(8 * GiB), {});
        QCOMPARE(plan.choice, LlamaServerPlan::GpuChoice::Group);
        QCOMPARE(plan.selectedGpus, QList<DeviceId>{devices[0].deviceId});
    }

    void integratedDroppedBesideDiscrete()
    {
        // One library holding both: llama.cpp ignores the integrated GPU.
        const QList<DeviceInfo> devices{
            gpu(QStringLiteral("0"), 8 * GiB, QStringLiteral("Vulkan")),
            gpu(QStringLiteral("1"), 32 * GiB, QStringLiteral("Vulkan"), true)};
        const LlamaServerPlan plan =
            LlamaServerPlanner::plan(devices, dense(4, 100 * GiB), system(4 * GiB), {});
        QCOMPARE(plan.choice, LlamaServerPlan::GpuChoice::Group);
        QCOMPARE(plan.selectedGpus, QList<DeviceId>{devices[0].deviceId});
    }

    void moeOverflowingLayers()
    {
        // 4 blocks of 2 GiB, 1.5 of them experts; output 0.5. Free 2.5 and
        // 4 GiB: targets 1.5 and 3, rooms 1 and 2.5 next to the graph.
        // Default (bounds 0.38, 1): GPU 0 gets layers 0, 1: 4.5 > 1.5.
        // GPU 1: output 0.5 -> 2, layer 3 whole (2) -> 0. GPU 0: layer 2
        // whole (2) does not fit, its dense part 0.5 does -> 0.5, layer 1
        // dense 0.5 -> 0. Layer 0 stays on the CPU with the experts of 1, 2:
        // 2 + 1.5 + 1.5 = 5 GiB. -ngl 4, -ts 2,2.
        LlamaServerModel model;
        model.layerBytes = {2 * GiB, 2 * GiB, 2 * GiB, 2 * GiB, 512 * MiB};
        model.expertBytes = {1536 * MiB, 1536 * MiB, 1536 * MiB, 1536 * MiB, 0};
        model.defaultGraph = 512 * MiB;
        model.prediction = 100 * GiB;
        const LlamaServerPlan plan = LlamaServerPlanner::plan(
            {gpu(QStringLiteral("0"), 2 * GiB + 512 * MiB), gpu(QStringLiteral("1"), 4 * GiB)},
            model, system(), {});
        QCOMPARE(plan.fit, LlamaServerPlan::Fit::MoeBackToFront);
        QCOMPARE(plan.nGpuLayers, 4);
        QCOMPARE(plan.tensorSplit, std::optional<QList<int>>(QList<int>{2, 2}));
        QCOMPARE(plan.gpuLayers.toString(),
                 QStringLiteral("4[ID:0 Layers:2(1..2) ID:1 Layers:2(3..4)]"));
        QCOMPARE(plan.devices[0].denseOnlyLayers, range(1, 2));
        QVERIFY(plan.devices[1].denseOnlyLayers.isEmpty());
        QCOMPARE(plan.devices[0].bytes(), 1536 * MiB);
        QCOMPARE(plan.devices[1].bytes(), 3 * GiB);
        QCOMPARE(plan.cpuLayers, QList<int>{0});
        QCOMPARE(plan.cpuLayerBytes, 5 * GiB);
    }

    void layerRuleBoundaries_data()
    {
        QTest::addColumn<int>("layerCount");
        QTest::addColumn<int>("ngl");
        QTest::addColumn<QList<double>>("split");
        QTest::addColumn<QList<int>>("expected");
        // n = 4 blocks + output. ngl 1: start = 5 - 1 = 4: only the output
        // layer, at position 0 / 1 = 0; the first bound above 0 is device
        // 0's 0.5, so it lands on device 0, not the last.
        QTest::newRow("ngl 1") << 5 << 1 << QList<double>{1, 1} << QList<int>{-1, -1, -1, -1, 0};
        // ngl = n + 1: every layer; equal halves, position 2/5 = 0.4 < 0.5
        // still device 0, 3/5 device 1.
        QTest::newRow("ngl n+1") << 5 << 5 << QList<double>{1, 1} << QList<int>{0, 0, 0, 1, 1};
        // More than n + 1 acts as n + 1.
        QTest::newRow("ngl past n+1")
            << 5 << 99 << QList<double>{1, 1} << QList<int>{0, 0, 0, 1, 1};
        // A position equal to a bound moves on (upper_bound): 4 layers,
        // halves: 2/4 = 0.5 is not below 0.5 -> device 1.
        QTest::newRow("on a bound") << 4 << 4 << QList<double>{1, 1} << QList<int>{0, 0, 1, 1};
        // Uneven counts 1, 3: bounds 0.25, 1: 0 -> 0; 0.25 -> 1.
        QTest::newRow("uneven") << 4 << 4 << QList<double>{1, 3} << QList<int>{0, 1, 1, 1};
        // A zero share takes nothing: bounds 0.5, 0.5, 1.
        QTest::newRow("zero share") << 4 << 4 << QList<double>{2, 0, 2} << QList<int>{0, 0, 2, 2};
        QTest::newRow("ngl 0") << 4 << 0 << QList<double>{1} << QList<int>{-1, -1, -1, -1};
        QTest::newRow("no devices") << 3 << 3 << QList<double>{} << QList<int>{-1, -1, -1};
    }

    void layerRuleBoundaries()
    {
        QFETCH(int, layerCount);
        QFETCH(int, ngl);
        QFETCH(QList<double>, split);
        QFETCH(QList<int>, expected);
        QCOMPARE(LlamaServerPlanner::assignLayers(layerCount, ngl, split), expected);
    }

    void predictionFromBackendMemory()
    {
        // Total weights (input included) plus total KV cache, over every device.
        BackendMemory memory;
        memory.inputWeights = 100;
        memory.cpu.weights = {10, 20, 5};
        memory.cpu.cache = {1, 2, 0};
        DeviceMemory gpu0;
        gpu0.deviceId = {QStringLiteral("0"), QStringLiteral("CUDA")};
        gpu0.weights = {0, 0, 7};
        gpu0.cache = {0, 0, 3};
        gpu0.graph = 50;
        memory.gpus = {gpu0};
        const LlamaServerModel model = LlamaServerModel::fromBackendMemory(memory);
        QCOMPARE(model.prediction, quint64(100 + 35 + 3 + 7 + 3));
        QCOMPARE(model.layerBytes, (QList<quint64>{11, 22, 15}));
        QCOMPARE(model.graphFor(gpu0.deviceId), quint64(50));
        QCOMPARE(model.blockCount(), 2);
    }

    void predictionFromModelFile()
    {
        // The test model (embedding 64, 4 heads) with 3 blocks, 2 KV heads
        // and one expert tensor of 250 F32 (1000 bytes) in block 1. ollama's
        // prediction: the file's size + 2 x 3 blocks x 2 KV heads x (64 / 4)
        // x (1000 x 2 parallel) tokens x 2 bytes = size + 768000, even with
        // a q8_0 cache.
        const GgufWriter writer = TestModels::model(QStringLiteral("llama"), 3, [](GgufWriter &w) {
            w.addUInt32(QStringLiteral("llama.attention.head_count_kv"), 2);
            w.addTensor(QStringLiteral("blk.1.ffn_up_exps.weight"), {250}, 0, 1000);
        });
        WireError error;
        const std::optional<GgufFile> file = GgufReader::readBytes(writer.bytes(), &error);
        QVERIFY2(file, qPrintable(error.toString()));
        EstimateSettings settings;
        settings.context = 1000;
        settings.parallel = 2;
        settings.kvCacheType = QStringLiteral("q8_0");
        const std::optional<ModelEstimate> estimate =
            ModelEstimate::compute(*file, settings, &error);
        QVERIFY2(estimate, qPrintable(error.toString()));
        const LlamaServerModel model = LlamaServerModel::fromEstimate(*estimate);
        QCOMPARE(model.prediction, writer.fileSize() + 768000);
        QCOMPARE(model.blockCount(), 3);
        QCOMPARE(model.expertBytes, (QList<quint64>{0, 1000, 0, 0}));
        QVERIFY(model.isMoe());
        // Block 1: 4608 bytes of the test layer + 1000 of experts + its cache.
        QCOMPARE(model.layerBytes[1], 5608 + estimate->layers[1].kvCache);
        QCOMPARE(model.layerBytes[3], TestModels::OutputBytes);
    }
};

QTEST_GUILESS_MAIN(TestLlamaServerPlanner)
#include "tst_llamaserverplanner.moc"
