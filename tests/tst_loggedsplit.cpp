#include "llamaservermodel.h"
#include "loggedsplit.h"
#include "modelload.h"
#include "serverlogfile.h"
#include "serverlogparser.h"
#include "serverlogsnapshot.h"

#include <QTest>

using namespace vramscope;
using namespace Qt::StringLiterals;

// A plan beside the load the server log reports. Byte counts are the
// parser's, worked out by hand in tst_serverlogparser: a device's logged
// bytes are its weights + KV cache + compute buffer.
class TestLoggedSplit : public QObject
{
    Q_OBJECT

private slots:
    void llamaServerLoadAgrees();
    void llamaServerLoadDiffers();
    void goRunnerLoadFromTheRequest();
    void lastLoadOfTheModel();
    void sameSettings_data();
    void sameSettings();
    void deviceByNameWithoutPci();
    void loggedGraphsReplaceEstimates();
    void unreadableLog();
};

namespace {

ServerLogSnapshot snapshotOf(const QString &name)
{
    ServerLogParser parser;
    QString error;
    if (!ServerLogFile::readInto(QStringLiteral(VRAMSCOPE_TEST_DATA "/logs/") + name, parser,
                                 &error))
        qFatal("%s", qPrintable(error));
    return ServerLogSnapshot::of(parser);
}

DeviceInfo gpu(const QString &id, const QString &name, const QString &pciId)
{
    DeviceInfo device;
    device.deviceId = {id, u"CUDA"_s};
    device.name = name;
    device.pciId = pciId;
    return device;
}

QList<int> range(int first, int last)
{
    QList<int> layers;
    for (int layer = first; layer <= last; ++layer)
        layers.append(layer);
    return layers;
}

GpuLayersList split(const QList<std::pair<DeviceId, QList<int>>> &groups)
{
    GpuLayersList list;
    for (const auto &[id, layers] : groups)
        list.groups.append({id, layers});
    return list;
}

// The two RTX 3060 of llamaserver_two_gpus_partial.log, named the other way
// round than the log names them: only their PCI addresses tie them to it.
const QList<DeviceInfo> TwoGpus{gpu(u"GPU-a"_s, u"CUDA1"_s, u"0000:01:00.0"_s),
                                gpu(u"GPU-b"_s, u"CUDA0"_s, u"0000:02:00.0"_s)};

const QString TwoGpusModel =
    u"/usr/share/ollama/.ollama/models/blobs/"
    "sha256-6a0746a1ec1aef3e7ec53868f220ff6e389f6f8ef87a01d77c96807de94ca2aa"_s;

} // namespace

void TestLoggedSplit::llamaServerLoadAgrees()
{
    const ServerLogSnapshot log = snapshotOf(u"llamaserver_two_gpus_partial.log"_s);
    const ModelLoad *load = LoggedSplit::lastLoadOf(TwoGpusModel, log);
    QVERIFY(load);
    // 41 layers (40 blocks and the output); the log offloaded the last 30,
    // 15 on each device: 11..25 and 26..40.
    const GpuLayersList planned =
        split({{TwoGpus.at(0).deviceId, range(11, 25)}, {TwoGpus.at(1).deviceId, range(26, 40)}});
    const LoggedSplit result = LoggedSplit::compare(planned, 41, TwoGpus, {1000, 2000}, *load, log);
    QCOMPARE(result.loadStarted, u"2026-06-03T10:15:02.200+02:00"_s);
    QCOMPARE(result.plannedLayers, 30);
    QCOMPARE(result.loggedLayers, 30);
    QCOMPARE(result.loggedLayerCount, 41);
    QCOMPARE(result.devices.size(), 2);
    // GPU-a sits at 0000:01:00.0, which the log calls CUDA0.
    const LoggedSplit::Device &a = result.devices.at(0);
    QCOMPARE(a.loggedName, u"CUDA0"_s);
    QCOMPARE(a.plannedLayers, 15);
    QCOMPARE(a.loggedLayers, 15);
    QCOMPARE(a.plannedBytes, quint64(1000));
    // 5368709120 + 2013265920 + 894319985
    QVERIFY(a.loggedBytes);
    QCOMPARE(a.loggedBytes->bytes, 8276295025LL);
    const LoggedSplit::Device &b = result.devices.at(1);
    QCOMPARE(b.loggedName, u"CUDA1"_s);
    QCOMPARE(b.loggedLayers, 15);
    // 5637406720 + 2013265920 + 429916160
    QCOMPARE(b.loggedBytes->bytes, 8080588800LL);
    QVERIFY(result.agrees());
}

void TestLoggedSplit::llamaServerLoadDiffers()
{
    const ServerLogSnapshot log = snapshotOf(u"llamaserver_two_gpus_partial.log"_s);
    const ModelLoad *load = LoggedSplit::lastLoadOf(TwoGpusModel, log);
    QVERIFY(load);
    // The same 30 layers, 14 and 16: the total agrees, the devices do not.
    const GpuLayersList uneven =
        split({{TwoGpus.at(0).deviceId, range(11, 24)}, {TwoGpus.at(1).deviceId, range(25, 40)}});
    const LoggedSplit byDevice = LoggedSplit::compare(uneven, 41, TwoGpus, {}, *load, log);
    QCOMPARE(byDevice.plannedLayers, byDevice.loggedLayers);
    QCOMPARE(byDevice.devices.at(0).plannedLayers, 14);
    QVERIFY(!byDevice.agrees());
    // One layer more on the GPUs.
    const GpuLayersList more =
        split({{TwoGpus.at(0).deviceId, range(10, 25)}, {TwoGpus.at(1).deviceId, range(26, 40)}});
    const LoggedSplit byTotal = LoggedSplit::compare(more, 41, TwoGpus, {}, *load, log);
    QCOMPARE(byTotal.plannedLayers, 31);
    QVERIFY(!byTotal.agrees());
    // No planned bytes given: 0, not a guess.
    QCOMPARE(byTotal.devices.at(1).plannedBytes, quint64(0));
}

void TestLoggedSplit::goRunnerLoadFromTheRequest()
{
    const ServerLogSnapshot log = snapshotOf(u"gorunner_cuda_evicted.log"_s);
    const QString model = u"/usr/share/ollama/.ollama/models/blobs/sha256-"_s + QString(64, u'd');
    const ModelLoad *load = LoggedSplit::lastLoadOf(model, log);
    QVERIFY(load);
    // The request's GPULayers: 31 layers (5..35) on the RTX 4090, 29 (36..64)
    // on the RTX 3090; the plan puts 30 and 30.
    const QList<DeviceInfo> devices{
        gpu(u"GPU-3f1c9a2e-6b1d-4c2f-9e0a-5d7b8c1e2f30"_s, u"CUDA0"_s, u"0000:01:00.0"_s),
        gpu(u"GPU-8d2e4f60-1a3b-4c5d-8e7f-9a0b1c2d3e4f"_s, u"CUDA1"_s, u"0000:02:00.0"_s)};
    const GpuLayersList planned =
        split({{devices.at(0).deviceId, range(5, 34)}, {devices.at(1).deviceId, range(35, 64)}});
    const LoggedSplit result = LoggedSplit::compare(planned, 65, devices, {}, *load, log);
    QCOMPARE(result.loggedLayers, 60);
    QCOMPARE(result.loggedLayerCount, 65);
    QCOMPARE(result.devices.at(0).loggedLayers, 31);
    QCOMPARE(result.devices.at(1).loggedLayers, 29);
    // 16428249907 + 2040109466 + 1288490189; 15461882266 + 1932735283 + 1288490189
    QCOMPARE(result.devices.at(0).loggedBytes->bytes, 19756849562LL);
    QCOMPARE(result.devices.at(1).loggedBytes->bytes, 18683107738LL);
    // 60 layers each way, but not on the same devices.
    QCOMPARE(result.plannedLayers, 60);
    QVERIFY(!result.agrees());
}

void TestLoggedSplit::lastLoadOfTheModel()
{
    const ServerLogSnapshot log = snapshotOf(u"gorunner_cuda_evicted.log"_s);
    const QString blobs = u"/somewhere/else/blobs/sha256-"_s;
    // The digest decides, not the directory: the second load is of eeee.
    const ModelLoad *second = LoggedSplit::lastLoadOf(blobs + QString(64, u'e'), log);
    QVERIFY(second);
    QCOMPARE(second->layersOffloaded, 33);
    QVERIFY(!LoggedSplit::lastLoadOf(blobs + QString(64, u'f'), log));
    // A file that is not a blob is matched by its path, and none was loaded.
    QVERIFY(!LoggedSplit::lastLoadOf(u"/models/qwen3.gguf"_s, log));
}

void TestLoggedSplit::sameSettings_data()
{
    QTest::addColumn<quint64>("context");
    QTest::addColumn<quint64>("parallel");
    QTest::addColumn<QString>("cacheType");
    QTest::addColumn<bool>("same");

    // The load ran with -c 16384 -np 2 and no cache type: 8192 per sequence, f16.
    QTest::newRow("same") << quint64(8192) << quint64(2) << u"f16"_s << true;
    QTest::newRow("no type said is f16") << quint64(8192) << quint64(2) << QString() << true;
    QTest::newRow("whole context as one") << quint64(16384) << quint64(1) << u"f16"_s << false;
    QTest::newRow("same product, other -np") << quint64(4096) << quint64(4) << u"f16"_s << false;
    QTest::newRow("other cache type") << quint64(8192) << quint64(2) << u"q8_0"_s << false;
}

void TestLoggedSplit::sameSettings()
{
    QFETCH(quint64, context);
    QFETCH(quint64, parallel);
    QFETCH(QString, cacheType);
    QFETCH(bool, same);
    const ServerLogSnapshot log = snapshotOf(u"llamaserver_two_gpus_partial.log"_s);
    const ModelLoad *load = LoggedSplit::lastLoadOf(TwoGpusModel, log);
    QVERIFY(load);
    QCOMPARE(LoggedSplit::sameSettings(*load, context, parallel, cacheType), same);
}

void TestLoggedSplit::deviceByNameWithoutPci()
{
    const ServerLogSnapshot log = snapshotOf(u"llamaserver_two_gpus_partial.log"_s);
    const QList<DeviceInfo> devices{gpu(u"0"_s, u"CUDA0"_s, {}), gpu(u"1"_s, u"CUDA1"_s, {})};
    const DeviceInfo *device = LoggedSplit::deviceOf(u"CUDA1"_s, devices, log);
    QVERIFY(device);
    QCOMPARE(device->deviceId.id, u"1"_s);
    QVERIFY(!LoggedSplit::deviceOf(u"ROCm0"_s, devices, log));
}

void TestLoggedSplit::loggedGraphsReplaceEstimates()
{
    const ServerLogSnapshot log = snapshotOf(u"llamaserver_two_gpus_partial.log"_s);
    const ModelLoad *load = LoggedSplit::lastLoadOf(TwoGpusModel, log);
    QVERIFY(load);
    LlamaServerModel model;
    model.defaultGraph = 123;
    model.graphs.append({TwoGpus.at(1).deviceId, 456});
    // The last compute buffers of the load: 852.89 MiB on CUDA0 (GPU-a),
    // 410.00 MiB on CUDA1 (GPU-b); the dry run's 1000 MiB is superseded.
    QCOMPARE(model.takeLoggedGraphs(*load, TwoGpus, log), 2);
    QCOMPARE(model.graphFor(TwoGpus.at(0).deviceId), quint64(894319985));
    QCOMPARE(model.graphFor(TwoGpus.at(1).deviceId), quint64(429916160));
    // A device the load did not use keeps the estimate.
    QCOMPARE(model.graphFor({u"GPU-c"_s, u"CUDA"_s}), quint64(123));
}

void TestLoggedSplit::unreadableLog()
{
    ServerLogParser parser;
    QString error;
    const QString path = QStringLiteral(VRAMSCOPE_TEST_DATA "/logs/absent.log");
    QVERIFY(!ServerLogFile::readInto(path, parser, &error));
    QVERIFY2(error.startsWith(path + u": cannot open: "_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestLoggedSplit)
#include "tst_loggedsplit.moc"
