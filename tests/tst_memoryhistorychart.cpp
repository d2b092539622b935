#include "devicetablemodel.h"
#include "gpuoccupancy.h"
#include "memoryhistory.h"
#include "memoryhistorychart.h"
#include "poller.h"
#include "pollerfeed.h"
#include "processtablemodel.h"
#include "sourcelistmodel.h"

#include <QLineSeries>
#include <QSignalSpy>
#include <QTest>

using namespace vramscope;
using namespace std::chrono_literals;

namespace {

constexpr quint64 GiB = 1024ULL * 1024 * 1024;

DeviceInfo gpu(const QString &name, const QString &pciId, quint64 freeMemory)
{
    DeviceInfo device;
    device.deviceId = {u"GPU-" + pciId, QStringLiteral("CUDA")};
    device.name = name;
    device.description = QStringLiteral("NVIDIA GeForce RTX 4090");
    device.pciId = pciId;
    device.totalMemory = 24 * GiB;
    device.freeMemory = freeMemory;
    return device;
}

} // namespace

// The chart fed the way the window feeds it: poller signals through a
// PollerFeed into the device model and the history. The poller's own
// rounds never run: the sources are not in the poller, whose reports the
// test sends itself.
class TestMemoryHistoryChart : public QObject
{
    Q_OBJECT

private slots:
    void removedSourceDropsItsLines();
    void sameNameOnTwoHostsHasTwoLegendNames();
    void timeAxisMovesInSteps();
    void refreshWithNothingNewLeavesTheLines();
};

void TestMemoryHistoryChart::removedSourceDropsItsLines()
{
    Poller poller;
    DeviceTableModel devices;
    SourceListModel sources;
    MemoryHistory history;
    ProcessTableModel processes;
    GpuOccupancy occupancy;
    PollerFeed feed(&poller, &devices, &sources, &history, &processes, &occupancy);
    MemoryHistoryChart chart(&history, &devices);
    chart.resize(800, 400);

    const SourceId a{QStringLiteral("runner"), QStringLiteral("127.0.0.1:1")};
    const SourceId b{QStringLiteral("runner"), QStringLiteral("127.0.0.1:2")};
    for (const SourceId &id : {a, b}) {
        SourceListModel::Entry entry;
        entry.id = id;
        entry.label = id.address;
        feed.addSource(entry);
    }
    const auto report = [](const QList<DeviceInfo> &devices) {
        SourceReport result;
        result.devices = devices;
        return result;
    };
    // a alone sees GPU 01; both see GPU 02 (a first, so a supplies its row).
    const QString onlyA = QStringLiteral("pci:0000:01:00.0");
    const QString shared = QStringLiteral("pci:0000:02:00.0");
    for (int poll = 0; poll < 3; ++poll) {
        emit poller.reported(
            a, report({gpu(QStringLiteral("CUDA0"), QStringLiteral("0000:01:00.0"), 20 * GiB),
                       gpu(QStringLiteral("CUDA1"), QStringLiteral("0000:02:00.0"), 10 * GiB)}));
        emit poller.reported(
            b, report({gpu(QStringLiteral("CUDA0"), QStringLiteral("0000:02:00.0"), 10 * GiB)}));
    }
    chart.refresh();
    QVERIFY(chart.pointCount(onlyA) > 0);
    QVERIFY(chart.pointCount(shared) > 0);
    QCOMPARE(chart.seriesNames(), (QStringList{QStringLiteral("CUDA0"), QStringLiteral("CUDA1")}));

    feed.removeSource(a);
    chart.refresh();
    // GPU 01 went with a: no samples kept, no line drawn. GPU 02 is still
    // seen by b, under the same key, and keeps its history.
    QCOMPARE(history.seriesKeys(), QStringList{shared});
    QCOMPARE(history.sampleCount(onlyA), qsizetype(0));
    QCOMPARE(chart.pointCount(onlyA), qsizetype(0));
    QVERIFY(chart.pointCount(shared) > 0);
    // b names that GPU CUDA0; the legend has no line for GPU 01 left.
    QCOMPARE(chart.seriesNames(), QStringList{QStringLiteral("CUDA0")});

    feed.removeSource(b);
    chart.refresh();
    QVERIFY(history.seriesKeys().isEmpty());
    QCOMPARE(chart.pointCount(shared), qsizetype(0));
    QVERIFY(chart.seriesNames().isEmpty());
}

void TestMemoryHistoryChart::sameNameOnTwoHostsHasTwoLegendNames()
{
    DeviceTableModel devices;
    devices.addSource(QStringLiteral("a"), {QStringLiteral("10.0.0.1:8080"), false, true});
    devices.addSource(QStringLiteral("b"), {QStringLiteral("10.0.0.2:8080"), false, true});
    devices.setDevices(QStringLiteral("a"),
                       {gpu(QStringLiteral("CUDA0"), QStringLiteral("0000:01:00.0"), 20 * GiB),
                        gpu(QStringLiteral("CUDA1"), QStringLiteral("0000:02:00.0"), 20 * GiB)});
    devices.setDevices(QStringLiteral("b"),
                       {gpu(QStringLiteral("CUDA0"), QStringLiteral("0000:03:00.0"), 10 * GiB)});
    MemoryHistory history;
    for (int row = 0; row < devices.rowCount(); ++row)
        history.append(devices.rowKey(row), 1000, 4 * GiB);
    MemoryHistoryChart chart(&history, &devices);
    chart.refresh();
    QCOMPARE(chart.seriesNames(),
             (QStringList{QStringLiteral("CUDA0 · 10.0.0.1:8080"), QStringLiteral("CUDA1"),
                          QStringLiteral("CUDA0 · 10.0.0.2:8080")}));
}

void TestMemoryHistoryChart::timeAxisMovesInSteps()
{
    DeviceTableModel devices;
    devices.setDevices(QStringLiteral("a"),
                       {gpu(QStringLiteral("CUDA0"), QStringLiteral("0000:01:00.0"), 20 * GiB)});
    const QString key = devices.rowKey(0);
    MemoryHistory history;
    MemoryHistoryChart chart(&history, &devices);
    chart.resize(800, 400);
    // Ten minutes at 1 Hz, refreshed after each sample.
    const qint64 start = 1'700'000'000'000;
    int moves = 0;
    std::pair<qint64, qint64> previous;
    for (int second = 0; second < 600; ++second) {
        const qint64 now = start + qint64(second) * 1000;
        history.append(key, now, quint64(second % 60) * GiB / 4);
        chart.refresh();
        const auto [from, to] = chart.timeAxisRange();
        QVERIFY(from <= start);
        QVERIFY(to >= now);
        // After five minutes the axis moves by whole steps of at least a
        // twentieth of what it shows: 15 s and more, rather than each second.
        if (second >= 300 && chart.timeAxisRange() != previous)
            ++moves;
        previous = chart.timeAxisRange();
    }
    QVERIFY2(moves <= 20, qPrintable(QString::number(moves)));
    // The line still ends at the newest sample: 599 % 60 = 59 quarters of a GiB.
    const auto *line = qobject_cast<QLineSeries *>(chart.chart()->series().last());
    QVERIFY(line);
    QCOMPARE(line->points().last(), QPointF(double(start + 599'000), 59 / 4.0));
}

void TestMemoryHistoryChart::refreshWithNothingNewLeavesTheLines()
{
    DeviceTableModel devices;
    devices.setDevices(QStringLiteral("a"),
                       {gpu(QStringLiteral("CUDA0"), QStringLiteral("0000:01:00.0"), 20 * GiB),
                        gpu(QStringLiteral("CUDA1"), QStringLiteral("0000:02:00.0"), 10 * GiB)});
    MemoryHistory history;
    for (int row = 0; row < devices.rowCount(); ++row) {
        for (int second = 0; second < 30; ++second)
            history.append(devices.rowKey(row), 1000 * second, quint64(second) * GiB / 8);
    }
    MemoryHistoryChart chart(&history, &devices);
    chart.resize(800, 400);
    chart.refresh();
    QList<std::shared_ptr<QSignalSpy>> spies;
    for (QAbstractSeries *series : chart.chart()->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(series))
            spies.append(std::make_shared<QSignalSpy>(line, &QXYSeries::pointsReplaced));
    }
    QCOMPARE(spies.size(), 2);
    // Nothing new: no line is laid out again.
    chart.refresh();
    for (const auto &spy : std::as_const(spies))
        QCOMPARE(spy->size(), 0);
    // One GPU's new sample: only its line.
    history.append(devices.rowKey(0), 30'000, 5 * GiB);
    chart.refresh();
    QCOMPARE(spies[0]->size() + spies[1]->size(), 1);
}

QTEST_MAIN(TestMemoryHistoryChart)
#include "tst_memoryhistorychart.moc"
