#include "layersplit.h"

#include <QTest>

using namespace vramscope;

namespace {

DeviceInfo device(const QString &id, const QString &library = QStringLiteral("CUDA"))
{
    DeviceInfo info;
    info.deviceId = {id, library};
    info.name = library + id;
    return info;
}

// Two CUDA GPUs "0" and "1", as most ollama logs name them.
const QList<DeviceInfo> twoGpus{device(QStringLiteral("0")), device(QStringLiteral("1"))};

} // namespace

class TestLayerSplit : public QObject
{
    Q_OBJECT

private slots:
    void startsOnTheCpu();
    void assignKeepsListOrder();
    void emptiedDeviceLeavesTheList();
    void setLayersOfFreesTheRest();
    void resize();
    void remapped();
    void fromGpuLayers_data();
    void fromGpuLayers();
    void fromGpuLayersKeepsEmptyGroups();
    void fromGpuLayersErrors_data();
    void fromGpuLayersErrors();
    void layerOnTwoDevices();
};

void TestLayerSplit::startsOnTheCpu()
{
    const LayerSplit split(3);
    QCOMPARE(split.layerCount(), 3);
    QCOMPARE(split.owners(), (QList<int>{LayerSplit::Cpu, LayerSplit::Cpu, LayerSplit::Cpu}));
    QVERIFY(split.order().isEmpty());
    QCOMPARE(split.gpuLayerCount(), 0);
    QCOMPARE(split.toGpuLayers(twoGpus).toString(), QStringLiteral("[]"));
    QCOMPARE(LayerSplit(-4).layerCount(), 0);
}

void TestLayerSplit::assignKeepsListOrder()
{
    LayerSplit split(6);
    // Device 1 gets layers first, so it leads ollama's list.
    split.assign({0, 1, 2}, 1);
    split.assign({3, 4}, 0);
    QCOMPARE(split.order(), (QList<int>{1, 0}));
    QCOMPARE(split.layersOn(1), (QList<int>{0, 1, 2}));
    QCOMPARE(split.layersOn(LayerSplit::Cpu), (QList<int>{5}));
    QCOMPARE(split.gpuLayerCount(), 5);
    QCOMPARE(split.toGpuLayers(twoGpus).toString(),
             QStringLiteral("5[ID:1 Layers:3(0..2) ID:0 Layers:2(3..4)]"));
    // Layers outside the model are skipped.
    split.assign({-1, 6, 99}, 0);
    QCOMPARE(split.layersOn(0), (QList<int>{3, 4}));
}

void TestLayerSplit::emptiedDeviceLeavesTheList()
{
    LayerSplit split(6);
    split.assign({0, 1, 2}, 1);
    split.assign({3, 4}, 0);
    split.assign({0, 1, 2}, LayerSplit::Cpu);
    QCOMPARE(split.order(), (QList<int>{0}));
    QCOMPARE(split.toGpuLayers(twoGpus).toString(), QStringLiteral("2[ID:0 Layers:2(3..4)]"));
    // Moving everything from 0 to 1 swaps the list's only group.
    split.assign({3, 4}, 1);
    QCOMPARE(split.order(), (QList<int>{1}));
}

void TestLayerSplit::setLayersOfFreesTheRest()
{
    LayerSplit split(6);
    split.assign({0, 1, 2, 3}, 0);
    split.setLayersOf(0, {0, 2, 5});
    QCOMPARE(split.owners(),
             (QList<int>{0, LayerSplit::Cpu, 0, LayerSplit::Cpu, LayerSplit::Cpu, 0}));
    // Not a run: ollama lists the layers.
    QCOMPARE(split.toGpuLayers(twoGpus).toString(), QStringLiteral("3[ID:0 Layers:3[0 2 5]]"));
    split.setLayersOf(0, {});
    QVERIFY(split.order().isEmpty());
    QCOMPARE(split, LayerSplit(6));
}

void TestLayerSplit::resize()
{
    LayerSplit split(4);
    split.assign({2, 3}, 1);
    split.assign({0}, 0);
    split.resize(6);
    QCOMPARE(split.owners(),
             (QList<int>{0, LayerSplit::Cpu, 1, 1, LayerSplit::Cpu, LayerSplit::Cpu}));
    split.resize(2);
    // Device 1 lost its layers with the end of the model.
    QCOMPARE(split.owners(), (QList<int>{0, LayerSplit::Cpu}));
    QCOMPARE(split.order(), (QList<int>{0}));
}

void TestLayerSplit::remapped()
{
    LayerSplit split(4);
    split.assign({0, 1}, 0);
    split.assign({2}, 1);
    // Device 0 moved to index 1; device 1 is gone.
    const LayerSplit moved = split.remapped({1, LayerSplit::Cpu});
    QCOMPARE(moved.owners(), (QList<int>{1, 1, LayerSplit::Cpu, LayerSplit::Cpu}));
    QCOMPARE(moved.order(), (QList<int>{1}));
}

void TestLayerSplit::fromGpuLayers_data()
{
    QTest::addColumn<QList<DeviceInfo>>("devices");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("owners");
    QTest::addColumn<QList<int>>("order");

    QTest::newRow("pasted ids find their library")
        << twoGpus << QStringLiteral("3[ID:1 Layers:1(0..0) ID:0 Layers:2(1..2)]")
        << QList<int>{1, 0, 0, LayerSplit::Cpu} << QList<int>{1, 0};
    // "0" is a CUDA and a Vulkan device; "GPU-a" is only CUDA, so both
    // groups are CUDA's, as ollama plans within one library.
    const QList<DeviceInfo> shared{device(QStringLiteral("0"), QStringLiteral("Vulkan")),
                                   device(QStringLiteral("0")), device(QStringLiteral("GPU-a"))};
    QTest::newRow("a shared id takes the others' library")
        << shared << QStringLiteral("3[ID:0 Layers:1(0..0) ID:GPU-a Layers:2(1..2)]")
        << QList<int>{1, 2, 2, LayerSplit::Cpu} << QList<int>{1, 2};
    QTest::newRow("log line") << twoGpus
                              << QStringLiteral("time=... msg=\"load\" request=\"{Operation:fit "
                                                "GPULayers:2[ID:0 Layers:2[1 3]] MainGPU:0}\"")
                              << QList<int>{LayerSplit::Cpu, 0, LayerSplit::Cpu, 0}
                              << QList<int>{0};
    QTest::newRow("empty list") << twoGpus << QStringLiteral("[]") << QList<int>(4, LayerSplit::Cpu)
                                << QList<int>{};
}

void TestLayerSplit::fromGpuLayers()
{
    QFETCH(QList<DeviceInfo>, devices);
    QFETCH(QString, text);
    QFETCH(QList<int>, owners);
    QFETCH(QList<int>, order);

    QString error;
    const std::optional<GpuLayersList> list = GpuLayersList::fromString(text, &error);
    QVERIFY2(list, qPrintable(error));
    const std::optional<LayerSplit> split = LayerSplit::fromGpuLayers(*list, devices, 4, &error);
    QVERIFY2(split, qPrintable(error));
    QCOMPARE(split->owners(), owners);
    QCOMPARE(split->order(), order);
}

void TestLayerSplit::fromGpuLayersKeepsEmptyGroups()
{
    // ollama's planner can list a GPU it put nothing on; its text keeps the
    // empty group's space, and so does the split's.
    const QString text = QStringLiteral("1[ID:1 Layers:1(1..1) ]");
    QString error;
    const std::optional<GpuLayersList> list = GpuLayersList::fromString(text, &error);
    QVERIFY2(list, qPrintable(error));
    GpuLayersList withLibraries = *list;
    withLibraries.groups[0].deviceId.library = QStringLiteral("CUDA");
    withLibraries.groups[1].deviceId = {QStringLiteral("0"), QStringLiteral("CUDA")};
    const std::optional<LayerSplit> split =
        LayerSplit::fromGpuLayers(withLibraries, twoGpus, 2, &error);
    QVERIFY2(split, qPrintable(error));
    QCOMPARE(split->order(), (QList<int>{1, 0}));
    QCOMPARE(split->toGpuLayers(twoGpus).toString(), text);
}

void TestLayerSplit::fromGpuLayersErrors_data()
{
    QTest::addColumn<QList<DeviceInfo>>("devices");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");

    QTest::newRow("unknown id") << twoGpus << QStringLiteral("1[ID:7 Layers:1(0..0)]")
                                << QStringLiteral("ID:7 is not one of the devices");
    QTest::newRow("past the model") << twoGpus << QStringLiteral("1[ID:0 Layers:1(4..4)]")
                                    << QStringLiteral("layer 4 is past the model's last layer (3)");
    QTest::newRow("device twice") << twoGpus
                                  << QStringLiteral("2[ID:0 Layers:1(0..0) ID:0 Layers:1(1..1)]")
                                  << QStringLiteral("ID:0 appears in two groups");
    const QList<DeviceInfo> shared{device(QStringLiteral("0"), QStringLiteral("Vulkan")),
                                   device(QStringLiteral("0"))};
    QTest::newRow("ambiguous id") << shared << QStringLiteral("1[ID:0 Layers:1(0..0)]")
                                  << QStringLiteral(
                                         "ID:0 could be the device of Vulkan, CUDA; the text "
                                         "does not say which");
}

void TestLayerSplit::fromGpuLayersErrors()
{
    QFETCH(QList<DeviceInfo>, devices);
    QFETCH(QString, text);
    QFETCH(QString, error);

    QString parseError;
    const std::optional<GpuLayersList> list = GpuLayersList::fromString(text, &parseError);
    QVERIFY2(list, qPrintable(parseError));
    QString message;
    QVERIFY(!LayerSplit::fromGpuLayers(*list, devices, 4, &message));
    QCOMPARE(message, error);
}

void TestLayerSplit::layerOnTwoDevices()
{
    // fromString() already refuses this; a list built elsewhere (a plan
    // file) is checked again.
    GpuLayersList list;
    list.groups = {{{QStringLiteral("0"), QStringLiteral("CUDA")}, {0, 1}},
                   {{QStringLiteral("1"), QStringLiteral("CUDA")}, {1}}};
    QString message;
    QVERIFY(!LayerSplit::fromGpuLayers(list, twoGpus, 4, &message));
    QCOMPARE(message, QStringLiteral("layer 1 is on two devices"));
    QVERIFY(!LayerSplit::fromGpuLayers(list, twoGpus, 0, &message));
    QCOMPARE(message, QStringLiteral("layer 0 is past the model: it has no layers"));
}

QTEST_GUILESS_MAIN(TestLayerSplit)
#include "tst_layersplit.moc"
