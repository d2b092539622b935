#include "serverlogparser.h"

#include <QFile>
#include <QTest>

using namespace vramscope;
using namespace Qt::StringLiterals;

// The logs in data/logs/ are written from the formats in SOURCES.md §2.
// Every expected byte count is worked out by hand: a size printed as "X MiB"
// or "X GiB" is round(X x 2^20) or round(X x 2^30).
class TestServerLogParser : public QObject
{
    Q_OBJECT

private slots:
    void shares_data();
    void shares();
    void llamaServerTwoGpus();
    void journalTwoModels();
    void goRunnerMetal();
    void goRunnerEvicted();
    void cpuOnlyCrlf();
    void startsMidLoad();
    void chunkingDoesNotMatter();
    void interleavedRunners();
    void endNamesRunner();
    void ambiguousEndIsNotGuessed();
    void newServerDropsLoads();
    void badInput_data();
    void badInput();
    void longLineIsCappedAndSkipped();
    void sameModelAgain();
    void breakdownTable();
    void markGone();
};

namespace {

QByteArray logFile(const QString &name)
{
    QFile file(QStringLiteral(VRAMSCOPE_TEST_DATA "/logs/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    return file.readAll();
}

ServerLogParser parsed(const QString &name)
{
    ServerLogParser parser;
    parser.addData(logFile(name));
    parser.finish();
    return parser;
}

const ModelLoad::Share *shareOf(const ModelLoad &load, const QString &device)
{
    if (device == u"host")
        return &load.host;
    for (const ModelLoad::DeviceShare &share : load.devices) {
        if (share.name == device)
            return &share.share;
    }
    return nullptr;
}

constexpr qint64 MiB = 1 << 20;

} // namespace

void TestServerLogParser::shares_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("load");
    QTest::addColumn<QString>("device");
    QTest::addColumn<qint64>("weights");
    QTest::addColumn<qint64>("kvCache");
    QTest::addColumn<qint64>("graph");
    QTest::addColumn<qint64>("other");

    // The fit probe's earlier 9000/2000/3000/1000 MiB are superseded by the
    // later lines of the same function, buffer and kind.
    // 5120.00 MiB = 5368709120; 1920.00 = 2013265920;
    // 852.89 x 1048576 = 893386752 + 933232.64 -> 894319985.
    QTest::newRow("two gpus: CUDA0") << u"llamaserver_two_gpus_partial.log"_s << 0 << u"CUDA0"_s
                                     << 5368709120LL << 2013265920LL << 894319985LL << 0LL;
    // 5376.25 MiB = 5637144576 + 262144 = 5637406720; 410.00 = 429916160.
    QTest::newRow("two gpus: CUDA1") << u"llamaserver_two_gpus_partial.log"_s << 0 << u"CUDA1"_s
                                     << 5637406720LL << 2013265920LL << 429916160LL << 0LL;
    // CPU_Mapped 4403.49 MiB = 4616880128 + 513802.24 -> 4617393930; CPU KV
    // 640.00 = 671088640; CUDA_Host compute 40.02 = 41943040 + 20971.52 ->
    // 41964012; CUDA_Host output 1.01 = 1048576 + 10485.76 -> 1059062.
    QTest::newRow("two gpus: host") << u"llamaserver_two_gpus_partial.log"_s << 0 << u"host"_s
                                    << 4617393930LL << 671088640LL << 41964012LL << 1059062LL;
    // 1918.35 MiB = 2011535769.6 -> 2011535770; 896.00 = 939524096; 424.00 = 444596224.
    QTest::newRow("journal: first model, CUDA0")
        << u"journal_two_models.log"_s << 0 << u"CUDA0"_s << 2011535770LL << 939524096LL
        << 444596224LL << 0LL;
    // 308.23 = 323202580.48 -> 323202580; 20.01 = 20982005.76 -> 20982006; 0.50 = 524288.
    QTest::newRow("journal: first model, host") << u"journal_two_models.log"_s << 0 << u"host"_s
                                                << 323202580LL << 0LL << 20982006LL << 524288LL;
    // Sliding window: both caches count, each its last value (the fit
    // probe's 1000/100 MiB are superseded): 416.00 + 97.50 MiB = 436207616 +
    // 102236160 = 538443776. 2356.25 = 2470707200; 517.12 = 542239621.12 -> 542239621.
    QTest::newRow("journal: swa model, CUDA0") << u"journal_two_models.log"_s << 1 << u"CUDA0"_s
                                               << 2470707200LL << 538443776LL << 542239621LL << 0LL;
    // 525.13 = 550638714.88 -> 550638715; 69.38 = 72750202.88 -> 72750203.
    QTest::newRow("journal: swa model, host")
        << u"journal_two_models.log"_s << 1 << u"host"_s << 550638715LL << 0LL << 72750203LL << 0LL;
    // The commit's INFO set, not the DEBUG sets of fit and alloc, nor the cut
    // set after it: 8.5 GiB = 9126805504; 816.0 MiB = 855638016;
    // 1.1 GiB = 1181116006.4 -> 1181116006.
    QTest::newRow("metal: Metal") << u"gorunner_metal.log"_s << 0 << u"Metal"_s << 9126805504LL
                                  << 855638016LL << 1181116006LL << 0LL;
    // 306.0 MiB = 320864256; 5.5 MiB = 5767168.
    QTest::newRow("metal: host") << u"gorunner_metal.log"_s << 0 << u"host"_s << 320864256LL << 0LL
                                 << 5767168LL << 0LL;
    // 15.3 GiB = 16428249907.2 -> 16428249907; 1.9 = 2040109465.6 -> 2040109466;
    // 1.2 = 1288490188.8 -> 1288490189.
    QTest::newRow("go cuda: CUDA0") << u"gorunner_cuda_evicted.log"_s << 0 << u"CUDA0"_s
                                    << 16428249907LL << 2040109466LL << 1288490189LL << 0LL;
    // 14.4 GiB = 15461882265.6 -> 15461882266; 1.8 = 1932735283.2 -> 1932735283.
    QTest::newRow("go cuda: CUDA1") << u"gorunner_cuda_evicted.log"_s << 0 << u"CUDA1"_s
                                    << 15461882266LL << 1932735283LL << 1288490189LL << 0LL;
    // 3.2 GiB = 3435973836.8 -> 3435973837; 320.0 MiB = 335544320; 64.0 MiB = 67108864.
    QTest::newRow("go cuda: host") << u"gorunner_cuda_evicted.log"_s << 0 << u"host"_s
                                   << 3435973837LL << 335544320LL << 67108864LL << 0LL;
    // 4.1 GiB = 4402341478.4 -> 4402341478; 1.0 GiB; 560.0 MiB = 587202560.
    QTest::newRow("go cuda: second model") << u"gorunner_cuda_evicted.log"_s << 1 << u"CUDA0"_s
                                           << 4402341478LL << 1073741824LL << 587202560LL << 0LL;
    // CPU_REPACK 1200.00 + CPU 800.50 MiB = 1258291200 + 839385088 = 2097676288;
    // 448.00 = 469762048; 300.01 = 314572800 + 10485.76 -> 314583286;
    // output 0.58 = 608174.08 -> 608174.
    QTest::newRow("cpu only: host") << u"llamaserver_cpu_only_crlf.log"_s << 0 << u"host"_s
                                    << 2097676288LL << 469762048LL << 314583286LL << 608174LL;
    // 512.00 MiB = 536870912; 256.00 MiB = 268435456.
    QTest::newRow("mid-load: partial") << u"llamaserver_midload_cut.log"_s << 0 << u"CUDA0"_s << 0LL
                                       << 536870912LL << 268435456LL << 0LL;
    QTest::newRow("mid-load: next")
        << u"llamaserver_midload_cut.log"_s << 1 << u"CUDA0"_s << 104857600LL << 0LL << 0LL << 0LL;
}

void TestServerLogParser::shares()
{
    QFETCH(QString, file);
    QFETCH(int, load);
    QFETCH(QString, device);
    const ServerLogParser parser = parsed(file);
    QVERIFY(load < parser.loads().size());
    const ModelLoad::Share *share = shareOf(parser.loads().at(load), device);
    QVERIFY2(share, qPrintable(device));
    QTEST(share->weights.bytes, "weights");
    QTEST(share->kvCache.bytes, "kvCache");
    QTEST(share->graph.bytes, "graph");
    QTEST(share->other.bytes, "other");
    // Every figure came from %.1f / %.2f text.
    QVERIFY(share->total().bytes == 0 || share->total().approximate);
}

void TestServerLogParser::llamaServerTwoGpus()
{
    const ServerLogParser parser = parsed(u"llamaserver_two_gpus_partial.log"_s);
    // The runner of the first server start (port 40000) left with it.
    QCOMPARE(parser.serverStarts(), 2);
    QCOMPARE(parser.version(), u"0.30.2"_s);
    QCOMPARE(parser.loads().size(), 1);
    // Skipped: server config, two [GIN], loading model via, ggml_cuda_init,
    // "Device 0", llama_model_loader, "offloading 30 repeating", the KV
    // "size =" summary and "graph nodes": 10 of 40 lines.
    QCOMPARE(parser.lineCount(), 40);
    QCOMPARE(parser.skippedLines(), 10);

    QCOMPARE(parser.computeDevices().size(), 2);
    QCOMPARE(parser.computeDevices().at(1).id, u"1"_s);
    QCOMPARE(parser.computeDevices().at(1).description, u"NVIDIA GeForce RTX 3060"_s);
    // 11.8 GiB = 12670153523.2 -> 12670153523
    QCOMPARE(parser.computeDevices().at(1).available.bytes, 12670153523LL);
    QVERIFY(parser.computeDevices().at(1).available.approximate);
    QVERIFY(parser.systemMemory());
    // "0 B" would be exact; 4.0 GiB = 4294967296
    QCOMPARE(parser.systemMemory()->freeSwap.bytes, 4294967296LL);
    QCOMPARE(parser.gpuMemory().size(), 2);
    // 457.0 MiB = 479199232
    QCOMPARE(parser.gpuMemory().at(0).minimum.bytes, 479199232LL);

    const ModelLoad &load = parser.loads().first();
    QCOMPARE(load.era, ModelLoad::Era::LlamaServer);
    QCOMPARE(load.modelDigest,
             u"6a0746a1ec1aef3e7ec53868f220ff6e389f6f8ef87a01d77c96807de94ca2aa"_s);
    QCOMPARE(load.port, 36183);
    QCOMPARE(load.contextSize, 16384);
    QCOMPARE(load.parallel, 2);
    QCOMPARE(load.started, u"2026-06-03T10:15:02.200+02:00"_s);
    QCOMPARE(load.finished, u"2026-06-03T10:15:30.280+02:00"_s);
    QVERIFY(load.resident);
    QVERIFY(!load.partial);
    QCOMPARE(load.layersOffloaded, 30);
    QCOMPARE(load.layersTotal, 41);
    QVERIFY(!load.split);
    QCOMPARE(load.devices.size(), 2);
    QCOMPARE(load.usingDevices.size(), 2);
    // 12083 MiB = 12669943808
    QCOMPARE(load.usingDevices.at(1).free.bytes, 12669943808LL);
    QVERIFY(load.fitProjected);
    QCOMPARE(load.fitProjected->bytes, 25311 * MiB);
    QCOMPARE(load.fitFree->bytes, 23956 * MiB);
    QCOMPARE(load.fitDevices.size(), 2);
    QCOMPARE(load.fitDevices.at(1).layers, 15);
    QCOMPARE(load.fitDevices.at(1).used.bytes, 11011 * MiB);
    QCOMPARE(load.fitDevices.at(1).free.bytes, 1072 * MiB);
}

void TestServerLogParser::journalTwoModels()
{
    const ServerLogParser parser = parsed(u"journal_two_models.log"_s);
    QCOMPARE(parser.version(), u"0.30.5"_s);
    QCOMPARE(parser.loads().size(), 2);
    // [GIN] and the two KV "size =" summaries; the "juin 03 ... ollama[1234]: "
    // prefix is read on every line.
    QCOMPARE(parser.lineCount(), 31);
    QCOMPARE(parser.skippedLines(), 3);
    for (const ModelLoad &load : parser.loads()) {
        QVERIFY(load.resident);
        QVERIFY(load.isFinished());
    }
    QCOMPARE(parser.loads().at(0).modelDigest, QString(64, u'a'));
    QCOMPARE(parser.loads().at(1).modelDigest, QString(64, u'b'));
    QCOMPARE(parser.loads().at(1).port, 41002);
    QCOMPARE(parser.loads().at(1).contextSize, 32768);
    QCOMPARE(parser.loads().at(1).layersOffloaded, 35);
    QCOMPARE(parser.loads().at(0).usingDevices.size(), 1);
    QCOMPARE(parser.loads().at(0).usingDevices.at(0).description, u"NVIDIA GeForce RTX 4090"_s);
}

void TestServerLogParser::goRunnerMetal()
{
    const ServerLogParser parser = parsed(u"gorunner_metal.log"_s);
    QCOMPARE(parser.version(), u"0.12.3"_s);
    QCOMPARE(parser.loads().size(), 1);
    // The DEBUG "compute graph" nodes=... line is not a memory line.
    QCOMPARE(parser.skippedLines(), 1);
    const ModelLoad &load = parser.loads().first();
    QCOMPARE(load.era, ModelLoad::Era::GoRunner);
    QCOMPARE(load.operation, u"commit"_s);
    QCOMPARE(load.contextSize, 8192);
    QCOMPARE(load.parallel, 1);
    QCOMPARE(load.kvCacheType, u"q8_0"_s);
    QVERIFY(load.split);
    QCOMPARE(load.split->toString(), u"49[ID:0 Layers:49(0..48)]"_s);
    QCOMPARE(load.layersOffloaded, 49);
    QCOMPARE(load.port, 52001);
    QCOMPARE(load.devices.size(), 1);
    QCOMPARE(load.devices.first().name, u"Metal"_s);
    QCOMPARE(parser.computeDevices().first().library, u"Metal"_s);
    // free_swap="0 B" is exact.
    QCOMPARE(parser.systemMemory()->freeSwap, (LoggedBytes{0, false}));
}

void TestServerLogParser::goRunnerEvicted()
{
    const ServerLogParser parser = parsed(u"gorunner_cuda_evicted.log"_s);
    // The discovery runner (no --model) is not a load.
    QCOMPARE(parser.loads().size(), 2);
    const ModelLoad &evicted = parser.loads().at(0);
    QVERIFY(!evicted.resident);
    QVERIFY(!evicted.crashed);
    QCOMPARE(evicted.ended, u"2026-05-20T14:30:00.000Z"_s);
    QCOMPARE(evicted.layersOffloaded, 60);
    QCOMPARE(evicted.layersTotal, 65);
    QCOMPARE(evicted.parallel, 2);
    QCOMPARE(evicted.contextSize, 16384);
    QCOMPARE(evicted.kvCacheType, QString());
    QVERIFY(evicted.split);
    QCOMPARE(evicted.split->sum(), 60);
    QCOMPARE(evicted.split->toString(),
             u"60[ID:GPU-3f1c9a2e-6b1d-4c2f-9e0a-5d7b8c1e2f30 Layers:31(5..35) "
             u"ID:GPU-8d2e4f60-1a3b-4c5d-8e7f-9a0b1c2d3e4f Layers:29(36..64)]"_s);
    const ModelLoad &next = parser.loads().at(1);
    QVERIFY(next.resident);
    QCOMPARE(next.modelDigest, QString(64, u'e'));
    QCOMPARE(next.split->sum(), 33);
    QCOMPARE(next.kvCacheType, u"f16"_s);
}

void TestServerLogParser::cpuOnlyCrlf()
{
    const ServerLogParser parser = parsed(u"llamaserver_cpu_only_crlf.log"_s);
    QCOMPARE(parser.skippedLines(), 0);
    QCOMPARE(parser.computeDevices().size(), 1);
    QCOMPARE(parser.computeDevices().first().id, u"cpu"_s);
    QCOMPARE(parser.loads().size(), 1);
    const ModelLoad &load = parser.loads().first();
    // Go's quoting doubled the backslashes; they are read back single.
    QCOMPARE(load.modelPath,
             u"C:\\Users\\ann\\.ollama\\models\\blobs\\sha256-"_s + QString(64, u'f'));
    QCOMPARE(load.modelDigest, QString(64, u'f'));
    QVERIFY(load.devices.isEmpty());
    // A CPU-only build prints no "offloaded" line.
    QCOMPARE(load.layersOffloaded, -1);
    QVERIFY(load.isFinished());
    QVERIFY(!load.resident);
    QVERIFY(load.crashed);
    QCOMPARE(load.ended, u"2026-07-01T08:00:09.000+01:00"_s);
}

void TestServerLogParser::startsMidLoad()
{
    ServerLogParser parser;
    parser.addData(logFile(u"llamaserver_midload_cut.log"_s));
    // The last line has no '\n' yet: it is not read until finish().
    QCOMPARE(parser.lineCount(), 5);
    parser.finish();
    QCOMPARE(parser.lineCount(), 6);
    QCOMPARE(parser.skippedLines(), 1); // the cut "compute buf" line
    QCOMPARE(parser.version(), QString());
    QCOMPARE(parser.serverStarts(), 0);
    QCOMPARE(parser.loads().size(), 2);
    const ModelLoad &partial = parser.loads().at(0);
    QVERIFY(partial.partial);
    QVERIFY(partial.modelDigest.isEmpty());
    QVERIFY(partial.started.isEmpty());
    QCOMPARE(partial.finished, u"2026-06-04T07:00:08.000Z"_s);
    const ModelLoad &next = parser.loads().at(1);
    QVERIFY(!next.partial);
    QVERIFY(!next.isFinished());
    QCOMPARE(next.modelDigest, QString(64, u'1'));
}

void TestServerLogParser::chunkingDoesNotMatter()
{
    const QByteArray bytes = logFile(u"journal_two_models.log"_s);
    const ServerLogParser whole = parsed(u"journal_two_models.log"_s);
    for (const int chunk : {1, 7, 113}) {
        ServerLogParser parser;
        for (qsizetype at = 0; at < bytes.size(); at += chunk)
            parser.addData(
                QByteArrayView(bytes).sliced(at, qMin<qsizetype>(chunk, bytes.size() - at)));
        parser.finish();
        QCOMPARE(parser.lineCount(), whole.lineCount());
        QCOMPARE(parser.skippedLines(), whole.skippedLines());
        QCOMPARE(parser.loads().size(), whole.loads().size());
        for (int i = 0; i < parser.loads().size(); ++i) {
            QCOMPARE(parser.loads().at(i).devices, whole.loads().at(i).devices);
            QCOMPARE(parser.loads().at(i).host, whole.loads().at(i).host);
        }
    }
}

void TestServerLogParser::interleavedRunners()
{
    // Two runners started before either finished: lines go to the newest
    // unfinished one, so B's buffer and first "started in" are B's, and the
    // lines after it are A's.
    ServerLogParser parser;
    const QByteArray a(64, 'a');
    const QByteArray b(64, 'b');
    const QByteArray log =
        "time=T1 level=INFO source=s msg=\"starting llama-server\" cmd=\"llama-server "
        "--model /m/sha256-" +
        a +
        " --port 1001\"\n"
        "load_tensors:        CUDA0 model buffer size =   100.00 MiB\n"
        "time=T2 level=INFO source=s msg=\"starting llama-server\" cmd=\"llama-server "
        "--model /m/sha256-" +
        b +
        " --port 1002\"\n"
        "load_tensors:        CUDA1 model buffer size =   200.00 MiB\n"
        "time=T3 level=INFO source=s msg=\"llama-server started in 1.00 seconds\"\n"
        "sched_reserve:      CUDA0 compute buffer size =    10.00 MiB\n"
        "time=T4 level=INFO source=s msg=\"llama-server started in 3.00 seconds\"\n";
    parser.addData(log);
    QCOMPARE(parser.loads().size(), 2);
    const ModelLoad &first = parser.loads().at(0);
    const ModelLoad &second = parser.loads().at(1);
    QCOMPARE(second.finished, u"T3"_s);
    QCOMPARE(first.finished, u"T4"_s);
    QCOMPARE(second.devices.size(), 1);
    QCOMPARE(second.devices.first().name, u"CUDA1"_s);
    QCOMPARE(second.devices.first().share.weights.bytes, 200 * MiB);
    QCOMPARE(first.devices.size(), 1);
    QCOMPARE(first.devices.first().share.weights.bytes, 100 * MiB);
    QCOMPARE(first.devices.first().share.graph.bytes, 10 * MiB);
    // Both finished, in the order their loads finished.
    const QList<ModelLoad> finished = parser.takeFinishedLoads();
    QCOMPARE(finished.size(), 2);
    QCOMPARE(finished.at(0).modelDigest, QString::fromLatin1(b));
    QCOMPARE(finished.at(1).modelDigest, QString::fromLatin1(a));
    QVERIFY(parser.takeFinishedLoads().isEmpty());
}

void TestServerLogParser::endNamesRunner()
{
    ServerLogParser parser;
    for (const char *port : {"1001", "1002"}) {
        const QByteArray lines =
            "time=T level=INFO source=s msg=\"starting runner\" cmd=\"ollama runner "
            "--model /m/sha256-" +
            QByteArray(port) + " --port " + QByteArray(port) +
            "\"\n"
            "time=T level=INFO source=s msg=\"llama runner started in 1.00 seconds\"\n";
        parser.addData(lines);
    }
    // Two resident; the exit names the first by its port.
    parser.addLine("time=T9 level=ERROR source=s msg=\"llama runner terminated\" error=\"signal: "
                   "killed\" port=1001");
    QVERIFY(!parser.loads().at(0).resident);
    QVERIFY(parser.loads().at(0).crashed);
    QCOMPARE(parser.loads().at(0).ended, u"T9"_s);
    QVERIFY(parser.loads().at(1).resident);
}

void TestServerLogParser::ambiguousEndIsNotGuessed()
{
    ServerLogParser parser;
    for (const char *port : {"1001", "1002"}) {
        const QByteArray lines =
            "time=T level=INFO source=s msg=\"starting runner\" cmd=\"ollama runner "
            "--model /m/sha256-" +
            QByteArray(port) + " --port " + QByteArray(port) +
            "\"\n"
            "time=T level=INFO source=s msg=\"llama runner started in 1.00 seconds\"\n";
        parser.addData(lines);
    }
    parser.addLine("time=T9 level=DEBUG source=s msg=\"stopping llama server\" pid=4242");
    QVERIFY(parser.loads().at(0).resident);
    QVERIFY(parser.loads().at(1).resident);
    QCOMPARE(parser.skippedLines(), 1);
}

void TestServerLogParser::newServerDropsLoads()
{
    ServerLogParser parser;
    parser.addData(logFile(u"journal_two_models.log"_s));
    QCOMPARE(parser.loads().size(), 2);
    parser.addLine("time=T level=INFO source=routes.go:1 msg=\"Listening on 127.0.0.1:11434 "
                   "(version 0.31.0)\"");
    QVERIFY(parser.loads().isEmpty());
    QVERIFY(parser.computeDevices().isEmpty());
    QCOMPARE(parser.version(), u"0.31.0"_s);
}

void TestServerLogParser::badInput_data()
{
    QTest::addColumn<QByteArray>("line");

    QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01 buffer size = \x80 MiB", 24);
    QTest::newRow("size not a number")
        << QByteArray("load_tensors:        CUDA0 model buffer size =   12x.00 MiB");
    QTest::newRow("size with two points")
        << QByteArray("load_tensors:        CUDA0 model buffer size =   1.2.3 MiB");
    QTest::newRow("size past int64")
        << QByteArray("load_tensors:        CUDA0 model buffer size =   999999999999999 MiB");
    QTest::newRow("unknown kind") << QByteArray(
        "load_tensors:        CUDA0 magic buffer size =   1.00 MiB");
    QTest::newRow("human size without unit") << QByteArray(
        "time=T level=INFO source=s msg=\"model weights\" device=CUDA0 size=\"19.9\"");
    QTest::newRow("human bytes with a point")
        << QByteArray("time=T level=INFO source=s msg=\"kv cache\" device=CUDA0 size=\"1.5 B\"");
    QTest::newRow("unclosed quote") << QByteArray(
        "time=T level=INFO source=s msg=\"model weights\" device=CUDA0 size=\"1.0 GiB");
    QTest::newRow("bad escape") << QByteArray(
        "time=T level=INFO source=s msg=\"model weights\" device=\"C\\q\" size=\"1.0 GiB\"");
    QTest::newRow("offloaded more than total")
        << QByteArray("load_tensors: offloaded 34/33 layers to GPU");
    QTest::newRow("cut line") << QByteArray("time=T level=INFO source=s msg=\"starting llama-ser");
    QTest::newRow("prefix only") << QByteArray("juin 03 10:20:00 gpubox ollama[1234]: ");
    QTest::newRow("empty") << QByteArray();
}

void TestServerLogParser::badInput()
{
    QFETCH(QByteArray, line);
    ServerLogParser parser;
    parser.addLine(line);
    QCOMPARE(parser.lineCount(), 1);
    QCOMPARE(parser.skippedLines(), 1);
    for (const ModelLoad &load : parser.loads())
        QCOMPARE(load.devices.size(), 0);
}

void TestServerLogParser::longLineIsCappedAndSkipped()
{
    ServerLogParser parser;
    // A 10 MB line, fed in 1 MiB pieces, between two good lines: it is
    // counted once and never held whole.
    parser.addData("load_tensors:        CUDA0 model buffer size =   100.00 MiB\n");
    const QByteArray piece(1 << 20, 'x');
    for (int i = 0; i < 10; ++i)
        parser.addData(piece);
    parser.addData("\nload_tensors:        CUDA1 model buffer size =   200.00 MiB\n");
    QCOMPARE(parser.lineCount(), 3);
    QCOMPARE(parser.skippedLines(), 1);
    QCOMPARE(parser.loads().size(), 1);
    QCOMPARE(parser.loads().first().devices.size(), 2);

    // The same line whole, through addLine().
    parser.addLine(QByteArray(10 * 1000 * 1000, 'y'));
    QCOMPARE(parser.skippedLines(), 2);
}

void TestServerLogParser::sameModelAgain()
{
    ServerLogParser parser = parsed(u"journal_two_models.log"_s);
    // The first model again (after an unload that INFO does not log).
    const QByteArray line = "time=T9 level=INFO source=s msg=\"starting llama-server\" "
                            "cmd=\"llama-server --model /m/sha256-" +
                            QByteArray(64, 'a') + " --port 41003\"";
    parser.addLine(line);
    QCOMPARE(parser.loads().size(), 3);
    QVERIFY(!parser.loads().at(0).resident);
    QCOMPARE(parser.loads().at(0).ended, u"T9"_s);
    QVERIFY(parser.loads().at(1).resident);
    QVERIFY(parser.loads().at(2).resident);
}

void TestServerLogParser::breakdownTable()
{
    // llama.cpp's table at exit, newer and older function names; its header
    // row is read (not skipped) but holds no figures.
    ServerLogParser parser;
    const QByteArray log =
        "time=T level=INFO source=s msg=\"starting llama-server\" cmd=\"llama-server --model "
        "/m/sha256-ab --port 1\"\n"
        "common_memory_breakdown_print: | memory breakdown [MiB] | total   free     self   model   "
        "context   compute    unaccounted |\n"
        "common_memory_breakdown_print: |   - CUDA0 (RTX 4090)   | 24077 =  945 + (19187 = 17904 +"
        "     384 +     898) +        3945 |\n"
        "llama_memory_breakdown_print: |   - Host               |                  1113 =  1044 +  "
        "     0 +      69                |\n";
    parser.addData(log);
    QCOMPARE(parser.skippedLines(), 0);
    const QList<ModelLoad::BreakdownRow> &rows = parser.loads().first().breakdown;
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).name, u"CUDA0"_s);
    QCOMPARE(rows.at(0).totalMiB, 24077);
    QCOMPARE(rows.at(0).freeMiB, 945);
    QCOMPARE(rows.at(0).selfMiB, 19187);
    QCOMPARE(rows.at(0).modelMiB, 17904);
    QCOMPARE(rows.at(0).contextMiB, 384);
    QCOMPARE(rows.at(0).computeMiB, 898);
    QCOMPARE(rows.at(0).unaccountedMiB, 3945);
    // total = free + self + unaccounted: 945 + 19187 + 3945 = 24077.
    QCOMPARE(rows.at(0).freeMiB + rows.at(0).selfMiB + rows.at(0).unaccountedMiB,
             rows.at(0).totalMiB);
    QCOMPARE(rows.at(1).name, u"Host"_s);
    QCOMPARE(rows.at(1).totalMiB, -1);
    QCOMPARE(rows.at(1).selfMiB, 1113);
    QCOMPARE(rows.at(1).computeMiB, 69);
}

void TestServerLogParser::markGone()
{
    ServerLogParser parser = parsed(u"journal_two_models.log"_s);
    const quint64 id = parser.loads().at(1).id;
    QVERIFY(parser.markGone(id));
    QVERIFY(!parser.loads().at(1).resident);
    QVERIFY(parser.loads().at(0).resident);
    QVERIFY(!parser.markGone(id + 100));
}

QTEST_GUILESS_MAIN(TestServerLogParser)
#include "tst_serverlogparser.moc"
