#include "nativeprobe.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vramscope;
using namespace Qt::StringLiterals;

// NativeProbe: NVML (the fake library) and sysfs (a fake tree) in one round,
// with the tree's meminfo as the system row.
class TestNativeProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oneRound();
    void noMeminfo();

private:
    QTemporaryDir m_dir;
};

namespace {

QString root(const QString &name)
{
    return QStringLiteral(VRAMSCOPE_TEST_DATA) + u"/roots/"_s + name;
}

} // namespace

void TestNativeProbe::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A unified-memory board running the tree's process 1000.
    QFile script(m_dir.filePath(u"script"_s));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("gpu name=NVIDIA_GH200 uuid=GPU-gh bus=00000009:01:00.0 memory=unsupported "
                 "cc=9.0\ncompute 0 1000 na\n");
    qputenv("FAKENVML_SCRIPT", script.fileName().toLocal8Bit());
}

void TestNativeProbe::oneRound()
{
    NativeProbe probe(root(u"amd-two-gpus"_s), QStringLiteral(FAKENVML_LIBRARY));
    const NativeProbeResult result = probe.probe();
    // meminfo: MemTotal 65536000 kB = 67108864000 B, MemAvailable 52428800 kB
    // = 53687091200 B, SwapFree 4194304 kB = 4294967296 B.
    QCOMPARE(result.system.totalMemory, 67108864000ull);
    QCOMPARE(result.system.freeMemory, 53687091200ull);
    QCOMPARE(result.system.freeSwap, 4294967296ull);
    QCOMPARE(result.system.threadCount, 0);

    // NVML's first, then the tree's two AMD cards.
    QCOMPARE(result.gpus.size(), 3);
    const NativeGpu &gh200 = result.gpus[0];
    QCOMPARE(gh200.pciId, u"0009:01:00.0"_s);
    QVERIFY(gh200.unifiedMemory);
    // Unified memory shows the system's: used = 67108864000 - 53687091200.
    QCOMPARE(gh200.totalMemory, 67108864000ull);
    QCOMPARE(gh200.freeMemory, 53687091200ull);
    QCOMPARE(gh200.usedMemory, 13421772800ull);
    // The process's command comes from the root's /proc.
    QCOMPARE(gh200.processes.size(), 1);
    QVERIFY(gh200.processes[0].command.startsWith(u"/usr/local/bin/ollama runner"_s));
    QCOMPARE(gh200.processes[0].usedMemory, std::nullopt);
    QCOMPARE(result.gpus[1].pciId, u"0000:03:00.0"_s);
    QVERIFY(!result.gpus[1].unifiedMemory);
    QCOMPARE(result.gpus[2].pciId, u"0000:83:00.0"_s);

    QCOMPARE(result.probes.size(), 3);
    QCOMPARE(result.probes[0].probe, u"nvml"_s);
    QCOMPARE(result.probes[0].state, NativeProbeStatus::State::Ok);
    QCOMPARE(result.probes[1].probe, u"drm sysfs"_s);
    QCOMPARE(result.probes[1].state, NativeProbeStatus::State::Ok);
    QCOMPARE(result.probes[2].probe, u"meminfo"_s);
    QCOMPARE(result.probes[2].state, NativeProbeStatus::State::Ok);
}

void TestNativeProbe::noMeminfo()
{
    // A root with nothing in it: every probe says what it lacks; no GPU.
    NativeProbe probe(m_dir.path(), m_dir.filePath(u"no-libnvidia-ml.so.1"_s));
    const NativeProbeResult result = probe.probe();
    QCOMPARE(result.gpus, QList<NativeGpu>());
    QCOMPARE(result.system, SystemInfo());
    QCOMPARE(result.probes.size(), 3);
    for (const NativeProbeStatus &status : result.probes)
        QCOMPARE(status.state, NativeProbeStatus::State::Unavailable);
    QCOMPARE(result.probes[2].message, u"cannot read "_s + m_dir.filePath(u"proc/meminfo"_s));
}

QTEST_GUILESS_MAIN(TestNativeProbe)
#include "tst_nativeprobe.moc"
