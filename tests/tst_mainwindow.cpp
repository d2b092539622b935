#include "devicetablemodel.h"
#include "devicetableproxy.h"
#include "endpointlistmodel.h"
#include "fakerunnerprocess.h"
#include "mainwindow.h"
#include "memorybarchart.h"
#include "memoryhistory.h"
#include "memoryhistorychart.h"
#include "poller.h"
#include "wireformat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace vramscope;
using namespace std::chrono_literals;

namespace {

constexpr double GiB = 1024.0 * 1024.0 * 1024.0;
constexpr int WaitMs = 15000;

// The devices the shipped scenario starts with, read independently of the app.
QList<DeviceInfo> scenarioDevices(const char *name)
{
    QFile file(QStringLiteral(VRAMSCOPE_SOURCE_DIR "/resources/scenarios/") +
               QLatin1StringView(name) + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray devices = QJsonDocument::fromJson(file.readAll())
                                   .object()
                                   .value(QLatin1StringView("devices"))
                                   .toArray();
    WireError error;
    return WireFormat::readDeviceInfoList(QJsonDocument(devices).toJson(), &error)
        .value_or(QList<DeviceInfo>{});
}

int healthOf(const EndpointListModel *endpoints)
{
    const QVariant status =
        endpoints->data(endpoints->index(0), EndpointListModel::HealthStatusRole);
    return status.isValid() ? status.toInt() : -1;
}

QString currentPage(const MainWindow &window)
{
    return window.findChild<QStackedWidget *>(QStringLiteral("pages"))
        ->currentWidget()
        ->objectName();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyStateThenRows();
    void faultStaysWithItsEndpoint();
    void steadyPollsKeepSelection();
    void barsEqualTheBreakdown();
    void loadIsWatchedToTheEnd();
    void demoRunner();
    void settingsPersist();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // keep the user's settings out of it
    qputenv("VRAMSCOPE_FAKERUNNER", VRAMSCOPE_FAKERUNNER_BINARY);
}

void TestMainWindow::emptyStateThenRows()
{
    FakeRunnerProcess runner;
    QVERIFY2(runner.start({QStringLiteral("--scenario"), QStringLiteral("two-nvidia"),
                           QStringLiteral("--load-after"), QStringLiteral("never")}),
             qPrintable(runner.error()));
    QNetworkAccessManager network;
    MainWindow window(&network);
    window.show();
    QCOMPARE(currentPage(window), QStringLiteral("emptyPage"));

    window.addEndpoint(runner.endpoint(), 100ms);
    QCOMPARE(currentPage(window), QStringLiteral("dashboardPage"));
    QTRY_COMPARE_WITH_TIMEOUT(window.deviceModel()->rowCount(), 2, WaitMs);

    const QList<DeviceInfo> expected = scenarioDevices("two-nvidia");
    QCOMPARE(expected.size(), 2);
    for (const DeviceInfo &device : expected) {
        const int row = window.deviceModel()->rowOfKey(u"pci:" + device.pciId);
        QVERIFY(row >= 0);
        const DeviceInfo shown = window.deviceModel()->device(row);
        QCOMPARE(shown.totalMemory, device.totalMemory);
        QCOMPARE(shown.freeMemory, device.freeMemory);
        QCOMPARE(window.deviceModel()
                     ->data(window.deviceModel()->index(row, DeviceTableModel::Used))
                     .toULongLong(),
                 device.totalMemory - device.freeMemory);
    }
    // The proxy shows ollama's order: the RTX 3090 has more free memory.
    QCOMPARE(window.deviceProxy()->index(0, DeviceTableModel::Name).data().toString(),
             QStringLiteral("CUDA1"));
    QTRY_COMPARE_WITH_TIMEOUT(
        window.endpointModel()
            ->data(window.endpointModel()->index(0), EndpointListModel::StateRole)
            .toInt(),
        int(EndpointState::Ok), WaitMs);
    QCOMPARE(window.barChart()->categories().size(), 2);

    window.removeEndpoint(runner.endpoint());
    QCOMPARE(window.deviceModel()->rowCount(), 0);
    QCOMPARE(currentPage(window), QStringLiteral("emptyPage"));
}

void TestMainWindow::faultStaysWithItsEndpoint()
{
    FakeRunnerProcess runners;
    QVERIFY2(runners.start({QStringLiteral("--scenario"), QStringLiteral("two-nvidia"),
                            QStringLiteral("--load-after"), QStringLiteral("never")},
                           2),
             qPrintable(runners.error()));
    QNetworkAccessManager network;
    MainWindow window(&network);
    window.addEndpoint(runners.endpoint(0), 100ms);
    window.addEndpoint(runners.endpoint(1), 100ms);
    EndpointListModel *endpoints = window.endpointModel();
    auto stateOf = [endpoints](const Endpoint &endpoint) {
        return EndpointState(endpoints
                                 ->data(endpoints->index(endpoints->rowOf(endpoint.toString())),
                                        EndpointListModel::StateRole)
                                 .toInt());
    };
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(runners.endpoint(0)), EndpointState::Ok, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(runners.endpoint(1)), EndpointState::Ok, WaitMs);

    QVERIFY2(runners.command(u"fault @" + QString::number(runners.ports().at(1)) +
                             u" /info=500:out of cheese"),
             qPrintable(runners.error()));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(runners.endpoint(1)), EndpointState::Error, WaitMs);
    const QString message =
        endpoints
            ->data(endpoints->index(endpoints->rowOf(runners.endpoint(1).toString())),
                   EndpointListModel::MessageRole)
            .toString();
    QVERIFY2(message.contains(QStringLiteral("out of cheese")), qPrintable(message));
    // The other endpoint is untouched, and the same GPUs (one row each, seen
    // by both runners) keep their last good values.
    QCOMPARE(stateOf(runners.endpoint(0)), EndpointState::Ok);
    QCOMPARE(window.deviceModel()->rowCount(), 2);

    QVERIFY(runners.command(u"clear @" + QString::number(runners.ports().at(1))));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(runners.endpoint(1)), EndpointState::Ok, WaitMs);
}

void TestMainWindow::steadyPollsKeepSelection()
{
    FakeRunnerProcess runner;
    QVERIFY2(runner.start({QStringLiteral("--load-after"), QStringLiteral("never")}),
             qPrintable(runner.error()));
    QNetworkAccessManager network;
    MainWindow window(&network);
    window.show();
    window.addEndpoint(runner.endpoint(), 50ms);
    QTRY_COMPARE_WITH_TIMEOUT(window.deviceModel()->rowCount(), 2, WaitMs);

    auto *table = window.findChild<QTableView *>(QStringLiteral("deviceTable"));
    table->selectRow(1);
    const QString selected =
        table->currentIndex().siblingAtColumn(DeviceTableModel::Name).data().toString();
    QSignalSpy resets(window.deviceModel(), &QAbstractItemModel::modelReset);
    QSignalSpy proxyResets(window.deviceProxy(), &QAbstractItemModel::modelReset);
    QSignalSpy polled(window.poller(), &Poller::polled);
    QTRY_VERIFY_WITH_TIMEOUT(polled.size() >= 10, WaitMs);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(proxyResets.size(), 0);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table->currentIndex().siblingAtColumn(DeviceTableModel::Name).data().toString(),
             selected);
    // One sample per GPU per poll, and the chart draws them.
    const QString key = window.deviceModel()->rowKey(0);
    QVERIFY(window.history().sampleCount(key) >= 10);
    window.historyChart()->refresh();
    QVERIFY(window.historyChart()->pointCount(key) > 0);
}

void TestMainWindow::barsEqualTheBreakdown()
{
    FakeRunnerProcess runner;
    QVERIFY2(runner.start({QStringLiteral("--load-after"), QStringLiteral("never")}),
             qPrintable(runner.error()));
    QNetworkAccessManager network;
    MainWindow window(&network);
    window.addEndpoint(runner.endpoint(), 100ms);
    QTRY_COMPARE_WITH_TIMEOUT(window.deviceModel()->rowCount(), 2, WaitMs);

    const QList<DeviceInfo> devices = scenarioDevices("two-nvidia");
    BackendMemory memory;
    for (int i = 0; i < devices.size(); ++i) {
        DeviceMemory entry;
        entry.deviceId = devices[i].deviceId;
        entry.weights = {quint64(1 + i) * 1024 * 1024 * 1024, 512ULL * 1024 * 1024};
        entry.cache = {256ULL * 1024 * 1024};
        entry.graph = 128ULL * 1024 * 1024 * (i + 1);
        memory.gpus.append(entry);
    }
    window.setMemory(memory);
    window.barChart()->refresh();

    const QStringList order = window.barChart()->categories();
    const QList<qreal> weights = window.barChart()->values(MemoryBarChart::Weights);
    const QList<qreal> cache = window.barChart()->values(MemoryBarChart::KvCache);
    const QList<qreal> graph = window.barChart()->values(MemoryBarChart::Graph);
    const QList<qreal> other = window.barChart()->values(MemoryBarChart::OtherUsed);
    const QList<qreal> reserve = window.barChart()->values(MemoryBarChart::Reserve);
    const QList<qreal> free = window.barChart()->values(MemoryBarChart::Free);
    QCOMPARE(weights.size(), 2);
    for (int bar = 0; bar < 2; ++bar) {
        // Bars follow the table: CUDA1 (more free memory) first.
        const int i = order[bar].startsWith(QStringLiteral("CUDA0")) ? 0 : 1;
        QVERIFY(order[bar].startsWith(i == 0 ? QStringLiteral("CUDA0") : QStringLiteral("CUDA1")));
        QCOMPARE(weights[bar], double(memory.gpus[i].weightsTotal()) / GiB);
        QCOMPARE(cache[bar], double(memory.gpus[i].cacheTotal()) / GiB);
        QCOMPARE(graph[bar], double(memory.gpus[i].graph) / GiB);
        // Nothing loaded yet: today's use is all "other", and the model's
        // parts come out of free, less ollama's 457 MiB reserve.
        const DeviceInfo &device = devices[i];
        QCOMPARE(other[bar], double(device.totalMemory - device.freeMemory) / GiB);
        QCOMPARE(reserve[bar], 457.0 / 1024.0);
        QCOMPARE(free[bar],
                 double(device.freeMemory - memory.gpus[i].size() - 457ULL * 1024 * 1024) / GiB);
    }
    QCOMPARE(order.first().left(5), QStringLiteral("CUDA1"));
}

void TestMainWindow::loadIsWatchedToTheEnd()
{
    FakeRunnerProcess runner;
    QVERIFY2(runner.start({QStringLiteral("--load-after"), QStringLiteral("0.5"),
                           QStringLiteral("--load-seconds"), QStringLiteral("1.5")}),
             qPrintable(runner.error()));
    QNetworkAccessManager network;
    MainWindow window(&network);
    window.addEndpoint(runner.endpoint(), 100ms);
    EndpointListModel *endpoints = window.endpointModel();
    // Every status and progress the list shows on the way.
    QList<int> statuses;
    double highestProgress = 0;
    connect(endpoints, &QAbstractItemModel::dataChanged, this, [&] {
        const QVariant status =
            endpoints->data(endpoints->index(0), EndpointListModel::HealthStatusRole);
        if (status.isValid() && (statuses.isEmpty() || statuses.last() != status.toInt()))
            statuses.append(status.toInt());
        highestProgress =
            qMax(highestProgress,
                 endpoints->data(endpoints->index(0), EndpointListModel::ProgressRole).toDouble());
    });
    // An unknown status is an invalid QVariant, not 0 (which means ready).
    QTRY_COMPARE_WITH_TIMEOUT(healthOf(endpoints), int(RunnerHealth::Status::Ready), WaitMs);
    QCOMPARE(statuses, (QList<int>{int(RunnerHealth::Status::Launched),
                                   int(RunnerHealth::Status::LoadingModel),
                                   int(RunnerHealth::Status::Ready)}));
    // Polled every 100 ms over a 1.5 s load: the bar got at least past half.
    QVERIFY2(highestProgress > 0.5, qPrintable(QString::number(highestProgress)));

    QList<MemoryHistory::Marker::Kind> kinds;
    for (const MemoryHistory::Marker &marker : window.history().markers())
        kinds.append(marker.kind);
    QCOMPARE(kinds,
             (QList<MemoryHistory::Marker::Kind>{MemoryHistory::Marker::Kind::LoadStarted,
                                                 MemoryHistory::Marker::Kind::LoadFinished}));
    // Used memory rose on every GPU from the first sample to the last.
    for (const QString &key : window.history().seriesKeys()) {
        const QList<MemoryHistory::Sample> samples = window.history().samples(key);
        QVERIFY(samples.size() >= 2);
        QVERIFY2(samples.last().used > samples.first().used, qPrintable(key));
    }
}

void TestMainWindow::demoRunner()
{
    QNetworkAccessManager network;
    MainWindow window(&network);
    window.startDemo();
    auto *error = window.findChild<QLabel *>(QStringLiteral("demoErrorLabel"));
    QTRY_VERIFY2_WITH_TIMEOUT(window.deviceModel()->rowCount() == 2, qPrintable(error->text()),
                              WaitMs);
    // Two runners on one process: both simulated.
    EndpointListModel *endpoints = window.endpointModel();
    QTRY_COMPARE_WITH_TIMEOUT(endpoints->rowCount(), 2, WaitMs);
    for (int row = 0; row < 2; ++row)
        QVERIFY(endpoints->data(endpoints->index(row), EndpointListModel::SimulatedRole).toBool());
    QVERIFY(window.deviceProxy()
                ->index(0, DeviceTableModel::Source)
                .data()
                .toString()
                .contains(QStringLiteral("simulated")));
    // Removing one stops the demo's process: both go.
    const std::optional<Endpoint> second =
        Endpoint::parse(endpoints->entry(1).key, Endpoint::RemotePolicy::LoopbackOnly, nullptr);
    QVERIFY(second);
    window.removeEndpoint(*second);
    QCOMPARE(endpoints->rowCount(), 0);
    QVERIFY(!window.hasEndpoints());
}

void TestMainWindow::settingsPersist()
{
    QSettings().clear();
    QNetworkAccessManager network;
    const Endpoint saved = Endpoint::loopback(45678);
    {
        MainWindow window(&network);
        window.addEndpoint(saved, 2500ms);
        window.resize(900, 640);
        window.close(); // saves
    }
    MainWindow restored(&network);
    restored.restoreSettings();
    QCOMPARE(restored.poller()->endpoints(), QList<Endpoint>{saved});
    QCOMPARE(restored.poller()->interval(saved), 2500ms);
    QCOMPARE(restored.size(), QSize(900, 640));
    QSettings().clear();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
