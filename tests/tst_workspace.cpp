#include "demorunner.h"
#include "devicetablemodel.h"
#include "editorcontroller.h"
#include "fakerunnerprocess.h"
#include "gpuoccupancy.h"
#include "layerassignmentmodel.h"
#include "modeltablemodel.h"
#include "poller.h"
#include "processtablemodel.h"
#include "proctree.h"
#include "runnersource.h"
#include "settingsstore.h"
#include "sourcelistmodel.h"
#include "sourceregistry.h"
#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <signal.h>

using namespace vramscope;
using namespace std::chrono_literals;

namespace {

constexpr int WaitMs = 20000;
const QString Runner = QStringLiteral("runner");

SourceListModel::Origin originOf(const Workspace &workspace, const SourceId &id)
{
    return workspace.sourceModel()->entry(workspace.sourceModel()->rowOf(id)).origin;
}

} // namespace

// The workspace without a window: sources of a registered kind, checked
// once; discovery that comes and goes; what is kept between sessions; the
// demo; and the editor's controller against real runners.
class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void registryKnowsRunners();
    void addChecksOnce();
    void editIntoAWatchedAddressIsRefused();
    void discoveryComesAndGoesAndIsNeverSaved();
    void freshSessionLeavesSettingsAlone();
    void oldEndpointSettingsAreRead();
    void stoppingTheDemoDoesNotBlock();
    void breakdownOnlyWhenItChanges();
    void openedFileSurvivesPolls();
    void measurementForAnotherSourceIsNotApplied();
    void localGpusAreOneRowWithTheRunners();
    void noLocalGpuNoSource();

private:
    QNetworkAccessManager m_network;
};

void TestWorkspace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // keep the user's settings out of it
    m_network.setProxy(QNetworkProxy::NoProxy);
    qputenv("VRAMSCOPE_FAKERUNNER", VRAMSCOPE_FAKERUNNER_BINARY);
}

void TestWorkspace::registryKnowsRunners()
{
    Workspace workspace(&m_network);
    const SourceKind *kind = workspace.registry().kind(Runner);
    QVERIFY(kind);
    QCOMPARE(workspace.registry().kinds().size(), 6);
    QVERIFY(workspace.registry().kind(QStringLiteral("log")));
    QVERIFY(workspace.registry().kind(QStringLiteral("gpus")));
    QVERIFY(workspace.registry().kind(QStringLiteral("ollama")));
    QVERIFY(workspace.registry().kind(QStringLiteral("llama-server")));
    QVERIFY(workspace.registry().kind(QStringLiteral("vramscope")));
    QVERIFY(!workspace.registry().kind(QStringLiteral("nope")));
    QString error;
    // One spelling per source: a URL and HOST:PORT are the same runner.
    QCOMPARE(kind->parseAddress(QStringLiteral("http://LOCALHOST:8080"), false, &error),
             std::optional<QString>(QStringLiteral("localhost:8080")));
    QVERIFY(!kind->parseAddress(QStringLiteral("10.1.2.3:8080"), false, &error));
    QVERIFY2(error.contains(QStringLiteral("remote")), qPrintable(error));
}

void TestWorkspace::addChecksOnce()
{
    Workspace workspace(&m_network);
    QSignalSpy changed(&workspace, &Workspace::sourcesChanged);
    QString error;
    SourceId id;
    QVERIFY(workspace.addSource(Runner, QStringLiteral("127.0.0.1:1"), false, 2s,
                                Workspace::Origin::User, &error, &id));
    QCOMPARE(id, (SourceId{Runner, QStringLiteral("127.0.0.1:1")}));
    QCOMPARE(workspace.poller()->interval(id), 2s);
    QCOMPARE(workspace.sourceModel()->entry(0).intervalMs, 2000);
    QCOMPARE(workspace.sourceModel()->entry(0).kindName, QStringLiteral("ollama runner"));
    // The same runner spelt otherwise is a duplicate, and is said to be one.
    QVERIFY(!workspace.addSource(Runner, QStringLiteral("http://127.0.0.1:1"), false, {},
                                 Workspace::Origin::User, &error));
    QCOMPARE(error, QStringLiteral("127.0.0.1:1 is watched already"));
    QVERIFY(!workspace.addSource(QStringLiteral("nvml"), QStringLiteral("x"), false, {},
                                 Workspace::Origin::User, &error));
    QCOMPARE(error, QStringLiteral("unknown kind of source 'nvml'"));
    QVERIFY(!workspace.addSource(Runner, QStringLiteral("no port"), false, {},
                                 Workspace::Origin::User, &error));
    QCOMPARE(workspace.sourceModel()->rowCount(), 1);
    QCOMPARE(changed.size(), 1);
}

void TestWorkspace::editIntoAWatchedAddressIsRefused()
{
    Workspace workspace(&m_network);
    const SourceId a{Runner, QStringLiteral("127.0.0.1:1")};
    const SourceId b{Runner, QStringLiteral("127.0.0.1:2")};
    QVERIFY(workspace.addSource(Runner, a.address, false, {}, Workspace::Origin::User, nullptr));
    QVERIFY(workspace.addSource(Runner, b.address, false, {}, Workspace::Origin::User, nullptr));
    // Editing a into b's address: refused, and neither is lost.
    QString error;
    QVERIFY(!workspace.checkSource(Runner, b.address, false, a, &error));
    QCOMPARE(error, QStringLiteral("127.0.0.1:2 is watched already"));
    QVERIFY(!workspace.replaceSource(a, Runner, b.address, false, {}, &error));
    QCOMPARE(workspace.poller()->sources(), (QList<SourceId>{a, b}));
    // Its own address is fine: only the interval changes.
    QVERIFY(workspace.replaceSource(a, Runner, a.address, false, 3s, &error));
    QCOMPARE(workspace.poller()->interval(a), 3s);
    QCOMPARE(workspace.poller()->sources(), (QList<SourceId>{a, b}));
    // A new address replaces it.
    const SourceId c{Runner, QStringLiteral("127.0.0.1:3")};
    QVERIFY(workspace.replaceSource(a, Runner, c.address, false, {}, &error));
    QCOMPARE(workspace.poller()->sources(), (QList<SourceId>{b, c}));
}

void TestWorkspace::discoveryComesAndGoesAndIsNeverSaved()
{
    QTemporaryDir proc;
    QVERIFY(writeProcess(proc.path(), 1, {"/usr/bin/ollama", "serve"}));
    Workspace workspace(&m_network);
    QVERIFY(workspace.addSource(Runner, QStringLiteral("127.0.0.1:5001"), false, {},
                                Workspace::Origin::User, nullptr));
    workspace.startDiscovery(proc.path(), {}, 50ms);
    // The server is found from its process, at its default address.
    const SourceId server{QStringLiteral("ollama"), QStringLiteral("127.0.0.1:11434")};
    QVERIFY(workspace.poller()->contains(server));
    QCOMPARE(originOf(workspace, server), SourceListModel::Origin::Discovered);
    QCOMPARE(workspace.sourceModel()->rowCount(), 2);

    // A runner started after vramscope is found.
    QVERIFY(writeProcess(proc.path(), 4242,
                         {"/usr/bin/ollama", "runner", "--model", "/m", "--port", "41999"}));
    const SourceId found{Runner, QStringLiteral("127.0.0.1:41999")};
    QTRY_VERIFY_WITH_TIMEOUT(workspace.poller()->contains(found), WaitMs);
    QCOMPARE(originOf(workspace, found), SourceListModel::Origin::Discovered);
    QVERIFY(workspace.sourceModel()
                ->index(workspace.sourceModel()->rowOf(found))
                .data(SourceListModel::DiscoveredRole)
                .toBool());
    // Only the user's own is kept between sessions.
    QCOMPARE(workspace.userSources(),
             (QList<SavedSource>{{Runner, QStringLiteral("127.0.0.1:5001"), false, 0}}));

    // A runner the user added is never taken over by discovery.
    QVERIFY(writeProcess(proc.path(), 4243,
                         {"/usr/bin/ollama", "runner", "--model", "/m", "--port", "5001"}));
    QTest::qWait(200);
    QCOMPARE(originOf(workspace, {Runner, QStringLiteral("127.0.0.1:5001")}),
             SourceListModel::Origin::User);

    // When they end, the found ones go; the user's stays.
    for (const QString &pid : {QStringLiteral("1"), QStringLiteral("4242"), QStringLiteral("4243")})
        QVERIFY(QDir(proc.filePath(pid)).removeRecursively());
    QTRY_VERIFY_WITH_TIMEOUT(!workspace.poller()->contains(found), WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!workspace.poller()->contains(server), WaitMs);
    QTest::qWait(200);
    QVERIFY(workspace.poller()->contains({Runner, QStringLiteral("127.0.0.1:5001")}));
}

void TestWorkspace::freshSessionLeavesSettingsAlone()
{
    QSettings().clear();
    const QList<SavedSource> saved{{Runner, QStringLiteral("127.0.0.1:45678"), false, 2500}};
    SettingsStore().setSources(saved);
    // --fresh: nothing is read, and nothing is written over what is saved.
    const SettingsStore fresh(SettingsStore::Mode::Ignore);
    QVERIFY(fresh.sources().isEmpty());
    fresh.setSources({});
    fresh.setWindow(QByteArrayLiteral("g"), QByteArrayLiteral("s"));
    QCOMPARE(SettingsStore().sources(), saved);
    QVERIFY(SettingsStore().windowGeometry().isEmpty());
    QSettings().clear();
}

void TestWorkspace::oldEndpointSettingsAreRead()
{
    // What versions before sources saved: an "endpoints" array of runners.
    QSettings().clear();
    {
        QSettings settings;
        settings.beginWriteArray(QStringLiteral("endpoints"));
        settings.setArrayIndex(0);
        settings.setValue(QStringLiteral("address"), QStringLiteral("127.0.0.1:40000"));
        settings.setValue(QStringLiteral("allowRemote"), false);
        settings.setValue(QStringLiteral("intervalMs"), 1500);
        settings.endArray();
    }
    QCOMPARE(SettingsStore().sources(),
             (QList<SavedSource>{{Runner, QStringLiteral("127.0.0.1:40000"), false, 1500}}));
    // Written back, they are sources.
    SettingsStore().setSources(SettingsStore().sources());
    QVERIFY(!QSettings().contains(QStringLiteral("endpoints/size")));
    QCOMPARE(SettingsStore().sources().size(), 1);
    QSettings().clear();
}

void TestWorkspace::stoppingTheDemoDoesNotBlock()
{
    Workspace workspace(&m_network);
    workspace.startDemo();
    // Today's server and its llama-server; the Go era's server and two runners.
    QTRY_COMPARE_WITH_TIMEOUT(workspace.sourceModel()->rowCount(), 5, WaitMs);
    // Runners that cannot react to being asked to stop (stopped by a
    // signal) are the worst case: the call must still return at once.
    for (const DemoRunner *demo : workspace.demos()) {
        QVERIFY(demo->processId() > 0);
        QCOMPARE(::kill(pid_t(demo->processId()), SIGSTOP), 0);
    }
    workspace.stopDemo();
    // Returned while the processes still run: nothing waited for them.
    QVERIFY(workspace.isDemoRunning());
    QCOMPARE(workspace.sourceModel()->rowCount(), 0);
    // They are killed a little later, without anyone waiting.
    QTRY_VERIFY_WITH_TIMEOUT(!workspace.isDemoRunning(), WaitMs);
}

void TestWorkspace::breakdownOnlyWhenItChanges()
{
    FakeRunnerProcess runner;
    QVERIFY2(runner.start({QStringLiteral("--load-after"), QStringLiteral("never")}),
             qPrintable(runner.error()));
    Workspace workspace(&m_network);
    SourceId id;
    QVERIFY(workspace.addSource(Runner, runner.endpoint().toString(), false, 50ms,
                                Workspace::Origin::User, nullptr, &id));
    EditorController *editor = workspace.editor();
    editor->follow(id);
    QTRY_COMPARE_WITH_TIMEOUT(editor->model()->devices().size(), 2, WaitMs);
    // The report for the scenario's GPUs: 33 layers of 208 MiB + 32 MiB.
    QVERIFY(editor->openFile(QStringLiteral(VRAMSCOPE_TEST_DATA "/memory_2gpu.json")));
    QVERIFY(editor->model()->assign({0, 1, 2}, 0, nullptr));
    QSignalSpy breakdowns(editor, &EditorController::breakdownChanged);
    QSignalSpy polled(workspace.poller(), &Poller::polled);
    // Polls bring the same devices: nothing new for the bars.
    QTRY_VERIFY_WITH_TIMEOUT(polled.size() >= 5, WaitMs);
    QCOMPARE(breakdowns.size(), 0);
    // An edit changes the breakdown: once, and the table has it.
    QVERIFY(editor->model()->assign({3}, 0, nullptr));
    QCOMPARE(breakdowns.size(), 1);
    const BackendMemory sent = breakdowns.first().first().value<BackendMemory>();
    QCOMPARE(sent.gpus.value(0).weightsTotal(), 4 * 208 * 1024 * 1024ULL);
}

void TestWorkspace::openedFileSurvivesPolls()
{
    FakeRunnerProcess runner;
    QVERIFY2(runner.start({QStringLiteral("--load-after"), QStringLiteral("never")}),
             qPrintable(runner.error()));
    Workspace workspace(&m_network);
    SourceId id;
    QVERIFY(workspace.addSource(Runner, runner.endpoint().toString(), false, 50ms,
                                Workspace::Origin::User, nullptr, &id));
    EditorController *editor = workspace.editor();
    editor->follow(id);
    QTRY_COMPARE_WITH_TIMEOUT(editor->model()->devices().size(), 2, WaitMs);

    // The user opens another machine's /info (one ROCm GPU and an iGPU)
    // and edits a split on it.
    QVERIFY(editor->openFile(QStringLiteral(VRAMSCOPE_TEST_DATA "/info_rocm.json")));
    const QList<DeviceInfo> opened = editor->model()->devices();
    QCOMPARE(editor->target(), EditorController::Target::File);
    QCOMPARE(editor->targetLabel(), QStringLiteral("info_rocm.json"));
    QVERIFY(editor->model()->setLayerCount(10, nullptr));
    QVERIFY(editor->model()->assign({0, 1}, 0, nullptr));
    const int edits = editor->model()->undoStack()->count();
    QVERIFY(edits >= 1);

    QSignalSpy polled(workspace.poller(), &Poller::polled);
    QTRY_VERIFY_WITH_TIMEOUT(polled.size() >= 5, WaitMs);
    // Still the file's devices, and every edit can still be undone.
    QCOMPARE(editor->model()->devices(), opened);
    QCOMPARE(editor->model()->undoStack()->count(), edits);

    // Choosing the source again brings its devices back.
    editor->follow(id);
    QTRY_COMPARE_WITH_TIMEOUT(editor->model()->devices().size(), 2, WaitMs);
    QVERIFY(editor->model()->devices() != opened);
}

void TestWorkspace::measurementForAnotherSourceIsNotApplied()
{
    FakeRunnerProcess runners;
    // Runner 0 takes 2 s to measure; runner 1 answers at once.
    QVERIFY2(runners.start({QStringLiteral("--load-after"), QStringLiteral("never")}, 2),
             qPrintable(runners.error()));
    QVERIFY(runners.command(u"fault @" + QString::number(runners.ports().at(0)) +
                            u" /load=delay:2000"));
    Workspace workspace(&m_network);
    SourceId slow;
    SourceId other;
    QVERIFY(workspace.addSource(Runner, runners.endpoint(0).toString(), false, 100ms,
                                Workspace::Origin::User, nullptr, &slow));
    QVERIFY(workspace.addSource(Runner, runners.endpoint(1).toString(), false, 100ms,
                                Workspace::Origin::User, nullptr, &other));
    EditorController *editor = workspace.editor();
    editor->follow(slow);
    QTRY_COMPARE_WITH_TIMEOUT(editor->model()->devices().size(), 2, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(editor->canMeasure(), WaitMs);
    QVERIFY(editor->model()->setLayerCount(32, nullptr));
    QSignalSpy finished(editor, &EditorController::measurementFinished);
    const int requests = runners.requestCount(0);
    editor->measure();
    QVERIFY(editor->isMeasuring());
    // The /load is out (after its /health) when the user picks the other runner.
    QTRY_VERIFY_WITH_TIMEOUT(runners.requestCount(0) >= requests + 2, WaitMs);
    editor->follow(other);
    QVERIFY(!editor->isMeasuring());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).toString(),
             QStringLiteral("Measurement cancelled: the editor shows other devices now."));
    // Long after the slow answer would have come, nothing of it arrived.
    QTest::qWait(3000);
    QVERIFY(!editor->model()->memory());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(editor->followed(), std::optional<SourceId>(other));
}

void TestWorkspace::localGpusAreOneRowWithTheRunners()
{
    // Two NVIDIA GPUs through the fake NVML: the RTX 4090 the fake runner's
    // two-nvidia scenario also reports (PCI 0000:01:00.0), and a card it
    // does not (0000:03:00.0).
    QTemporaryDir dir;
    QFile script(dir.filePath(QStringLiteral("nvml")));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("driver 550.54.14\n"
                 "gpu name=NVIDIA_GeForce_RTX_4090 uuid=GPU-3f1c9a2e-6b1d-4c2f-9e0a-5d7b8c1e2f30 "
                 "bus=00000000:01:00.0 total=25769803776 used=1073741824 free=24696061952 "
                 "reserved=0 cc=8.9\n"
                 "gpu name=NVIDIA_RTX_A2000 uuid=GPU-a2000 bus=00000000:03:00.0 "
                 "total=6442450944 used=0 free=6442450944 reserved=0 cc=8.6\n"
                 "compute 0 4242 1073741824\n"
                 "compute 0 4300 536870912\n");
    script.close();
    qputenv("FAKENVML_SCRIPT", QFile::encodeName(script.fileName()));
    qputenv("VRAMSCOPE_NVML", FAKENVML_LIBRARY);
    // An ollama 0.24 with its Go runner, loading its model at once.
    FakeRunnerProcess runner;
    QVERIFY2(runner.start({QStringLiteral("--ollama"), QStringLiteral("0.24.0"),
                           QStringLiteral("--load-after"), QStringLiteral("0"),
                           QStringLiteral("--load-seconds"), QStringLiteral("0.2")}),
             qPrintable(runner.error()));
    // The machine's /proc: the process on the RTX 4090 is that runner.
    QTemporaryDir machine;
    const QString digest = runner.modelPath().section(QStringLiteral("sha256-"), 1);
    QCOMPARE(digest.size(), 64);
    QVERIFY(
        writeProcess(machine.filePath(QStringLiteral("proc")), 4242,
                     {"/usr/local/bin/ollama", "runner", "--model", runner.modelPath().toLatin1(),
                      "--port", QByteArray::number(runner.endpoint().port())}));
    // And a program that is not ollama's, on the same GPU.
    QVERIFY(writeProcess(machine.filePath(QStringLiteral("proc")), 4300, {"python3", "train.py"}));
    const QString root = machine.path();

    Workspace workspace(&m_network);
    QVERIFY(workspace.watchLocalGpus(root));
    const SourceId gpus{QStringLiteral("gpus"), root};
    QVERIFY(workspace.poller()->contains(gpus));
    QCOMPARE(originOf(workspace, gpus), SourceListModel::Origin::Discovered);
    QVERIFY(workspace.userSources().isEmpty());
    DeviceTableModel *table = workspace.deviceModel();
    QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 2, WaitMs);
    // The dock says what the probes found (in English plurals once the
    // window installs them; the raw "%n GPU(s)" text here).
    QTRY_VERIFY_WITH_TIMEOUT(workspace.sourceModel()
                                 ->entry(0)
                                 .activity.value_or(SourceActivity())
                                 .text.startsWith(QStringLiteral("2 GPU")),
                             WaitMs);
    // The drivers' figures: 1 GiB used of 24 GiB on the RTX 4090.
    const int rtx = table->rowOfKey(QStringLiteral("pci:0000:01:00.0"));
    QVERIFY(rtx >= 0);
    QCOMPARE(table->device(rtx).totalMemory, 25769803776ULL);
    QCOMPARE(table->device(rtx).usedMemory(), 1073741824ULL);
    QCOMPARE(table->device(rtx).description, QStringLiteral("NVIDIA GeForce RTX 4090"));
    // Its process, in the Processes table, named by its model's blob.
    ProcessTableModel *processes = workspace.processModel();
    QTRY_COMPARE_WITH_TIMEOUT(processes->rowCount(), 2, WaitMs);
    // In key order (GPU, then pid): the runner, 4242, before 4300.
    QCOMPARE(processes->data(processes->index(0, ProcessTableModel::Pid)).toUInt(), 4242u);
    QCOMPARE(processes->data(processes->index(0, ProcessTableModel::Memory)).toULongLong(),
             1073741824ULL);
    QCOMPARE(processes->data(processes->index(0, ProcessTableModel::Model)).toString(),
             u"sha256-" + digest.left(12));
    // What is not ollama's is known per GPU, for the bars.
    QCOMPARE(workspace.occupancy()->otherProcesses(QStringLiteral("pci:0000:01:00.0")),
             std::optional<quint64>(536870912));
    QCOMPARE(workspace.occupancy()->otherProcesses(QStringLiteral("pci:0000:03:00.0")),
             std::optional<quint64>(0));

    // Its server watched: the runner is named by the model the server has
    // loaded from that blob, with what the server says it holds beside
    // what the driver says.
    QVERIFY(workspace.addSource(QStringLiteral("ollama"), runner.ollamaEndpoint().toString(), false,
                                100ms, Workspace::Origin::User, nullptr));
    QTRY_COMPARE_WITH_TIMEOUT(workspace.modelTable()->rowCount(), 1, WaitMs);
    const LoadedModelRow loaded = workspace.modelTable()->row(0);
    QTRY_COMPARE_WITH_TIMEOUT(
        processes->data(processes->index(0, ProcessTableModel::Model)).toString(), loaded.name,
        WaitMs);
    QCOMPARE(processes->data(processes->index(0, ProcessTableModel::OllamaSays)).toULongLong(),
             loaded.sizeVram);

    // The runner sees the RTX 4090 and an RTX 3090 (0000:02:00.0): the
    // 4090 stays one row, the 3090 is a new one.
    QVERIFY(workspace.addSource(Runner, runner.endpoint().toString(), false, 100ms,
                                Workspace::Origin::User, nullptr));
    QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 3, WaitMs);
    QTest::qWait(300);
    QCOMPARE(table->rowCount(), 3);
    QVERIFY(table->rowOfKey(QStringLiteral("pci:0000:02:00.0")) >= 0);
    QCOMPARE(table
                 ->data(table->index(table->rowOfKey(QStringLiteral("pci:0000:01:00.0")), 0),
                        DeviceTableModel::AlsoSeenRole)
                 .toStringList()
                 .size(),
             1);
    qunsetenv("VRAMSCOPE_NVML");
}

void TestWorkspace::noLocalGpuNoSource()
{
    // No NVIDIA library and a tree without a GPU: nothing to watch, so the
    // window can offer the demo.
    qputenv("VRAMSCOPE_NVML", "/nonexistent/libnvidia-ml.so.1");
    Workspace workspace(&m_network);
    QVERIFY(!workspace.watchLocalGpus(QStringLiteral(VRAMSCOPE_TEST_DATA "/roots/no-gpu")));
    QVERIFY(!workspace.hasSources());
    qunsetenv("VRAMSCOPE_NVML");
}

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
