#include "layoutplanner.h"
#include "testdevices.h"

#include <QTest>

using namespace vramscope;
using TestDevices::gpu;

Q_DECLARE_METATYPE(QList<vramscope::DeviceInfo>)
Q_DECLARE_METATYPE(vramscope::BackendMemory)
Q_DECLARE_METATYPE(vramscope::SystemInfo)
Q_DECLARE_METATYPE(vramscope::LayoutSettings)

namespace {

// Every expected plan below is worked out by hand from PROTOCOL.md section 6;
// the comments give the steps. Units are MiB unless said otherwise, and a
// CUDA GPU reserves 457 MiB (MinimumMemory) before anything else.
constexpr quint64 MiB = 1024 * 1024;
constexpr quint64 GiB = 1024 * MiB;
constexpr quint64 Minimum = 457 * MiB;

struct Reported
{
    QString id;
    quint64 graph = 0;
    QString library = QStringLiteral("CUDA");
};

// Per-layer sizes on the CPU entry (the planner sums all entries per layer),
// plus one GPU entry per device the runner reports.
BackendMemory memory(const QList<quint64> &layers, const QList<Reported> &gpus,
                     quint64 inputWeights = 0)
{
    BackendMemory result;
    result.inputWeights = inputWeights;
    result.cpu.name = QStringLiteral("CPU");
    result.cpu.weights = layers;
    result.cpu.cache = QList<quint64>(layers.size(), 0);
    for (const Reported &reported : gpus) {
        DeviceMemory entry;
        entry.deviceId = {reported.id, reported.library};
        entry.name = reported.id;
        entry.weights = QList<quint64>(layers.size(), 0);
        entry.cache = QList<quint64>(layers.size(), 0);
        entry.graph = reported.graph;
        result.gpus.append(entry);
    }
    return result;
}

QList<quint64> layersOf(int count, quint64 size)
{
    return QList<quint64>(count, size);
}

SystemInfo plentyOfRam()
{
    SystemInfo system;
    system.totalMemory = 64 * GiB;
    system.freeMemory = 60 * GiB;
    system.freeSwap = 8 * GiB;
    return system;
}

LayoutSettings settings(int numGpu = -1, bool requireFull = false, bool spread = false,
                        quint64 overhead = 0, float backoff = 0)
{
    LayoutSettings result;
    result.numGpu = numGpu;
    result.requireFull = requireFull;
    result.spread = spread;
    result.gpuOverhead = overhead;
    result.backoff = backoff;
    return result;
}

} // namespace

class TestLayoutPlanner : public QObject
{
    Q_OBJECT

private slots:
    void plan_data();
    void plan();
    void explanation();
    void explanationOfUnreportedDevice();
    void floatArithmetic_data();
    void floatArithmetic();
    void nonTerminatingSearchStops();
    void mismatchedArraysCountAsZero();
    void hugeSizesStayBounded();
};

void TestLayoutPlanner::plan_data()
{
    QTest::addColumn<QList<DeviceInfo>>("devices");
    QTest::addColumn<BackendMemory>("memory");
    QTest::addColumn<SystemInfo>("system");
    QTest::addColumn<LayoutSettings>("settings");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("refusal");

    const auto four = layersOf(4, 100 * MiB);
    const auto bothReported = QList<Reported>{{QStringLiteral("A")}, {QStringLiteral("B")}};

    // One GPU with 1000 of room: 4 x 100 fit at capacity 1; the search only
    // shrinks the capacity, the assignment stays.
    QTest::newRow("all fit on one GPU")
        << QList<DeviceInfo>{gpu(QStringLiteral("A"), Minimum + 1000 * MiB)}
        << memory(four, {{QStringLiteral("A")}}) << plentyOfRam() << settings()
        << QStringLiteral("4[ID:A Layers:4(0..3)]") << QString();

    // Largest first: A (1000) then B (500). No graph anywhere: lastUsed 0, so
    // i = 0 tries A alone, which takes all 4: ollama packs into few GPUs.
    QTest::newRow("packs into the fewest GPUs")
        << QList<DeviceInfo>{gpu(QStringLiteral("B"), Minimum + 500 * MiB),
                             gpu(QStringLiteral("A"), Minimum + 1000 * MiB)}
        << memory(four, bothReported) << plentyOfRam() << settings()
        << QStringLiteral("4[ID:A Layers:4(0..3)]") << QString();

    // Spread: one fit over [A, B]. The smallest capacity that still places 4
    // is just above 0.3: B (last) gets floor(500 * 0.3) = 150 -> layer 3;
    // A gets 300 -> layers 0..2.
    QTest::newRow("spread balances by capacity")
        << QList<DeviceInfo>{gpu(QStringLiteral("A"), Minimum + 1000 * MiB),
                             gpu(QStringLiteral("B"), Minimum + 500 * MiB)}
        << memory(four, bothReported) << plentyOfRam() << settings(-1, false, true)
        << QStringLiteral("4[ID:A Layers:3(0..2) ID:B Layers:1(3..3)]") << QString();

    // B already holds a graph (50): lastUsed = 1, so the first try is over
    // [A, B] and balances as with spread. B's room: 500 after its graph.
    QTest::newRow("graph on a later GPU keeps it in use")
        << QList<DeviceInfo>{gpu(QStringLiteral("A"), Minimum + 1000 * MiB),
                             gpu(QStringLiteral("B"), Minimum + 550 * MiB)}
        << memory(four, {{QStringLiteral("A")}, {QStringLiteral("B"), 50 * MiB}}) << plentyOfRam()
        << settings() << QStringLiteral("4[ID:A Layers:3(0..2) ID:B Layers:1(3..3)]") << QString();

    // Equal free memory: the stable order keeps input order, so the first
    // listed GPU is tried alone first and takes everything.
    QTest::newRow("ties keep input order (X first)")
        << QList<DeviceInfo>{gpu(QStringLiteral("X"), Minimum + 1000 * MiB),
                             gpu(QStringLiteral("Y"), Minimum + 1000 * MiB)}
        << memory(four, {{QStringLiteral("X")}, {QStringLiteral("Y")}}) << plentyOfRam()
        << settings() << QStringLiteral("4[ID:X Layers:4(0..3)]") << QString();
    QTest::newRow("ties keep input order (Y first)")
        << QList<DeviceInfo>{gpu(QStringLiteral("Y"), Minimum + 1000 * MiB),
                             gpu(QStringLiteral("X"), Minimum + 1000 * MiB)}
        << memory(four, {{QStringLiteral("X")}, {QStringLiteral("Y")}}) << plentyOfRam()
        << settings() << QStringLiteral("4[ID:Y Layers:4(0..3)]") << QString();

    // The integrated GPU has more free memory but sorts after the discrete one.
    QTest::newRow("discrete before integrated")
        << QList<DeviceInfo>{gpu(QStringLiteral("igpu"), Minimum + 4000 * MiB,
                                 QStringLiteral("ROCm"), true),
                             gpu(QStringLiteral("dgpu"), Minimum + 1000 * MiB,
                                 QStringLiteral("ROCm"))}
        << memory(four, {{QStringLiteral("igpu"), 0, QStringLiteral("ROCm")},
                         {QStringLiteral("dgpu"), 0, QStringLiteral("ROCm")}})
        << plentyOfRam() << settings() << QStringLiteral("4[ID:dgpu Layers:4(0..3)]") << QString();

    // Two libraries: ROCm (first, more free) places 4, CUDA (250 of room)
    // places fewer; the library with more layers wins.
    QTest::newRow("library with the most layers wins")
        << QList<DeviceInfo>{gpu(QStringLiteral("nv"), Minimum + 250 * MiB),
                             gpu(QStringLiteral("amd"), Minimum + 1000 * MiB,
                                 QStringLiteral("ROCm"))}
        << memory(four,
                  {{QStringLiteral("nv")}, {QStringLiteral("amd"), 0, QStringLiteral("ROCm")}})
        << plentyOfRam() << settings() << QStringLiteral("4[ID:amd Layers:4(0..3)]") << QString();
    // Both libraries place all 4: the first group (the largest GPU's) wins.
    QTest::newRow("library tie keeps the first group")
        << QList<DeviceInfo>{gpu(QStringLiteral("amd"), Minimum + 900 * MiB,
                                 QStringLiteral("ROCm")),
                             gpu(QStringLiteral("nv"), Minimum + 1000 * MiB)}
        << memory(four,
                  {{QStringLiteral("nv")}, {QStringLiteral("amd"), 0, QStringLiteral("ROCm")}})
        << plentyOfRam() << settings() << QStringLiteral("4[ID:nv Layers:4(0..3)]") << QString();

    // 250 of room: pass 1 places layers 3, 2 (200); not all, so the output
    // layer is dropped and pass 2 places 2, 1 of layers 0..2.
    QTest::newRow("output layer dropped when not all fit")
        << QList<DeviceInfo>{gpu(QStringLiteral("A"), Minimum + 250 * MiB)}
        << memory(four, {{QStringLiteral("A")}}) << plentyOfRam() << settings()
        << QStringLiteral("2[ID:A Layers:2(1..2)]") << QString();

    // Overhead 700 leaves 300: pass 1 places 3 of 4; pass 2 places all of 0..2.
    QTest::newRow("GPU overhead") << QList<DeviceInfo>{gpu(QStringLiteral("A"),
                                                           Minimum + 1000 * MiB)}
                                  << memory(four, {{QStringLiteral("A")}}) << plentyOfRam()
                                  << settings(-1, false, false, 700 * MiB)
                                  << QStringLiteral("3[ID:A Layers:3(0..2)]") << QString();

    // Backoff 0.5 of 1457 free holds back 728.5 (exact in float32): 271.5
    // of room holds 2 layers; as above the output layer goes to the CPU.
    QTest::newRow("backoff") << QList<DeviceInfo>{gpu(QStringLiteral("A"), Minimum + 1000 * MiB)}
                             << memory(four, {{QStringLiteral("A")}}) << plentyOfRam()
                             << settings(-1, false, false, 0, 0.5f)
                             << QStringLiteral("2[ID:A Layers:2(1..2)]") << QString();

    // num_gpu 2 < 4: forced (last GPU, not require-full), capped at 2 layers:
    // pass 1 gives 2..3, which is not all 4, so pass 2 runs on layers 0..2
    // with the cap min(3, 2) and gives 1..2.
    QTest::newRow("num_gpu below the count")
        << QList<DeviceInfo>{gpu(QStringLiteral("A"), Minimum + 1000 * MiB)}
        << memory(four, {{QStringLiteral("A")}}) << plentyOfRam() << settings(2)
        << QStringLiteral("2[ID:A Layers:2(1..2)]") << QString();
    QTest::newRow("num_gpu at the count")
        << QList<DeviceInfo>{gpu(QStringLiteral("A"), Minimum + 250 * MiB)}
        << memory(four, {{QStringLiteral("A")}}) << plentyOfRam() << settings(4)
        << QStringLiteral("4[ID:A Layers:4(0..3)]") << QString();
    // num_gpu 10 is capped at 4; forcing searches capacities up to 1000, so
    // all 4 go on a GPU with room for 2.5 (ollama over-commits here).
    QTest::newRow("num_gpu above the count")
        << QList<DeviceInfo>{gpu(QStringLiteral("A"), Minimum + 250 * MiB)}
        << memory(four, {{QStringLiteral("A")}}) << plentyOfRam() << settings(10)
        << QStringLiteral("4[ID:A Layers:4(0..3)]") << QString();
    QTest::newRow("num_gpu 0 places nothing")
        << QList<DeviceInfo>{gpu(QStringLiteral("A"), Minimum + 1000 * MiB)}
        << memory(four, {{QStringLiteral("A")}}) << plentyOfRam() << settings(0)
        << QStringLiteral("[]") << QString();

    // require-full does not force: capacity 1 places 2..3, pass 2 gives 1..2;
    // 2 < 4 and 2 < num_gpu 4: refused.
    QTest::newRow("require-full refuses a partial fit")
        << QList<DeviceInfo>{gpu(QStringLiteral("A"), Minimum + 250 * MiB)}
        << memory(four, {{QStringLiteral("A")}}) << plentyOfRam() << settings(4, true)
        << QStringLiteral("2[ID:A Layers:2(1..2)]")
        << QStringLiteral("unable to load full model on GPU");
    QTest::newRow("require-full accepts a full fit")
        << QList<DeviceInfo>{gpu(QStringLiteral("A"), Minimum + 1000 * MiB)}
        << memory(four, {{QStringLiteral("A")}}) << plentyOfRam() << settings(-1, true)
        << QStringLiteral("4[ID:A Layers:4(0..3)]") << QString();
    // num_gpu 2 with require-full: 2 placed is not fewer than num_gpu: accepted.
    QTest::newRow("require-full accepts num_gpu layers")
        << QList<DeviceInfo>{gpu(QStringLiteral("A"), Minimum + 1000 * MiB)}
        << memory(four, {{QStringLiteral("A")}}) << plentyOfRam() << settings(2, true)
        << QStringLiteral("2[ID:A Layers:2(1..2)]") << QString();

    // All layers fit, but the input weights (2 GiB) exceed free RAM (1 GiB).
    SystemInfo tight;
    tight.freeMemory = GiB;
    tight.freeSwap = 512 * MiB;
    QTest::newRow("require-full refuses when system memory is short")
        << QList<DeviceInfo>{gpu(QStringLiteral("A"), Minimum + 1000 * MiB)}
        << memory(four, {{QStringLiteral("A")}}, 2 * GiB) << tight << settings(-1, true)
        << QStringLiteral("4[ID:A Layers:4(0..3)]")
        << QStringLiteral("unable to load full model on GPU");
    QTest::newRow("system memory and swap too small")
        << QList<DeviceInfo>{gpu(QStringLiteral("A"), Minimum + 1000 * MiB)}
        << memory(four, {{QStringLiteral("A")}}, 2 * GiB) << tight << settings()
        << QStringLiteral("4[ID:A Layers:4(0..3)]")
        << QStringLiteral(
               "model requires more system memory (2.0 GiB) than is available (1.5 GiB)");
    // Nothing on a GPU: CPU needs 400 MiB of layers + 800 MiB input weights.
    SystemInfo small;
    small.freeMemory = 1000 * MiB;
    QTest::newRow("CPU-only needs more than RAM")
        << QList<DeviceInfo>{} << memory(four, {}, 800 * MiB) << small << settings()
        << QStringLiteral("[]")
        << QStringLiteral(
               "model requires more system memory (1.2 GiB) than is available (1000.0 MiB)");

    QTest::newRow("no devices") << QList<DeviceInfo>{} << memory(four, {}) << plentyOfRam()
                                << settings() << QStringLiteral("[]") << QString();
    QTest::newRow("no layers") << QList<DeviceInfo>{gpu(QStringLiteral("A"), Minimum + 1000 * MiB)}
                               << memory({}, {{QStringLiteral("A")}}) << plentyOfRam() << settings()
                               << QStringLiteral("[]") << QString();
    // The runner's memory report does not list A: its free memory counts as 0.
    QTest::newRow("GPU the runner does not report")
        << QList<DeviceInfo>{gpu(QStringLiteral("A"), Minimum + 1000 * MiB)} << memory(four, {})
        << plentyOfRam() << settings() << QStringLiteral("[]") << QString();
    // Less than the minimum reserve free: nothing fits.
    QTest::newRow("free below the minimum reserve")
        << QList<DeviceInfo>{gpu(QStringLiteral("A"), 400 * MiB)}
        << memory(four, {{QStringLiteral("A")}}) << plentyOfRam() << settings()
        << QStringLiteral("[]") << QString();

    // Spread over [A, B], layers 100, 100, 300: B (200 of room) cannot take
    // layer 2, so its group stays empty and A takes all three; the empty
    // group leaves its space in the text.
    QTest::newRow("empty group shows in the text")
        << QList<DeviceInfo>{gpu(QStringLiteral("A"), Minimum + 1000 * MiB),
                             gpu(QStringLiteral("B"), Minimum + 200 * MiB)}
        << memory({100 * MiB, 100 * MiB, 300 * MiB}, bothReported) << plentyOfRam()
        << settings(-1, false, true) << QStringLiteral("3[ID:A Layers:3(0..2) ]") << QString();
}

void TestLayoutPlanner::plan()
{
    QFETCH(QList<DeviceInfo>, devices);
    QFETCH(BackendMemory, memory);
    QFETCH(SystemInfo, system);
    QFETCH(LayoutSettings, settings);
    QFETCH(QString, expected);
    QFETCH(QString, refusal);

    const LayoutPlan plan = LayoutPlanner::plan(devices, memory, system, settings);
    QCOMPARE(plan.gpuLayers.toString(), expected);
    QCOMPARE(plan.refusal, refusal);
    // Every layer is either on a GPU or on the CPU, once.
    QCOMPARE(plan.gpuLayers.sum() + plan.explanation.cpuLayers.size(), memory.cpu.weights.size());
}

void TestLayoutPlanner::explanation()
{
    // A: 2000 of room after a 100 graph, backoff 0.5 of its free memory.
    // free = 457 + 100 + 2000 = 2557 MiB; backoff = 1278.5 MiB (exact);
    // available = 2557 - 1278.5 - 457 - 64 (overhead) - 100 = 657.5 MiB.
    const QList<DeviceInfo> devices{gpu(QStringLiteral("A"), Minimum + 2100 * MiB)};
    const BackendMemory mem =
        memory(layersOf(8, 100 * MiB), {{QStringLiteral("A"), 100 * MiB}}, 300 * MiB);
    const LayoutPlan plan = LayoutPlanner::plan(devices, mem, plentyOfRam(),
                                                settings(-1, false, false, 64 * MiB, 0.5f));
    const LayoutExplanation &why = plan.explanation;

    QCOMPARE(why.devices.size(), 1);
    const LayoutExplanation::DeviceBudget &a = why.devices.first();
    QVERIFY(a.reportedByRunner);
    QCOMPARE(a.freeMemory, 2557 * MiB);
    QCOMPARE(a.backoffReserve, 2557 * MiB / 2);
    QCOMPARE(a.minimumMemory, Minimum);
    QCOMPARE(a.overhead, 64 * MiB);
    QCOMPARE(a.graph, 100 * MiB);
    QCOMPARE(a.available, 2557 * MiB - 2557 * MiB / 2 - Minimum - 64 * MiB - 100 * MiB);
    // 657.5 holds 6 layers; pass 1 places 2..7 (not all 8), so pass 2 runs
    // on 0..6 and places 1..6; layers 0 and 7 stay on the CPU.
    QCOMPARE(plan.gpuLayers.toString(), QStringLiteral("6[ID:A Layers:6(1..6)]"));
    QCOMPARE(a.layers, (QList<int>{1, 2, 3, 4, 5, 6}));
    QCOMPARE(a.layerBytes, 600 * MiB);
    QCOMPARE(why.cpuLayers, (QList<int>{0, 7}));
    QCOMPARE(why.cpuLayerBytes, 200 * MiB);
    QCOMPARE(why.cpuBytes, 300 * MiB + 200 * MiB);  // input weights + CPU layers (CPU graph 0)
    QCOMPARE(why.vramBytes, 100 * MiB + 600 * MiB); // A's graph + its layers
    QCOMPARE(why.library, QStringLiteral("CUDA"));
    QCOMPARE(why.systemFree, 60 * GiB);
    QCOMPARE(why.systemSwap, 8 * GiB);
}

void TestLayoutPlanner::explanationOfUnreportedDevice()
{
    const QList<DeviceInfo> devices{gpu(QStringLiteral("A"), Minimum + 1000 * MiB),
                                    gpu(QStringLiteral("B"), Minimum + 900 * MiB)};
    const LayoutPlan plan =
        LayoutPlanner::plan(devices, memory(layersOf(4, 100 * MiB), {{QStringLiteral("B")}}),
                            plentyOfRam(), settings());
    QCOMPARE(plan.explanation.devices.size(), 2);
    QVERIFY(!plan.explanation.devices[0].reportedByRunner);
    QCOMPARE(plan.explanation.devices[0].available, quint64(0));
    QCOMPARE(plan.explanation.devices[0].reserved(), quint64(0));
    // A alone holds nothing, so the search moves on to [A, B]; the greedy
    // fit starts at B (last), which takes all four, and never reaches A.
    QCOMPARE(plan.gpuLayers.toString(), QStringLiteral("4[ID:B Layers:4(0..3)]"));
    QCOMPARE(plan.explanation.devices[1].layers, (QList<int>{0, 1, 2, 3}));
}

void TestLayoutPlanner::floatArithmetic_data()
{
    QTest::addColumn<quint64>("room");
    QTest::addColumn<quint64>("layer");
    QTest::addColumn<QString>("expected");
    // float32 has 24 bits of mantissa: 2^24 + 1 bytes of room round down to
    // 2^24, so a layer of exactly 2^24 + 1 does not fit although it would in
    // 64-bit arithmetic.
    QTest::newRow("2^24 fits in 2^24 + 1")
        << quint64(16777217) << quint64(16777216) << QStringLiteral("1[ID:A Layers:1(0..0)]");
    QTest::newRow("2^24 + 1 does not fit in 2^24 + 1")
        << quint64(16777217) << quint64(16777217) << QStringLiteral("[]");
    QTest::newRow("2^24 + 2 fits in 2^24 + 2")
        << quint64(16777218) << quint64(16777218) << QStringLiteral("1[ID:A Layers:1(0..0)]");
}

void TestLayoutPlanner::floatArithmetic()
{
    QFETCH(quint64, room);
    QFETCH(quint64, layer);
    QFETCH(QString, expected);
    const LayoutPlan plan =
        LayoutPlanner::plan({gpu(QStringLiteral("A"), Minimum + room)},
                            memory({layer}, {{QStringLiteral("A")}}), plentyOfRam(), settings());
    QCOMPARE(plan.gpuLayers.toString(), expected);
}

void TestLayoutPlanner::nonTerminatingSearchStops()
{
    // num_gpu 4 forces capacities up to 1000. Four layers of 500 on 100 of
    // room need a factor of 20; near 20 neighbouring float32 values are
    // 1.9e-6 apart, more than the search's 1e-6 stop, so ollama never ends.
    // The plan at that point (all four layers) is the answer.
    const LayoutPlan plan = LayoutPlanner::plan(
        {gpu(QStringLiteral("A"), Minimum + 100 * MiB)},
        memory(layersOf(4, 500 * MiB), {{QStringLiteral("A")}}), plentyOfRam(), settings(4));
    QCOMPARE(plan.gpuLayers.toString(), QStringLiteral("4[ID:A Layers:4(0..3)]"));
}

void TestLayoutPlanner::mismatchedArraysCountAsZero()
{
    // The CPU entry decides the layer count (3); the GPU entry has weights
    // for two layers and no cache at all: the missing entries count as 0.
    BackendMemory mem = memory({0, 0, 0}, {{QStringLiteral("A")}});
    mem.gpus[0].weights = {100 * MiB, 200 * MiB};
    mem.gpus[0].cache = {};
    const LayoutPlan plan = LayoutPlanner::plan({gpu(QStringLiteral("A"), Minimum + 1000 * MiB)},
                                                mem, plentyOfRam(), settings());
    QCOMPARE(plan.explanation.layerSizes, (QList<quint64>{100 * MiB, 200 * MiB, 0}));
    QCOMPARE(plan.gpuLayers.toString(), QStringLiteral("3[ID:A Layers:3(0..2)]"));
}

void TestLayoutPlanner::hugeSizesStayBounded()
{
    // Sizes near INT64_MAX: the arithmetic saturates or wraps as Go's does,
    // and the planner returns.
    const quint64 huge = quint64(std::numeric_limits<qint64>::max());
    const LayoutPlan plan = LayoutPlanner::plan(
        {gpu(QStringLiteral("A"), huge), gpu(QStringLiteral("B"), huge)},
        memory(layersOf(3, huge / 2), {{QStringLiteral("A")}, {QStringLiteral("B"), huge}}),
        plentyOfRam(), settings(3));
    QCOMPARE(plan.gpuLayers.sum() + plan.explanation.cpuLayers.size(), qsizetype(3));
}

QTEST_GUILESS_MAIN(TestLayoutPlanner)
#include "tst_layoutplanner.moc"
