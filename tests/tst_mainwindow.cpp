#include "devicetablemodel.h"
#include "devicetableproxy.h"
#include "editorcontroller.h"
#include "fakerunnerprocess.h"
#include "layerassignmentmodel.h"
#include "layerstrip.h"
#include "layouteditor.h"
#include "mainwindow.h"
#include "memorybarchart.h"
#include "memoryhistory.h"
#include "memoryhistorychart.h"
#include "poller.h"
#include "runnersource.h"
#include "settingsstore.h"
#include "sourcelistmodel.h"
#include "translations.h"
#include "units.h"
#include "wireformat.h"
#include "workspace.h"

#include <QAction>
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
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

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

int phaseOf(const SourceListModel *sources)
{
    const QVariant phase = sources->data(sources->index(0), SourceListModel::ActivityPhaseRole);
    return phase.isValid() ? phase.toInt() : -1;
}

const SettingsStore Ignore(SettingsStore::Mode::Ignore);

// Watches a runner as the user would add it.
SourceId watch(Workspace &workspace, const Endpoint &endpoint,
               std::chrono::milliseconds interval = {})
{
    SourceId id;
    QString error;
    if (!workspace.addSource(QStringLiteral("runner"), endpoint.toString(), false, interval,
                             Workspace::Origin::User, &error, &id))
        qWarning("%s", qPrintable(error));
    return id;
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
    void undoRedoKeysReachTheEditor();
    void editorButtonsAreTheWindowsActions();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // keep the user's settings out of it
    Translations::install(QLocale(QLocale::English));
    qputenv("VRAMSCOPE_FAKERUNNER", VRAMSCOPE_FAKERUNNER_BINARY);
}

void TestMainWindow::emptyStateThenRows()
{
    FakeRunnerProcess runner;
    QVERIFY2(runner.start({QStringLiteral("--scenario"), QStringLiteral("two-nvidia"),
                           QStringLiteral("--load-after"), QStringLiteral("never")}),
             qPrintable(runner.error()));
    QNetworkAccessManager network;
    Workspace workspace(&network);
    MainWindow window(&workspace, Ignore);
    window.show();
    QCOMPARE(currentPage(window), QStringLiteral("emptyPage"));

    watch(workspace, runner.endpoint(), 100ms);
    QCOMPARE(currentPage(window), QStringLiteral("dashboardPage"));
    QTRY_COMPARE_WITH_TIMEOUT(workspace.deviceModel()->rowCount(), 2, WaitMs);

    const QList<DeviceInfo> expected = scenarioDevices("two-nvidia");
    QCOMPARE(expected.size(), 2);
    for (const DeviceInfo &device : expected) {
        const int row = workspace.deviceModel()->rowOfKey(u"pci:" + device.pciId);
        QVERIFY(row >= 0);
        const DeviceInfo shown = workspace.deviceModel()->device(row);
        QCOMPARE(shown.totalMemory, device.totalMemory);
        QCOMPARE(shown.freeMemory, device.freeMemory);
        QCOMPARE(workspace.deviceModel()
                     ->data(workspace.deviceModel()->index(row, DeviceTableModel::Used))
                     .toULongLong(),
                 device.totalMemory - device.freeMemory);
    }
    // The proxy shows ollama's order: the RTX 3090 has more free memory.
    QCOMPARE(window.deviceProxy()->index(0, DeviceTableModel::Name).data().toString(),
             QStringLiteral("CUDA1"));
    QTRY_COMPARE_WITH_TIMEOUT(
        workspace.sourceModel()
            ->data(workspace.sourceModel()->index(0), SourceListModel::StateRole)
            .toInt(),
        int(SourceState::Ok), WaitMs);
    QCOMPARE(window.barChart()->categories().size(), 2);
    // The status bar counts in words, singular and plural as English has them.
    quint64 used = 0;
    quint64 total = 0;
    for (const DeviceInfo &device : expected) {
        used += device.totalMemory - device.freeMemory;
        total += device.totalMemory;
    }
    QTRY_COMPARE_WITH_TIMEOUT(window.statusBar()->currentMessage(),
                              u"1 of 1 source ok \u00b7 2 GPUs \u00b7 " + Units::humanBytes2(used) +
                                  u" of " + Units::humanBytes2(total) + u" used",
                              WaitMs);

    workspace.removeSource(RunnerSource::idOf(runner.endpoint()));
    QCOMPARE(workspace.deviceModel()->rowCount(), 0);
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
    Workspace workspace(&network);
    MainWindow window(&workspace, Ignore);
    watch(workspace, runners.endpoint(0), 100ms);
    watch(workspace, runners.endpoint(1), 100ms);
    SourceListModel *endpoints = workspace.sourceModel();
    auto stateOf = [endpoints](const Endpoint &endpoint) {
        return SourceState(
            endpoints
                ->data(endpoints->index(endpoints->rowOf(RunnerSource::idOf(endpoint))),
                       SourceListModel::StateRole)
                .toInt());
    };
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(runners.endpoint(0)), SourceState::Ok, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(runners.endpoint(1)), SourceState::Ok, WaitMs);

    QVERIFY2(runners.command(u"fault @" + QString::number(runners.ports().at(1)) +
                             u" /info=500:out of cheese"),
             qPrintable(runners.error()));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(runners.endpoint(1)), SourceState::Error, WaitMs);
    const QString message =
        endpoints
            ->data(endpoints->index(endpoints->rowOf(RunnerSource::idOf(runners.endpoint(1)))),
                   SourceListModel::MessageRole)
            .toString();
    QVERIFY2(message.contains(QStringLiteral("out of cheese")), qPrintable(message));
    // The other endpoint is untouched, and the same GPUs (one row each, seen
    // by both runners) keep their last good values.
    QCOMPARE(stateOf(runners.endpoint(0)), SourceState::Ok);
    QCOMPARE(workspace.deviceModel()->rowCount(), 2);

    QVERIFY(runners.command(u"clear @" + QString::number(runners.ports().at(1))));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(runners.endpoint(1)), SourceState::Ok, WaitMs);
}

void TestMainWindow::steadyPollsKeepSelection()
{
    FakeRunnerProcess runner;
    QVERIFY2(runner.start({QStringLiteral("--load-after"), QStringLiteral("never")}),
             qPrintable(runner.error()));
    QNetworkAccessManager network;
    Workspace workspace(&network);
    MainWindow window(&workspace, Ignore);
    window.show();
    watch(workspace, runner.endpoint(), 50ms);
    QTRY_COMPARE_WITH_TIMEOUT(workspace.deviceModel()->rowCount(), 2, WaitMs);

    auto *table = window.findChild<QTableView *>(QStringLiteral("deviceTable"));
    table->selectRow(1);
    const QString selected =
        table->currentIndex().siblingAtColumn(DeviceTableModel::Name).data().toString();
    QSignalSpy resets(workspace.deviceModel(), &QAbstractItemModel::modelReset);
    QSignalSpy proxyResets(window.deviceProxy(), &QAbstractItemModel::modelReset);
    QSignalSpy polled(workspace.poller(), &Poller::polled);
    QTRY_VERIFY_WITH_TIMEOUT(polled.size() >= 10, WaitMs);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(proxyResets.size(), 0);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table->currentIndex().siblingAtColumn(DeviceTableModel::Name).data().toString(),
             selected);
    // One sample per GPU per poll, and the chart draws them.
    const QString key = workspace.deviceModel()->rowKey(0);
    QVERIFY(workspace.history()->sampleCount(key) >= 10);
    window.historyChart()->refresh();
    QVERIFY(window.historyChart()->pointCount(key) > 0);
}

void TestMainWindow::barsEqualTheBreakdown()
{
    FakeRunnerProcess runner;
    QVERIFY2(runner.start({QStringLiteral("--load-after"), QStringLiteral("never")}),
             qPrintable(runner.error()));
    QNetworkAccessManager network;
    Workspace workspace(&network);
    MainWindow window(&workspace, Ignore);
    watch(workspace, runner.endpoint(), 100ms);
    QTRY_COMPARE_WITH_TIMEOUT(workspace.deviceModel()->rowCount(), 2, WaitMs);

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
    workspace.deviceModel()->setMemory(memory);
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
    Workspace workspace(&network);
    MainWindow window(&workspace, Ignore);
    watch(workspace, runner.endpoint(), 100ms);
    SourceListModel *endpoints = workspace.sourceModel();
    // Every status and progress the list shows on the way.
    QList<int> statuses;
    double highestProgress = 0;
    connect(endpoints, &QAbstractItemModel::dataChanged, this, [&] {
        const QVariant status =
            endpoints->data(endpoints->index(0), SourceListModel::ActivityPhaseRole);
        if (status.isValid() && (statuses.isEmpty() || statuses.last() != status.toInt()))
            statuses.append(status.toInt());
        highestProgress =
            qMax(highestProgress,
                 endpoints->data(endpoints->index(0), SourceListModel::ProgressRole).toDouble());
    });
    // An unknown phase is an invalid QVariant, not 0 (which means idle).
    QTRY_COMPARE_WITH_TIMEOUT(phaseOf(endpoints), int(SourceActivity::Phase::Ready), WaitMs);
    QCOMPARE(statuses,
             (QList<int>{int(SourceActivity::Phase::Idle), int(SourceActivity::Phase::Loading),
                         int(SourceActivity::Phase::Ready)}));
    // Polled every 100 ms over a 1.5 s load: the bar got at least past half.
    QVERIFY2(highestProgress > 0.5, qPrintable(QString::number(highestProgress)));

    QList<MemoryHistory::Marker::Kind> kinds;
    for (const MemoryHistory::Marker &marker : workspace.history()->markers())
        kinds.append(marker.kind);
    QCOMPARE(kinds,
             (QList<MemoryHistory::Marker::Kind>{MemoryHistory::Marker::Kind::LoadStarted,
                                                 MemoryHistory::Marker::Kind::LoadFinished}));
    // Used memory rose on every GPU from the first sample to the last.
    for (const QString &key : workspace.history()->seriesKeys()) {
        const QList<MemoryHistory::Sample> samples = workspace.history()->samples(key);
        QVERIFY(samples.size() >= 2);
        QVERIFY2(samples.last().used > samples.first().used, qPrintable(key));
    }
}

void TestMainWindow::demoRunner()
{
    QNetworkAccessManager network;
    Workspace workspace(&network);
    MainWindow window(&workspace, Ignore);
    window.startDemo();
    auto *error = window.findChild<QLabel *>(QStringLiteral("demoErrorLabel"));
    QTRY_VERIFY2_WITH_TIMEOUT(workspace.deviceModel()->rowCount() == 2, qPrintable(error->text()),
                              WaitMs);
    // Two servers and three runners on two processes: all simulated.
    SourceListModel *endpoints = workspace.sourceModel();
    QTRY_COMPARE_WITH_TIMEOUT(endpoints->rowCount(), 5, WaitMs);
    for (int row = 0; row < 5; ++row)
        QVERIFY(endpoints->data(endpoints->index(row), SourceListModel::SimulatedRole).toBool());
    QVERIFY(window.deviceProxy()
                ->index(0, DeviceTableModel::Source)
                .data()
                .toString()
                .contains(QStringLiteral("simulated")));
    // Removing one stops the demo: all go.
    workspace.removeSource(endpoints->entry(1).id);
    QCOMPARE(endpoints->rowCount(), 0);
    QVERIFY(!workspace.hasSources());
}

void TestMainWindow::settingsPersist()
{
    QSettings().clear();
    QNetworkAccessManager network;
    const Endpoint saved = Endpoint::loopback(45678);
    {
        Workspace workspace(&network);
        MainWindow window(&workspace);
        watch(workspace, saved, 2500ms);
        window.resize(900, 640);
        window.close(); // saves
    }
    Workspace workspace(&network);
    MainWindow restored(&workspace);
    QCOMPARE(restored.restoreSettings(), QStringList());
    QCOMPARE(workspace.poller()->sources(), QList<SourceId>{RunnerSource::idOf(saved)});
    QCOMPARE(workspace.poller()->interval(RunnerSource::idOf(saved)), 2500ms);
    QCOMPARE(restored.size(), QSize(900, 640));
    QSettings().clear();
}

void TestMainWindow::undoRedoKeysReachTheEditor()
{
    QNetworkAccessManager network;
    Workspace workspace(&network);
    MainWindow window(&workspace, Ignore);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    EditorController *editor = workspace.editor();
    QVERIFY(editor->openFile(QStringLiteral(VRAMSCOPE_TEST_DATA "/info_cuda.json")));
    QVERIFY(editor->openFile(QStringLiteral(VRAMSCOPE_TEST_DATA "/memory_2gpu.json")));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("editorTab")));
    auto *strip = window.layoutEditor()->findChild<LayerStrip *>();
    QVERIFY(strip);
    strip->setFocus();
    const LayerSplit &split = editor->model()->split();
    const int before = split.owner(0);
    strip->setSelection(0, 3);
    QTest::keyClick(strip, Qt::Key_1);
    QCOMPARE(split.owner(0), 1);
    // The keys of the Edit menu, typed while the editor has the focus.
    QTest::keySequence(strip, QKeySequence(QKeySequence::Undo));
    QCOMPARE(editor->model()->split().owner(0), before);
    QTest::keySequence(strip, window.layoutEditor()->redoAction()->shortcut());
    QCOMPARE(editor->model()->split().owner(0), 1);
    // One action per key in the whole window.
    int owners = 0;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcuts().contains(QKeySequence(QKeySequence::Undo)))
            ++owners;
    }
    QCOMPARE(owners, 1);
}

void TestMainWindow::editorButtonsAreTheWindowsActions()
{
    QNetworkAccessManager network;
    Workspace workspace(&network);
    MainWindow window(&workspace, Ignore);
    auto *open = window.layoutEditor()->findChild<QToolButton *>(QStringLiteral("openButton"));
    auto *save = window.layoutEditor()->findChild<QToolButton *>(QStringLiteral("saveButton"));
    QCOMPARE(open->defaultAction(), window.findChild<QAction *>(QStringLiteral("openAction")));
    QCOMPARE(save->defaultAction(), window.findChild<QAction *>(QStringLiteral("savePlanAction")));
    auto *model =
        window.layoutEditor()->findChild<QToolButton *>(QStringLiteral("openModelButton"));
    QCOMPARE(model->defaultAction(),
             window.findChild<QAction *>(QStringLiteral("openModelAction")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
