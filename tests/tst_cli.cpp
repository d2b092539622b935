#include "binaryrun.h"
#include <QDir>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Runs the real `vramscope` binary on the recorded bodies. Expected output is
// worked out by hand: sizes with HumanBytes2 (PROTOCOL.md §5), the table's
// columns padded to their widest cell with two spaces between them.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void devicesTable_data();
    void devicesTable();
    void devicesJson_data();
    void devicesJson();
    void memoryText_data();
    void memoryText();
    void memoryJson_data();
    void memoryJson();
    void badInput_data();
    void badInput();
    void help_data();
    void help();
    void windowOptionsRefusedAtOnce_data();
    void windowOptionsRefusedAtOnce();

private:
    QTemporaryDir m_dir;
};

namespace {

using Result = vramscope::BinaryRun;

Result run(const QStringList &arguments)
{
    return Result::run(QStringLiteral(VRAMSCOPE_BINARY), arguments);
}

QString data(const QString &name)
{
    return QStringLiteral(VRAMSCOPE_TEST_DATA) + u'/' + name;
}

QString lines(const QStringList &lines)
{
    return lines.join(u'\n') + u'\n';
}

QJsonValue parsedJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue(QJsonValue::Undefined);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

QJsonArray recordedArray(const QString &name)
{
    QFile file(data(name));
    if (!file.open(QIODevice::ReadOnly))
        return QJsonArray();
    return QJsonDocument::fromJson(file.readAll()).array();
}

} // namespace

void TestCli::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(VRAMSCOPE_BINARY)));
    QVERIFY(m_dir.isValid());
    // The window's start-up needs a runtime folder (private, as a temporary
    // one is); without it Qt says so on stderr.
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_dir.path()));
}

void TestCli::devicesTable_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    // TOTAL and FREE by hand: 25757220864 B = 23.99 GiB -> "24.0 GiB";
    // 24855248896 B = 23.15 GiB -> "23.1 GiB"; 25438126080 B = 23.69 GiB;
    // 25054822400 B = 23.33 GiB.
    QTest::newRow("cuda") << u"info_cuda.json"_s
                          << lines({u"ID                                        LIBRARY  NAME   "
                                    u"DESCRIPTION              "
                                    u"PCI ID           TOTAL      FREE  COMPUTE  DRIVER"_s,
                                    u"GPU-3f1c9a2e-6b1d-4c2f-9e0a-5d7b8c1e2f30  CUDA     CUDA0  "
                                    u"NVIDIA GeForce RTX 4090  "
                                    u"0000:01:00.0  24.0 GiB  23.1 GiB  8.9      12.8"_s,
                                    u"GPU-8d2e4f60-1a3b-4c5d-8e7f-9a0b1c2d3e4f  CUDA     CUDA1  "
                                    u"NVIDIA GeForce RTX 3090  "
                                    u"0000:02:00.0  23.7 GiB  23.3 GiB  8.6      12.8"_s,
                                    QString(), u"flash attention: supported"_s});
    // gfx1100 = 17, 0; gfx90a = 9, 10. 68702699520 B = 63.98 GiB,
    // 68434264064 B = 63.73 GiB. Filtered ids 0 and 2 make the variable.
    QTest::newRow("rocm")
        << u"info_rocm.json"_s
        << lines({u"ID                    LIBRARY  NAME   DESCRIPTION             PCI ID           "
                  u"TOTAL      FREE  COMPUTE  DRIVER"_s,
                  u"GPU-5c2a6d1e8b3f4a7c  ROCm     ROCm0  AMD Radeon RX 7900 XTX  0000:03:00.0  "
                  u"24.0 GiB  23.7 GiB  gfx1100  6.12"_s,
                  u"GPU-0f7e3b9a2c6d1e58  ROCm     ROCm1  AMD Instinct MI210      0000:83:00.0  "
                  u"64.0 GiB  63.7 GiB  gfx90a   6.12"_s,
                  QString(), u"flash attention: supported"_s, u"ROCR_VISIBLE_DEVICES=0,2"_s});
    // No PCI id: an empty cell. 51539607552 B = 48 GiB exactly.
    QTest::newRow("metal")
        << u"info_metal.json"_s
        << lines(
               {u"ID  LIBRARY  NAME   DESCRIPTION   PCI ID     TOTAL      FREE  COMPUTE  DRIVER"_s,
                u"0   Metal    Metal  Apple M2 Max          48.0 GiB  48.0 GiB  0.0      0.0"_s,
                QString(), u"flash attention: supported"_s});
    // 17095983104 B = 15.92 GiB, 16978542592 B = 15.8125 GiB.
    QTest::newRow("vulkan")
        << u"info_vulkan.json"_s
        << lines({u"ID  LIBRARY  NAME     DESCRIPTION                           PCI ID           "
                  u"TOTAL      FREE  COMPUTE  DRIVER"_s,
                  u"0   Vulkan   Vulkan0  Intel(R) Arc(tm) A770 Graphics (DG2)  0000:03:00.0  "
                  u"15.9 GiB  15.8 GiB  0.0      1.3"_s,
                  QString(), u"flash attention: not supported"_s});
    // 15569256448 B = 14.5 GiB exactly; 8585216000 B = 7.996 GiB -> "8.0 GiB",
    // right-aligned under the wider "16.0 GiB"; 8160559104 B = 7.60 GiB.
    QTest::newRow("integrated")
        << u"info_integrated.json"_s
        << lines(
               {u"ID                                        LIBRARY  NAME   DESCRIPTION            "
                u"             PCI ID           TOTAL      FREE  COMPUTE  DRIVER"_s,
                u"GPU-1b2c3d4e5f607182                      ROCm     ROCm0  AMD Radeon 780M "
                u"Graphics"
                u"            0000:c4:00.0  16.0 GiB  14.5 GiB  gfx1103  6.12"_s,
                u"GPU-6e5d4c3b-2a19-4807-b6a5-948372615040  CUDA     CUDA0  NVIDIA GeForce RTX "
                u"4060 "
                u"Laptop GPU  0000:01:00.0   8.0 GiB   7.6 GiB  8.9      12.4"_s,
                QString(), u"flash attention: supported"_s, u"ROCR_VISIBLE_DEVICES=0"_s});
    // 24696061952 B = 23 GiB exactly. Vulkan has no flash attention.
    QTest::newRow("duplicate") << u"info_duplicate.json"_s
                               << lines({u"ID                                        LIBRARY  NAME "
                                         u"    DESCRIPTION              "
                                         u"PCI ID           TOTAL      FREE  COMPUTE  DRIVER"_s,
                                         u"GPU-3f1c9a2e-6b1d-4c2f-9e0a-5d7b8c1e2f30  CUDA     "
                                         u"CUDA0    NVIDIA GeForce RTX 4090  "
                                         u"0000:01:00.0  24.0 GiB  23.1 GiB  8.9      12.8"_s,
                                         u"0                                         Vulkan   "
                                         u"Vulkan0  NVIDIA GeForce RTX 4090  "
                                         u"0000:01:00.0  24.0 GiB  23.0 GiB  0.0      1.4"_s,
                                         QString(), u"flash attention: not supported"_s});
    QTest::newRow("cpu only") << u"info_cpu_only.json"_s
                              << u"no GPUs (the runner reported an empty list: CPU only)\n"_s;
}

void TestCli::devicesTable()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const Result result = run({u"devices"_s, u"--file"_s, data(file)});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, expected);
}

void TestCli::devicesJson_data()
{
    QTest::addColumn<QString>("file");
    // Per device, what the command adds to the wire fields.
    QTest::addColumn<QStringList>("compute");
    QTest::addColumn<QStringList>("driver");
    QTest::addColumn<QList<qint64>>("minimumMemory");
    QTest::addColumn<bool>("flashAttention");
    QTest::addColumn<QJsonObject>("env");
    const qint64 mib457 = 479199232; // 457 * 1048576
    const qint64 mib512 = 536870912; // 512 * 1048576
    QTest::newRow("cuda") << u"info_cuda.json"_s << QStringList{u"8.9"_s, u"8.6"_s}
                          << QStringList{u"12.8"_s, u"12.8"_s} << QList<qint64>{mib457, mib457}
                          << true << QJsonObject();
    QTest::newRow("rocm") << u"info_rocm.json"_s << QStringList{u"gfx1100"_s, u"gfx90a"_s}
                          << QStringList{u"6.12"_s, u"6.12"_s} << QList<qint64>{mib457, mib457}
                          << true << QJsonObject{{u"ROCR_VISIBLE_DEVICES"_s, u"0,2"_s}};
    QTest::newRow("metal") << u"info_metal.json"_s << QStringList{u"0.0"_s} << QStringList{u"0.0"_s}
                           << QList<qint64>{mib512} << true << QJsonObject();
    QTest::newRow("vulkan") << u"info_vulkan.json"_s << QStringList{u"0.0"_s}
                            << QStringList{u"1.3"_s} << QList<qint64>{mib457} << false
                            << QJsonObject();
    QTest::newRow("integrated") << u"info_integrated.json"_s << QStringList{u"gfx1103"_s, u"8.9"_s}
                                << QStringList{u"6.12"_s, u"12.4"_s}
                                << QList<qint64>{mib457, mib457} << true
                                << QJsonObject{{u"ROCR_VISIBLE_DEVICES"_s, u"0"_s}};
    QTest::newRow("duplicate") << u"info_duplicate.json"_s << QStringList{u"8.9"_s, u"0.0"_s}
                               << QStringList{u"12.8"_s, u"1.4"_s} << QList<qint64>{mib457, mib457}
                               << false << QJsonObject();
    QTest::newRow("cpu only") << u"info_cpu_only.json"_s << QStringList() << QStringList()
                              << QList<qint64>() << true << QJsonObject();
}

void TestCli::devicesJson()
{
    QFETCH(QString, file);
    QFETCH(QStringList, compute);
    QFETCH(QStringList, driver);
    QFETCH(QList<qint64>, minimumMemory);
    QFETCH(bool, flashAttention);
    QFETCH(QJsonObject, env);

    // The wire fields are the recording's own: Go wrote them, and the
    // command writes them the way Go does.
    QJsonArray devices = recordedArray(file);
    QCOMPARE(devices.size(), compute.size());
    for (qsizetype i = 0; i < devices.size(); ++i) {
        QJsonObject device = devices[i].toObject();
        device.insert(u"compute"_s, compute[i]);
        device.insert(u"driver"_s, driver[i]);
        device.insert(u"minimum_memory"_s, minimumMemory[i]);
        devices[i] = device;
    }
    const QJsonObject expected{{u"devices"_s, devices},
                               {u"flash_attention"_s, flashAttention},
                               {u"visible_devices_env"_s, env}};

    const Result result = run({u"devices"_s, u"--file"_s, data(file), u"--json"_s});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    const QJsonValue got = parsedJson(result.out);
    QVERIFY2(got.isObject(), qPrintable(result.out));
    QCOMPARE(got.toObject().keys(), expected.keys());
    QCOMPARE(got.toObject(), expected);
}

void TestCli::memoryText_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    // memory_2gpu.json by hand: CUDA0 20 x 208 MiB = 4.0625 GiB of weights,
    // CUDA1 12 x 208 MiB + 501 MiB = 2997 MiB = 2.93 GiB, CPU 501 MiB of
    // input weights; cache 20 and 12 x 32 MiB; graphs 288 and 144 MiB; the
    // CPU's cache and graph are zero and left out. Total 9114 MiB = 8.90 GiB.
    QTest::newRow("two GPUs")
        << u"memory_2gpu.json"_s
        << lines({u"WHAT           DEVICE       SIZE"_s, u"model weights  CUDA0     4.1 GiB"_s,
                  u"model weights  CUDA1     2.9 GiB"_s, u"model weights  CPU     501.0 MiB"_s,
                  u"kv cache       CUDA0   640.0 MiB"_s, u"kv cache       CUDA1   384.0 MiB"_s,
                  u"compute graph  CUDA0   288.0 MiB"_s, u"compute graph  CUDA1   144.0 MiB"_s,
                  u"total memory             8.9 GiB"_s});
    // memory_partial_offload.json: CUDA0 28 x 208 MiB = 5.6875 GiB; CPU 501 +
    // 4 x 208 + 501 MiB = 1834 MiB = 1.79 GiB; cache 896 and 128 MiB; graphs
    // 288 and 64 MiB. Total 9034 MiB = 8.82 GiB.
    QTest::newRow("partial offload")
        << u"memory_partial_offload.json"_s
        << lines({u"WHAT           DEVICE       SIZE"_s, u"model weights  CUDA0     5.7 GiB"_s,
                  u"model weights  CPU       1.8 GiB"_s, u"kv cache       CUDA0   896.0 MiB"_s,
                  u"kv cache       CPU     128.0 MiB"_s, u"compute graph  CUDA0   288.0 MiB"_s,
                  u"compute graph  CPU      64.0 MiB"_s, u"total memory             8.8 GiB"_s});
}

void TestCli::memoryText()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const Result result = run({u"memory"_s, u"--file"_s, data(file)});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, expected);
}

void TestCli::memoryJson_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("two GPUs") << u"memory_2gpu.json"_s << QByteArray(R"([
        {"what": "model weights", "device": "CUDA0", "bytes": 4362076160},
        {"what": "model weights", "device": "CUDA1", "bytes": 3142582272},
        {"what": "model weights", "device": "CPU", "bytes": 525336576},
        {"what": "kv cache", "device": "CUDA0", "bytes": 671088640},
        {"what": "kv cache", "device": "CUDA1", "bytes": 402653184},
        {"what": "compute graph", "device": "CUDA0", "bytes": 301989888},
        {"what": "compute graph", "device": "CUDA1", "bytes": 150994944},
        {"what": "total memory", "bytes": 9556721664}])");
    QTest::newRow("partial offload") << u"memory_partial_offload.json"_s << QByteArray(R"([
        {"what": "model weights", "device": "CUDA0", "bytes": 6106906624},
        {"what": "model weights", "device": "CPU", "bytes": 1923088384},
        {"what": "kv cache", "device": "CUDA0", "bytes": 939524096},
        {"what": "kv cache", "device": "CPU", "bytes": 134217728},
        {"what": "compute graph", "device": "CUDA0", "bytes": 301989888},
        {"what": "compute graph", "device": "CPU", "bytes": 67108864},
        {"what": "total memory", "bytes": 9472835584}])");
}

void TestCli::memoryJson()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, expected);
    const Result result = run({u"memory"_s, u"--file"_s, data(file), u"--json"_s});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    const QJsonValue got = parsedJson(result.out);
    QVERIFY2(got.isArray(), qPrintable(result.out));
    QCOMPARE(got.toArray(), QJsonDocument::fromJson(expected).array());
}

void TestCli::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    // The whole stderr line; "start...name" when the wording is Qt's (or
    // may name other ways in): the line starts with "start", names "name"
    // and ends with " (see --help)".
    QTest::addColumn<QString>("expected");
    const QString dir = m_dir.path();
    auto write = [&dir](const QString &name, const QByteArray &content) {
        QFile file(dir + u'/' + name);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(file.fileName()));
        return file.fileName();
    };
    const QString missing = dir + u"/missing.json"_s;
    const QString badJson = write(u"bad.json"_s, "[");
    const QString badField = write(u"badfield.json"_s, R"([{},{"free_memory":"lots"}])");
    const QString badCache = write(u"badcache.json"_s, R"({"GPUs":[{},{"Cache":[0,0,0,-5]}]})");
    const QString empty = write(u"empty.json"_s, QByteArray());
    const QString huge = dir + u"/huge.json"_s;
    {
        QFile file(huge);
        if (!file.open(QIODevice::WriteOnly) || !file.resize(64 * 1024 * 1024 + 1))
            qFatal("cannot make %s", qPrintable(huge));
    }

    QTest::newRow("devices, missing file")
        << QStringList{u"devices"_s, u"--file"_s, missing}
        << u"vramscope devices: "_s + missing + u": cannot open: No such file or directory"_s;
    QTest::newRow("memory, missing file")
        << QStringList{u"memory"_s, u"--file"_s, missing}
        << u"vramscope memory: "_s + missing + u": cannot open: No such file or directory"_s;
    QTest::newRow("devices, bad JSON")
        << QStringList{u"devices"_s, u"--file"_s, badJson}
        << u"vramscope devices: "_s + badJson + u": not valid JSON at byte 1: unterminated array"_s;
    QTest::newRow("memory, empty file")
        << QStringList{u"memory"_s, u"--file"_s, empty}
        << u"vramscope memory: "_s + empty + u": not valid JSON at byte 0: illegal value"_s;
    QTest::newRow("devices, bad field")
        << QStringList{u"devices"_s, u"--file"_s, badField, u"--json"_s}
        << u"vramscope devices: "_s + badField +
               u": [1].free_memory: expected a non-negative integer, got a string"_s;
    QTest::newRow("memory, bad field")
        << QStringList{u"memory"_s, u"--file"_s, badCache}
        << u"vramscope memory: "_s + badCache +
               u": GPUs[1].Cache[3]: expected a non-negative integer, got -5"_s;
    QTest::newRow("memory, an /info body")
        << QStringList{u"memory"_s, u"--file"_s, data(u"info_cuda.json"_s)}
        << u"vramscope memory: "_s + data(u"info_cuda.json"_s) +
               u": expected a JSON object, got an array"_s;
    QTest::newRow("devices, a BackendMemory body")
        << QStringList{u"devices"_s, u"--file"_s, data(u"memory_2gpu.json"_s)}
        << u"vramscope devices: "_s + data(u"memory_2gpu.json"_s) +
               u": expected a JSON array, got an object"_s;
    QTest::newRow("devices, too large")
        << QStringList{u"devices"_s, u"--file"_s, huge}
        << u"vramscope devices: "_s + huge + u": larger than 64 MiB, not a runner's JSON"_s;
    QTest::newRow("devices, missing --file")
        << QStringList{u"devices"_s} << u"vramscope devices: ...--file"_s;
    QTest::newRow("memory, missing --file")
        << QStringList{u"memory"_s, u"--json"_s} << u"vramscope memory: ...--file"_s;
    QTest::newRow("devices, positional argument")
        << QStringList{u"devices"_s, u"extra"_s, u"--file"_s, data(u"info_cuda.json"_s)}
        << u"vramscope devices: unexpected argument 'extra' (see --help)"_s;
    QTest::newRow("devices, unknown option")
        << QStringList{u"devices"_s, u"--bogus"_s} << u"vramscope devices: ...bogus"_s;
    QTest::newRow("memory, unknown option")
        << QStringList{u"memory"_s, u"--file"_s, data(u"memory_2gpu.json"_s), u"--csv"_s}
        << u"vramscope memory: ...csv"_s;
    QTest::newRow("devices, --file without a value")
        << QStringList{u"devices"_s, u"--file"_s} << u"vramscope devices: ...file"_s;
}

void TestCli::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    // Exactly one line.
    QVERIFY2(result.err.endsWith(u'\n'), qPrintable(result.err));
    QCOMPARE(result.err.count(u'\n'), 1);
    const QString line = result.err.chopped(1);
    const qsizetype ellipsis = expected.indexOf(u"..."_s);
    if (ellipsis < 0) {
        QCOMPARE(line, expected);
    } else {
        // "vramscope NAME: " + a sentence (Qt's, for parse errors) naming the
        // option + " (see --help)".
        QVERIFY2(line.startsWith(expected.left(ellipsis)), qPrintable(line));
        QVERIFY2(line.contains(expected.mid(ellipsis + 3)), qPrintable(line));
        QVERIFY2(line.endsWith(u" (see --help)"_s), qPrintable(line));
    }
}

void TestCli::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    // What the first line must be, and text the rest must hold.
    QTest::addColumn<QString>("usage");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("devices --help")
        << QStringList{u"devices"_s, u"--help"_s} << u"Usage: vramscope devices [options]"_s
        << QStringList{u"--file"_s, u"--json"_s, u"--help"_s};
    QTest::newRow("devices -h") << QStringList{u"devices"_s, u"-h"_s}
                                << u"Usage: vramscope devices [options]"_s
                                << QStringList{u"--file"_s, u"--json"_s};
    QTest::newRow("memory --help")
        << QStringList{u"memory"_s, u"--help"_s} << u"Usage: vramscope memory [options]"_s
        << QStringList{u"--file"_s, u"--json"_s, u"BackendMemory"_s};
    // --help wins over a missing --file.
    QTest::newRow("memory --help with --json")
        << QStringList{u"memory"_s, u"--json"_s, u"--help"_s}
        << u"Usage: vramscope memory [options]"_s << QStringList{u"--file"_s};
    // The window's options too, from the same definitions the window parses.
    QTest::newRow("vramscope --help")
        << QStringList{u"--help"_s} << u"Usage: vramscope [--help] [COMMAND [OPTIONS]]"_s
        << QStringList{u"devices"_s,
                       u"memory"_s,
                       u"Window options:"_s,
                       u"--endpoint <HOST:PORT>"_s,
                       u"--demo-if-none"_s,
                       u"--fresh"_s,
                       u"--screenshot <FILE>"_s};
    QTest::newRow("vramscope help")
        << QStringList{u"help"_s} << u"Usage: vramscope [--help] [COMMAND [OPTIONS]]"_s
        << QStringList{u"devices"_s, u"memory"_s};
}

void TestCli::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, usage);
    QFETCH(QStringList, mentions);
    const Result result = run(arguments);
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.section(u'\n', 0, 0), usage);
    for (const QString &text : mentions)
        QVERIFY2(result.out.contains(text), qPrintable(text));
}

void TestCli::windowOptionsRefusedAtOnce_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("remote endpoint")
        << QStringList{u"--endpoint"_s, u"10.1.2.3:8080"_s}
        << u"vramscope: --endpoint: 10.1.2.3:8080 is not on this machine, and runners listen "
           "on loopback only; remote endpoints (a tunnel, a proxy) must be allowed first\n"_s;
    QTest::newRow("no port") << QStringList{u"--endpoint"_s, u"localhost"_s}
                             << u"vramscope: --endpoint: no port in 'localhost': runners listen "
                                "on a port of their own (HOST:PORT)\n"_s;
    QTest::newRow("log not there")
        << QStringList{u"--log"_s, u"/nonexistent/server.log"_s}
        << u"vramscope: --log: '/nonexistent/server.log' is not a file this user can read\n"_s;
    QTest::newRow("after") << QStringList{u"--screenshot"_s, u"x.png"_s, u"--after"_s, u"soon"_s}
                           << u"vramscope: --after: 'soon' is not a number of seconds\n"_s;
}

void TestCli::windowOptionsRefusedAtOnce()
{
    // The window's own options, refused before a window exists: exit 2 with
    // the reason, and nothing written to the screenshot path.
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Result result = run(QStringList{u"--fresh"_s} + arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err, message);
    QCOMPARE(result.out, QString());
    QVERIFY(!QFile::exists(u"x.png"_s));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
