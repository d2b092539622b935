#include "layerassignmentmodel.h"

#include "wireformat.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace vramscope;

namespace {

// tests/data/info_cuda.json and memory_2gpu.json: two CUDA GPUs and a
// 33-layer model. Summed over the report's entries, layers 0..31 weigh
// 208 MiB and cache 32 MiB each; layer 32 (the output) weighs 501 MiB.
const QString Gpu0 = QStringLiteral("GPU-3f1c9a2e-6b1d-4c2f-9e0a-5d7b8c1e2f30");
const QString Gpu1 = QStringLiteral("GPU-8d2e4f60-1a3b-4c5d-8e7f-9a0b1c2d3e4f");
constexpr quint64 MiB = 1024 * 1024;

QByteArray readData(const char *name)
{
    QFile file(QStringLiteral(VRAMSCOPE_TEST_DATA "/") + QLatin1StringView(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", name);
    return file.readAll();
}

QList<DeviceInfo> twoGpus()
{
    return *WireFormat::readDeviceInfoList(readData("info_cuda.json"), nullptr);
}

BackendMemory report()
{
    return *WireFormat::readBackendMemory(readData("memory_2gpu.json"), nullptr);
}

SystemInfo system()
{
    return *WireFormat::readSystemInfo(readData("system.json"), nullptr);
}

QList<int> range(int first, int last)
{
    QList<int> layers;
    for (int layer = first; layer <= last; ++layer)
        layers.append(layer);
    return layers;
}

// A model with both GPUs, the report and the system loaded.
void load(LayerAssignmentModel &model)
{
    model.setDevices(twoGpus());
    QVERIFY(model.setMemory(report(), nullptr));
    model.setSystem(system());
}

} // namespace

class TestLayerAssignmentModel : public QObject
{
    Q_OBJECT

private slots:
    void startsEmpty();
    void rowsAndColumns();
    void editsGiveOllamasText();
    void undoRedoRestoresExactly();
    void layerOnTwoDevicesIsRefused();
    void outOfRangeIsRefused();
    void paste();
    void pasteErrors();
    void setDataAssigns();
    void fitFollowsEdits();
    void planLikeOllama();
    void planNeedsAReport();
    void layerCountWithoutReport();
    void pollWithSameDevicesKeepsHistory();
    void otherDevicesRemapAndClearHistory();
    void newReportKeepsHistoryWhenCountStays();
    void oneSignalPerChangedSpan();
    void underModelTester();
};

void TestLayerAssignmentModel::startsEmpty()
{
    LayerAssignmentModel model;
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.gpuLayers().toString(), QStringLiteral("[]"));
    // FNV-1a 64 of nothing: the offset basis.
    QCOMPARE(model.gpuLayers().hashHex(), QStringLiteral("cbf29ce484222325"));
    QCOMPARE(model.undoStack()->count(), 0);
}

void TestLayerAssignmentModel::rowsAndColumns()
{
    LayerAssignmentModel model;
    load(model);
    QCOMPARE(model.rowCount(), 33);
    QCOMPARE(model.columnCount(), int(LayerAssignmentModel::ColumnCount));
    QCOMPARE(model.data(model.index(5, LayerAssignmentModel::LayerColumn)).toInt(), 5);
    QCOMPARE(model.data(model.index(5, LayerAssignmentModel::DeviceColumn)).toString(),
             QStringLiteral("CPU"));
    QCOMPARE(model.data(model.index(5, LayerAssignmentModel::WeightsColumn)).toULongLong(),
             208 * MiB);
    QCOMPARE(model.data(model.index(5, LayerAssignmentModel::CacheColumn)).toULongLong(), 32 * MiB);
    QCOMPARE(model.data(model.index(5, LayerAssignmentModel::SizeColumn)).toULongLong(), 240 * MiB);
    QCOMPARE(model.data(model.index(32, LayerAssignmentModel::SizeColumn)).toULongLong(),
             quint64(525336576));
    QCOMPARE(model.data(model.index(5, 0), LayerAssignmentModel::DeviceIndexRole).toInt(),
             LayerSplit::Cpu);
    QCOMPARE(model.headerData(LayerAssignmentModel::CacheColumn, Qt::Horizontal).toString(),
             QStringLiteral("KV cache"));
    QVERIFY(model.flags(model.index(0, LayerAssignmentModel::DeviceColumn)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(0, LayerAssignmentModel::LayerColumn)) & Qt::ItemIsEditable));
}

void TestLayerAssignmentModel::editsGiveOllamasText()
{
    LayerAssignmentModel model;
    load(model);
    QString error;
    QVERIFY2(model.assign(range(0, 19), 0, &error), qPrintable(error));
    QVERIFY2(model.assign(range(20, 32), 1, &error), qPrintable(error));
    // A run per GPU: ollama prints count(first..last), the total in front.
    QCOMPARE(model.gpuLayers().toString(),
             u"33[ID:" + Gpu0 + u" Layers:20(0..19) ID:" + Gpu1 + u" Layers:13(20..32)]");
    QCOMPARE(model.gpuLayers().sum(), 33);
    // FNV-1a 64 over Gpu0 + "CUDA" + 0..19 and Gpu1 + "CUDA" + 20..32 as
    // little-endian int64, computed with a separate Python script.
    QCOMPARE(model.gpuLayers().hashHex(), QStringLiteral("dad11e0330a4ef68"));

    // Typing "20-31" into GPU 1's field hands layer 32 back to the CPU.
    QVERIFY2(model.setDeviceLayers(1, QStringLiteral("20-31"), &error), qPrintable(error));
    QCOMPARE(model.gpuLayers().toString(),
             u"32[ID:" + Gpu0 + u" Layers:20(0..19) ID:" + Gpu1 + u" Layers:12(20..31)]");
    QCOMPARE(model.gpuLayers().hashHex(), QStringLiteral("41e6e73472289248"));
    QCOMPARE(model.data(model.index(32, LayerAssignmentModel::DeviceColumn)).toString(),
             QStringLiteral("CPU"));
    QCOMPARE(model.data(model.index(31, LayerAssignmentModel::DeviceColumn)).toString(),
             QStringLiteral("CUDA1"));
    QCOMPARE(model.undoStack()->count(), 3);
    QCOMPARE(model.undoStack()->undoText(), QStringLiteral("Set the layers of CUDA1 to 20-31"));
}

void TestLayerAssignmentModel::undoRedoRestoresExactly()
{
    LayerAssignmentModel model;
    load(model);
    QList<LayerSplit> states{model.split()};
    QList<QString> texts{model.gpuLayers().toString()};
    QVERIFY(model.assign(range(0, 19), 0, nullptr));
    states.append(model.split());
    texts.append(model.gpuLayers().toString());
    QVERIFY(model.assign(range(10, 32), 1, nullptr));
    states.append(model.split());
    texts.append(model.gpuLayers().toString());
    QVERIFY(model.setDeviceLayers(0, QStringLiteral("0-4, 7"), nullptr));
    states.append(model.split());
    texts.append(model.gpuLayers().toString());
    QVERIFY(model.pasteGpuLayers(u"GPULayers:2[ID:" + Gpu1 + u" Layers:2[3 7]]", nullptr));
    states.append(model.split());
    texts.append(model.gpuLayers().toString());

    QUndoStack *stack = model.undoStack();
    QCOMPARE(stack->count(), 4);
    for (int i = states.size() - 2; i >= 0; --i) {
        stack->undo();
        QCOMPARE(model.split(), states[i]);
        QCOMPARE(model.gpuLayers().toString(), texts[i]);
    }
    QCOMPARE(model.gpuLayers().hashHex(), QStringLiteral("cbf29ce484222325"));
    for (int i = 1; i < states.size(); ++i) {
        stack->redo();
        QCOMPARE(model.split(), states[i]);
        QCOMPARE(model.gpuLayers().toString(), texts[i]);
    }
}

void TestLayerAssignmentModel::layerOnTwoDevicesIsRefused()
{
    LayerAssignmentModel model;
    load(model);
    QVERIFY(model.assign(range(0, 19), 0, nullptr));
    QVERIFY(model.assign(range(20, 32), 1, nullptr));
    const LayerSplit before = model.split();
    QString error;
    QVERIFY(!model.setDeviceLayers(0, QStringLiteral("0-19, 25"), &error));
    QCOMPARE(error, QStringLiteral("Layer 25 is on CUDA1 already; a layer goes on one device "
                                   "only. Take it off there first, or drag it over."));
    QVERIFY(!model.setDeviceLayers(0, QStringLiteral("18-22, 30"), &error));
    QCOMPARE(error, QStringLiteral("Layers 20-22, 30 are on CUDA1 already; a layer goes on one "
                                   "device only. Take them off there first, or drag them over."));
    QCOMPARE(model.split(), before);
    QCOMPARE(model.undoStack()->count(), 2);
}

void TestLayerAssignmentModel::outOfRangeIsRefused()
{
    LayerAssignmentModel model;
    load(model);
    QString error;
    QVERIFY(!model.setDeviceLayers(0, QStringLiteral("30-33"), &error));
    QCOMPARE(error, QStringLiteral("Not a set of layers: layer 33 is past the model's last layer "
                                   "(32)."));
    QVERIFY(!model.setDeviceLayers(0, QStringLiteral("5-x"), &error));
    QCOMPARE(error, QStringLiteral("Not a set of layers: 'x' is not a layer number."));
    QVERIFY(!model.assign({33}, 0, &error));
    QCOMPARE(error, QStringLiteral("Layer 33 is not in the model (layers 0 to 32)."));
    QVERIFY(!model.assign({1}, 2, &error));
    QCOMPARE(error, QStringLiteral("There is no device 2: the devices are numbered 0 to 1."));
    QVERIFY(!model.assign({}, 0, &error));
    QCOMPARE(error, QStringLiteral("No layers are selected."));
    QCOMPARE(model.undoStack()->count(), 0);
    QCOMPARE(model.gpuLayers().toString(), QStringLiteral("[]"));
}

void TestLayerAssignmentModel::paste()
{
    LayerAssignmentModel model;
    load(model);
    // A line of ollama's log; the notation has no library, the id finds it.
    const QString line = u"time=2025-11-02T10:00:00Z level=INFO source=server.go:215 msg=\"load\" "
                         u"request=\"{Operation:commit GPULayers:2[ID:" +
                         Gpu1 + u" Layers:2[3 7]] MultiUserCache:false}\"";
    QString error;
    QVERIFY2(model.pasteGpuLayers(line, &error), qPrintable(error));
    QCOMPARE(model.gpuLayers().toString(), u"2[ID:" + Gpu1 + u" Layers:2[3 7]]");
    QCOMPARE(model.gpuLayers().groups.first().deviceId.library, QStringLiteral("CUDA"));
    // Python: FNV-1a 64 of Gpu1 + "CUDA" + int64 3 and 7.
    QCOMPARE(model.gpuLayers().hashHex(), QStringLiteral("42f2d622c0e92eb5"));
    QCOMPARE(model.undoStack()->count(), 1);
}

void TestLayerAssignmentModel::pasteErrors()
{
    LayerAssignmentModel model;
    load(model);
    QString error;
    QVERIFY(
        !model.pasteGpuLayers(QStringLiteral("GPULayers:1[ID:GPU-nope Layers:1(0..0)]"), &error));
    QCOMPARE(error, QStringLiteral("ID:GPU-nope is not one of the devices"));
    QVERIFY(!model.pasteGpuLayers(u"1[ID:" + Gpu0 + u" Layers:1(40..40)]", &error));
    QCOMPARE(error, QStringLiteral("layer 40 is past the model's last layer (32)"));
    QVERIFY(!model.pasteGpuLayers(QStringLiteral("hello"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("Not a GPULayers list: column 1: ")),
             qPrintable(error));
    QCOMPARE(model.undoStack()->count(), 0);
}

void TestLayerAssignmentModel::setDataAssigns()
{
    LayerAssignmentModel model;
    load(model);
    QVERIFY(model.setData(model.index(4, LayerAssignmentModel::DeviceColumn), 1));
    QCOMPARE(model.gpuLayers().toString(), u"1[ID:" + Gpu1 + u" Layers:1(4..4)]");
    QVERIFY(!model.setData(model.index(4, LayerAssignmentModel::DeviceColumn), 7));
    QVERIFY(!model.setData(model.index(4, LayerAssignmentModel::LayerColumn), 0));
    QCOMPARE(model.undoStack()->count(), 1);
}

void TestLayerAssignmentModel::fitFollowsEdits()
{
    LayerAssignmentModel model;
    load(model);
    QSignalSpy fitChanged(&model, &LayerAssignmentModel::fitChanged);
    QVERIFY(model.assign(range(0, 19), 0, nullptr));
    QVERIFY(model.assign(range(20, 32), 1, nullptr));
    QCOMPARE(fitChanged.count(), 2);
    const SplitFit &fit = model.fit();
    // GPU 0: 20 x (208 + 32) MiB = 4800 MiB + its graph 288 MiB.
    QCOMPARE(fit.devices[0].need(), 5088 * MiB);
    // Room: free 24855248896 - 457 MiB.
    QCOMPARE(fit.devices[0].room, quint64(24855248896) - 457 * MiB);
    // GPU 1: 12 x 240 MiB + 501 MiB (525336576) + graph 144 MiB.
    QCOMPARE(fit.devices[1].need(), 2880 * MiB + 525336576 + 144 * MiB);
    // CPU: only the input weights (525336576); its graph is 0.
    QCOMPARE(fit.cpu.need(), quint64(525336576));
    QVERIFY(fit.fits());
    // A GPU overhead of 24 GiB leaves GPU 0 no room: short by all it needs.
    LayoutSettings settings;
    settings.gpuOverhead = 24 * 1024 * MiB;
    model.setSettings(settings);
    QCOMPARE(model.fit().devices[0].room, quint64(0));
    QCOMPARE(model.fit().devices[0].shortfall(), 5088 * MiB);
}

void TestLayerAssignmentModel::planLikeOllama()
{
    LayerAssignmentModel model;
    load(model);
    QString error;
    const std::optional<LayoutPlan> plan = model.planLikeOllama(&error);
    QVERIFY2(plan, qPrintable(error));
    // Worked by hand from PROTOCOL.md section 6: GPU 1 has more free memory
    // and goes first; both hold a graph, so both are used from the start.
    // Room for layers: GPU 1 25054822400 - 457 MiB - 144 MiB = 24424628224,
    // GPU 0 24855248896 - 457 MiB - 288 MiB = 24074059776. The smallest
    // capacity factor placing all 33 puts k+1 layers from the end on GPU 0
    // (the last device) and the rest on GPU 1; k = 15 needs the least:
    // max((501 MiB + 15 x 240 MiB) / 24074059776,
    //     17 x 240 MiB / 24424628224) = 0.17862, against 0.18546 for k = 14
    // and 0.18908 for k = 16.
    QCOMPARE(model.gpuLayers().toString(),
             u"33[ID:" + Gpu1 + u" Layers:17(0..16) ID:" + Gpu0 + u" Layers:16(17..32)]");
    QCOMPARE(model.gpuLayers().hashHex(), QStringLiteral("008b81e380215b70"));
    QCOMPARE(plan->gpuLayers, model.gpuLayers());
    QVERIFY(!plan->refused());
    QCOMPARE(model.undoStack()->undoText(), QStringLiteral("Plan like ollama"));
    // The same plan again changes nothing and adds no step.
    QVERIFY(model.planLikeOllama(&error));
    QCOMPARE(model.undoStack()->count(), 1);
}

void TestLayerAssignmentModel::planNeedsAReport()
{
    LayerAssignmentModel model;
    model.setDevices(twoGpus());
    QString error;
    QVERIFY(!model.planLikeOllama(&error));
    QCOMPARE(error, QStringLiteral("ollama plans from a runner's memory report: open one, or fit "
                                   "on a runner first."));
}

void TestLayerAssignmentModel::layerCountWithoutReport()
{
    LayerAssignmentModel model;
    model.setDevices(twoGpus());
    QString error;
    QVERIFY2(model.setLayerCount(8, &error), qPrintable(error));
    QCOMPARE(model.rowCount(), 8);
    QVERIFY(model.assign(range(4, 7), 1, nullptr));
    // A pasted split past the count raises it: nothing says otherwise yet.
    QVERIFY2(model.pasteGpuLayers(u"2[ID:" + Gpu0 + u" Layers:2(10..11)]", &error),
             qPrintable(error));
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(model.undoStack()->count(), 3);
    model.undoStack()->undo();
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.gpuLayers().toString(), u"4[ID:" + Gpu1 + u" Layers:4(4..7)]");
    QVERIFY(!model.setLayerCount(-1, &error));
    // A report fixes the count (33) and restarts the history.
    QVERIFY(model.setMemory(report(), &error));
    QCOMPARE(model.rowCount(), 33);
    QCOMPARE(model.undoStack()->count(), 0);
    QCOMPARE(model.gpuLayers().toString(), u"4[ID:" + Gpu1 + u" Layers:4(4..7)]");
    QVERIFY(!model.setLayerCount(40, &error));
    QCOMPARE(error, QStringLiteral("The memory report fixes the layer count at 33."));
}

void TestLayerAssignmentModel::pollWithSameDevicesKeepsHistory()
{
    LayerAssignmentModel model;
    load(model);
    QVERIFY(model.assign(range(0, 9), 0, nullptr));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // A poll: the same GPUs with 1 GiB less free on GPU 0.
    QList<DeviceInfo> polled = twoGpus();
    polled[0].freeMemory -= 1024 * MiB;
    model.setDevices(polled);
    QCOMPARE(model.undoStack()->count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.fit().devices[0].room, quint64(24855248896) - 1024 * MiB - 457 * MiB);
}

void TestLayerAssignmentModel::otherDevicesRemapAndClearHistory()
{
    LayerAssignmentModel model;
    load(model);
    QVERIFY(model.assign(range(0, 9), 0, nullptr));
    QVERIFY(model.assign(range(10, 19), 1, nullptr));
    // The runner now lists GPU 1 first and GPU 0 not at all.
    model.setDevices({twoGpus()[1]});
    QCOMPARE(model.undoStack()->count(), 0);
    QCOMPARE(model.gpuLayers().toString(), u"10[ID:" + Gpu1 + u" Layers:10(10..19)]");
    QCOMPARE(model.data(model.index(3, LayerAssignmentModel::DeviceColumn)).toString(),
             QStringLiteral("CPU"));
}

void TestLayerAssignmentModel::newReportKeepsHistoryWhenCountStays()
{
    LayerAssignmentModel model;
    load(model);
    QVERIFY(model.assign(range(0, 9), 0, nullptr));
    BackendMemory measured = report();
    measured.cpu.cache[0] = 100 * MiB;
    QVERIFY(model.setMemory(measured, nullptr));
    QCOMPARE(model.undoStack()->count(), 1);
    QCOMPARE(model.data(model.index(0, LayerAssignmentModel::CacheColumn)).toULongLong(),
             132 * MiB);
}

void TestLayerAssignmentModel::oneSignalPerChangedSpan()
{
    LayerAssignmentModel model;
    load(model);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(model.assign({3, 4, 5, 9}, 0, nullptr));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed[0][0].toModelIndex().row(), 3);
    QCOMPARE(changed[0][1].toModelIndex().row(), 5);
    QCOMPARE(changed[0][1].toModelIndex().column(), LayerAssignmentModel::ColumnCount - 1);
    QCOMPARE(changed[1][0].toModelIndex().row(), 9);
    QCOMPARE(changed[1][1].toModelIndex().row(), 9);
    QCOMPARE(reset.count(), 0);
}

void TestLayerAssignmentModel::underModelTester()
{
    LayerAssignmentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDevices(twoGpus());
    QVERIFY(model.setLayerCount(6, nullptr));
    QVERIFY(model.assign({1, 2}, 0, nullptr));
    QVERIFY(model.setLayerCount(3, nullptr));
    QVERIFY(model.setMemory(report(), nullptr));
    QVERIFY(model.assign(range(0, 19), 0, nullptr));
    QVERIFY(model.setDeviceLayers(1, QStringLiteral("20-32"), nullptr));
    QVERIFY(model.planLikeOllama(nullptr));
    model.undoStack()->undo();
    model.undoStack()->undo();
    model.undoStack()->redo();
    model.setDevices({twoGpus()[1], twoGpus()[0]});
    QVERIFY(model.setMemory(std::nullopt, nullptr));
    QVERIFY(model.setLayerCount(0, nullptr));
    QVERIFY(
        model.reset(twoGpus(), report(), system(), LayoutSettings(), 33, GpuLayersList(), nullptr));
    QCOMPARE(model.rowCount(), 33);
}

QTEST_GUILESS_MAIN(TestLayerAssignmentModel)
#include "tst_layerassignmentmodel.moc"
