#include "fakerunner.h"
#include "wireformat.h"

#include <QTest>

using namespace vramscope;

class TestFakeRunner : public QObject
{
    Q_OBJECT

private slots:
    void info();
    void healthBeforeLoad();
    void routes_data();
    void routes();
    void fitAllocatesNothing();
    void fitThatDoesNotFit();
    void refusedSplit();
    void commitLoadsThenRefuses();
    void loadFinishesAndMemoryFalls();
    void loadNowUsesScenarioSplit();
    void faults();

private:
    static Scenario scenario(double loadSeconds = 100);
    static HttpRequest post(const LoadRequest &request);
};

Scenario TestFakeRunner::scenario(double loadSeconds)
{
    QString error;
    std::optional<Scenario> s = Scenario::fromJson(
        R"({"devices": [{"id": "GPU-a", "backend": "CUDA", "name": "CUDA0",
                         "total_memory": 2000, "free_memory": 1000},
                        {"id": "GPU-b", "backend": "CUDA", "name": "CUDA1",
                         "total_memory": 2000, "free_memory": 500}],
            "model": {"layers": 4, "layer_weights": 100, "kv_bytes_per_token": 1, "graph": 50},
            "load": {"layers": "4[ID:GPU-a Layers:3(0..2) ID:GPU-b Layers:1(3..3)]",
                     "kv_size": 10}})",
        &error);
    if (!s)
        qFatal("%s", qPrintable(error));
    s->loadSeconds = loadSeconds;
    return *s;
}

HttpRequest TestFakeRunner::post(const LoadRequest &request)
{
    HttpRequest http;
    http.method = "POST";
    http.path = "/load";
    http.version = "HTTP/1.1";
    http.body = WireFormat::toBytes(WireFormat::toJson(request));
    return http;
}

namespace {

HttpRequest get(const QByteArray &path)
{
    return {"GET", path, "HTTP/1.1", {}, {}};
}

LoadRequest fit(const QString &notation,
                LoadRequest::Operation operation = LoadRequest::Operation::Fit)
{
    LoadRequest request;
    request.operation = operation;
    request.kvSize = 10;
    request.gpuLayers = *GpuLayersList::fromString(notation, nullptr);
    return request;
}

RunnerHealth health(FakeRunner &runner)
{
    const HttpResponse response = runner.answer(get("/health"));
    return *WireFormat::readRunnerHealth(response.body, nullptr);
}

} // namespace

void TestFakeRunner::info()
{
    FakeRunner runner(scenario());
    const HttpResponse response = runner.answer(get("/info"));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.contentType, QByteArray("application/json"));
    WireError error;
    const std::optional<QList<DeviceInfo>> devices =
        WireFormat::readDeviceInfoList(response.body, &error);
    QVERIFY2(devices, qPrintable(error.toString()));
    QCOMPARE(*devices, scenario().devices);
}

void TestFakeRunner::healthBeforeLoad()
{
    FakeRunner runner(scenario());
    QCOMPARE(health(runner), (RunnerHealth{RunnerHealth::Status::Launched, 0}));
}

void TestFakeRunner::routes_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("answer");
    QTest::newRow("unknown path") << QByteArray("GET") << QByteArray("/nope") << QByteArray() << 404
                                  << QByteArray("404 page not found\n");
    QTest::newRow("bad json") << QByteArray("POST") << QByteArray("/load") << QByteArray("nope")
                              << 400 << QByteArray("bad request\n");
    QTest::newRow("wrong field type")
        << QByteArray("POST") << QByteArray("/load") << QByteArray(R"({"KvSize": "big"})") << 400
        << QByteArray("bad request\n");
    QTest::newRow("get load") << QByteArray("GET") << QByteArray("/load") << QByteArray() << 405
                              << QByteArray("Method Not Allowed\n");
    QTest::newRow("post info") << QByteArray("POST") << QByteArray("/info") << QByteArray() << 405
                               << QByteArray("Method Not Allowed\n");
}

void TestFakeRunner::routes()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QByteArray, answer);
    FakeRunner runner(scenario());
    const HttpResponse response = runner.answer({method, path, "HTTP/1.1", {}, body});
    QCOMPARE(response.status, status);
    QCOMPARE(response.body, answer);
    QCOMPARE(response.contentType, QByteArray("text/plain; charset=utf-8"));
}

void TestFakeRunner::fitAllocatesNothing()
{
    FakeRunner runner(scenario());
    const HttpResponse response =
        runner.answer(post(fit(QStringLiteral("1[ID:GPU-a Layers:1(0..0)]"))));
    QCOMPARE(response.status, 200);
    const std::optional<LoadResponse> load = WireFormat::readLoadResponse(response.body, nullptr);
    QVERIFY(load);
    QVERIFY(load->success);
    QCOMPARE(load->memory.gpus[0].size(), quint64(100 + 10 + 50));
    QCOMPARE(health(runner).status, RunnerHealth::Status::Launched);
    QCOMPARE(runner.devices(), scenario().devices);
}

void TestFakeRunner::fitThatDoesNotFit()
{
    FakeRunner runner(scenario());
    // GPU-b has 500 free; 4 layers with a 20-token cache need 4 * (100 + 20) + 50.
    LoadRequest request = fit(QStringLiteral("4[ID:GPU-b Layers:4(0..3)]"));
    request.kvSize = 20;
    const HttpResponse response = runner.answer(post(request));
    QCOMPARE(response.status, 200);
    const std::optional<LoadResponse> load = WireFormat::readLoadResponse(response.body, nullptr);
    QVERIFY(load);
    QVERIFY(!load->success);
    QCOMPARE(load->memory.gpus[1].size(), quint64(4 * 120 + 50));
}

void TestFakeRunner::refusedSplit()
{
    FakeRunner runner(scenario());
    const HttpResponse response =
        runner.answer(post(fit(QStringLiteral("1[ID:GPU-x Layers:1(0..0)]"))));
    QCOMPARE(response.status, 500);
    QCOMPARE(response.body, QByteArray("no device ID:GPU-x on this runner\n"));
}

void TestFakeRunner::commitLoadsThenRefuses()
{
    FakeRunner runner(scenario());
    const HttpResponse response = runner.answer(
        post(fit(QStringLiteral("1[ID:GPU-a Layers:1(0..0)]"), LoadRequest::Operation::Commit)));
    QCOMPARE(response.status, 200);
    QCOMPARE(health(runner).status, RunnerHealth::Status::LoadingModel);
    const HttpResponse again =
        runner.answer(post(fit(QStringLiteral("1[ID:GPU-a Layers:1(0..0)]"))));
    QCOMPARE(again.status, 500);
    QCOMPARE(again.body, QByteArray("model already loaded\n"));
    QCOMPARE(runner.loadNow(), QStringLiteral("model already loaded"));
}

void TestFakeRunner::loadFinishesAndMemoryFalls()
{
    FakeRunner runner(scenario(0.05));
    QCOMPARE(
        runner
            .answer(post(fit(QStringLiteral("2[ID:GPU-a Layers:1(0..0) ID:GPU-b Layers:1(1..1)]"),
                             LoadRequest::Operation::Commit)))
            .status,
        200);
    QTRY_COMPARE(health(runner), (RunnerHealth{RunnerHealth::Status::Ready, 1}));
    const QList<DeviceInfo> devices = runner.devices();
    QCOMPARE(devices[0].freeMemory, quint64(1000 - 160));
    QCOMPARE(devices[1].freeMemory, quint64(500 - 160));
}

void TestFakeRunner::loadNowUsesScenarioSplit()
{
    FakeRunner runner(scenario(0.05));
    QCOMPARE(runner.loadNow(), QString());
    QTRY_COMPARE(health(runner).status, RunnerHealth::Status::Ready);
    const QList<DeviceInfo> devices = runner.devices();
    QCOMPARE(devices[0].freeMemory, quint64(1000 - 3 * 110 - 50));
    QCOMPARE(devices[1].freeMemory, quint64(500 - 110 - 50));
}

void TestFakeRunner::faults()
{
    Scenario withFault = scenario();
    withFault.faults.append(*Fault::parse(QStringLiteral("/info=404"), nullptr));
    FakeRunner runner(withFault);
    QCOMPARE(runner.faultFor(QStringLiteral("/info"))->toString(), QStringLiteral("/info=404"));
    QVERIFY(!runner.faultFor(QStringLiteral("/health")));
    // One set by hand comes first.
    runner.setFault(*Fault::parse(QStringLiteral("/info=hang"), nullptr));
    QCOMPARE(runner.faultFor(QStringLiteral("/info"))->kind(), Fault::Kind::Hang);
    runner.setFault(*Fault::parse(QStringLiteral("*=delay:5"), nullptr));
    QCOMPARE(runner.faultFor(QStringLiteral("/health"))->kind(), Fault::Kind::Delay);
    runner.clearFaults();
    QCOMPARE(runner.faultFor(QStringLiteral("/info"))->kind(), Fault::Kind::Status);
    QVERIFY(!runner.faultFor(QStringLiteral("/health")));
}

QTEST_GUILESS_MAIN(TestFakeRunner)
#include "tst_fakerunner.moc"
