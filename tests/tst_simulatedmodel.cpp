#include "simulatedmodel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace vramscope;

class TestSimulatedModel : public QObject
{
    Q_OBJECT

private slots:
    void fromJson();
    void splitMemory();
    void cacheTypes_data();
    void cacheTypes();
    void graphScalesWithBatch();
    void fits();
    void refusals_data();
    void refusals();
    void refusesOtherLibraryAndDoubles();
};

namespace {

SimulatedModel model()
{
    SimulatedModel m;
    m.layerWeights = {10, 20, 30};
    m.kvBytesPerToken = 2;
    m.graph = 100;
    m.cpuGraph = 50;
    m.inputWeights = 7;
    return m;
}

QList<DeviceInfo> devices()
{
    DeviceInfo a;
    a.deviceId = {QStringLiteral("GPU-a"), QStringLiteral("CUDA")};
    a.name = QStringLiteral("CUDA0");
    a.freeMemory = 1000;
    DeviceInfo b = a;
    b.deviceId.id = QStringLiteral("GPU-b");
    b.name = QStringLiteral("CUDA1");
    b.freeMemory = 60;
    return {a, b};
}

LoadRequest request(const QString &notation)
{
    LoadRequest r;
    r.kvSize = 10;
    r.batchSize = 512;
    r.gpuLayers = *GpuLayersList::fromString(notation, nullptr);
    return r;
}

} // namespace

void TestSimulatedModel::fromJson()
{
    const QJsonObject object =
        QJsonDocument::fromJson(R"({"layers": 3, "layer_weights": 10, "output_weights": 5,
                                    "kv_bytes_per_token": 2, "graph": 100, "cpu_graph": 50,
                                    "input_weights": 7})")
            .object();
    QString error;
    const std::optional<SimulatedModel> m = SimulatedModel::fromJson(object, &error);
    QVERIFY2(m, qPrintable(error));
    QCOMPARE(m->layerWeights, QList<quint64>({10, 10, 15}));
    QCOMPARE(m->kvBytesPerToken, quint64(2));
    QCOMPARE(m->graph, quint64(100));
    QCOMPARE(m->cpuGraph, quint64(50));
    QCOMPARE(m->inputWeights, quint64(7));

    const std::optional<SimulatedModel> list = SimulatedModel::fromJson(
        QJsonDocument::fromJson(R"({"layer_weights": [1, 2, 3]})").object(), &error);
    QVERIFY(list);
    QCOMPARE(list->layerWeights, QList<quint64>({1, 2, 3}));
}

void TestSimulatedModel::splitMemory()
{
    QString error;
    const std::optional<BackendMemory> memory =
        model().memoryFor(request(QStringLiteral("2[ID:GPU-a Layers:2(0..1)]")), devices(), &error);
    QVERIFY2(memory, qPrintable(error));
    QCOMPARE(memory->inputWeights, quint64(7));
    QCOMPARE(memory->gpus.size(), 2);
    const DeviceMemory &a = memory->gpus[0];
    QCOMPARE(a.deviceId, (DeviceId{QStringLiteral("GPU-a"), QStringLiteral("CUDA")}));
    QCOMPARE(a.name, QStringLiteral("CUDA0"));
    QCOMPARE(a.weights, QList<quint64>({10, 20, 0}));
    QCOMPARE(a.cache, QList<quint64>({20, 20, 0}));
    QCOMPARE(a.graph, quint64(100));
    // A device without layers gets zeros and no graph.
    const DeviceMemory &b = memory->gpus[1];
    QCOMPARE(b.weights, QList<quint64>({0, 0, 0}));
    QCOMPARE(b.graph, quint64(0));
    QCOMPARE(memory->cpu.name, QStringLiteral("CPU"));
    QCOMPARE(memory->cpu.weights, QList<quint64>({0, 0, 30}));
    QCOMPARE(memory->cpu.cache, QList<quint64>({0, 0, 20}));
    QCOMPARE(memory->cpu.graph, quint64(50));

    // Everything on GPUs: no CPU graph.
    const std::optional<BackendMemory> full =
        model().memoryFor(request(QStringLiteral("3[ID:GPU-a Layers:3(0..2)]")), devices(), &error);
    QVERIFY(full);
    QCOMPARE(full->cpu.graph, quint64(0));
    QCOMPARE(full->cpu.weightsTotal(), quint64(0));
}

void TestSimulatedModel::cacheTypes_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("flashAttention");
    QTest::addColumn<quint64>("perLayer");
    QTest::newRow("default") << QString() << false << quint64(20);
    QTest::newRow("f16") << QStringLiteral("f16") << true << quint64(20);
    QTest::newRow("q8_0") << QStringLiteral("q8_0") << true << quint64(20 * 34 / 64);
    QTest::newRow("q4_0") << QStringLiteral("q4_0") << true << quint64(20 * 18 / 64);
    QTest::newRow("q8_0 without flash attention") << QStringLiteral("q8_0") << false << quint64(20);
}

void TestSimulatedModel::cacheTypes()
{
    QFETCH(QString, type);
    QFETCH(bool, flashAttention);
    QFETCH(quint64, perLayer);
    LoadRequest r = request(QStringLiteral("1[ID:GPU-a Layers:1(0..0)]"));
    r.kvCacheType = type;
    r.flashAttention = flashAttention;
    const std::optional<BackendMemory> memory = model().memoryFor(r, devices(), nullptr);
    QVERIFY(memory);
    QCOMPARE(memory->gpus[0].cache[0], perLayer);
    QCOMPARE(memory->cpu.cache[1], perLayer);
}

void TestSimulatedModel::graphScalesWithBatch()
{
    LoadRequest r = request(QStringLiteral("1[ID:GPU-a Layers:1(0..0)]"));
    r.batchSize = 1024;
    const std::optional<BackendMemory> memory = model().memoryFor(r, devices(), nullptr);
    QVERIFY(memory);
    QCOMPARE(memory->gpus[0].graph, quint64(200));
    QCOMPARE(memory->cpu.graph, quint64(100));
}

void TestSimulatedModel::fits()
{
    const QList<DeviceInfo> list = devices();
    const std::optional<BackendMemory> onA =
        model().memoryFor(request(QStringLiteral("2[ID:GPU-a Layers:2(0..1)]")), list, nullptr);
    QVERIFY(SimulatedModel::fits(*onA, list));
    // Layer 2 on B needs 30 + 20 + a graph of 100 > 60 free.
    const std::optional<BackendMemory> onB = model().memoryFor(
        request(QStringLiteral("3[ID:GPU-a Layers:2(0..1) ID:GPU-b Layers:1(2..2)]")), list,
        nullptr);
    QVERIFY(onB);
    QCOMPARE(onB->gpus[1].size(), quint64(150));
    QVERIFY(!SimulatedModel::fits(*onB, list));
}

void TestSimulatedModel::refusals_data()
{
    QTest::addColumn<QString>("notation");
    QTest::addColumn<QString>("cacheType");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown device") << QStringLiteral("1[ID:GPU-z Layers:1(0..0)]") << QString()
                                    << QStringLiteral("no device ID:GPU-z on this runner");
    QTest::newRow("out of range") << QStringLiteral("1[ID:GPU-a Layers:1(3..3)]") << QString()
                                  << QStringLiteral(
                                         "layer 3 is out of range: the model has 3 layers");
    QTest::newRow("unknown cache type")
        << QStringLiteral("1[ID:GPU-a Layers:1(0..0)]") << QStringLiteral("q5_1")
        << QStringLiteral("unsupported cache type 'q5_1' (f16, q8_0, q4_0)");
}

void TestSimulatedModel::refusals()
{
    QFETCH(QString, notation);
    QFETCH(QString, cacheType);
    QFETCH(QString, message);
    LoadRequest r = request(notation);
    r.kvCacheType = cacheType;
    r.flashAttention = true;
    QString error;
    QVERIFY(!model().memoryFor(r, devices(), &error));
    QCOMPARE(error, message);
}

void TestSimulatedModel::refusesOtherLibraryAndDoubles()
{
    QString error;
    // A library that does not match the device's is another device.
    LoadRequest wrongLibrary = request(QStringLiteral("1[ID:GPU-a Layers:1(0..0)]"));
    wrongLibrary.gpuLayers.groups[0].deviceId.library = QStringLiteral("ROCm");
    QVERIFY(!model().memoryFor(wrongLibrary, devices(), &error));
    QCOMPARE(error, QStringLiteral("no device ID:GPU-a (ROCm) on this runner"));

    // The same layer on two devices.
    LoadRequest twice = request(QStringLiteral("1[ID:GPU-a Layers:1(0..0)]"));
    twice.gpuLayers.groups.append(GpuLayers{{QStringLiteral("GPU-b"), QString()}, {0}});
    QVERIFY(!model().memoryFor(twice, devices(), &error));
    QCOMPARE(error, QStringLiteral("layer 0 is assigned twice"));
}

QTEST_GUILESS_MAIN(TestSimulatedModel)
#include "tst_simulatedmodel.moc"
