#include "devicetablemodel.h"
#include "fakerunnerprocess.h"
#include "gpuoccupancy.h"
#include "localdiscovery.h"
#include "memoryhistory.h"
#include "modeltablemodel.h"
#include "modeltableproxy.h"
#include "poller.h"
#include "proctree.h"
#include "sourcelistmodel.h"
#include "sourceregistry.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vramscope;
using namespace std::chrono_literals;

namespace {

constexpr int WaitMs = 20000;
const QString Ollama = QStringLiteral("ollama");
const QString LlamaServer = QStringLiteral("llama-server");
const QString GoRunner = QStringLiteral("runner");

QVariant sourceData(const Workspace &workspace, const SourceId &id, int role)
{
    const SourceListModel *sources = workspace.sourceModel();
    return sources->index(sources->rowOf(id)).data(role);
}

// The states the Models table showed for its first row, in order, each once.
class StateLog : public QObject
{
public:
    explicit StateLog(ModelTableModel *model) : m_model(model)
    {
        connect(model, &QAbstractItemModel::dataChanged, this, &StateLog::record);
        connect(model, &QAbstractItemModel::rowsInserted, this, &StateLog::record);
    }
    QList<ModelRunner::State> states;

private:
    void record()
    {
        if (m_model->rowCount() == 0)
            return;
        const ModelRunner::State state = m_model->row(0).state;
        if (states.isEmpty() || states.last() != state)
            states.append(state);
    }
    ModelTableModel *m_model;
};

} // namespace

// The ollama server and its runners as sources, over loopback against the
// fake runner in both eras: found from a /proc tree and from the server's
// address, shown in the sources list with their version, merged into one
// Models row per model, and keeping the last good data on a bad answer.
class TestOllamaSources : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ollamaKindReadsOllamaHostSpelling();
    void currentOllamaWithItsLlamaServer();
    void olderOllamaKeepsItsGoRunners();
    void serverFoundAtItsAddressAlone();
    void badAnswerKeepsTheLastModels();
    void modelExpires();
    void serverLogTellsEachGpu();
    void journalWatchedWhenSystemdHasTheUnit();
    void loadWrittenWhileWatchedIsMarked();

private:
    QNetworkAccessManager m_network;
};

void TestOllamaSources::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void TestOllamaSources::ollamaKindReadsOllamaHostSpelling()
{
    Workspace workspace(&m_network);
    const SourceKind *kind = workspace.registry().kind(Ollama);
    QVERIFY(kind);
    QString error;
    // ollama's rules: default port, 0.0.0.0 reached at loopback, scheme ports.
    QCOMPARE(kind->parseAddress(QStringLiteral("0.0.0.0"), false, &error),
             std::optional<QString>(QStringLiteral("127.0.0.1:11434")));
    QCOMPARE(kind->parseAddress(QStringLiteral("http://localhost"), false, &error),
             std::optional<QString>(QStringLiteral("localhost:80")));
    QCOMPARE(kind->parseAddress(QStringLiteral(":9000"), false, &error),
             std::optional<QString>(QStringLiteral("127.0.0.1:9000")));
    QVERIFY(!kind->parseAddress(QStringLiteral("gpu-box:11434"), false, &error));
    QVERIFY2(error.contains(QStringLiteral("remote")), qPrintable(error));
    QCOMPARE(kind->parseAddress(QStringLiteral("gpu-box"), true, &error),
             std::optional<QString>(QStringLiteral("gpu-box:11434")));
    QVERIFY(!kind->parseAddress(QStringLiteral("https://localhost"), false, &error));
    QVERIFY(!kind->parseAddress(QString(), false, &error));
}

void TestOllamaSources::currentOllamaWithItsLlamaServer()
{
    FakeRunnerProcess fake;
    QVERIFY2(
        fake.start({QStringLiteral("--ollama"), QStringLiteral("0.30.2"), QStringLiteral("--model"),
                    QStringLiteral("qwen3:14b"), QStringLiteral("--keep-alive"),
                    QStringLiteral("-1"), QStringLiteral("--load-after"), QStringLiteral("1"),
                    QStringLiteral("--load-seconds"), QStringLiteral("3")}),
        qPrintable(fake.error()));
    // This machine's process list: the server, with its OLLAMA_HOST, and
    // the llama-server it started.
    QTemporaryDir proc;
    QVERIFY(writeProcess(
        proc.path(), 500, {"/usr/local/bin/ollama", "serve"},
        {"HOME=/usr/share/ollama", "OLLAMA_HOST=" + fake.ollamaEndpoint().toString().toLatin1()}));
    QVERIFY(
        writeProcess(proc.path(), 501,
                     {"/usr/local/lib/ollama/llama-server", "--model", fake.modelPath().toLatin1(),
                      "--port", QByteArray::number(fake.endpoint().port()), "--host", "127.0.0.1",
                      "-c", "4096", "-np", "1"},
                     {}, 500));

    Workspace workspace(&m_network);
    workspace.poller()->setDefaultInterval(200ms);
    ModelTableModel *models = workspace.modelTable();
    QAbstractItemModelTester tester(models, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(models, &QAbstractItemModel::modelReset);
    StateLog log(models);
    workspace.startDiscovery(proc.path(), {}, 100ms);

    const SourceId server{Ollama, fake.ollamaEndpoint().toString()};
    const SourceId runner{LlamaServer, fake.endpoint().toString()};
    QVERIFY(workspace.poller()->contains(server));
    QVERIFY(workspace.poller()->contains(runner));
    QCOMPARE(sourceData(workspace, runner, SourceListModel::DiscoveredRole).toBool(), true);
    // The version, and what it says about the runners below it.
    QTRY_VERIFY_WITH_TIMEOUT(sourceData(workspace, server, SourceListModel::ActivityTextRole)
                                 .toString()
                                 .startsWith(QStringLiteral("ollama 0.30.2 · llama-server")),
                             WaitMs);
    QCOMPARE(sourceData(workspace, server, SourceListModel::KindRole).toString(),
             QStringLiteral("ollama server"));

    // The model: one row, named by the server, its runner beside it.
    QTRY_VERIFY_WITH_TIMEOUT(
        models->rowCount() == 1 && models->row(0).state == ModelRunner::State::Ready, WaitMs);
    const LoadedModelRow row = models->row(0);
    QCOMPARE(row.name, QStringLiteral("qwen3:14b"));
    QVERIFY(row.listedByServer);
    QCOMPARE(row.endpoint, fake.endpoint().toString());
    QCOMPARE(row.pid, qint64(501));
    // Every layer is on a GPU; the scenario's input weights (500 MiB, the
    // token embeddings) stay in system memory, as ollama keeps them.
    QCOMPARE(row.size - row.sizeVram, quint64(524288000));
    // Seen loading first, then ready, on the same row.
    QCOMPARE(log.states.first(), ModelRunner::State::Loading);
    QCOMPARE(log.states.last(), ModelRunner::State::Ready);
    ModelTableProxy proxy;
    proxy.setSourceModel(models);
    // 500 MiB of a model of 21-35 GB (32 layers of 864 MiB, 1 GiB output,
    // the cache and graphs) on the CPU is 1.5-2.5 %: ollama rounds it to 2.
    QVERIFY(row.size > 21'000'000'000ULL && row.size < 34'900'000'000ULL);
    QCOMPARE(proxy.index(0, ModelTableModel::Processor).data().toString(),
             QStringLiteral("2%/98% CPU/GPU"));
    QCOMPARE(proxy.index(0, ModelTableModel::Until).data().toString(), QStringLiteral("Forever"));
    QCOMPARE(sourceData(workspace, runner, SourceListModel::ActivityTextRole).toString(),
             QStringLiteral("ready · build b6000-vramscope-fake"));

    // Ten more polls of the server merge without a reset.
    QSignalSpy polled(workspace.poller(), &Poller::polled);
    QTRY_VERIFY_WITH_TIMEOUT(std::count_if(polled.cbegin(), polled.cend(),
                                           [&](const QList<QVariant> &args) {
                                               return args.at(0).value<SourceId>() == server;
                                           }) >= 10,
                             WaitMs);
    QCOMPARE(models->rowCount(), 1);
    QCOMPARE(resets.size(), 0);

    // The runner ends: its process goes, and the row keeps only what the
    // server says.
    QVERIFY(QDir(proc.filePath(QStringLiteral("501"))).removeRecursively());
    QTRY_VERIFY_WITH_TIMEOUT(!workspace.poller()->contains(runner), WaitMs);
    QCOMPARE(models->rowCount(), 1);
    QCOMPARE(models->row(0).pid, qint64(0));
}

void TestOllamaSources::olderOllamaKeepsItsGoRunners()
{
    FakeRunnerProcess fake;
    QVERIFY2(fake.start({QStringLiteral("--ollama"), QStringLiteral("0.24.0"),
                         QStringLiteral("--model"), QStringLiteral("llama3.1:8b"),
                         QStringLiteral("--load-after"), QStringLiteral("0.2"),
                         QStringLiteral("--load-seconds"), QStringLiteral("0.5")}),
             qPrintable(fake.error()));
    QTemporaryDir proc;
    QVERIFY(writeProcess(proc.path(), 700, {"/usr/bin/ollama", "serve"},
                         {"OLLAMA_HOST=" + fake.ollamaEndpoint().toString().toLatin1()}));
    QVERIFY(writeProcess(proc.path(), 701,
                         {"/usr/bin/ollama", "runner", "--ollama-engine", "--model",
                          fake.modelPath().toLatin1(), "--port",
                          QByteArray::number(fake.endpoint().port())},
                         {}, 700));

    Workspace workspace(&m_network);
    workspace.poller()->setDefaultInterval(200ms);
    workspace.startDiscovery(proc.path(), {}, 100ms);
    const SourceId server{Ollama, fake.ollamaEndpoint().toString()};
    const SourceId runner{GoRunner, fake.endpoint().toString()};
    QVERIFY(workspace.poller()->contains(runner));
    QTRY_VERIFY_WITH_TIMEOUT(sourceData(workspace, server, SourceListModel::ActivityTextRole)
                                 .toString()
                                 .startsWith(QStringLiteral("ollama 0.24.0 · Go runners")),
                             WaitMs);
    // The Go runner still reports its GPUs, and its model is one row.
    QTRY_COMPARE_WITH_TIMEOUT(workspace.deviceModel()->rowCount(), 2, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(workspace.modelTable()->rowCount() == 1 &&
                                 workspace.modelTable()->row(0).state == ModelRunner::State::Ready,
                             WaitMs);
    QCOMPARE(workspace.modelTable()->row(0).name, QStringLiteral("llama3.1:8b"));
    QCOMPARE(workspace.modelTable()->row(0).pid, qint64(701));
}

void TestOllamaSources::serverFoundAtItsAddressAlone()
{
    // No process explains it (a container, a hidden process list): the
    // server is found where it listens, and goes when it stops.
    auto fake = std::make_unique<FakeRunnerProcess>();
    QVERIFY2(fake->start({QStringLiteral("--ollama"), QStringLiteral("0.30.2")}),
             qPrintable(fake->error()));
    QTemporaryDir proc;
    const Endpoint address = fake->ollamaEndpoint();
    Workspace workspace(&m_network);
    workspace.startDiscovery(proc.path(), {address, Endpoint::loopback(1)}, 100ms);
    const SourceId server{Ollama, address.toString()};
    QTRY_VERIFY_WITH_TIMEOUT(workspace.poller()->contains(server), WaitMs);
    QCOMPARE(sourceData(workspace, server, SourceListModel::DiscoveredRole).toBool(), true);
    // Nothing listens on port 1: nothing found there.
    QCOMPARE(workspace.sourceModel()->rowCount(), 1);
    QCOMPARE(workspace.userSources().size(), 0);
    fake.reset();
    QTRY_VERIFY_WITH_TIMEOUT(!workspace.poller()->contains(server), WaitMs);
}

void TestOllamaSources::badAnswerKeepsTheLastModels()
{
    FakeRunnerProcess fake;
    QVERIFY2(fake.start({QStringLiteral("--ollama"), QStringLiteral("0.30.2"),
                         QStringLiteral("--load-after"), QStringLiteral("0"),
                         QStringLiteral("--load-seconds"), QStringLiteral("0.3")}),
             qPrintable(fake.error()));
    Workspace workspace(&m_network);
    SourceId server;
    QString error;
    QVERIFY2(workspace.addSource(Ollama, fake.ollamaEndpoint().toString(), false, 100ms,
                                 Workspace::Origin::User, &error, &server),
             qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(workspace.modelTable()->rowCount(), 1, WaitMs);
    const QString name = workspace.modelTable()->row(0).name;

    // A proxy's HTML page where the model list should be.
    QVERIFY2(fake.command(QStringLiteral("fault /api/ps=200:<html>proxy</html>")),
             qPrintable(fake.error()));
    QTRY_VERIFY_WITH_TIMEOUT(sourceData(workspace, server, SourceListModel::StateRole).toInt() !=
                                 int(SourceState::Ok),
                             WaitMs);
    const QString message = sourceData(workspace, server, SourceListModel::MessageRole).toString();
    QVERIFY2(message.contains(QStringLiteral("/api/ps")), qPrintable(message));
    // The last good data stays, marked by the source's state: nothing moves
    // while the rounds fail. (Taken once the fault holds: a row taken before
    // it may still be loading, and changed under a slow ASan run in CI.)
    const LoadedModelRow kept = workspace.modelTable()->row(0);
    QCOMPARE(kept.name, name);
    QTest::qWait(300);
    QCOMPARE(workspace.modelTable()->rowCount(), 1);
    QCOMPARE(workspace.modelTable()->row(0), kept);

    QVERIFY(fake.command(QStringLiteral("clear")));
    QTRY_COMPARE_WITH_TIMEOUT(sourceData(workspace, server, SourceListModel::StateRole).toInt(),
                              int(SourceState::Ok), WaitMs);
}

void TestOllamaSources::modelExpires()
{
    // Kept for a second after its load, as keep_alive 1s does.
    FakeRunnerProcess fake;
    QVERIFY2(fake.start({QStringLiteral("--ollama"), QStringLiteral("0.30.2"),
                         QStringLiteral("--load-after"), QStringLiteral("0"),
                         QStringLiteral("--load-seconds"), QStringLiteral("0.3"),
                         QStringLiteral("--keep-alive"), QStringLiteral("1")}),
             qPrintable(fake.error()));
    Workspace workspace(&m_network);
    ModelTableModel *models = workspace.modelTable();
    QAbstractItemModelTester tester(models, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(models, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(models, &QAbstractItemModel::rowsRemoved);
    QVERIFY(workspace.addSource(Ollama, fake.ollamaEndpoint().toString(), false, 100ms,
                                Workspace::Origin::User, nullptr));
    QTRY_COMPARE_WITH_TIMEOUT(inserted.size(), 1, WaitMs);
    QVERIFY(models->row(0).expiresAt.isValid());
    // Gone from /api/ps: gone from the table, row by row, not by a reset.
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, WaitMs);
    QCOMPARE(models->rowCount(), 0);
}

void TestOllamaSources::serverLogTellsEachGpu()
{
    // An ollama 0.12.10 log: a first model evicted, then one on CUDA0.
    Workspace workspace(&m_network);
    ModelTableModel *models = workspace.modelTable();
    QAbstractItemModelTester tester(models, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SourceId log;
    QString error;
    QVERIFY2(
        workspace.addSource(QStringLiteral("log"),
                            QStringLiteral(VRAMSCOPE_TEST_DATA "/logs/gorunner_cuda_evicted.log"),
                            false, 100ms, Workspace::Origin::User, &error, &log),
        qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(sourceData(workspace, log, SourceListModel::ActivityTextRole)
                                 .toString()
                                 .startsWith(QStringLiteral("ollama 0.12.10 · ")),
                             WaitMs);
    // Only the resident model is a row; no server names it, its blob does.
    QTRY_COMPARE_WITH_TIMEOUT(models->rowCount(), 1, WaitMs);
    const LoadedModelRow row = models->row(0);
    QCOMPARE(row.name, u"sha256-" + QString(12, u'e'));
    QCOMPARE(row.shares.size(), 1);
    const ModelLoadShare &share = row.shares.first();
    QCOMPARE(share.device, QStringLiteral("CUDA0"));
    // "inference compute" names CUDA0's PCI address; the load request put
    // layers 0..32 (33) on its UUID.
    QCOMPARE(share.pciId, QStringLiteral("0000:01:00.0"));
    QCOMPARE(share.layers, 33);
    // 4.1 GiB = 4402341478.4 -> 4402341478; 1.0 GiB; 560.0 MiB = 587202560:
    // 6063285862 B in all, 5.647 GiB.
    QCOMPARE(share.total().bytes, 6063285862LL);
    QCOMPARE(models->index(0, ModelTableModel::Gpus).data().toString(),
             QStringLiteral("CUDA0: 33 layer(s), 5.6 GiB"));
    // The same numbers for the bars, on the GPU at that PCI address.
    const QList<GpuOccupancy::ModelPart> parts =
        workspace.occupancy()->models(QStringLiteral("pci:0000:01:00.0"));
    QCOMPARE(parts.size(), 1);
    QCOMPARE(parts.first().model, row.name);
    QCOMPARE(parts.first().weights, 4402341478ULL);
    QCOMPARE(parts.first().kvCache, 1073741824ULL);
    QCOMPARE(parts.first().graph, 587202560ULL);
    QVERIFY(workspace.occupancy()->models(QStringLiteral("pci:0000:02:00.0")).isEmpty());
    // Only the log knows these GPUs: two rows, 24.0 GiB each, with at
    // least the resident model's 6063285862 B used on CUDA0; CUDA1 as its
    // start left it (24.0 - 23.3 GiB available = 0.7 GiB used).
    DeviceTableModel *devices = workspace.deviceModel();
    QTRY_COMPARE_WITH_TIMEOUT(devices->rowCount(), 2, WaitMs);
    const DeviceInfo cuda0 = devices->device(devices->rowOfKey(QStringLiteral("pci:0000:01:00.0")));
    QCOMPARE(cuda0.totalMemory, 24ULL << 30);
    QVERIFY(cuda0.usedMemory() >= 6063285862ULL);
    const DeviceInfo cuda1 = devices->device(devices->rowOfKey(QStringLiteral("pci:0000:02:00.0")));
    // 23.3 GiB = 25018184499.2 -> 25018184499 B available.
    QCOMPARE(cuda1.usedMemory(), (24ULL << 30) - 25018184499ULL);
}

void TestOllamaSources::journalWatchedWhenSystemdHasTheUnit()
{
    QTemporaryDir root;
    Workspace workspace(&m_network);
    QVERIFY(!workspace.watchServerLog(root.path()));
    QCOMPARE(workspace.sourceModel()->rowCount(), 0);
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("etc/systemd/system")));
    QFile unit(root.filePath(QStringLiteral("etc/systemd/system/ollama.service")));
    QVERIFY(unit.open(QIODevice::WriteOnly));
    unit.close();
    QVERIFY(workspace.watchServerLog(root.path()));
    const SourceId journal{QStringLiteral("log"), QStringLiteral("journal")};
    QVERIFY(workspace.poller()->contains(journal));
    QCOMPARE(sourceData(workspace, journal, SourceListModel::DiscoveredRole).toBool(), true);
    QVERIFY(workspace.userSources().isEmpty());
}

void TestOllamaSources::loadWrittenWhileWatchedIsMarked()
{
    // The journal's lines of one load, written while vramscope watches.
    QFile source(QStringLiteral(VRAMSCOPE_TEST_DATA "/logs/journal_two_models.log"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = source.readAll().split('\n');
    QTemporaryDir dir;
    QFile log(dir.filePath(QStringLiteral("server.log")));
    QVERIFY(log.open(QIODevice::WriteOnly));
    const auto write = [&log, &lines](int from, int to) {
        for (int line = from; line < to; ++line)
            log.write(lines[line] + '\n');
        log.flush();
    };
    write(0, 2); // the server's start and its GPU
    Workspace workspace(&m_network);
    SourceId id;
    QVERIFY(workspace.addSource(QStringLiteral("log"), log.fileName(), false, 100ms,
                                Workspace::Origin::User, nullptr, &id));
    QTRY_VERIFY_WITH_TIMEOUT(sourceData(workspace, id, SourceListModel::ActivityTextRole)
                                 .toString()
                                 .contains(QStringLiteral("0.30.5")),
                             WaitMs);
    QVERIFY(workspace.history()->markers().isEmpty());
    const auto kinds = [&workspace] {
        QList<MemoryHistory::Marker::Kind> seen;
        for (const MemoryHistory::Marker &marker : workspace.history()->markers())
            seen.append(marker.kind);
        return seen;
    };
    write(2, 11); // llama-server starts and reports its buffers
    QTRY_COMPARE_WITH_TIMEOUT(
        kinds(), QList<MemoryHistory::Marker::Kind>{MemoryHistory::Marker::Kind::LoadStarted},
        WaitMs);
    write(11, 12); // "llama-server started in 3.01 seconds"
    QTRY_COMPARE_WITH_TIMEOUT(
        kinds(),
        (QList<MemoryHistory::Marker::Kind>{MemoryHistory::Marker::Kind::LoadStarted,
                                            MemoryHistory::Marker::Kind::LoadFinished}),
        WaitMs);
}

QTEST_GUILESS_MAIN(TestOllamaSources)
#include "tst_ollamasources.moc"
