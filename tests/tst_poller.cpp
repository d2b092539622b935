#include "fakerunnerprocess.h"
#include "poller.h"
#include "scenario.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace vramscope;

Q_DECLARE_METATYPE(vramscope::EndpointState)

namespace {

// Upper bound for a state to be reached; states are asserted, never times.
constexpr int Patience = 20000;

QList<EndpointState> statesOf(const QSignalSpy &spy)
{
    QList<EndpointState> states;
    for (const QList<QVariant> &arguments : spy)
        states.append(arguments.at(1).value<EndpointStatus>().state);
    return states;
}

} // namespace

// The poller against vramscope-fakerunner processes: every state reached
// and left again, data kept through failures, no queued requests.
class TestPoller : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void reachesOk();
    void faultsReachedAndLeft_data();
    void faultsReachedAndLeft();
    void staleWhileSlowNeverQueues();
    void unreachableThenBack();
    void exitFault();
    void connectingThenUnreachable();
    void removeCancelsTheRound();
    void removeFromASignal();
    void intervals();
    void pollNowSkipsWhenBusy();
    void loadProgressAndFallingMemory();
    void fiftyEndpoints();

private:
    std::unique_ptr<Poller>
    poller(std::chrono::milliseconds interval = std::chrono::milliseconds(50),
           std::chrono::milliseconds timeout = std::chrono::milliseconds(500));

    QNetworkAccessManager m_manager;
    FakeRunnerProcess m_runner;
    QList<DeviceInfo> m_scenarioDevices;
};

void TestPoller::initTestCase()
{
    m_manager.setProxy(QNetworkProxy::NoProxy);
    QVERIFY2(m_runner.start({QStringLiteral("--load-after"), QStringLiteral("never")}),
             qPrintable(m_runner.error()));
    m_scenarioDevices = Scenario::load(QStringLiteral("two-nvidia"), nullptr)->devices;
}

void TestPoller::init()
{
    QVERIFY2(m_runner.command(QStringLiteral("clear")), qPrintable(m_runner.error()));
}

std::unique_ptr<Poller> TestPoller::poller(std::chrono::milliseconds interval,
                                           std::chrono::milliseconds timeout)
{
    auto result = std::make_unique<Poller>(&m_manager);
    result->setDefaultInterval(interval);
    result->setLimits({timeout, RequestLimits::DefaultBodyLimit});
    return result;
}

void TestPoller::reachesOk()
{
    const auto p = poller();
    const Endpoint endpoint = m_runner.endpoint();
    QSignalSpy status(p.get(), &Poller::statusChanged);
    QSignalSpy devices(p.get(), &Poller::devicesUpdated);
    QSignalSpy health(p.get(), &Poller::healthUpdated);
    QSignalSpy polled(p.get(), &Poller::polled);
    p->addEndpoint(endpoint);
    QCOMPARE(p->status(endpoint).state, EndpointState::Connecting);
    QCOMPARE(p->status(endpoint).message,
             u"waiting for the first answer from " + endpoint.toString());
    QVERIFY(!p->status(endpoint).dataAgeMs());

    QTRY_COMPARE_WITH_TIMEOUT(p->status(endpoint).state, EndpointState::Ok, Patience);
    QCOMPARE(statesOf(status), QList<EndpointState>{EndpointState::Ok});
    QCOMPARE(p->status(endpoint).message, QString());
    QCOMPARE(p->devices(endpoint), m_scenarioDevices);
    QCOMPARE(devices.first().at(0).value<Endpoint>(), endpoint);
    QCOMPARE(devices.first().at(1).value<QList<DeviceInfo>>(), m_scenarioDevices);
    QCOMPARE(health.first().at(1).value<RunnerHealth>().status, RunnerHealth::Status::Launched);
    QCOMPARE(p->health(endpoint)->status, RunnerHealth::Status::Launched);
    QVERIFY(p->status(endpoint).dataAgeMs());
    // It keeps polling: one sample per round.
    QTRY_VERIFY_WITH_TIMEOUT(polled.count() >= 3, Patience);
    QVERIFY(devices.count() >= 3);
    QCOMPARE(p->endpoints(), QList<Endpoint>{endpoint});
}

void TestPoller::faultsReachedAndLeft_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<EndpointState>("state");
    QTest::addColumn<QString>("message"); // %1 is the endpoint
    QTest::newRow("unsupported") << QStringLiteral("/info=404") << EndpointState::Unsupported
                                 << QStringLiteral(
                                        "GET /info at %1: free vram reporting not "
                                        "supported (404: an older runner without /info)");
    QTest::newRow("error") << QStringLiteral("/info=500:CUDA error: out of memory")
                           << EndpointState::Error
                           << QStringLiteral(
                                  "GET /info at %1: HTTP 500: CUDA error: out of memory");
    QTest::newRow("timed out") << QStringLiteral("/info=hang") << EndpointState::TimedOut
                               << QStringLiteral(
                                      "GET /info at %1: no complete answer within 0.5 s");
    QTest::newRow("closed mid-body")
        << QStringLiteral("/info=close") << EndpointState::ProtocolError
        << QStringLiteral("GET /info at %1: the runner closed the connection after 329 of 659 "
                          "bytes of the body");
    QTest::newRow("truncated") << QStringLiteral("/info=truncate") << EndpointState::ProtocolError
                               << QStringLiteral("GET /info at %1: bad body: not valid JSON at "
                                                 "byte 329: unterminated array");
    QTest::newRow("malformed") << QStringLiteral("/info=malformed") << EndpointState::ProtocolError
                               << QStringLiteral("GET /info at %1: bad body: not valid JSON at "
                                                 "byte 13: illegal number");
    QTest::newRow("wrong types") << QStringLiteral("/info=wrong-types")
                                 << EndpointState::ProtocolError
                                 << QStringLiteral("GET /info at %1: bad body: [0].ComputeMajor: "
                                                   "expected an integer, got a string");
    QTest::newRow("endless") << QStringLiteral("/info=endless") << EndpointState::ProtocolError
                             << QStringLiteral("GET /info at %1: the answer is larger than the "
                                               "4.0 MiB limit; not a runner's JSON");
    QTest::newRow("redirect") << QStringLiteral("/info=redirect") << EndpointState::Error
                              << QStringLiteral("GET /info at %1: HTTP 302 redirect to "
                                                "'/info-moved', not followed: a runner never "
                                                "redirects");
    QTest::newRow("health error") << QStringLiteral("/health=500:runner not responding")
                                  << EndpointState::Error
                                  << QStringLiteral(
                                         "GET /health at %1: HTTP 500: runner not responding");
    QTest::newRow("health wrong types")
        << QStringLiteral("/health=wrong-types") << EndpointState::ProtocolError
        << QStringLiteral("GET /health at %1: bad body: progress: expected a number from 0 to 1, "
                          "got a string");
}

void TestPoller::faultsReachedAndLeft()
{
    QFETCH(QString, fault);
    QFETCH(EndpointState, state);
    QFETCH(QString, message);
    // Short only where the timeout is the point, so that a loaded machine
    // never turns another fault into a timeout.
    const auto p = poller(std::chrono::milliseconds(50), state == EndpointState::TimedOut
                                                             ? std::chrono::milliseconds(500)
                                                             : std::chrono::milliseconds(10000));
    const Endpoint endpoint = m_runner.endpoint();
    QSignalSpy status(p.get(), &Poller::statusChanged);
    QSignalSpy polled(p.get(), &Poller::polled);
    p->addEndpoint(endpoint);
    QTRY_COMPARE_WITH_TIMEOUT(p->status(endpoint).state, EndpointState::Ok, Patience);

    QVERIFY2(m_runner.command(u"fault " + fault), qPrintable(m_runner.error()));
    QTRY_COMPARE_WITH_TIMEOUT(p->status(endpoint).state, state, Patience);
    QCOMPARE(p->status(endpoint).message, message.arg(endpoint.toString()));
    // The last good data stays, and so does its time while /info fails.
    QCOMPARE(p->devices(endpoint), m_scenarioDevices);
    const QDateTime lastGood = p->status(endpoint).lastGood;
    QVERIFY(lastGood.isValid());
    const qsizetype rounds = polled.count();
    QTRY_VERIFY_WITH_TIMEOUT(polled.count() >= rounds + 2, Patience);
    QCOMPARE(p->status(endpoint).state, state);
    if (fault.startsWith(u"/info"))
        QCOMPARE(p->status(endpoint).lastGood, lastGood);

    QVERIFY(m_runner.command(QStringLiteral("clear")));
    QTRY_COMPARE_WITH_TIMEOUT(p->status(endpoint).state, EndpointState::Ok, Patience);
    QVERIFY(p->status(endpoint).lastGood > lastGood);
    const QList<EndpointState> states = statesOf(status);
    QCOMPARE(states.first(), EndpointState::Ok);
    QCOMPARE(states.last(), EndpointState::Ok);
    QVERIFY(states.contains(state));
}

void TestPoller::staleWhileSlowNeverQueues()
{
    const auto p = poller(std::chrono::milliseconds(50), std::chrono::milliseconds(10000));
    const Endpoint endpoint = m_runner.endpoint();
    QSignalSpy status(p.get(), &Poller::statusChanged);
    QSignalSpy polled(p.get(), &Poller::polled);
    p->addEndpoint(endpoint);
    QTRY_COMPARE_WITH_TIMEOUT(p->status(endpoint).state, EndpointState::Ok, Patience);

    QVERIFY(m_runner.command(QStringLiteral("fault /info=delay:400")));
    QTRY_COMPARE_WITH_TIMEOUT(p->status(endpoint).state, EndpointState::Stale, Patience);
    QVERIFY2(
        p->status(endpoint).message.startsWith(endpoint.toString() + u": no answer yet after "),
        qPrintable(p->status(endpoint).message));
    QVERIFY(p->status(endpoint).message.endsWith(
        u" s, slower than the polling interval; showing the last data read"));
    QVERIFY(p->status(endpoint).skippedTicks > 0);
    QCOMPARE(p->devices(endpoint), m_scenarioDevices);

    // Each slow answer brings it back to ok; the next slow round makes it stale again.
    const int requestsBefore = m_runner.requestCount();
    const qsizetype roundsBefore = polled.count();
    QTRY_VERIFY_WITH_TIMEOUT(polled.count() >= roundsBefore + 3, Patience);
    const QList<EndpointState> states = statesOf(status);
    const qsizetype firstStale = states.indexOf(EndpointState::Stale);
    QVERIFY(states.indexOf(EndpointState::Ok, firstStale) > firstStale);
    // One round (/info then /health) at a time: skipped ticks sent nothing.
    const int requests = m_runner.requestCount() - requestsBefore;
    const qsizetype rounds = polled.count() - roundsBefore;
    QVERIFY2(requests <= 2 * (rounds + 1), qPrintable(QString::number(requests)));
    QVERIFY(m_runner.command(QStringLiteral("clear")));
}

void TestPoller::unreachableThenBack()
{
    FakeRunnerProcess runner;
    QVERIFY2(runner.start(), qPrintable(runner.error()));
    const Endpoint endpoint = runner.endpoint();
    const auto p = poller();
    QSignalSpy status(p.get(), &Poller::statusChanged);
    p->addEndpoint(endpoint);
    QTRY_COMPARE_WITH_TIMEOUT(p->status(endpoint).state, EndpointState::Ok, Patience);

    runner.kill();
    QTRY_COMPARE_WITH_TIMEOUT(p->status(endpoint).state, EndpointState::Unreachable, Patience);
    // Depending on when the process died, the last word is a close or a refusal.
    QTRY_COMPARE_WITH_TIMEOUT(p->status(endpoint).message,
                              u"GET /info at " + endpoint.toString() +
                                  u": connection refused (no runner listening there)",
                              Patience);
    QCOMPARE(p->devices(endpoint), m_scenarioDevices);

    QVERIFY2(runner.start({QStringLiteral("--port"), QString::number(endpoint.port())}),
             qPrintable(runner.error()));
    QTRY_COMPARE_WITH_TIMEOUT(p->status(endpoint).state, EndpointState::Ok, Patience);
    const QList<EndpointState> states = statesOf(status);
    QCOMPARE(states.first(), EndpointState::Ok);
    QVERIFY(states.contains(EndpointState::Unreachable));
}

void TestPoller::exitFault()
{
    FakeRunnerProcess runner;
    QVERIFY2(runner.start(), qPrintable(runner.error()));
    const Endpoint endpoint = runner.endpoint();
    const auto p = poller();
    p->addEndpoint(endpoint);
    QTRY_COMPARE_WITH_TIMEOUT(p->status(endpoint).state, EndpointState::Ok, Patience);
    QVERIFY(runner.command(QStringLiteral("fault /info=exit:4")));
    QTRY_COMPARE_WITH_TIMEOUT(p->status(endpoint).state, EndpointState::Unreachable, Patience);
    QVERIFY(runner.waitForExit());
    QCOMPARE(runner.exitCode(), 4);
}

void TestPoller::connectingThenUnreachable()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const Endpoint endpoint = Endpoint::loopback(probe.serverPort());
    probe.close();
    const auto p = poller();
    p->addEndpoint(endpoint);
    QCOMPARE(p->status(endpoint).state, EndpointState::Connecting);
    QTRY_COMPARE_WITH_TIMEOUT(p->status(endpoint).state, EndpointState::Unreachable, Patience);
    QCOMPARE(p->status(endpoint).message, u"GET /info at " + endpoint.toString() +
                                              u": connection refused (no runner listening there)");
    QVERIFY(p->devices(endpoint).isEmpty());
    QVERIFY(!p->health(endpoint));
    QVERIFY(!p->status(endpoint).lastGood.isValid());
}

void TestPoller::removeCancelsTheRound()
{
    QVERIFY(m_runner.command(QStringLiteral("fault /info=hang")));
    const auto p = poller(std::chrono::milliseconds(50), std::chrono::milliseconds(60000));
    const Endpoint endpoint = m_runner.endpoint();
    QSignalSpy status(p.get(), &Poller::statusChanged);
    QSignalSpy polled(p.get(), &Poller::polled);
    const int requests = m_runner.requestCount();
    p->addEndpoint(endpoint);
    // The round is out once the runner has the request.
    QTRY_VERIFY_WITH_TIMEOUT(m_runner.requestCount() > requests, Patience);
    p->removeEndpoint(endpoint);
    QVERIFY(!p->contains(endpoint));
    QVERIFY(p->endpoints().isEmpty());
    QVERIFY(m_runner.command(QStringLiteral("clear")));
    QTest::qWait(300);
    QCOMPARE(polled.count(), 0);
    QCOMPARE(status.count(), 0);
    // Removing again, or something never added, is harmless.
    p->removeEndpoint(endpoint);

    // Added again, it starts from the beginning.
    p->addEndpoint(endpoint);
    QCOMPARE(p->status(endpoint).state, EndpointState::Connecting);
    QTRY_COMPARE_WITH_TIMEOUT(p->status(endpoint).state, EndpointState::Ok, Patience);
}

void TestPoller::removeFromASignal()
{
    const auto p = poller();
    const Endpoint endpoint = m_runner.endpoint();
    connect(p.get(), &Poller::devicesUpdated, p.get(),
            [&p](const Endpoint &e) { p->removeEndpoint(e); });
    QSignalSpy polled(p.get(), &Poller::polled);
    QSignalSpy health(p.get(), &Poller::healthUpdated);
    p->addEndpoint(endpoint);
    QTRY_VERIFY_WITH_TIMEOUT(!p->contains(endpoint), Patience);
    QTest::qWait(200);
    QCOMPARE(polled.count(), 0);
    QCOMPARE(health.count(), 0);
}

void TestPoller::intervals()
{
    const auto p = poller(std::chrono::milliseconds(250));
    const Endpoint a = m_runner.endpoint();
    const Endpoint b = Endpoint::loopback(1);
    p->addEndpoint(a);
    p->addEndpoint(b, std::chrono::milliseconds(80));
    p->addEndpoint(a, std::chrono::milliseconds(10)); // already there: unchanged
    QCOMPARE(p->endpoints(), (QList<Endpoint>{a, b}));
    QCOMPARE(p->interval(a), std::chrono::milliseconds(250));
    QCOMPARE(p->interval(b), std::chrono::milliseconds(80));
    p->setDefaultInterval(std::chrono::milliseconds(300));
    QCOMPARE(p->defaultInterval(), std::chrono::milliseconds(300));
    QCOMPARE(p->interval(a), std::chrono::milliseconds(300));
    QCOMPARE(p->interval(b), std::chrono::milliseconds(80));
    p->setInterval(b, std::chrono::milliseconds(0));
    QCOMPARE(p->interval(b), std::chrono::milliseconds(300));
    p->setInterval(a, std::chrono::milliseconds(1000));
    QCOMPARE(p->interval(a), std::chrono::milliseconds(1000));
    QCOMPARE(Poller(&m_manager).defaultInterval(), std::chrono::milliseconds(1000));
}

void TestPoller::pollNowSkipsWhenBusy()
{
    QVERIFY(m_runner.command(QStringLiteral("fault /info=hang")));
    const auto p = poller(std::chrono::milliseconds(60000), std::chrono::milliseconds(60000));
    const Endpoint endpoint = m_runner.endpoint();
    const int requests = m_runner.requestCount();
    p->addEndpoint(endpoint);
    QTRY_VERIFY_WITH_TIMEOUT(m_runner.requestCount() > requests, Patience);
    for (int i = 0; i < 20; ++i)
        p->pollNow(endpoint);
    QTest::qWait(100);
    QCOMPARE(m_runner.requestCount(), requests + 1);
    p->removeEndpoint(endpoint);
    QVERIFY(m_runner.command(QStringLiteral("clear")));
}

void TestPoller::loadProgressAndFallingMemory()
{
    FakeRunnerProcess runner;
    QVERIFY2(runner.start({QStringLiteral("--load-after"), QStringLiteral("never"),
                           QStringLiteral("--load-seconds"), QStringLiteral("1.5")}),
             qPrintable(runner.error()));
    const Endpoint endpoint = runner.endpoint();
    const auto p = poller();
    QList<RunnerHealth> healths;
    QList<quint64> free;
    connect(p.get(), &Poller::healthUpdated, this,
            [&healths](const Endpoint &, const RunnerHealth &h) { healths.append(h); });
    connect(
        p.get(), &Poller::devicesUpdated, this,
        [&free](const Endpoint &, const QList<DeviceInfo> &d) { free.append(d[0].freeMemory); });
    p->addEndpoint(endpoint);
    QTRY_VERIFY_WITH_TIMEOUT(!healths.isEmpty(), Patience);
    // The first sample shows the runner before the load, then it loads.
    QVERIFY(runner.command(QStringLiteral("load")));
    QTRY_VERIFY_WITH_TIMEOUT(healths.last().status == RunnerHealth::Status::Ready, Patience);
    QCOMPARE(healths.first().status, RunnerHealth::Status::Launched);
    const auto loading = std::find_if(healths.cbegin(), healths.cend(), [](const RunnerHealth &h) {
        return h.status == RunnerHealth::Status::LoadingModel && h.progress > 0 && h.progress < 1;
    });
    QVERIFY(loading != healths.cend());
    QCOMPARE(healths.last().progress, 1.0f);
    // Free memory only falls, and by the first GPU's share of the split.
    QVERIFY(std::is_sorted(free.crbegin(), free.crend()));
    const Scenario scenario = *Scenario::load(QStringLiteral("two-nvidia"), nullptr);
    const BackendMemory needed =
        *scenario.model.memoryFor(scenario.loadRequest, scenario.devices, nullptr);
    QTRY_COMPARE_WITH_TIMEOUT(p->devices(endpoint)[0].freeMemory,
                              scenario.devices[0].freeMemory - needed.gpus[0].size(), Patience);
}

void TestPoller::fiftyEndpoints()
{
    constexpr int Count = 50;
    FakeRunnerProcess runners;
    QVERIFY2(runners.start({QStringLiteral("--load-after"), QStringLiteral("never")}, Count),
             qPrintable(runners.error()));
    const auto p = poller(std::chrono::milliseconds(200), std::chrono::milliseconds(5000));
    QHash<Endpoint, int> samples;
    connect(p.get(), &Poller::devicesUpdated, this,
            [&samples](const Endpoint &e) { ++samples[e]; });
    for (int i = 0; i < Count; ++i)
        p->addEndpoint(runners.endpoint(i));
    QCOMPARE(p->endpoints().size(), Count);
    auto allAtLeast = [&](int n) {
        for (int i = 0; i < Count; ++i) {
            if (samples.value(runners.endpoint(i)) < n)
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allAtLeast(3), 60000);
    // Fine means ok, or stale where a round on a loaded machine outlasts the interval.
    auto fine = [&](int i) {
        const EndpointState state = p->status(runners.endpoint(i)).state;
        return state == EndpointState::Ok || state == EndpointState::Stale;
    };
    for (int i = 0; i < Count; ++i)
        QVERIFY2(fine(i), qPrintable(p->status(runners.endpoint(i)).message));

    // A fault on one leaves the others alone.
    const Endpoint faulty = runners.endpoint(7);
    QVERIFY(runners.command(u"fault @" + QString::number(faulty.port()) + u" /info=404"));
    QTRY_COMPARE_WITH_TIMEOUT(p->status(faulty).state, EndpointState::Unsupported, Patience);
    const int before = samples.value(runners.endpoint(8));
    QTRY_VERIFY_WITH_TIMEOUT(samples.value(runners.endpoint(8)) >= before + 2, Patience);
    for (int i = 0; i < Count; ++i) {
        if (i != 7)
            QVERIFY2(fine(i), qPrintable(p->status(runners.endpoint(i)).message));
    }
}

QTEST_GUILESS_MAIN(TestPoller)
#include "tst_poller.moc"
