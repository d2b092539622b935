#include "binaryrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Runs the real `vramscope gpus` on the fake trees in data/roots, with the
// fake NVML (tests/support/fakenvml.cpp) or none. Sizes by hand with
// HumanBytes2; tables padded to their widest cell, two spaces apart.
class TestGpusCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void amdTreeText();
    void amdTreeJson();
    void nvmlJson();
    void nothingFound();
    void badRoot();

private:
    QTemporaryDir m_dir;
};

namespace {

using Result = vramscope::BinaryRun;

const QString MissingNvml = u"/nonexistent/libnvidia-ml.so.1"_s;

Result run(const QStringList &arguments, const QString &nvml, const QString &script = QString())
{
    QProcessEnvironment environment = Result::environment();
    environment.insert(u"VRAMSCOPE_NVML"_s, nvml);
    environment.insert(u"FAKENVML_SCRIPT"_s, script);
    environment.remove(u"FAKENVML_LOG"_s);
    return Result::run(QStringLiteral(VRAMSCOPE_BINARY), QStringList{u"gpus"_s} + arguments,
                       environment);
}

QString root(const QString &name)
{
    return QStringLiteral(VRAMSCOPE_TEST_DATA) + u"/roots/"_s + name;
}

QJsonObject parsed(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

const QString RunnerCommand = u"/usr/local/bin/ollama runner --ollama-engine --model "
                              u"/root/.ollama/models/blobs/sha256-aa --port 40123"_s;

} // namespace

void TestGpusCommand::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(VRAMSCOPE_BINARY)));
    QVERIFY(m_dir.isValid());
}

void TestGpusCommand::amdTreeText()
{
    const Result result = run({u"--root"_s, root(u"amd-two-gpus"_s)}, MissingNvml);
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    // card1's 68702699520 B = 63.98 GiB -> "64.0 GiB", free 67628957696 B =
    // 62.98 GiB -> "63.0 GiB"; 2 GiB + 1 MiB -> "2.0 GiB". meminfo: 65536000
    // kB = 62.5 GiB, 52428800 kB = 50 GiB, 4194304 kB = 4 GiB.
    const QStringList expected = {
        u"GPU  VENDOR  NAME                    PCI ID           USED      FREE     TOTAL  PROCS  "
        u"SOURCE        ID"_s,
        u"  0  AMD     AMD Radeon RX 7900 XTX  0000:03:00.0  8.0 GiB  16.0 GiB  24.0 GiB      3  "
        u"amdgpu sysfs  5c2a6d1e8b3f4a7c"_s,
        u"  1  AMD     AMD 0x740f              0000:83:00.0  1.0 GiB  63.0 GiB  64.0 GiB      2  "
        u"amdgpu sysfs  0f7e3b9a2c6d1e58"_s,
        QString(),
        u"PCI ID         PID       USED  COMMAND"_s,
        u"0000:03:00.0  1000    4.0 GiB  "_s + RunnerCommand,
        u"0000:03:00.0  1100    2.0 GiB  python3 train.py"_s,
        u"0000:03:00.0  1200  300.0 MiB  gnome-shell"_s,
        u"0000:83:00.0  1000  512.0 MiB  "_s + RunnerCommand,
        u"0000:83:00.0  1300    unknown  Xwayland :0"_s,
        QString(),
        u"system memory: total 62.5 GiB, free 50.0 GiB, free swap 4.0 GiB"_s,
        u"nvml: unavailable, no NVIDIA driver (/nonexistent/libnvidia-ml.so.1: cannot open "
        u"shared object file: No such file or directory)"_s,
        u"drm sysfs: ok, 2 GPUs"_s,
    };
    QCOMPARE(result.out.split(u'\n'), expected + QStringList{QString()});
}

void TestGpusCommand::amdTreeJson()
{
    const Result result = run({u"--json"_s, u"--root"_s, root(u"amd-two-gpus"_s)}, MissingNvml);
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = parsed(result.out);
    const QJsonArray gpus = json[u"gpus"_s].toArray();
    QCOMPARE(gpus.size(), 2);
    // 24 GiB = 25769803776, 8 GiB = 8589934592, 16 GiB = 17179869184,
    // 32 GiB = 34359738368, 100 MiB = 104857600.
    const QJsonObject card0{
        {u"vendor"_s, u"AMD"_s},
        {u"index"_s, 0},
        {u"id"_s, u"5c2a6d1e8b3f4a7c"_s},
        {u"name"_s, u"AMD Radeon RX 7900 XTX"_s},
        {u"pci_id"_s, u"0000:03:00.0"_s},
        {u"total_memory"_s, qint64(25769803776)},
        {u"used_memory"_s, qint64(8589934592)},
        {u"free_memory"_s, qint64(17179869184)},
        {u"unified_memory"_s, false},
        {u"gtt_total_memory"_s, qint64(34359738368)},
        {u"gtt_used_memory"_s, qint64(104857600)},
        {u"source"_s, u"amdgpu sysfs"_s},
        {u"compute"_s, QString()},
        {u"driver"_s, QString()},
        {u"processes"_s,
         QJsonArray{
             // 4 GiB; 2 GiB + 1 MiB = 2148532224; 300 MiB = 314572800.
             QJsonObject{{u"pid"_s, 1000},
                         {u"command"_s, RunnerCommand},
                         {u"used_memory"_s, qint64(4294967296)}},
             QJsonObject{{u"pid"_s, 1100},
                         {u"command"_s, u"python3 train.py"_s},
                         {u"used_memory"_s, qint64(2148532224)}},
             QJsonObject{{u"pid"_s, 1200},
                         {u"command"_s, u"gnome-shell"_s},
                         {u"used_memory"_s, qint64(314572800)}},
         }},
    };
    QCOMPARE(gpus[0].toObject(), card0);
    const QJsonArray card1Processes = gpus[1].toObject()[u"processes"_s].toArray();
    QCOMPARE(card1Processes.size(), 2);
    // Unknown memory is null, never a number.
    QVERIFY(card1Processes[1].toObject()[u"used_memory"_s].isNull());
    QVERIFY(!gpus[1].toObject().contains(u"gtt_total_memory"_s));

    const QJsonObject system{{u"total_memory"_s, qint64(67108864000)},
                             {u"free_memory"_s, qint64(53687091200)},
                             {u"free_swap"_s, qint64(4294967296)}};
    QCOMPARE(json[u"system"_s].toObject(), system);
    const QJsonArray probes = json[u"probes"_s].toArray();
    QCOMPARE(probes.size(), 3);
    QCOMPARE(probes[0].toObject()[u"probe"_s].toString(), u"nvml"_s);
    QCOMPARE(probes[0].toObject()[u"state"_s].toString(), u"unavailable"_s);
    QCOMPARE(probes[1].toObject()[u"state"_s].toString(), u"ok"_s);
    // Byte counts are written as integers, not in exponent form.
    QVERIFY(result.out.contains(u"\"total_memory\": 25769803776"_s));
}

void TestGpusCommand::nvmlJson()
{
    // Two GPUs through the fake NVML; 2^54 + 1 bytes is past a double's
    // exact integers and must come out whole.
    QFile script(m_dir.filePath(u"script"_s));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("driver 560.35.03\n"
                 "gpu name=NVIDIA_H100_80GB_HBM3 uuid=GPU-aaaa bus=00000000:19:00.0 "
                 "total=18014398509481985 used=1 free=18014398509481984 cc=9.0\n"
                 "gpu name=NVIDIA_H100_80GB_HBM3 uuid=GPU-bbbb bus=00000000:3B:00.0 "
                 "total=85520809984 used=0 free=85520809984 cc=9.0\n"
                 "compute 0 1 na\n");
    script.close();
    const Result result = run({u"--json"_s, u"--root"_s, root(u"no-gpu"_s)},
                              QStringLiteral(FAKENVML_LIBRARY), script.fileName());
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(u"\"total_memory\": 18014398509481985"_s), qPrintable(result.out));
    const QJsonArray gpus = parsed(result.out)[u"gpus"_s].toArray();
    QCOMPARE(gpus.size(), 2);
    const QJsonObject first = gpus[0].toObject();
    QCOMPARE(first[u"vendor"_s].toString(), u"NVIDIA"_s);
    QCOMPARE(first[u"id"_s].toString(), u"GPU-aaaa"_s);
    QCOMPARE(first[u"name"_s].toString(), u"NVIDIA H100 80GB HBM3"_s);
    QCOMPARE(first[u"pci_id"_s].toString(), u"0000:19:00.0"_s);
    QCOMPARE(first[u"source"_s].toString(), u"NVML v2"_s);
    QCOMPARE(first[u"compute"_s].toString(), u"9.0"_s);
    QCOMPARE(first[u"driver"_s].toString(), u"560.35.03"_s);
    const QJsonArray expectedProcesses{QJsonObject{
        {u"pid"_s, 1}, {u"command"_s, u"/sbin/init"_s}, {u"used_memory"_s, QJsonValue()}}};
    QCOMPARE(first[u"processes"_s].toArray(), expectedProcesses);
    QCOMPARE(gpus[1].toObject()[u"pci_id"_s].toString(), u"0000:3b:00.0"_s);
    QCOMPARE(gpus[1].toObject()[u"total_memory"_s].toInteger(), 85520809984);
    // no-gpu's meminfo: 8000000 kB = 8192000000 B.
    QCOMPARE(parsed(result.out)[u"system"_s].toObject()[u"total_memory"_s].toInteger(), 8192000000);
}

void TestGpusCommand::nothingFound()
{
    const Result result = run({u"--root"_s, root(u"no-gpu"_s)}, MissingNvml);
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    // 8000000 kB = 7.63 GiB, 6000000 kB = 5.72 GiB, 1000000 kB = 976.6 MiB.
    const QString expected =
        u"no GPUs found\n\nsystem memory: total 7.6 GiB, free 5.7 GiB, free swap 976.6 MiB\n"
        u"nvml: unavailable, no NVIDIA driver (/nonexistent/libnvidia-ml.so.1: cannot open "
        u"shared object file: No such file or directory)\n"
        u"drm sysfs: unavailable, no AMD or Intel GPU with memory in sysfs\n"_s;
    QCOMPARE(result.out, expected);
}

void TestGpusCommand::badRoot()
{
    const QString missing = root(u"no-such-root"_s);
    const Result result = run({u"--root"_s, missing}, MissingNvml);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err, u"vramscope gpus: --root "_s + missing + u": not a folder\n"_s);
}

QTEST_GUILESS_MAIN(TestGpusCommand)
#include "tst_gpuscommand.moc"
