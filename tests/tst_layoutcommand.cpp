#include "binaryrun.h"
#include "gpulayerslist.h"
#include "wireformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace vramscope;

namespace {

using Run = BinaryRun;

Run runVramscope(const QStringList &arguments,
                 const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    return BinaryRun::run(QStringLiteral(VRAMSCOPE_BINARY), arguments, env);
}

QString data(const char *name)
{
    return QStringLiteral(VRAMSCOPE_TEST_DATA "/") + QLatin1StringView(name);
}

const QString Cuda0 = QStringLiteral("GPU-3f1c9a2e-6b1d-4c2f-9e0a-5d7b8c1e2f30");
const QString Cuda1 = QStringLiteral("GPU-8d2e4f60-1a3b-4c5d-8e7f-9a0b1c2d3e4f");

} // namespace

class TestLayoutCommand : public QObject
{
    Q_OBJECT

private slots:
    void plans_data();
    void plans();
    void json();
    void refusals_data();
    void refusals();
    void badInput_data();
    void badInput();
    void llamaServerEra_data();
    void llamaServerEra();
    void llamaServerJson();
};

void TestLayoutCommand::plans_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("firstLine");

    // info_cuda: CUDA1 (RTX 3090) has more free memory, so the order is
    // [CUDA1, CUDA0]. memory_2gpu reports graphs on both, so lastUsed = 1
    // and the first fit is over both. Layers: 0..31 of 240 MiB, 32 of
    // 501 MiB. Rooms: CUDA1 24424628224, CUDA0 24074059776 bytes. The
    // smallest capacity placing all 33 fills CUDA0 (last) with the output
    // layer + 15 (c = 4300210176 / 24074059776 = 0.1786), leaving CUDA1 17
    // layers (4278190080 <= 0.1786 * 24424628224); with 14 on CUDA0, CUDA1
    // would need c = 0.1855, larger.
    QTest::newRow("two GPUs balance")
        << QStringList{QStringLiteral("--devices"), data("info_cuda.json"),
                       QStringLiteral("--memory"),  data("memory_2gpu.json"),
                       QStringLiteral("--system"),  data("system.json")}
        << QString(u"33[ID:" + Cuda1 + u" Layers:17(0..16) ID:" + Cuda0 + u" Layers:16(17..32)]");

    // memory_partial_offload reports only CUDA0 (graph 288 MiB). With 23e9
    // bytes of overhead CUDA0's room is 24855248896 - 479199232 -
    // 23000000000 - 301989888 = 1074059776 (1024.3 MiB); CUDA1 has none.
    // Pass 1 places 32, 31, 30 (981 MiB) then moves to CUDA1, which holds
    // nothing; pass 2 (without the output layer) places 28..31 (960 MiB)
    // and again leaves CUDA1's empty group in front.
    QTest::newRow("overhead leaves an empty group in front")
        << QStringList{QStringLiteral("--devices"),      data("info_cuda.json"),
                       QStringLiteral("--memory"),       data("memory_partial_offload.json"),
                       QStringLiteral("--system"),       data("system.json"),
                       QStringLiteral("--gpu-overhead"), QStringLiteral("23000000000")}
        << QString(u"4[ ID:" + Cuda0 + u" Layers:4(28..31)]");

    // Only CUDA0 is reported and nothing forces it: 22.4 GiB holds all 33.
    QTest::newRow("one reported GPU takes all")
        << QStringList{QStringLiteral("--devices"), data("info_cuda.json"),
                       QStringLiteral("--memory"),  data("memory_partial_offload.json"),
                       QStringLiteral("--system"),  data("system.json")}
        << QString(u"33[ID:" + Cuda0 + u" Layers:33(0..32)]");

    // num_gpu 0: nothing on GPUs.
    QTest::newRow("num_gpu 0") << QStringList{QStringLiteral("--devices"), data("info_cuda.json"),
                                              QStringLiteral("--memory"),  data("memory_2gpu.json"),
                                              QStringLiteral("--system"),  data("system.json"),
                                              QStringLiteral("--num-gpu"), QStringLiteral("0")}
                               << QStringLiteral("[]");

    QTest::newRow("CPU-only machine")
        << QStringList{QStringLiteral("--devices"), data("info_cpu_only.json"),
                       QStringLiteral("--memory"),  data("memory_2gpu.json"),
                       QStringLiteral("--system"),  data("system.json")}
        << QStringLiteral("[]");
}

void TestLayoutCommand::plans()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, firstLine);
    const Run run = runVramscope(QStringList{QStringLiteral("layout")} + arguments);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.section(u'\n', 0, 0), firstLine);
    QVERIFY(run.out.contains(QStringLiteral("\nhash: ")));
}

void TestLayoutCommand::json()
{
    const Run run =
        runVramscope({QStringLiteral("layout"), QStringLiteral("--devices"), data("info_cuda.json"),
                      QStringLiteral("--memory"), data("memory_2gpu.json"),
                      QStringLiteral("--system"), data("system.json"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(result.value(QLatin1StringView("sum")).toInt(), 33);
    QVERIFY(result.value(QLatin1StringView("refusal")).isNull());

    // The wire form carries the libraries the text leaves out; its text and
    // hash must be the ones printed beside it.
    WireError error;
    const auto list = WireFormat::readGpuLayersList(
        QJsonDocument(result.value(QLatin1StringView("gpu_layers")).toArray()).toJson(), &error);
    QVERIFY2(list, qPrintable(error.toString()));
    QCOMPARE(list->groups.size(), 2);
    QCOMPARE(list->groups[0].deviceId, (DeviceId{Cuda1, QStringLiteral("CUDA")}));
    QCOMPARE(list->toString(), result.value(QLatin1StringView("string")).toString());
    QCOMPARE(list->hashHex(), result.value(QLatin1StringView("hash")).toString());

    const QJsonObject why = result.value(QLatin1StringView("explanation")).toObject();
    QCOMPARE(why.value(QLatin1StringView("library")).toString(), QStringLiteral("CUDA"));
    QCOMPARE(why.value(QLatin1StringView("layer_sizes")).toArray().size(), 33);
    // 240 MiB: 208 MiB weights + 32 MiB cache per block layer.
    QCOMPARE(why.value(QLatin1StringView("layer_sizes")).toArray().at(0).toInteger(),
             qint64(251658240));
    const QJsonArray devices = why.value(QLatin1StringView("devices")).toArray();
    QCOMPARE(devices.size(), 2);
    const QJsonObject cuda1 = devices.at(0).toObject();
    QCOMPARE(cuda1.value(QLatin1StringView("name")).toString(), QStringLiteral("CUDA1"));
    QCOMPARE(cuda1.value(QLatin1StringView("minimum_memory")).toInteger(),
             qint64(457) * 1024 * 1024);
    QCOMPARE(cuda1.value(QLatin1StringView("graph")).toInteger(), qint64(150994944));
    QCOMPARE(cuda1.value(QLatin1StringView("available")).toInteger(),
             qint64(25054822400 - 479199232 - 150994944));
    QCOMPARE(cuda1.value(QLatin1StringView("layers")).toArray().size(), 17);
    QCOMPARE(cuda1.value(QLatin1StringView("layer_bytes")).toInteger(), qint64(17) * 251658240);
    const QJsonObject cpu = why.value(QLatin1StringView("cpu")).toObject();
    QCOMPARE(cpu.value(QLatin1StringView("layers")).toArray().size(), 0);
    QCOMPARE(cpu.value(QLatin1StringView("bytes")).toInteger(),
             qint64(525336576)); // the input weights
}

void TestLayoutCommand::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    // Needs 501 MiB of input weights in RAM; system_small has 256 MiB free, no swap.
    QTest::newRow("system memory")
        << QStringList{QStringLiteral("--devices"), data("info_cuda.json"),
                       QStringLiteral("--memory"),  data("memory_2gpu.json"),
                       QStringLiteral("--system"),  data("system_small.json")}
        << QStringLiteral(
               "model requires more system memory (501.0 MiB) than is available (256.0 MiB)");
    // As "overhead leaves an empty group in front": 4 of 33 layers fit.
    QTest::newRow("require full")
        << QStringList{QStringLiteral("--devices"),      data("info_cuda.json"),
                       QStringLiteral("--memory"),       data("memory_partial_offload.json"),
                       QStringLiteral("--system"),       data("system.json"),
                       QStringLiteral("--gpu-overhead"), QStringLiteral("23000000000"),
                       QStringLiteral("--require-full")}
        << QStringLiteral("unable to load full model on GPU");
}

void TestLayoutCommand::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = runVramscope(QStringList{QStringLiteral("layout")} + arguments);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, message + u'\n');
    QVERIFY(run.out.contains(u"ollama would refuse: " + message));
}

void TestLayoutCommand::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("overheadEnv");
    QTest::addColumn<QString>("message");

    const QStringList files{QStringLiteral("--devices"), data("info_cuda.json"),
                            QStringLiteral("--memory"),  data("memory_2gpu.json"),
                            QStringLiteral("--system"),  data("system.json")};
    QTest::newRow("no memory") << QStringList{QStringLiteral("--devices"), data("info_cuda.json")}
                               << QString() << QStringLiteral("--memory is required");
    QTest::newRow("num-gpu not a number")
        << files + QStringList{QStringLiteral("--num-gpu"), QStringLiteral("many")} << QString()
        << QStringLiteral("--num-gpu: 'many' is not an integer");
    QTest::newRow("backoff above 1")
        << files + QStringList{QStringLiteral("--backoff"), QStringLiteral("1.5")} << QString()
        << QStringLiteral("--backoff: '1.5' is not a number from 0 to 1");
    QTest::newRow("overhead negative")
        << files + QStringList{QStringLiteral("--gpu-overhead"), QStringLiteral("-1")} << QString()
        << QStringLiteral("--gpu-overhead: '-1' is not a byte count");
    QTest::newRow("bad OLLAMA_GPU_OVERHEAD")
        << files << QStringLiteral("1GB")
        << QStringLiteral("OLLAMA_GPU_OVERHEAD: '1GB' is not a byte count");
    QTest::newRow("devices file is memory")
        << QStringList{QStringLiteral("--devices"), data("memory_2gpu.json"),
                       QStringLiteral("--memory"), data("memory_2gpu.json")}
        << QString() << QStringLiteral("expected a JSON array, got an object");
    QTest::newRow("unknown era")
        << files + QStringList{QStringLiteral("--era"), QStringLiteral("v0.30")} << QString()
        << QStringLiteral("--era: 'v0.30' is not go-runner or llama-server");
    QTest::newRow("main-gpu in the Go era")
        << files + QStringList{QStringLiteral("--main-gpu"), QStringLiteral("0")} << QString()
        << QStringLiteral("--main-gpu and --fit-target apply to --era llama-server only");
    QTest::newRow("backoff in the llama-server era")
        << files + QStringList{QStringLiteral("--era"), QStringLiteral("llama-server"),
                               QStringLiteral("--backoff"), QStringLiteral("0.1")}
        << QString() << QStringLiteral("--backoff applies to --era go-runner only");
    QTest::newRow("fit target not MiB")
        << files + QStringList{QStringLiteral("--era"), QStringLiteral("llama-server"),
                               QStringLiteral("--fit-target"), QStringLiteral("1024,1G")}
        << QString() << QStringLiteral("--fit-target: '1024,1G' is not a list of MiB");
    QTest::newRow("main-gpu negative")
        << files + QStringList{QStringLiteral("--era"), QStringLiteral("llama-server"),
                               QStringLiteral("--main-gpu"), QStringLiteral("-1")}
        << QString() << QStringLiteral("--main-gpu: '-1' is not an index");
    QTest::newRow("main-gpu past the devices")
        << files + QStringList{QStringLiteral("--era"), QStringLiteral("llama-server"),
                               QStringLiteral("--main-gpu"), QStringLiteral("2")}
        << QString() << QStringLiteral("--main-gpu: 2 is past the 2 devices of");
    QTest::newRow("missing system file")
        << QStringList{QStringLiteral("--devices"), data("info_cuda.json"),
                       QStringLiteral("--memory"),  data("memory_2gpu.json"),
                       QStringLiteral("--system"),  QStringLiteral("/nonexistent/system.json")}
        << QString() << QStringLiteral("/nonexistent/system.json: cannot open");
}

void TestLayoutCommand::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, overheadEnv);
    QFETCH(QString, message);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("OLLAMA_GPU_OVERHEAD"));
    if (!overheadEnv.isEmpty())
        env.insert(QStringLiteral("OLLAMA_GPU_OVERHEAD"), overheadEnv);
    const Run run = runVramscope(QStringList{QStringLiteral("layout")} + arguments, env);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.startsWith(QStringLiteral("vramscope layout: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1);
}

void TestLayoutCommand::llamaServerEra_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("firstLine");

    // memory_2gpu: 32 layers of 240 MiB and an output layer of 501 MiB;
    // input weights 501 MiB, graphs 288 MiB (CUDA0) and 144 MiB (CUDA1).
    // ollama's prediction: 32 x 240 + 501 + 501 = 8682 MiB. CUDA1 has
    // 25054822400 bytes free (23894 MiB; x 0.8 = 19115 MiB >= 8682) and is
    // tried first (more free than CUDA0): alone. All 33 layers + graph =
    // 8325 MiB keeps the 1024 MiB margin: the default placement stands.
    QTest::newRow("one GPU within 80%")
        << QStringList{} << QString(u"33[ID:" + Cuda1 + u" Layers:33(0..32)]");
    // Spread: both, in the devices' order. Split by free memory: CUDA0's
    // bound is 24855248896 / 49910071296 = 0.498; layer il sits at il / 33:
    // 16 / 33 = 0.485 is below it, 17 / 33 = 0.515 is not.
    QTest::newRow("spread") << QStringList{QStringLiteral("--spread")}
                            << QString(u"33[ID:" + Cuda0 + u" Layers:17(0..16) ID:" + Cuda1 +
                                       u" Layers:16(17..32)]");
    QTest::newRow("main gpu") << QStringList{QStringLiteral("--main-gpu"), QStringLiteral("0")}
                              << QString(u"33[ID:" + Cuda0 + u" Layers:33(0..32)]");
    // -ngl 10: the last 10 of 33 (23..32) on CUDA1, chosen as above.
    QTest::newRow("num_gpu as -ngl")
        << QStringList{QStringLiteral("--num-gpu"), QStringLiteral("10")}
        << QString(u"10[ID:" + Cuda1 + u" Layers:10(23..32)]");
    // A 23000 MiB margin: targets 24855248896 - 24117248000 = 738000896
    // (CUDA0) and 937574400 (CUDA1). From the back: CUDA1's room next to its
    // graph is 786579456: the output layer (525336576) and layer 31
    // (251658240) leave 9584640. CUDA0's room 436011008 takes layer 30 and
    // not 29. -ngl 3, -ts 1,2; layers 0..29 stay on the CPU.
    QTest::newRow("fit target, back to front")
        << QStringList{QStringLiteral("--spread"), QStringLiteral("--fit-target"),
                       QStringLiteral("23000")}
        << QString(u"3[ID:" + Cuda0 + u" Layers:1(30..30) ID:" + Cuda1 + u" Layers:2(31..32)]");
}

void TestLayoutCommand::llamaServerEra()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, firstLine);
    QProcessEnvironment env = BinaryRun::environment();
    env.remove(QStringLiteral("OLLAMA_SCHED_SPREAD"));
    env.remove(QStringLiteral("LLAMA_ARG_FIT_TARGET"));
    const Run run = runVramscope(QStringList{QStringLiteral("layout"), QStringLiteral("--era"),
                                             QStringLiteral("llama-server"),
                                             QStringLiteral("--devices"), data("info_cuda.json"),
                                             QStringLiteral("--memory"), data("memory_2gpu.json"),
                                             QStringLiteral("--system"), data("system.json")} +
                                     arguments,
                                 env);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.section(u'\n', 0, 0), firstLine);
    QVERIFY(run.out.contains(QStringLiteral("era: llama-server")));
    QVERIFY(run.out.contains(QStringLiteral("\nchosen: ")));
    QVERIFY(run.out.contains(QStringLiteral("\nfit (llama.cpp): ")));
}

void TestLayoutCommand::llamaServerJson()
{
    // As "fit target, back to front" above, through LLAMA_ARG_FIT_TARGET.
    QProcessEnvironment env = BinaryRun::environment();
    env.remove(QStringLiteral("OLLAMA_SCHED_SPREAD"));
    env.insert(QStringLiteral("LLAMA_ARG_FIT_TARGET"), QStringLiteral("23000"));
    const Run run = runVramscope(
        {QStringLiteral("layout"), QStringLiteral("--era"), QStringLiteral("llama-server"),
         QStringLiteral("--devices"), data("info_cuda.json"), QStringLiteral("--memory"),
         data("memory_2gpu.json"), QStringLiteral("--system"), data("system.json"),
         QStringLiteral("--spread"), QStringLiteral("--json")},
        env);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(result.value(QLatin1StringView("era")).toString(), QStringLiteral("llama-server"));
    QCOMPARE(result.value(QLatin1StringView("selected_gpus")).toArray(),
             (QJsonArray{Cuda0, Cuda1}));
    QCOMPARE(result.value(QLatin1StringView("single_gpu")).toBool(true), false);
    QCOMPARE(result.value(QLatin1StringView("n_gpu_layers")).toInt(), 3);
    QCOMPARE(result.value(QLatin1StringView("tensor_split")).toArray(), (QJsonArray{1, 2}));
    QCOMPARE(result.value(QLatin1StringView("sum")).toInt(), 3);
    const QJsonObject why = result.value(QLatin1StringView("explanation")).toObject();
    QCOMPARE(why.value(QLatin1StringView("fit")).toString(), QStringLiteral("back_to_front"));
    QCOMPARE(why.value(QLatin1StringView("prediction")).toInteger(), qint64(8682) * 1024 * 1024);
    const QJsonObject cuda1 = why.value(QLatin1StringView("devices")).toArray().at(1).toObject();
    QCOMPARE(cuda1.value(QLatin1StringView("target")).toInteger(), qint64(937574400));
    // Layer 31, the output layer and the graph: 251658240 + 525336576 + 150994944.
    QCOMPARE(cuda1.value(QLatin1StringView("bytes")).toInteger(), qint64(927989760));
    // Without a spread the default split stands: no tensor split at all.
    env.remove(QStringLiteral("LLAMA_ARG_FIT_TARGET"));
    const Run single =
        runVramscope({QStringLiteral("layout"), QStringLiteral("--era"),
                      QStringLiteral("llama-server"), QStringLiteral("--devices"),
                      data("info_cuda.json"), QStringLiteral("--memory"), data("memory_2gpu.json"),
                      QStringLiteral("--system"), data("system.json"), QStringLiteral("--json")},
                     env);
    const QJsonObject plain = QJsonDocument::fromJson(single.out.toUtf8()).object();
    QVERIFY(plain.value(QLatin1StringView("tensor_split")).isNull());
    QCOMPARE(plain.value(QLatin1StringView("single_gpu")).toBool(), true);
    QCOMPARE(plain.value(QLatin1StringView("n_gpu_layers")).toInt(), 33);
}

QTEST_GUILESS_MAIN(TestLayoutCommand)
#include "tst_layoutcommand.moc"
