#include "fakerunnerprocess.h"
#include "runnerquery.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace vramscope;

// ollama's discovery semantics: retry refused and unreadable, stop on 404
// and other statuses, give up at the deadline naming the last failure.
class TestRunnerQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void answersAtOnce();
    void finalStatuses_data();
    void finalStatuses();
    void refusedUntilDeadline();
    void runnerComesUpLate();
    void unparsableIsAskedAgain();
    void unparsableUntilDeadline();
    void hangEndsAtDeadline();
    void fitQuery();

private:
    static quint16 closedPort();
    RunnerClient client(const Endpoint &endpoint) { return RunnerClient(&m_manager, endpoint); }

    QNetworkAccessManager m_manager;
    FakeRunnerProcess m_runner;
};

void TestRunnerQuery::initTestCase()
{
    m_manager.setProxy(QNetworkProxy::NoProxy);
    QVERIFY2(m_runner.start({QStringLiteral("--load-after"), QStringLiteral("never")}),
             qPrintable(m_runner.error()));
}

void TestRunnerQuery::init()
{
    QVERIFY2(m_runner.command(QStringLiteral("clear")), qPrintable(m_runner.error()));
}

quint16 TestRunnerQuery::closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 0;
    return probe.serverPort();
}

void TestRunnerQuery::answersAtOnce()
{
    RunnerQuery query(client(m_runner.endpoint()), RunnerRequest::info(),
                      std::chrono::milliseconds(10000));
    QSignalSpy finished(&query, &RunnerQuery::finished);
    query.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(query.result().isOk());
    QCOMPARE(query.result().devices->size(), 2);
    QCOMPARE(query.attempts(), 1);
}

void TestRunnerQuery::finalStatuses_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("message");
    QTest::newRow("404: older runner")
        << QStringLiteral("/info=404")
        << QStringLiteral("GET /info at %1: free vram reporting not supported (404: an older "
                          "runner without /info)");
    QTest::newRow("500 with the runner's text")
        << QStringLiteral("/info=500:ggml_cuda_init: failed to initialize CUDA")
        << QStringLiteral("GET /info at %1: HTTP 500: ggml_cuda_init: failed to initialize CUDA");
}

void TestRunnerQuery::finalStatuses()
{
    QFETCH(QString, fault);
    QFETCH(QString, message);
    QVERIFY(m_runner.command(u"fault " + fault));
    RunnerQuery query(client(m_runner.endpoint()), RunnerRequest::info(),
                      std::chrono::milliseconds(10000));
    QSignalSpy finished(&query, &RunnerQuery::finished);
    query.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(query.attempts(), 1);
    QCOMPARE(query.result().message, message.arg(m_runner.endpoint().toString()));
}

void TestRunnerQuery::refusedUntilDeadline()
{
    const Endpoint closed = Endpoint::loopback(closedPort());
    const RunnerResult result =
        RunnerQuery::run(client(closed), RunnerRequest::info(), std::chrono::milliseconds(300));
    QCOMPARE(result.state, SourceState::Unreachable);
    QVERIFY2(result.message.startsWith(u"failed to finish discovery before timeout (0.3 s, "),
             qPrintable(result.message));
    QVERIFY2(result.message.endsWith(u" attempts); last attempt: GET /info at " +
                                     closed.toString() +
                                     u": connection refused (no runner listening there)"),
             qPrintable(result.message));
}

void TestRunnerQuery::runnerComesUpLate()
{
    const quint16 port = closedPort();
    RunnerQuery query(client(Endpoint::loopback(port)), RunnerRequest::health(),
                      std::chrono::milliseconds(60000));
    QSignalSpy finished(&query, &RunnerQuery::finished);
    FakeRunnerProcess late;
    // Start the runner once the query has been refused a few times.
    QTimer starter;
    connect(&starter, &QTimer::timeout, this, [&] {
        if (query.attempts() < 3)
            return;
        starter.stop();
        if (!late.start({QStringLiteral("--port"), QString::number(port)}))
            qWarning("%s", qPrintable(late.error()));
    });
    starter.start(5);
    query.start();
    QVERIFY(finished.wait(60000));
    QVERIFY2(query.result().isOk(), qPrintable(query.result().message));
    QVERIFY(query.attempts() >= 3);
    QCOMPARE(query.result().health->status, RunnerHealth::Status::Launched);
}

void TestRunnerQuery::unparsableIsAskedAgain()
{
    QVERIFY(m_runner.command(QStringLiteral("fault /info=malformed")));
    RunnerQuery query(client(m_runner.endpoint()), RunnerRequest::info(),
                      std::chrono::milliseconds(60000));
    QSignalSpy finished(&query, &RunnerQuery::finished);
    QTimer healer;
    connect(&healer, &QTimer::timeout, this, [&] {
        if (query.attempts() < 3)
            return;
        healer.stop();
        m_runner.command(QStringLiteral("clear"));
    });
    healer.start(5);
    query.start();
    QVERIFY(finished.wait(60000));
    QVERIFY2(query.result().isOk(), qPrintable(query.result().message));
    QVERIFY(query.attempts() >= 3);
}

void TestRunnerQuery::unparsableUntilDeadline()
{
    QVERIFY(m_runner.command(QStringLiteral("fault /info=wrong-types")));
    const RunnerResult result = RunnerQuery::run(client(m_runner.endpoint()), RunnerRequest::info(),
                                                 std::chrono::milliseconds(300));
    QCOMPARE(result.state, SourceState::ProtocolError);
    QVERIFY2(result.message.startsWith(u"failed to finish discovery before timeout (0.3 s, "),
             qPrintable(result.message));
    QVERIFY2(result.message.endsWith(u"; last attempt: GET /info at " +
                                     m_runner.endpoint().toString() +
                                     u": bad body: [0].ComputeMajor: expected an integer, got a "
                                     u"string"),
             qPrintable(result.message));
}

void TestRunnerQuery::hangEndsAtDeadline()
{
    QVERIFY(m_runner.command(QStringLiteral("fault /health=hang")));
    const RunnerResult result = RunnerQuery::run(
        client(m_runner.endpoint()), RunnerRequest::health(), std::chrono::milliseconds(300));
    QCOMPARE(result.state, SourceState::TimedOut);
    QVERIFY2(result.message.startsWith(u"no answer from " + m_runner.endpoint().toString() +
                                       u" before the timeout (0.3 s, 1 attempt); last attempt: "
                                       u"GET /health at "),
             qPrintable(result.message));
    QVERIFY2(result.message.contains(u": no complete answer within "), qPrintable(result.message));
}

void TestRunnerQuery::fitQuery()
{
    LoadRequest request;
    request.kvSize = 2048;
    request.gpuLayers = *GpuLayersList::fromString(
        QStringLiteral("2[ID:GPU-3f1c9a2e-6b1d-4c2f-9e0a-5d7b8c1e2f30 Layers:2(0..1)]"), nullptr);
    const RunnerResult result =
        RunnerQuery::run(client(m_runner.endpoint()), RunnerRequest::loadRequest(request),
                         std::chrono::milliseconds(10000));
    QVERIFY2(result.isOk(), qPrintable(result.message));
    QVERIFY(result.load->success);
    QCOMPARE(result.load->memory.gpus[0].weights[1], quint64(905969664));
    QCOMPARE(result.load->memory.gpus[0].cache[1], quint64(4096) * 2048);
}

QTEST_GUILESS_MAIN(TestRunnerQuery)
#include "tst_runnerquery.moc"
