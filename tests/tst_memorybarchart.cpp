#include "devicetablemodel.h"
#include "devicetableproxy.h"
#include "gpuoccupancy.h"
#include "memorybarchart.h"

#include <QHelpEvent>
#include <QLocale>
#include <QTest>
#include <QToolTip>

using namespace vramscope;

namespace {

constexpr quint64 GiB = 1024ULL * 1024 * 1024;
constexpr quint64 MiB = 1024ULL * 1024;
constexpr quint64 Reserve = 457 * MiB;

DeviceInfo gpu(const QString &name, const QString &pciId, quint64 freeMemory)
{
    DeviceInfo device;
    device.deviceId = {u"GPU-" + pciId, QStringLiteral("CUDA")};
    device.name = name;
    device.description = QStringLiteral("RTX 4090");
    device.pciId = pciId;
    device.totalMemory = 24 * GiB;
    device.freeMemory = freeMemory;
    return device;
}

// A split with weights, cache and graph on one GPU.
BackendMemory splitOn(const DeviceInfo &device, quint64 weights, quint64 cache, quint64 graph)
{
    DeviceMemory gpu;
    gpu.deviceId = device.deviceId;
    gpu.weights = {weights};
    gpu.cache = {cache};
    gpu.graph = graph;
    BackendMemory memory;
    memory.gpus = {gpu};
    return memory;
}

// The tooltip the chart shows when hovered at a point; empty for none
// (the chart leaves the event unaccepted).
QString toolTipAt(MemoryBarChart &chart, const QPoint &point)
{
    QHelpEvent event(QEvent::ToolTip, point, chart.mapToGlobal(point));
    QCoreApplication::sendEvent(&chart, &event);
    return event.isAccepted() && QToolTip::isVisible() ? QToolTip::text() : QString();
}

// A chart of one source's GPUs in ollama's order, shown at a given size.
struct Fixture
{
    DeviceTableModel model;
    DeviceTableProxy proxy;
    MemoryBarChart chart{&model, &proxy};

    explicit Fixture(const QList<DeviceInfo> &devices, QSize size = {640, 400})
    {
        proxy.setSourceModel(&model);
        proxy.sortLikeOllama();
        model.setDevices(QStringLiteral("a"), devices);
        chart.resize(size);
        chart.show();
        chart.refresh();
    }
};

} // namespace

class TestMemoryBarChart : public QObject
{
    Q_OBJECT

private slots:
    void pollChangesOnlyThatGpusBar();
    void sameNameOnTwoHostsKeepsBothLabels();
    void splitThatDoesNotFitRunsPastTotal();
    void splitThatFitsEndsAtTotal();
    void residentModelStillFillingStaysWithinTotal();
    void toolTipNamesThePartUnderTheMouse();
    void toolTipOfASplitThatDoesNotFitSaysByHowMuch();
    void thinRowsLabelEveryFewBars();
    void accessibleDescriptionSummarisesTheBars();
    void residentModelsFromTheLogAndOtherPrograms();
};

void TestMemoryBarChart::pollChangesOnlyThatGpusBar()
{
    Fixture f({gpu(QStringLiteral("CUDA0"), QStringLiteral("01"), 20 * GiB),
               gpu(QStringLiteral("CUDA1"), QStringLiteral("02"), 10 * GiB)});
    const QRect firstBefore = f.chart.segmentRect(0, MemoryBarChart::Free);
    const QRect secondBefore = f.chart.segmentRect(1, MemoryBarChart::Free);

    // CUDA1's use grows by 2 GiB: its "other" and "free" change, nothing else.
    f.model.setDevices(QStringLiteral("a"),
                       {gpu(QStringLiteral("CUDA0"), QStringLiteral("01"), 20 * GiB),
                        gpu(QStringLiteral("CUDA1"), QStringLiteral("02"), 8 * GiB)});
    f.chart.refresh();
    // Table order, in GiB: other = used = 24 - free; free = free - 457 MiB
    // reserve (457 / 1024 = 0.446289...).
    QCOMPARE(f.chart.values(MemoryBarChart::OtherUsed), (QList<qreal>{4.0, 16.0}));
    QCOMPARE(f.chart.values(MemoryBarChart::Free),
             (QList<qreal>{20.0 - 457.0 / 1024.0, 8.0 - 457.0 / 1024.0}));
    QCOMPARE(f.chart.values(MemoryBarChart::Reserve),
             (QList<qreal>{457.0 / 1024.0, 457.0 / 1024.0}));
    QCOMPARE(f.chart.values(MemoryBarChart::Weights), (QList<qreal>{0.0, 0.0}));
    QCOMPARE(f.chart.segmentRect(0, MemoryBarChart::Free), firstBefore);
    QVERIFY(f.chart.segmentRect(1, MemoryBarChart::Free).width() < secondBefore.width());
    QCOMPARE(f.chart.segmentRect(1, MemoryBarChart::Free).right(), secondBefore.right());
}

void TestMemoryBarChart::sameNameOnTwoHostsKeepsBothLabels()
{
    DeviceTableModel model;
    DeviceTableProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sortLikeOllama();
    MemoryBarChart chart(&model, &proxy);
    chart.resize(640, 400);
    model.addSource(QStringLiteral("a"), {QStringLiteral("10.0.0.1:8080"), false, true});
    model.addSource(QStringLiteral("b"), {QStringLiteral("10.0.0.2:8080"), false, true});
    model.setDevices(QStringLiteral("a"),
                     {gpu(QStringLiteral("CUDA0"), QStringLiteral("01"), 20 * GiB),
                      gpu(QStringLiteral("CUDA1"), QStringLiteral("02"), 4 * GiB)});
    model.setDevices(QStringLiteral("b"),
                     {gpu(QStringLiteral("CUDA0"), QStringLiteral("03"), 10 * GiB)});
    chart.refresh();
    // Most free first: a's CUDA0 (20 GiB), b's CUDA0 (10), a's CUDA1 (4).
    // Only the two CUDA0 need their host; each bar keeps its own label.
    QCOMPARE(chart.categories(), (QStringList{QStringLiteral("CUDA0 · 10.0.0.1:8080\nRTX 4090"),
                                              QStringLiteral("CUDA0 · 10.0.0.2:8080\nRTX 4090"),
                                              QStringLiteral("CUDA1\nRTX 4090")}));
    QCOMPARE(chart.values(MemoryBarChart::Free).size(), 3);
    for (int bar = 0; bar < 3; ++bar)
        QVERIFY(chart.labelShown(bar));
}

void TestMemoryBarChart::splitThatDoesNotFitRunsPastTotal()
{
    const DeviceInfo device = gpu(QStringLiteral("CUDA0"), QStringLiteral("01"), 10 * GiB);
    Fixture f({device});
    // 12 GiB to come out of 10 GiB free: 2 GiB short, drawn past the total.
    f.model.setMemory(splitOn(device, 10 * GiB, GiB, GiB));
    f.chart.refresh();
    QCOMPARE(f.chart.values(MemoryBarChart::Weights), QList<qreal>{10.0});
    QCOMPARE(f.chart.values(MemoryBarChart::KvCache), QList<qreal>{1.0});
    QCOMPARE(f.chart.values(MemoryBarChart::Graph), QList<qreal>{1.0});
    QCOMPARE(f.chart.values(MemoryBarChart::OtherUsed), QList<qreal>{14.0});
    QCOMPARE(f.chart.values(MemoryBarChart::Reserve), QList<qreal>{0.0});
    QCOMPARE(f.chart.values(MemoryBarChart::Free), QList<qreal>{0.0});
    QVERIFY(f.chart.segmentRect(0, MemoryBarChart::Free).isEmpty());
    const QRect total = f.chart.capacityRect(0);
    const QRect other = f.chart.segmentRect(0, MemoryBarChart::OtherUsed);
    QVERIFY(other.right() > total.right());
    QCOMPARE(f.chart.segmentRect(0, MemoryBarChart::Weights).left(), total.left());
    // 26 of 24 GiB: the bar is 26/24 of the total's length, to a pixel.
    QVERIFY(qAbs((other.right() + 1 - total.left()) - total.width() * 26 / 24) <= 1);
}

void TestMemoryBarChart::splitThatFitsEndsAtTotal()
{
    const DeviceInfo device = gpu(QStringLiteral("CUDA0"), QStringLiteral("01"), 20 * GiB);
    Fixture f({device});
    f.model.setMemory(splitOn(device, 8 * GiB, GiB, 512 * MiB));
    f.chart.refresh();
    // Not resident: the parts come out of free, the bar still ends at 24 GiB.
    QCOMPARE(f.chart.values(MemoryBarChart::OtherUsed), QList<qreal>{4.0});
    QCOMPARE(f.chart.values(MemoryBarChart::Free),
             QList<qreal>{double(20 * GiB - 9 * GiB - 512 * MiB - Reserve) / GiB});
    QCOMPARE(f.chart.segmentRect(0, MemoryBarChart::Free).right(), f.chart.capacityRect(0).right());
}

void TestMemoryBarChart::residentModelStillFillingStaysWithinTotal()
{
    const DeviceInfo device = gpu(QStringLiteral("CUDA0"), QStringLiteral("01"), 19 * GiB);
    Fixture f({device});
    // Resident, 10 GiB of parts, but the GPU shows only 5 GiB used so far:
    // the parts are drawn half full and nothing is "other".
    f.model.setMemory(splitOn(device, 8 * GiB, GiB, GiB));
    f.model.setModelResident(QStringLiteral("a"), true);
    f.chart.refresh();
    QCOMPARE(f.chart.values(MemoryBarChart::Weights), QList<qreal>{4.0});
    QCOMPARE(f.chart.values(MemoryBarChart::KvCache), QList<qreal>{0.5});
    QCOMPARE(f.chart.values(MemoryBarChart::Graph), QList<qreal>{0.5});
    QCOMPARE(f.chart.values(MemoryBarChart::OtherUsed), QList<qreal>{0.0});
    QCOMPARE(f.chart.segmentRect(0, MemoryBarChart::Free).right(), f.chart.capacityRect(0).right());
}

void TestMemoryBarChart::toolTipNamesThePartUnderTheMouse()
{
    Fixture f({gpu(QStringLiteral("CUDA0"), QStringLiteral("01"), 20 * GiB),
               gpu(QStringLiteral("CUDA1"), QStringLiteral("02"), 10 * GiB)});
    const QRect other = f.chart.segmentRect(1, MemoryBarChart::OtherUsed);
    QVERIFY(!other.isEmpty());
    // Anywhere over the part counts, also just above the bar in its row.
    for (const QPoint &point : {other.center(), QPoint(other.center().x(), other.top() - 2)}) {
        const QString tip = toolTipAt(f.chart, point);
        QVERIFY2(tip.startsWith(QStringLiteral("Unaccounted: 14.0 GiB (%1 bytes)\n")
                                    .arg(QLocale().toString(14 * GiB))),
                 qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("CUDA1 — RTX 4090")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("total 24.0 GiB, used 14.0 GiB, free 10.0 GiB")),
                 qPrintable(tip));
    }
    const QRect reserve = f.chart.segmentRect(0, MemoryBarChart::Reserve);
    QVERIFY(toolTipAt(f.chart, reserve.center())
                .startsWith(QStringLiteral("Reserve: 457.0 MiB (%1 bytes)\n")
                                .arg(QLocale().toString(Reserve))));
    const QRect free = f.chart.segmentRect(0, MemoryBarChart::Free);
    QVERIFY(toolTipAt(f.chart, free.center()).startsWith(QStringLiteral("Free: ")));
    // On a bar's row off its parts (by its label): the GPU, no part.
    const QString row =
        toolTipAt(f.chart, QPoint(f.chart.capacityRect(0).left() - 3, free.center().y()));
    QVERIFY2(row.startsWith(QStringLiteral("CUDA0 — RTX 4090\n")), qPrintable(row));
    // Off the bars (the title): none.
    QCOMPARE(toolTipAt(f.chart, QPoint(f.chart.width() / 2, 3)), QString());
}

void TestMemoryBarChart::toolTipOfASplitThatDoesNotFitSaysByHowMuch()
{
    const DeviceInfo device = gpu(QStringLiteral("CUDA0"), QStringLiteral("01"), 10 * GiB);
    Fixture f({device});
    f.model.setMemory(splitOn(device, 10 * GiB, GiB, GiB));
    f.chart.refresh();
    const QString tip = toolTipAt(f.chart, f.chart.segmentRect(0, MemoryBarChart::Graph).center());
    QVERIFY2(tip.startsWith(QStringLiteral("Graph: 1.0 GiB")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Not loaded yet")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("weights 10.0 GiB, KV cache 1.0 GiB, graph 1.0 GiB")),
             qPrintable(tip));
    QVERIFY2(tip.endsWith(QStringLiteral("does not fit: 2.0 GiB short")), qPrintable(tip));
}

void TestMemoryBarChart::thinRowsLabelEveryFewBars()
{
    QList<DeviceInfo> devices;
    for (int i = 0; i < 64; ++i) {
        devices.append(gpu(QStringLiteral("CUDA%1").arg(i), QStringLiteral("%1").arg(i, 2, 16),
                           quint64(i + 1) * GiB / 4));
    }
    Fixture f(devices, {640, 400});
    QCOMPARE(f.chart.categories().size(), 64);
    QVERIFY(f.chart.labelShown(0));
    int shown = 0;
    for (int bar = 0; bar < 64; ++bar)
        shown += f.chart.labelShown(bar) ? 1 : 0;
    // Some, not all: the rows are thinner than a line.
    QVERIFY(shown > 4 && shown < 64);
    // Tall enough, every bar has its label.
    f.chart.resize(640, 64 * 40);
    for (int bar = 0; bar < 64; ++bar)
        QVERIFY(f.chart.labelShown(bar));
    // Each bar has its own row; the last ends above the axis.
    QVERIFY(f.chart.capacityRect(63).top() > f.chart.capacityRect(62).bottom());
}

void TestMemoryBarChart::accessibleDescriptionSummarisesTheBars()
{
    Fixture f({gpu(QStringLiteral("CUDA0"), QStringLiteral("01"), 20 * GiB),
               gpu(QStringLiteral("CUDA1"), QStringLiteral("02"), 10 * GiB)});
    QCOMPARE(f.chart.accessibleName(), QStringLiteral("Memory by GPU"));
    QCOMPARE(f.chart.accessibleDescription(),
             QStringLiteral("CUDA0: 4.0 GiB of 24.0 GiB used; CUDA1: 14.0 GiB of 24.0 GiB used"));
}

void TestMemoryBarChart::residentModelsFromTheLogAndOtherPrograms()
{
    // 24 GiB with 4 free: 20 GiB used.
    Fixture f({gpu(QStringLiteral("CUDA0"), QStringLiteral("0000:01:00.0"), 4 * GiB)});
    const QString key = f.model.rowKey(0);
    GpuOccupancy occupancy;
    f.chart.setOccupancy(&occupancy);
    // Two resident models from the log: 8 + 1 + 1 and 4 + 2 + 0.5 GiB =
    // 16.5 GiB; a program that is not ollama holds 3 GiB; the remaining
    // 20 - 16.5 - 3 = 0.5 GiB nothing accounts for.
    occupancy.setModels({{key,
                          {{QStringLiteral("qwen3:14b"), 8 * GiB, GiB, GiB},
                           {QStringLiteral("llama3.1:8b"), 4 * GiB, 2 * GiB, GiB / 2}}}});
    occupancy.setOtherProcesses({{key, 3 * GiB}});
    f.chart.refresh();
    QCOMPARE(f.chart.values(MemoryBarChart::Weights), QList<qreal>{12.0});
    QCOMPARE(f.chart.values(MemoryBarChart::KvCache), QList<qreal>{3.0});
    QCOMPARE(f.chart.values(MemoryBarChart::Graph), QList<qreal>{1.5});
    QCOMPARE(f.chart.values(MemoryBarChart::NotOllama), QList<qreal>{3.0});
    QCOMPARE(f.chart.values(MemoryBarChart::OtherUsed), QList<qreal>{0.5});
    // Each model is its own group: hovering the first third of the weights
    // names the first model.
    const QRect weights = f.chart.segmentRect(0, MemoryBarChart::Weights);
    const QString tip = toolTipAt(f.chart, QPoint(weights.left() + 3, weights.center().y()));
    QVERIFY2(tip.startsWith(QStringLiteral("qwen3:14b \u00b7 Weights: 8.0 GiB")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("from the server log")), qPrintable(tip));
    const QRect notOllama = f.chart.segmentRect(0, MemoryBarChart::NotOllama);
    QVERIFY2(
        toolTipAt(f.chart, notOllama.center()).startsWith(QStringLiteral("Not ollama: 3.0 GiB")),
        qPrintable(toolTipAt(f.chart, notOllama.center())));

    // Other programs said to hold more than is left: capped at what is left.
    occupancy.setOtherProcesses({{key, 10 * GiB}});
    f.chart.refresh();
    QCOMPARE(f.chart.values(MemoryBarChart::NotOllama), QList<qreal>{3.5});
    QCOMPARE(f.chart.values(MemoryBarChart::OtherUsed), QList<qreal>{0.0});
    // Models gone: used is unaccounted but for other programs' part.
    occupancy.setModels({});
    occupancy.setOtherProcesses({{key, 3 * GiB}});
    f.chart.refresh();
    QCOMPARE(f.chart.values(MemoryBarChart::Weights), QList<qreal>{0.0});
    QCOMPARE(f.chart.values(MemoryBarChart::NotOllama), QList<qreal>{3.0});
    QCOMPARE(f.chart.values(MemoryBarChart::OtherUsed), QList<qreal>{17.0});
}

QTEST_MAIN(TestMemoryBarChart)
#include "tst_memorybarchart.moc"
