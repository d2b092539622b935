#include "fakerunnerprocess.h"
#include "runnercall.h"
#include "runnerclient.h"
#include "scenario.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace vramscope;

Q_DECLARE_METATYPE(vramscope::SourceState)

// One request against vramscope-fakerunner, run as a separate process, for
// every way a runner answers or fails to.
class TestRunnerCall : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void infoFaults_data();
    void infoFaults();
    void health();
    void refused();
    void bodyLimitFromContentLength();
    void keepAliveReusesOneConnection();
    void fitRoundTrip();
    void commitThenModelAlreadyLoaded();
    void exitWhileAnswering();
    void deletingCancels();
    void tooLargeHangsUp();
    void endlessBodyEndsAfterItsCap();

private:
    RunnerResult call(const RunnerRequest &request, const RequestLimits &limits = shortLimits(),
                      const Endpoint &endpoint = {});
    static RequestLimits shortLimits()
    {
        return {std::chrono::milliseconds(1000), 4 * 1024 * 1024};
    }

    QNetworkAccessManager m_manager;
    FakeRunnerProcess m_runner;
};

void TestRunnerCall::initTestCase()
{
    m_manager.setProxy(QNetworkProxy::NoProxy);
    QVERIFY2(m_runner.start({QStringLiteral("--load-after"), QStringLiteral("never")}),
             qPrintable(m_runner.error()));
}

void TestRunnerCall::init()
{
    QVERIFY2(m_runner.command(QStringLiteral("clear")), qPrintable(m_runner.error()));
}

RunnerResult TestRunnerCall::call(const RunnerRequest &request, const RequestLimits &limits,
                                  const Endpoint &endpoint)
{
    const RunnerClient client(&m_manager, endpoint.isValid() ? endpoint : m_runner.endpoint(),
                              limits);
    std::unique_ptr<RunnerCall> call(client.start(request));
    QSignalSpy finished(call.get(), &RunnerCall::finished);
    // Generous: a hung request ends by its own timer, well within this.
    if (!finished.wait(30000))
        qWarning("the call never finished");
    [&] { QCOMPARE(finished.count(), 1); }();
    return call->result();
}

void TestRunnerCall::infoFaults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<SourceState>("state");
    QTest::addColumn<QString>("message"); // %1 is the endpoint
    QTest::addColumn<bool>("retryable");
    QTest::newRow("healthy") << QString() << SourceState::Ok << QString() << true;
    QTest::newRow("404") << QStringLiteral("/info=404") << SourceState::Unsupported
                         << QStringLiteral("GET /info at %1: free vram reporting not supported "
                                           "(404: an older runner without /info)")
                         << false;
    QTest::newRow("500") << QStringLiteral("/info=500:CUDA error: out of memory")
                         << SourceState::Error
                         << QStringLiteral("GET /info at %1: HTTP 500: CUDA error: out of memory")
                         << false;
    QTest::newRow("503 empty") << QStringLiteral("/info=503") << SourceState::Error
                               << QStringLiteral("GET /info at %1: HTTP 503: (no message)")
                               << false;
    QTest::newRow("slow but in time")
        << QStringLiteral("/info=delay:100") << SourceState::Ok << QString() << true;
    QTest::newRow("hang") << QStringLiteral("/info=hang") << SourceState::TimedOut
                          << QStringLiteral("GET /info at %1: no complete answer within 1.0 s")
                          << true;
    QTest::newRow("closed mid-body")
        << QStringLiteral("/info=close") << SourceState::ProtocolError
        << QStringLiteral("GET /info at %1: the runner closed the connection after 329 of 659 "
                          "bytes of the body")
        << true;
    QTest::newRow("truncated") << QStringLiteral("/info=truncate") << SourceState::ProtocolError
                               << QStringLiteral("GET /info at %1: bad body: not valid JSON at "
                                                 "byte 329: unterminated array")
                               << true;
    QTest::newRow("malformed") << QStringLiteral("/info=malformed") << SourceState::ProtocolError
                               << QStringLiteral("GET /info at %1: bad body: not valid JSON at "
                                                 "byte 13: illegal number")
                               << true;
    QTest::newRow("wrong types") << QStringLiteral("/info=wrong-types")
                                 << SourceState::ProtocolError
                                 << QStringLiteral("GET /info at %1: bad body: [0].ComputeMajor: "
                                                   "expected an integer, got a string")
                                 << true;
    QTest::newRow("endless") << QStringLiteral("/info=endless") << SourceState::ProtocolError
                             << QStringLiteral("GET /info at %1: the answer is larger than the "
                                               "4.0 MiB limit; not a runner's JSON")
                             << true;
    QTest::newRow("redirect") << QStringLiteral("/info=redirect") << SourceState::Error
                              << QStringLiteral("GET /info at %1: HTTP 302 redirect to "
                                                "'/info-moved', not followed: a runner never "
                                                "redirects")
                              << false;
}

void TestRunnerCall::infoFaults()
{
    QFETCH(QString, fault);
    QFETCH(SourceState, state);
    QFETCH(QString, message);
    QFETCH(bool, retryable);
    if (!fault.isEmpty())
        QVERIFY2(m_runner.command(u"fault " + fault), qPrintable(m_runner.error()));
    // Short only where the timeout is the point, so that a loaded machine
    // never turns another fault into a timeout.
    const RunnerResult result =
        call(RunnerRequest::info(), state == SourceState::TimedOut
                                        ? shortLimits()
                                        : RequestLimits{std::chrono::milliseconds(10000),
                                                        RequestLimits::DefaultBodyLimit});
    QCOMPARE(result.state, state);
    QCOMPARE(result.message,
             message.isEmpty() ? message : message.arg(m_runner.endpoint().toString()));
    if (state == SourceState::Ok) {
        QCOMPARE(result.devices->size(), 2);
        QCOMPARE(result.httpStatus, 200);
    } else {
        QCOMPARE(result.retryable, retryable);
        QVERIFY(!result.devices);
    }
    // Whatever happened, the runner still answers the next request.
    QVERIFY(m_runner.command(QStringLiteral("clear")));
    QCOMPARE(call(RunnerRequest::info()).state, SourceState::Ok);
}

void TestRunnerCall::health()
{
    const RunnerResult result = call(RunnerRequest::health());
    QCOMPARE(result.state, SourceState::Ok);
    QVERIFY(result.health);
    QCOMPARE(result.health->status, RunnerHealth::Status::Launched);
}

void TestRunnerCall::refused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const Endpoint closed = Endpoint::loopback(probe.serverPort());
    probe.close();
    const RunnerResult result = call(RunnerRequest::info(), shortLimits(), closed);
    QCOMPARE(result.state, SourceState::Unreachable);
    QCOMPARE(result.message, u"GET /info at " + closed.toString() +
                                 u": connection refused (no runner listening there)");
    QVERIFY(result.retryable);
    QCOMPARE(result.httpStatus, 0);
}

void TestRunnerCall::bodyLimitFromContentLength()
{
    const RunnerResult result = call(RunnerRequest::info(), {std::chrono::milliseconds(1000), 100});
    QCOMPARE(result.state, SourceState::ProtocolError);
    QCOMPARE(result.message,
             u"GET /info at " + m_runner.endpoint().toString() +
                 u": the answer is larger than the 100 B limit; not a runner's JSON");
}

void TestRunnerCall::keepAliveReusesOneConnection()
{
    // A fresh manager, so that no connection is left from other tests.
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    const int before = m_runner.connectionCount();
    const RunnerClient client(&manager, m_runner.endpoint(), shortLimits());
    for (int i = 0; i < 10; ++i) {
        std::unique_ptr<RunnerCall> call(
            client.start(i % 2 ? RunnerRequest::health() : RunnerRequest::info()));
        QSignalSpy finished(call.get(), &RunnerCall::finished);
        QVERIFY(finished.wait(30000));
        QVERIFY(call->result().isOk());
    }
    QCOMPARE(m_runner.connectionCount() - before, 1);
}

void TestRunnerCall::fitRoundTrip()
{
    const std::optional<Scenario> scenario = Scenario::load(QStringLiteral("two-nvidia"), nullptr);
    QVERIFY(scenario);
    LoadRequest request = scenario->loadRequest;
    request.operation = LoadRequest::Operation::Fit;
    const RunnerResult result = call(RunnerRequest::loadRequest(request));
    QCOMPARE(result.state, SourceState::Ok);
    QVERIFY(result.load->success);
    QCOMPARE(result.load->memory, *scenario->model.memoryFor(request, scenario->devices, nullptr));
    // A fit allocates nothing: the runner is still waiting for a model.
    QCOMPARE(call(RunnerRequest::health()).health->status, RunnerHealth::Status::Launched);

    // Everything on the smaller GPU does not fit.
    GpuLayers all{scenario->devices[1].deviceId, {}};
    for (int layer = 0; layer < scenario->model.layerCount(); ++layer)
        all.layers.append(layer);
    request.gpuLayers = {{all}};
    const RunnerResult tooBig = call(RunnerRequest::loadRequest(request));
    QCOMPARE(tooBig.state, SourceState::Ok);
    QVERIFY(!tooBig.load->success);
    QVERIFY(tooBig.load->memory.gpus[1].size() > scenario->devices[1].freeMemory);
}

void TestRunnerCall::commitThenModelAlreadyLoaded()
{
    FakeRunnerProcess runner;
    QVERIFY2(runner.start({QStringLiteral("--load-after"), QStringLiteral("never")}),
             qPrintable(runner.error()));
    const std::optional<Scenario> scenario = Scenario::load(QStringLiteral("two-nvidia"), nullptr);
    LoadRequest request = scenario->loadRequest;
    const RunnerResult committed =
        call(RunnerRequest::loadRequest(request), shortLimits(), runner.endpoint());
    QVERIFY(committed.isOk());
    QVERIFY(committed.load->success);
    QCOMPARE(call(RunnerRequest::health(), shortLimits(), runner.endpoint()).health->status,
             RunnerHealth::Status::LoadingModel);

    request.operation = LoadRequest::Operation::Fit;
    const RunnerResult refused =
        call(RunnerRequest::loadRequest(request), shortLimits(), runner.endpoint());
    QCOMPARE(refused.state, SourceState::Error);
    QCOMPARE(refused.message, u"POST /load at " + runner.endpoint().toString() +
                                  u": HTTP 500: model already loaded");
    QCOMPARE(refused.httpStatus, 500);
}

void TestRunnerCall::exitWhileAnswering()
{
    FakeRunnerProcess runner;
    QVERIFY2(runner.start({QStringLiteral("--fault"), QStringLiteral("/info=exit:3")}),
             qPrintable(runner.error()));
    const RunnerResult result = call(RunnerRequest::info(), shortLimits(), runner.endpoint());
    QCOMPARE(result.state, SourceState::Unreachable);
    // Qt sends a GET again when the connection closes before any answer;
    // by then the process may be gone.
    const QString where = u"GET /info at " + runner.endpoint().toString() + u": ";
    QVERIFY2(result.message == where + u"the runner closed the connection without answering" ||
                 result.message == where + u"connection refused (no runner listening there)",
             qPrintable(result.message));
    QVERIFY(runner.waitForExit());
    QCOMPARE(runner.exitCode(), 3);
    QCOMPARE(call(RunnerRequest::info(), shortLimits(), runner.endpoint()).state,
             SourceState::Unreachable);
}

void TestRunnerCall::deletingCancels()
{
    QVERIFY(m_runner.command(QStringLiteral("fault /info=hang")));
    // A timeout far longer than the test: only the deletion can close it.
    const RunnerClient client(&m_manager, m_runner.endpoint(),
                              {std::chrono::milliseconds(600000), 4 * 1024 * 1024});
    const int requests = m_runner.requestCount();
    auto *call = client.start(RunnerRequest::info());
    QTRY_VERIFY_WITH_TIMEOUT(m_runner.requestCount() > requests, 20000);
    const int open = m_runner.openConnectionCount();
    QVERIFY(open >= 1);
    delete call;
    // The runner sees the hanging request's connection close.
    QTRY_COMPARE_WITH_TIMEOUT(m_runner.openConnectionCount(), open - 1, 20000);
    QVERIFY(m_runner.command(QStringLiteral("clear")));
    // The manager is still fine afterwards.
    QCOMPARE(this->call(RunnerRequest::info()).state, SourceState::Ok);
}

void TestRunnerCall::tooLargeHangsUp()
{
    // The call's own connection is the only one: a fresh manager.
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    QVERIFY(m_runner.command(QStringLiteral("fault /info=endless")));
    const int open = m_runner.openConnectionCount();
    const RunnerClient client(&manager, m_runner.endpoint(),
                              {std::chrono::milliseconds(10000), 64 * 1024});
    std::unique_ptr<RunnerCall> call(client.start(RunnerRequest::info()));
    QSignalSpy finished(call.get(), &RunnerCall::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(call->result().state, SourceState::ProtocolError);
    // The client hung up on the body it refused: the runner stops feeding it.
    QTRY_COMPARE_WITH_TIMEOUT(m_runner.openConnectionCount(), open, 20000);
}

void TestRunnerCall::endlessBodyEndsAfterItsCap()
{
    // A client that reads whatever comes, for as long as it comes.
    QVERIFY(m_runner.command(QStringLiteral("fault /info=endless")));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_runner.endpoint().port());
    QVERIFY(socket.waitForConnected(10000));
    socket.write("GET /info HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    qint64 received = 0;
    QByteArray tail;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(30000)) {
        const QByteArray data = socket.readAll();
        received += data.size();
        tail = QByteArray(tail + data).right(16);
    }
    received += socket.bytesAvailable();
    tail = QByteArray(tail + socket.readAll()).right(16);
    QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    const qint64 cap = 64 * 1024 * 1024;
    QVERIFY2(received >= cap && received < cap + 1024 * 1024,
             qPrintable(QString::number(received)));
    // Cut off, not finished: no last chunk.
    QVERIFY(!tail.endsWith("0\r\n\r\n"));
}

QTEST_GUILESS_MAIN(TestRunnerCall)
#include "tst_runnercall.moc"
