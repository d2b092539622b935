#include "devicetablemodel.h"
#include "endpointlistmodel.h"
#include "memoryhistory.h"
#include "memoryhistorychart.h"
#include "poller.h"
#include "pollerfeed.h"

#include <QNetworkAccessManager>
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
// rounds never run: the test does not spin the event loop, and the
// endpoints are privileged ports nothing listens on.
class TestMemoryHistoryChart : public QObject
{
    Q_OBJECT

private slots:
    void removedSourceDropsItsLines();
    void sameNameOnTwoHostsHasTwoLegendNames();
};

void TestMemoryHistoryChart::removedSourceDropsItsLines()
{
    QNetworkAccessManager network;
    Poller poller(&network);
    DeviceTableModel devices;
    EndpointListModel endpoints;
    MemoryHistory history;
    PollerFeed feed(&poller, &devices, &endpoints, &history);
    MemoryHistoryChart chart(&history, &devices);
    chart.resize(800, 400);

    const Endpoint a = Endpoint::loopback(1);
    const Endpoint b = Endpoint::loopback(2);
    feed.addEndpoint(a, 1h);
    feed.addEndpoint(b, 1h);
    // a alone sees GPU 01; both see GPU 02 (a first, so a supplies its row).
    const QString onlyA = QStringLiteral("pci:0000:01:00.0");
    const QString shared = QStringLiteral("pci:0000:02:00.0");
    for (int poll = 0; poll < 3; ++poll) {
        emit poller.devicesUpdated(
            a, {gpu(QStringLiteral("CUDA0"), QStringLiteral("0000:01:00.0"), 20 * GiB),
                gpu(QStringLiteral("CUDA1"), QStringLiteral("0000:02:00.0"), 10 * GiB)});
        emit poller.devicesUpdated(
            b, {gpu(QStringLiteral("CUDA0"), QStringLiteral("0000:02:00.0"), 10 * GiB)});
    }
    chart.refresh();
    QVERIFY(chart.pointCount(onlyA) > 0);
    QVERIFY(chart.pointCount(shared) > 0);
    QCOMPARE(chart.seriesNames(), (QStringList{QStringLiteral("CUDA0"), QStringLiteral("CUDA1")}));

    feed.removeEndpoint(a);
    chart.refresh();
    // GPU 01 went with a: no samples kept, no line drawn. GPU 02 is still
    // seen by b, under the same key, and keeps its history.
    QCOMPARE(history.seriesKeys(), QStringList{shared});
    QCOMPARE(history.sampleCount(onlyA), qsizetype(0));
    QCOMPARE(chart.pointCount(onlyA), qsizetype(0));
    QVERIFY(chart.pointCount(shared) > 0);
    // b names that GPU CUDA0; the legend has no line for GPU 01 left.
    QCOMPARE(chart.seriesNames(), QStringList{QStringLiteral("CUDA0")});

    feed.removeEndpoint(b);
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

QTEST_MAIN(TestMemoryHistoryChart)
#include "tst_memoryhistorychart.moc"
