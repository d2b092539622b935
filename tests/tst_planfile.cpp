#include "planfile.h"

#include "wireformat.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <sys/resource.h>

using namespace vramscope;

namespace {

const QString Gpu0 = QStringLiteral("GPU-3f1c9a2e-6b1d-4c2f-9e0a-5d7b8c1e2f30");
const QString Gpu1 = QStringLiteral("GPU-8d2e4f60-1a3b-4c5d-8e7f-9a0b1c2d3e4f");

QByteArray readData(const char *name)
{
    QFile file(QStringLiteral(VRAMSCOPE_TEST_DATA "/") + QLatin1StringView(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", name);
    return file.readAll();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A plan with everything set to something other than its default.
PlanFile fullPlan()
{
    PlanFile plan;
    plan.endpoint = QStringLiteral("127.0.0.1:41234");
    plan.devices = *WireFormat::readDeviceInfoList(readData("info_cuda.json"), nullptr);
    plan.memory = *WireFormat::readBackendMemory(readData("memory_2gpu.json"), nullptr);
    plan.system = *WireFormat::readSystemInfo(readData("system.json"), nullptr);
    plan.layerCount = 33;
    plan.split.groups = {{{Gpu1, QStringLiteral("CUDA")}, {0, 1, 2}},
                         {{Gpu0, QStringLiteral("CUDA")}, {5, 9}}};
    plan.layout.numGpu = 12;
    plan.layout.requireFull = true;
    plan.layout.spread = true;
    plan.layout.gpuOverhead = 536870912;
    plan.layout.backoff = 0.25f;
    plan.layout.era = OllamaVersion::Era::LlamaServer;
    plan.layout.mainGpu = 1;
    plan.layout.fitTarget = 2147483648;
    plan.fit.contextSize = 8192;
    plan.fit.parallel = 2;
    plan.fit.batchSize = 256;
    plan.fit.flashAttention = true;
    plan.fit.kvCacheType = QStringLiteral("q8_0");
    return plan;
}

// The plan a child process writes: the devices repeated until its JSON is
// several MiB, so that a file-size limit stops the write half way.
PlanFile largePlan()
{
    PlanFile plan = fullPlan();
    const QList<DeviceInfo> two = plan.devices;
    plan.split = GpuLayersList();
    plan.devices.clear();
    for (int i = 0; i < 8000; ++i)
        plan.devices.append(two);
    return plan;
}

constexpr rlim_t ChildFileLimit = 64 * 1024;

// Runs in the child: saves largePlan() to path with file writes limited to
// 64 KiB. With SIGXFSZ at its default the kernel kills the process in the
// middle of the write; ignored, the write fails and save() must say so.
int childSave(const char *path, bool ignoreSignal)
{
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
    if (ignoreSignal)
        std::signal(SIGXFSZ, SIG_IGN);
    const PlanFile plan = largePlan();
    const rlimit limit{ChildFileLimit, ChildFileLimit};
    setrlimit(RLIMIT_FSIZE, &limit);
    QString error;
    const bool saved = plan.save(QString::fromLocal8Bit(path), &error);
    std::fputs(qPrintable(error), stdout);
    return saved ? 0 : 3;
}

} // namespace

class TestPlanFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void defaultsRoundTrip();
    void writesForPeople();
    void opensRunnerAnswers_data();
    void opensRunnerAnswers();
    void badPlans_data();
    void badPlans();
    void openErrors();
    void saveErrorKeepsOldFile();
    void killedMidSaveKeepsOldFile();
    void failedWriteKeepsOldFile();

private:
    // Runs this test binary as a child that saves a large plan to path.
    QProcess *startChild(const QString &path, bool ignoreSignal);
};

void TestPlanFile::roundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    const PlanFile plan = fullPlan();
    QString error;
    QVERIFY2(plan.save(path, &error), qPrintable(error));
    const std::optional<PlanFile> read = PlanFile::open(path, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->kind, PlanFile::Kind::Plan);
    QVERIFY(*read == plan);
    // Saving what was read gives the same bytes.
    QCOMPARE(read->toJson(), plan.toJson());
}

void TestPlanFile::defaultsRoundTrip()
{
    // No devices, no report, no split: a plan started by hand.
    PlanFile plan;
    plan.layerCount = 4;
    QString error;
    const std::optional<PlanFile> read = PlanFile::fromJson(plan.toJson(), &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY(*read == plan);
    QCOMPARE(read->fit.contextSize, 4096);
    QCOMPARE(read->layout.numGpu, -1);
    QCOMPARE(read->layout.era, OllamaVersion::Era::GoRunner);
}

void TestPlanFile::writesForPeople()
{
    const QByteArray json = fullPlan().toJson();
    // The split in ollama's notation, beside the list that is read back.
    QVERIFY(json.contains(QByteArray("\"split_text\": \"5[ID:" + Gpu1.toUtf8() +
                                     " Layers:3(0..2) ID:" + Gpu0.toUtf8() + " Layers:2[5 9]]\"")));
    QVERIFY(json.contains("\"vramscope_plan\": 1"));
    QVERIFY(json.contains("\"gpu_overhead\": 536870912"));
    QVERIFY(json.contains("\"era\": \"llama-server\""));
}

void TestPlanFile::opensRunnerAnswers_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<PlanFile::Kind>("kind");
    QTest::addColumn<int>("devices");
    QTest::addColumn<int>("layers");

    QTest::newRow("/info") << readData("info_cuda.json") << PlanFile::Kind::Devices << 2 << 0;
    QTest::newRow("BackendMemory")
        << readData("memory_2gpu.json") << PlanFile::Kind::Memory << 0 << 33;
    const QByteArray answer =
        "{\"Success\":false,\"Memory\":" + readData("memory_partial_offload.json") + "}";
    QTest::newRow("/load answer") << answer << PlanFile::Kind::FitAnswer << 0
                                  << int(WireFormat::readBackendMemory(
                                             readData("memory_partial_offload.json"), nullptr)
                                             ->cpu.weights.size());
}

void TestPlanFile::opensRunnerAnswers()
{
    QFETCH(QByteArray, json);
    QFETCH(PlanFile::Kind, kind);
    QFETCH(int, devices);
    QFETCH(int, layers);
    QString error;
    const std::optional<PlanFile> file = PlanFile::fromJson(json, &error);
    QVERIFY2(file, qPrintable(error));
    QCOMPARE(file->kind, kind);
    QCOMPARE(file->devices.size(), devices);
    QCOMPARE(file->memory.has_value(), kind != PlanFile::Kind::Devices);
    QCOMPARE(file->layerCount, layers);
}

void TestPlanFile::badPlans_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    QTest::newRow("not JSON") << QByteArray("{\"vramscope_plan\": 1,")
                              << QStringLiteral("not valid JSON at byte 21: unterminated object");
    QTest::newRow("something else")
        << QByteArray("{\"name\": \"x\"}")
        << QStringLiteral("not a plan, an /info body, a memory report (BackendMemory) or a /load "
                          "answer");
    QTest::newRow("newer format")
        << QByteArray("{\"vramscope_plan\": 2}")
        << QStringLiteral("written by a newer vramscope (plan format 2; this one reads 1)");
    QTest::newRow("bad device")
        << QByteArray("{\"vramscope_plan\": 1, \"devices\": [{\"id\": \"0\", \"total_memory\": "
                      "-5}], \"layer_count\": 0}")
        << QStringLiteral("devices[0].total_memory: expected a non-negative integer, got -5");
    QTest::newRow("split names an unknown device")
        << QByteArray("{\"vramscope_plan\": 1, \"devices\": [], \"layer_count\": 4, \"split\": "
                      "[{\"id\": \"7\", \"backend\": \"CUDA\", \"Layers\": [0]}]}")
        << QStringLiteral("split: ID:7 (CUDA) is not one of the devices");
    QTest::newRow("split past the layers")
        << QByteArray("{\"vramscope_plan\": 1, \"devices\": [{\"id\": \"0\", \"backend\": "
                      "\"CUDA\"}], \"layer_count\": 4, \"split\": [{\"id\": \"0\", \"backend\": "
                      "\"CUDA\", \"Layers\": [4]}]}")
        << QStringLiteral("split: layer 4 is past the model's last layer (3)");
    QTest::newRow("layer count against the report")
        << QByteArray("{\"vramscope_plan\": 1, \"layer_count\": 5, \"memory\": " +
                      readData("memory_2gpu.json") + "}")
        << QStringLiteral("layer_count says 5 layers, the memory report 33");
    QTest::newRow("layer count missing")
        << QByteArray("{\"vramscope_plan\": 1}")
        << QStringLiteral("layer_count: expected a whole number from 0 to 10000");
    QTest::newRow("fractional setting")
        << QByteArray("{\"vramscope_plan\": 1, \"layer_count\": 0, \"settings\": {\"parallel\": "
                      "1.5}}")
        << QStringLiteral("settings.parallel: expected a whole number from 1 to 2147483647");
    QTest::newRow("overhead past int64")
        << QByteArray("{\"vramscope_plan\": 1, \"layer_count\": 0, \"settings\": "
                      "{\"gpu_overhead\": 18446744073709551615}}")
        << QStringLiteral(
               "settings.gpu_overhead: expected a whole number from 0 to 9223372036854775807");
    QTest::newRow("backoff above 1")
        << QByteArray("{\"vramscope_plan\": 1, \"layer_count\": 0, \"settings\": {\"backoff\": "
                      "1.5}}")
        << QStringLiteral("settings.backoff: expected a number from 0 to 1");
    QTest::newRow("unknown era")
        << QByteArray("{\"vramscope_plan\": 1, \"layer_count\": 0, \"settings\": {\"era\": "
                      "\"ollama-0.25\"}}")
        << QStringLiteral("settings.era: expected \"go-runner\" or \"llama-server\"");
    QTest::newRow("settings not an object")
        << QByteArray("{\"vramscope_plan\": 1, \"layer_count\": 0, \"settings\": 3}")
        << QStringLiteral("settings: expected an object");
}

void TestPlanFile::badPlans()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!PlanFile::fromJson(json, &message));
    QCOMPARE(message, error);
}

void TestPlanFile::openErrors()
{
    QTemporaryDir dir;
    QString error;
    const QString missing = dir.filePath(QStringLiteral("missing.json"));
    QVERIFY(!PlanFile::open(missing, &error));
    QCOMPARE(error, u"Could not open " + missing + u": No such file or directory");
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("GPULayers:2[ID:0 Layers:2(0..1)]");
    file.close();
    QVERIFY(!PlanFile::open(text, &error));
    QVERIFY2(error.startsWith(text + u": not valid JSON at byte 1: illegal value"),
             qPrintable(error));
}

void TestPlanFile::saveErrorKeepsOldFile()
{
    QString error;
    QVERIFY(!fullPlan().save(QStringLiteral("/nonexistent-dir/plan.json"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("Could not save /nonexistent-dir/plan.json: ")),
             qPrintable(error));
    QVERIFY(error.endsWith(QStringLiteral(". Any earlier file there is unchanged.")));
}

QProcess *TestPlanFile::startChild(const QString &path, bool ignoreSignal)
{
    auto *child = new QProcess(this);
    child->setProgram(QCoreApplication::applicationFilePath());
    child->setArguments({ignoreSignal ? QStringLiteral("--child-save-failing")
                                      : QStringLiteral("--child-save-killed"),
                         path});
    child->start();
    return child;
}

void TestPlanFile::killedMidSaveKeepsOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    QString error;
    QVERIFY2(fullPlan().save(path, &error), qPrintable(error));
    const QByteArray old = readFile(path);
    QVERIFY(largePlan().toJson().size() > qsizetype(4 * ChildFileLimit));

    QProcess *child = startChild(path, false);
    QVERIFY(child->waitForFinished(60000));
    // Killed by SIGXFSZ when its write passed the limit: mid-write.
    QCOMPARE(child->exitStatus(), QProcess::CrashExit);
    QCOMPARE(readFile(path), old);
    QVERIFY(PlanFile::open(path, &error));
    // No half-written file is left beside it under the plan's name.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("plan.json")});
}

void TestPlanFile::failedWriteKeepsOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    QString error;
    QVERIFY2(fullPlan().save(path, &error), qPrintable(error));
    const QByteArray old = readFile(path);

    QProcess *child = startChild(path, true);
    QVERIFY(child->waitForFinished(60000));
    QCOMPARE(child->exitStatus(), QProcess::NormalExit);
    QCOMPARE(child->exitCode(), 3);
    const QString message = QString::fromLocal8Bit(child->readAllStandardOutput());
    QVERIFY2(message.startsWith(u"Could not save " + path + u": "), qPrintable(message));
    QCOMPARE(readFile(path), old);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("plan.json")});
}

int main(int argc, char **argv)
{
    // The child side of the crash tests.
    if (argc == 3 && std::strcmp(argv[1], "--child-save-killed") == 0)
        return childSave(argv[2], false);
    if (argc == 3 && std::strcmp(argv[1], "--child-save-failing") == 0)
        return childSave(argv[2], true);
    QCoreApplication app(argc, argv);
    TestPlanFile test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_planfile.moc"
