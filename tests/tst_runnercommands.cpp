#include "commandline.h"
#include "fakerunnerprocess.h"
#include "measuresettings.h"
#include "scenario.h"
#include "wireformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QTest>
#include <QTextStream>

using namespace vramscope;

// `vramscope devices --endpoint`, `health` and `fit` against
// vramscope-fakerunner, run in-process through CommandLine.
class TestRunnerCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void devicesSameAsFile_data();
    void devicesSameAsFile();
    void devicesFaults_data();
    void devicesFaults();
    void devicesGiveUpAtTimeout();
    void usage_data();
    void usage();
    void health();
    void healthWhileLoading();
    void fit();
    void fitJsonFillsLibraries();
    void fitSizesTheCacheForEverySlot();
    void fitDoesNotFit();
    void fitRefusals_data();
    void fitRefusals();
    void fitAfterLoad();

private:
    struct Run
    {
        int code;
        QString out;
        QString err;
    };
    static Run run(const QStringList &arguments);
    QString endpoint() const { return m_runner.endpoint().toString(); }

    FakeRunnerProcess m_runner;
    Scenario m_scenario;
    QString m_split;
};

TestRunnerCommands::Run TestRunnerCommands::run(const QStringList &arguments)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    CommandLine commandLine;
    const int code = commandLine.run(arguments, outStream, errStream);
    outStream.flush();
    errStream.flush();
    return {code, out, err};
}

void TestRunnerCommands::initTestCase()
{
    QVERIFY2(m_runner.start({QStringLiteral("--load-after"), QStringLiteral("never")}),
             qPrintable(m_runner.error()));
    m_scenario = *Scenario::load(QStringLiteral("two-nvidia"), nullptr);
    m_split = m_scenario.loadRequest.gpuLayers.toString();
}

void TestRunnerCommands::init()
{
    QVERIFY2(m_runner.command(QStringLiteral("clear")), qPrintable(m_runner.error()));
}

void TestRunnerCommands::devicesSameAsFile_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("table") << false;
    QTest::newRow("json") << true;
}

void TestRunnerCommands::devicesSameAsFile()
{
    QFETCH(bool, json);
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(WireFormat::toBytes(WireFormat::toJson(m_scenario.devices)));
    file.close();
    const QStringList extra = json ? QStringList{QStringLiteral("--json")} : QStringList();
    const Run fromFile = run(
        QStringList{QStringLiteral("devices"), QStringLiteral("--file"), file.fileName()} + extra);
    const Run fromRunner = run(
        QStringList{QStringLiteral("devices"), QStringLiteral("--endpoint"), endpoint()} + extra);
    QCOMPARE(fromRunner.code, 0);
    QCOMPARE(fromRunner.err, QString());
    QCOMPARE(fromRunner.out, fromFile.out);
    QVERIFY(fromRunner.out.contains(u"NVIDIA GeForce RTX 4090"));
}

void TestRunnerCommands::devicesFaults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("message"); // %1 is the endpoint
    QTest::newRow("404") << QStringLiteral("/info=404")
                         << QStringLiteral(
                                "vramscope devices: GET /info at %1: free vram reporting "
                                "not supported (404: an older runner without /info)\n");
    QTest::newRow("500") << QStringLiteral("/info=500:failed to initialize CUDA")
                         << QStringLiteral("vramscope devices: GET /info at %1: HTTP 500: failed "
                                           "to initialize CUDA\n");
    QTest::newRow("redirect") << QStringLiteral("/info=redirect")
                              << QStringLiteral("vramscope devices: GET /info at %1: HTTP 302 "
                                                "redirect to '/info-moved', not followed: a "
                                                "runner never redirects\n");
}

void TestRunnerCommands::devicesFaults()
{
    QFETCH(QString, fault);
    QFETCH(QString, message);
    QVERIFY(m_runner.command(u"fault " + fault));
    const Run result = run({QStringLiteral("devices"), QStringLiteral("--endpoint"), endpoint()});
    QCOMPARE(result.code, 3);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err, message.arg(endpoint()));
}

void TestRunnerCommands::devicesGiveUpAtTimeout()
{
    // Unparsable answers are asked again until the timeout, as ollama does.
    for (const QString &fault : {QStringLiteral("/info=malformed"), QStringLiteral("/info=close"),
                                 QStringLiteral("/info=hang")}) {
        QVERIFY(m_runner.command(u"fault " + fault));
        const Run result = run({QStringLiteral("devices"), QStringLiteral("--endpoint"), endpoint(),
                                QStringLiteral("--timeout"), QStringLiteral("0.3")});
        QCOMPARE(result.code, 3);
        QVERIFY2(result.err.startsWith(u"vramscope devices: failed to finish discovery before "
                                       u"timeout (0.3 s, "),
                 qPrintable(result.err));
        QVERIFY2(result.err.contains(u"; last attempt: GET /info at " + endpoint() + u": "),
                 qPrintable(result.err));
    }
}

void TestRunnerCommands::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("neither") << QStringList{QStringLiteral("devices")}
                             << QStringLiteral("vramscope devices: give --file INFO.json or "
                                               "--endpoint HOST:PORT (see --help)\n");
    QTest::newRow("both") << QStringList{QStringLiteral("devices"), QStringLiteral("--file"),
                                         QStringLiteral("x"), QStringLiteral("--endpoint"),
                                         QStringLiteral("127.0.0.1:1")}
                          << QStringLiteral(
                                 "vramscope devices: give either --file or --endpoint, not both\n");
    QTest::newRow("bad timeout") << QStringList{QStringLiteral("health"),
                                                QStringLiteral("--endpoint"),
                                                QStringLiteral("127.0.0.1:1"),
                                                QStringLiteral("--timeout"), QStringLiteral("-1")}
                                 << QStringLiteral("vramscope health: --timeout: expected seconds "
                                                   "above 0, got '-1'\n");
    QTest::newRow("remote") << QStringList{QStringLiteral("health"), QStringLiteral("--endpoint"),
                                           QStringLiteral("10.0.0.5:8080")}
                            << QStringLiteral(
                                   "vramscope health: --endpoint: 10.0.0.5:8080 is not on this "
                                   "machine, and runners listen on loopback only; remote "
                                   "endpoints (a tunnel, a proxy) must be allowed first with "
                                   "--allow-remote\n");
    QTest::newRow("no endpoint") << QStringList{QStringLiteral("health")}
                                 << QStringLiteral(
                                        "vramscope health: --endpoint is required (see --help)\n");
    QTest::newRow("bad endpoint") << QStringList{QStringLiteral("fit"),
                                                 QStringLiteral("--endpoint"),
                                                 QStringLiteral("localhost")}
                                  << QStringLiteral(
                                         "vramscope fit: --endpoint: no port in 'localhost': "
                                         "runners listen on a port of their own (HOST:PORT)\n");
}

void TestRunnerCommands::usage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QCOMPARE(result.code, 2);
    QCOMPARE(result.err, message);
}

void TestRunnerCommands::health()
{
    const Run text = run({QStringLiteral("health"), QStringLiteral("--endpoint"), endpoint()});
    QCOMPARE(text.code, 0);
    QCOMPARE(text.out, QStringLiteral("status:   launched (2)\n"));
    const Run json = run({QStringLiteral("health"), QStringLiteral("--endpoint"), endpoint(),
                          QStringLiteral("--json")});
    QCOMPARE(json.code, 0);
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(object.value(QLatin1StringView("status")).toInt(), 2);
    QCOMPARE(object.value(QLatin1StringView("status_name")).toString(), QStringLiteral("launched"));
    QCOMPARE(object.value(QLatin1StringView("progress")).toDouble(), 0.0);
}

void TestRunnerCommands::healthWhileLoading()
{
    FakeRunnerProcess runner;
    QVERIFY2(runner.start({QStringLiteral("--load-after"), QStringLiteral("0"),
                           QStringLiteral("--load-seconds"), QStringLiteral("100000")}),
             qPrintable(runner.error()));
    const Run result =
        run({QStringLiteral("health"), QStringLiteral("--endpoint"), runner.endpoint().toString()});
    QCOMPARE(result.code, 0);
    QCOMPARE(result.out, QStringLiteral("status:   loading model (3)\nprogress: 0%\n"));
}

void TestRunnerCommands::fit()
{
    const Run result = run({QStringLiteral("fit"), QStringLiteral("--endpoint"), endpoint(),
                            QStringLiteral("--layers"), m_split, QStringLiteral("--ctx"),
                            QStringLiteral("16384"), QStringLiteral("--flash-attention")});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.code, 0);
    QVERIFY2(result.out.startsWith(u"split: " + m_split + u" (hash "), qPrintable(result.out));
    QVERIFY(result.out.contains(u"model weights  CUDA0    13.5 GiB\n"));
    QVERIFY(result.out.contains(u"kv cache       CUDA1     1.0 GiB\n"));
    QVERIFY(result.out.contains(u"total memory            32.0 GiB\n"));
    QVERIFY(result.out.endsWith(u"\nfits: the runner answered Success: true\n"));
}

void TestRunnerCommands::fitSizesTheCacheForEverySlot()
{
    // ollama sizes the cache for every slot: 4 slots of 4096 tokens are the
    // 16384 tokens of one slot, as the editor measures them too (1.0 GiB of
    // cache on CUDA1 in fit() above).
    const Run four = run({QStringLiteral("fit"), QStringLiteral("--endpoint"), endpoint(),
                          QStringLiteral("--layers"), m_split, QStringLiteral("--ctx"),
                          QStringLiteral("4096"), QStringLiteral("--parallel"), QStringLiteral("4"),
                          QStringLiteral("--flash-attention")});
    QCOMPARE(four.err, QString());
    QVERIFY2(four.out.contains(u"kv cache       CUDA1     1.0 GiB\n"), qPrintable(four.out));
    MeasureSettings editor;
    editor.contextSize = 4096;
    editor.parallel = 4;
    QCOMPARE(editor.request({}).kvSize, 16384);
}

void TestRunnerCommands::fitJsonFillsLibraries()
{
    const Run result = run({QStringLiteral("fit"), QStringLiteral("--endpoint"), endpoint(),
                            QStringLiteral("--layers"), m_split, QStringLiteral("--ctx"),
                            QStringLiteral("16384"), QStringLiteral("--json")});
    QCOMPARE(result.code, 0);
    const QJsonObject object = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QVERIFY(object.value(QLatin1StringView("success")).toBool());
    QCOMPARE(object.value(QLatin1StringView("layers")).toString(), m_split);
    // The hash covers the libraries, which only the runner's /info could add.
    GpuLayersList withLibraries = m_scenario.loadRequest.gpuLayers;
    for (GpuLayers &group : withLibraries.groups)
        group.deviceId.library = QStringLiteral("CUDA");
    QCOMPARE(object.value(QLatin1StringView("hash")).toString(), withLibraries.hashHex());
    LoadRequest request = m_scenario.loadRequest;
    request.gpuLayers = withLibraries;
    const BackendMemory expected =
        *m_scenario.model.memoryFor(request, m_scenario.devices, nullptr);
    const std::optional<BackendMemory> memory = WireFormat::readBackendMemory(
        QJsonDocument(object.value(QLatin1StringView("memory")).toObject()).toJson(), nullptr);
    QVERIFY(memory);
    QCOMPARE(*memory, expected);
}

void TestRunnerCommands::fitDoesNotFit()
{
    const QString all = u"32[ID:" + m_scenario.devices[1].deviceId.id + u" Layers:32(0..31)]";
    const Run result = run({QStringLiteral("fit"), QStringLiteral("--endpoint"), endpoint(),
                            QStringLiteral("--layers"), all});
    QCOMPARE(result.code, 1);
    QVERIFY(result.out.endsWith(u"\ndoes not fit: the runner answered Success: false\n"));
}

void TestRunnerCommands::fitRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message"); // %1 is the endpoint
    QTest::newRow("no layers") << QStringList() << 2
                               << QStringLiteral(
                                      "vramscope fit: --layers is required (see --help)\n");
    QTest::newRow("bad notation") << QStringList{QStringLiteral("--layers"),
                                                 QStringLiteral("3[ID:0 Layers:2(0..1)]")}
                                  << 2
                                  << QStringLiteral("vramscope fit: --layers: column 1: the count "
                                                    "says 3 layers but the groups hold 2, found "
                                                    "'3[ID:0 Layer'\n");
    QTest::newRow("unknown device")
        << QStringList{QStringLiteral("--layers"), QStringLiteral("1[ID:GPU-x Layers:1(0..0)]")}
        << 2
        << QStringLiteral("vramscope fit: --layers: ID:GPU-x is not a device of the runner at %1 "
                          "(its devices: GPU-3f1c9a2e-6b1d-4c2f-9e0a-5d7b8c1e2f30, "
                          "GPU-8d2e4f60-1a3b-4c5d-8e7f-9a0b1c2d3e4f)\n");
    QTest::newRow("cache type")
        << QStringList{QStringLiteral("--layers"), QStringLiteral("[]"),
                       QStringLiteral("--kv-cache-type"), QStringLiteral("q5_1")}
        << 2
        << QStringLiteral("vramscope fit: --kv-cache-type: expected f16, q8_0, q4_0, got 'q5_1'\n");
    QTest::newRow("ctx") << QStringList{QStringLiteral("--layers"), QStringLiteral("[]"),
                                        QStringLiteral("--ctx"), QStringLiteral("0")}
                         << 2
                         << QStringLiteral("vramscope fit: --ctx: expected a whole number "
                                           "from 1, got '0'\n");
}

void TestRunnerCommands::fitRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Run result = run(
        QStringList{QStringLiteral("fit"), QStringLiteral("--endpoint"), endpoint()} + arguments);
    QCOMPARE(result.code, code);
    QCOMPARE(result.err, message.contains(u"%1") ? message.arg(endpoint()) : message);
}

void TestRunnerCommands::fitAfterLoad()
{
    FakeRunnerProcess runner;
    QVERIFY2(runner.start({QStringLiteral("--load-after"), QStringLiteral("never")}),
             qPrintable(runner.error()));
    QVERIFY(runner.command(QStringLiteral("load")));
    const Run result = run({QStringLiteral("fit"), QStringLiteral("--endpoint"),
                            runner.endpoint().toString(), QStringLiteral("--layers"), m_split});
    QCOMPARE(result.code, 3);
    QCOMPARE(result.err, u"vramscope fit: POST /load at " + runner.endpoint().toString() +
                             u": HTTP 500: model already loaded\n");
}

QTEST_GUILESS_MAIN(TestRunnerCommands)
#include "tst_runnercommands.moc"
