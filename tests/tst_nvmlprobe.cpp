#include "nvmllibrary.h"
#include "nvmlprobe.h"
#include "support/nativeprocesstostring.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vramscope;
using namespace Qt::StringLiterals;

// NvmlProbe against the fake libnvidia-ml (tests/support/fakenvml.cpp),
// loaded by dlopen and scripted per test. Expected values come from each
// script, worked out by hand.
class TestNvmlProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void severalGpus();
    void staysInitialisedBetweenRounds();
    void legacyLibrary();
    void memoryV2Fails();
    void unifiedMemory();
    void processListGrows();
    void processListKeepsGrowing();
    void garbageProcessCount();
    void garbageDeviceCount();
    void notStarted_data();
    void notStarted();
    void defaultLibrary();

private:
    // Writes the script and points the fake at it.
    void script(const QByteArray &text);
    QStringList log() const;
    QString procRoot() const { return m_dir.filePath(u"proc"_s); }

    QTemporaryDir m_dir;
};

namespace {

constexpr quint64 MiB = 1024 * 1024;
constexpr quint64 GiB = 1024 * MiB;

QString fakeLibrary()
{
    return QStringLiteral(FAKENVML_LIBRARY);
}

} // namespace

void TestNvmlProbe::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Two processes with command lines, one with only a name.
    const QList<std::pair<QByteArray, QByteArray>> processes = {
        {"4242", QByteArray("/usr/bin/ollama\0runner\0--port\0"
                            "401\0",
                            34)},
        {"4300", QByteArray("python3\0-m\0vllm\0", 16)},
    };
    for (const auto &[pid, cmdline] : processes) {
        QVERIFY(QDir().mkpath(procRoot() + u'/' + QString::fromLatin1(pid)));
        QFile file(procRoot() + u'/' + QString::fromLatin1(pid) + u"/cmdline"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(cmdline);
    }
    QVERIFY(QDir().mkpath(procRoot() + u"/4500"_s));
    QFile comm(procRoot() + u"/4500/comm"_s);
    QVERIFY(comm.open(QIODevice::WriteOnly));
    comm.write("Xorg\n");
}

void TestNvmlProbe::init()
{
    QFile::remove(m_dir.filePath(u"log"_s));
    qputenv("FAKENVML_LOG", m_dir.filePath(u"log"_s).toLocal8Bit());
}

void TestNvmlProbe::script(const QByteArray &text)
{
    QFile file(m_dir.filePath(u"script"_s));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    qputenv("FAKENVML_SCRIPT", file.fileName().toLocal8Bit());
}

QStringList TestNvmlProbe::log() const
{
    QFile file(m_dir.filePath(u"log"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

void TestNvmlProbe::severalGpus()
{
    script("driver 550.54.14\n"
           "gpu name=NVIDIA_GeForce_RTX_4090 uuid=GPU-3f1c9a2e-6b1d-4c2f-9e0a-5d7b8c1e2f30 "
           "bus=00000000:01:00.0 total=25757220864 reserved=356515840 used=2147483648 "
           "free=23253221376 cc=8.9\n"
           "gpu name=NVIDIA_GeForce_RTX_3090 uuid=GPU-8d2e4f60-1a3b-4c5d-8e7f-9a0b1c2d3e4f "
           "bus=00000000:02:00.0 total=25438126080 used=0 free=25438126080 cc=8.6\n"
           "compute 0 4242 1610612736\n"
           "compute 0 4300 na\n"
           "graphics 0 4500 268435456\n"
           // 4242 in both lists is one process; its larger figure counts.
           "graphics 0 4242 1000\n");
    NvmlProbe probe(fakeLibrary(), procRoot());
    NativeProbeStatus status;
    const QList<NativeGpu> gpus = probe.probe(&status);
    QCOMPARE(status.probe, u"nvml"_s);
    QCOMPARE(status.state, NativeProbeStatus::State::Ok);
    QCOMPARE(status.message, u"2 GPUs, driver 550.54.14"_s);
    QCOMPARE(status.warnings, QStringList());
    QCOMPARE(gpus.size(), 2);

    const NativeGpu &first = gpus[0];
    QCOMPARE(first.vendor, u"NVIDIA"_s);
    QCOMPARE(first.index, 0);
    QCOMPARE(first.id, u"GPU-3f1c9a2e-6b1d-4c2f-9e0a-5d7b8c1e2f30"_s);
    QCOMPARE(first.name, u"NVIDIA GeForce RTX 4090"_s);
    QCOMPARE(first.pciId, u"0000:01:00.0"_s);
    QCOMPARE(first.compute, u"8.9"_s);
    QCOMPARE(first.driver, u"550.54.14"_s);
    QCOMPARE(first.source, u"NVML v2"_s);
    QCOMPARE(first.totalMemory, 25757220864ull);
    // v2's used leaves the reserved memory out.
    QCOMPARE(first.usedMemory, 2147483648ull);
    QCOMPARE(first.freeMemory, 23253221376ull);
    QVERIFY(!first.unifiedMemory);
    const QList<NativeProcess> expected = {
        {4242, u"/usr/bin/ollama runner --port 401"_s, 1536 * MiB},
        {4300, u"python3 -m vllm"_s, std::nullopt},
        {4500, u"Xorg"_s, 256 * MiB},
    };
    QCOMPARE(first.processes, expected);

    QCOMPARE(gpus[1].index, 1);
    QCOMPARE(gpus[1].pciId, u"0000:02:00.0"_s);
    QCOMPARE(gpus[1].compute, u"8.6"_s);
    QCOMPARE(gpus[1].processes, QList<NativeProcess>());

    // The newest entry points were used, and memory through v2 only.
    const QStringList calls = log();
    QVERIFY(calls.contains(u"nvmlDeviceGetComputeRunningProcesses_v3 gpu=0 count=0 ret=7"_s));
    QVERIFY(calls.contains(u"nvmlDeviceGetGraphicsRunningProcesses_v3 gpu=0 count=0 ret=7"_s));
    QVERIFY(!calls.join(u'\n').contains(u"Processes_v2"_s));
    QVERIFY(!calls.join(u'\n').contains(u"nvmlDeviceGetMemoryInfo "_s));
    QCOMPARE(calls.filter(u"nvmlDeviceGetMemoryInfo_v2 "_s).size(), 2);
}

void TestNvmlProbe::staysInitialisedBetweenRounds()
{
    script("gpu uuid=GPU-a total=100 used=10 free=90\n");
    {
        NvmlProbe probe(fakeLibrary(), procRoot());
        NativeProbeStatus first;
        NativeProbeStatus second;
        QCOMPARE(probe.probe(&first).size(), 1);
        QCOMPARE(probe.probe(&second).size(), 1);
        QCOMPARE(second.state, NativeProbeStatus::State::Ok);
    }
    const QStringList calls = log();
    QCOMPARE(calls.filter(u"nvmlInit_v2"_s).size(), 1);
    QCOMPARE(calls.filter(u"nvmlDeviceGetCount_v2"_s).size(), 2);
    // Shut down once, when the probe goes.
    QCOMPARE(calls.filter(u"nvmlShutdown"_s).size(), 1);
    QVERIFY(calls.last().startsWith(u"nvmlShutdown"_s));
}

void TestNvmlProbe::legacyLibrary()
{
    // No _v2 memory and no _v2/_v3 process lists: dlsym fails for them, the
    // plain functions answer with the shorter v1 entries (16 bytes, not 24).
    // v1's used includes reserved: 2 GiB + 340 MiB.
    script("gpu name=Tesla_T4 uuid=GPU-t4 bus=00000000:3B:00.0 total=16106127360 "
           "reserved=356515840 used=2147483648 free=13602127872 cc=7.5\n"
           "compute 0 4242 1073741824\n"
           "compute 0 4300 na\n"
           "compute 0 4500 536870912\n");
    NvmlProbe probe(QStringLiteral(FAKENVML_LEGACY_LIBRARY), procRoot());
    NativeProbeStatus status;
    const QList<NativeGpu> gpus = probe.probe(&status);
    QCOMPARE(status.state, NativeProbeStatus::State::Ok);
    QCOMPARE(status.warnings, QStringList());
    QCOMPARE(gpus.size(), 1);
    QCOMPARE(gpus[0].source, u"NVML v1"_s);
    QCOMPARE(gpus[0].pciId, u"0000:3b:00.0"_s);
    QCOMPARE(gpus[0].usedMemory, 2147483648ull + 356515840ull);
    QCOMPARE(gpus[0].freeMemory, 13602127872ull);
    const QList<NativeProcess> expected = {
        {4242, u"/usr/bin/ollama runner --port 401"_s, GiB},
        {4300, u"python3 -m vllm"_s, std::nullopt},
        {4500, u"Xorg"_s, 512 * MiB},
    };
    QCOMPARE(gpus[0].processes, expected);
    const QString calls = log().join(u'\n');
    QVERIFY(calls.contains(u"nvmlDeviceGetComputeRunningProcesses gpu=0"_s));
    QVERIFY(calls.contains(u"nvmlDeviceGetMemoryInfo gpu=0"_s));
}

void TestNvmlProbe::memoryV2Fails()
{
    // A driver whose v2 entry point exists but fails: v1 answers, and the
    // round says so.
    script("gpu uuid=GPU-a total=1000 reserved=100 used=200 free=700 memory=v2error\n");
    NvmlProbe probe(fakeLibrary(), procRoot());
    NativeProbeStatus status;
    const QList<NativeGpu> gpus = probe.probe(&status);
    QCOMPARE(gpus.size(), 1);
    QCOMPARE(gpus[0].source, u"NVML v1"_s);
    QCOMPARE(gpus[0].usedMemory, 300ull);
    QCOMPARE(status.warnings,
             QStringList{u"GPU 0: nvmlDeviceGetMemoryInfo_v2: Unknown Error (999); using "
                         u"nvmlDeviceGetMemoryInfo"_s});
}

void TestNvmlProbe::unifiedMemory()
{
    // Memory "not supported" (a unified-memory board) and total 0.
    script("gpu uuid=GPU-gh200 memory=unsupported\n"
           "gpu uuid=GPU-zero total=0 used=0 free=0\n");
    NvmlProbe probe(fakeLibrary(), procRoot());
    NativeProbeStatus status;
    const QList<NativeGpu> gpus = probe.probe(&status);
    QCOMPARE(gpus.size(), 2);
    QVERIFY(gpus[0].unifiedMemory);
    QVERIFY(gpus[1].unifiedMemory);
    QCOMPARE(status.warnings, QStringList());
}

void TestNvmlProbe::processListGrows()
{
    // One compute process; each of the first two calls of each list adds 20
    // more before answering. Compute: ask with no room -> 7, needs 21; ask
    // with 21 + 21/4 + 4 = 30 -> the list is 41 now -> 7; ask with 41 + 10 + 4
    // = 55 -> 41 entries. Graphics the same from none: 20, then room 29 with
    // 40 there -> 7, then room 54 -> 40 entries. 41 + 40 = 81 processes.
    script("gpu uuid=GPU-a total=100 used=10 free=90 grow=2:20\n"
           "compute 0 4242 1048576\n");
    NvmlProbe probe(fakeLibrary(), procRoot());
    NativeProbeStatus status;
    const QList<NativeGpu> gpus = probe.probe(&status);
    QCOMPARE(status.warnings, QStringList());
    QCOMPARE(gpus.size(), 1);
    QCOMPARE(gpus[0].processes.size(), 81);
    QCOMPARE(gpus[0].processes.first().pid, 4242u);
    // The grown ones are numbered from 900000 by the fake: compute's 40 first.
    QCOMPARE(gpus[0].processes.last().pid, 900079u);
    QCOMPARE(gpus[0].processes.last().usedMemory, std::optional<quint64>(MiB));
    const QStringList compute = log().filter(u"nvmlDeviceGetComputeRunningProcesses_v3"_s);
    const QStringList expected = {
        u"nvmlDeviceGetComputeRunningProcesses_v3 gpu=0 count=0 ret=7"_s,
        u"nvmlDeviceGetComputeRunningProcesses_v3 gpu=0 count=30 ret=7"_s,
        u"nvmlDeviceGetComputeRunningProcesses_v3 gpu=0 count=55 ret=0"_s,
    };
    QCOMPARE(compute, expected);
    const QStringList graphics = log().filter(u"nvmlDeviceGetGraphicsRunningProcesses_v3"_s);
    const QStringList expectedGraphics = {
        u"nvmlDeviceGetGraphicsRunningProcesses_v3 gpu=0 count=0 ret=7"_s,
        u"nvmlDeviceGetGraphicsRunningProcesses_v3 gpu=0 count=29 ret=7"_s,
        u"nvmlDeviceGetGraphicsRunningProcesses_v3 gpu=0 count=54 ret=0"_s,
    };
    QCOMPARE(graphics, expectedGraphics);
}

void TestNvmlProbe::processListKeepsGrowing()
{
    // 50 more on every call: never enough room. The probe stops after its
    // bounded number of tries, shows no list and says why.
    script("gpu uuid=GPU-a total=100 used=10 free=90 grow=1000:50\n");
    NvmlProbe probe(fakeLibrary(), procRoot());
    NativeProbeStatus status;
    const QList<NativeGpu> gpus = probe.probe(&status);
    QCOMPARE(gpus.size(), 1);
    QCOMPARE(gpus[0].processes, QList<NativeProcess>());
    QCOMPARE(log().filter(u"nvmlDeviceGetComputeRunningProcesses_v3"_s).size(),
             NvmlProbe::MaxProcessListAttempts);
    QVERIFY2(status.warnings.contains(u"GPU 0: compute processes: the list kept growing after 4 "
                                      u"tries (not shown)"_s),
             qPrintable(status.warnings.join(u'\n')));
}

void TestNvmlProbe::garbageProcessCount()
{
    // Every call wants room for 2^32 - 1 entries: bounded to MaxProcesses,
    // asked once more, then given up; the round ends.
    script("gpu uuid=GPU-a total=100 used=10 free=90 garbage=1\n");
    NvmlProbe probe(fakeLibrary(), procRoot());
    NativeProbeStatus status;
    const QList<NativeGpu> gpus = probe.probe(&status);
    QCOMPARE(gpus.size(), 1);
    QCOMPARE(gpus[0].processes, QList<NativeProcess>());
    const QStringList compute = log().filter(u"nvmlDeviceGetComputeRunningProcesses_v3"_s);
    const QStringList expected = {
        u"nvmlDeviceGetComputeRunningProcesses_v3 gpu=0 count=0 ret=7"_s,
        u"nvmlDeviceGetComputeRunningProcesses_v3 gpu=0 count=4096 ret=7"_s,
    };
    QCOMPARE(compute, expected);
    QVERIFY2(status.warnings.contains(u"GPU 0: compute processes: asked for room for 4294967295 "
                                      u"processes; at most 4096 are read (not shown)"_s),
             qPrintable(status.warnings.join(u'\n')));
}

void TestNvmlProbe::garbageDeviceCount()
{
    // NVML says a billion GPUs but has two: 64 are tried, 62 fail to open,
    // and both facts are reported once each.
    script("count 1000000000\n"
           "gpu uuid=GPU-a total=100 used=10 free=90\n"
           "gpu uuid=GPU-b total=100 used=10 free=90\n");
    NvmlProbe probe(fakeLibrary(), procRoot());
    NativeProbeStatus status;
    const QList<NativeGpu> gpus = probe.probe(&status);
    QCOMPARE(gpus.size(), 2);
    QCOMPARE(status.state, NativeProbeStatus::State::Ok);
    const QStringList expected = {
        u"NVML reported 1000000000 GPUs; reading the first 64"_s,
        u"62 of 64 GPUs could not be opened (first: GPU 2: nvmlDeviceGetHandleByIndex_v2: "
        u"Invalid Argument (2))"_s,
    };
    QCOMPARE(status.warnings, expected);
}

void TestNvmlProbe::notStarted_data()
{
    QTest::addColumn<QString>("library");
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<NativeProbeStatus::State>("state");
    QTest::addColumn<QString>("message");
    QTest::newRow("driver not loaded")
        << fakeLibrary() << QByteArray("init 9\n") << NativeProbeStatus::State::Unavailable
        << u"no NVIDIA driver (nvmlInit_v2: Driver Not Loaded (9))"_s;
    QTest::newRow("library not found")
        << fakeLibrary() << QByteArray("init 12\n") << NativeProbeStatus::State::Unavailable
        << u"no NVIDIA driver (nvmlInit_v2: NVML Shared Library Not Found (12))"_s;
    QTest::newRow("other failure")
        << fakeLibrary() << QByteArray("init 999\n") << NativeProbeStatus::State::Failed
        << u"NVML did not start (nvmlInit_v2: Unknown Error (999))"_s;
}

void TestNvmlProbe::notStarted()
{
    QFETCH(QString, library);
    QFETCH(QByteArray, script);
    QFETCH(NativeProbeStatus::State, state);
    QFETCH(QString, message);
    this->script(script);
    NvmlProbe probe(library, procRoot());
    NativeProbeStatus status;
    QCOMPARE(probe.probe(&status), QList<NativeGpu>());
    QCOMPARE(status.state, state);
    QCOMPARE(status.message, message);
    // Never started, so never shut down.
    QCOMPARE(log().filter(u"nvmlShutdown"_s), QStringList());
}

void TestNvmlProbe::defaultLibrary()
{
    // VRAMSCOPE_NVML replaces the default name.
    qunsetenv("VRAMSCOPE_NVML");
    QCOMPARE(NvmlLibrary::defaultPath(), u"libnvidia-ml.so.1"_s);
    qputenv("VRAMSCOPE_NVML", "/opt/nvml/libnvidia-ml.so.550");
    QCOMPARE(NvmlLibrary::defaultPath(), u"/opt/nvml/libnvidia-ml.so.550"_s);
    qunsetenv("VRAMSCOPE_NVML");

    // A library that is not there: no driver, not an error.
    const QString missing = m_dir.filePath(u"no-such-libnvidia-ml.so.1"_s);
    NvmlProbe probe(missing, procRoot());
    NativeProbeStatus status;
    QCOMPARE(probe.probe(&status), QList<NativeGpu>());
    QCOMPARE(status.state, NativeProbeStatus::State::Unavailable);
    QVERIFY2(status.message.startsWith(u"no NVIDIA driver ("_s + missing + u": cannot open"_s),
             qPrintable(status.message));

    // A shared library that is there but is not NVML: an error, not absence.
    NvmlProbe notNvml(u"libm.so.6"_s, procRoot());
    QCOMPARE(notNvml.probe(&status), QList<NativeGpu>());
    QCOMPARE(status.state, NativeProbeStatus::State::Failed);
    QCOMPARE(status.message, u"not NVML (libm.so.6: no symbol nvmlInit_v2)"_s);
}

QTEST_GUILESS_MAIN(TestNvmlProbe)
#include "tst_nvmlprobe.moc"
