#include "fakerunnerprocess.h"
#include "poller.h"
#include "runnersource.h"
#include "scenario.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace vramscope;

Q_DECLARE_METATYPE(vramscope::SourceState)

namespace {

// Upper bound for a state to be reached; states are asserted, never times.
constexpr int Patience = 20000;
// The body limit where a test's bodies are small: an endless body reaches
// it at once, where streaming the default 4 MiB took over 10 s under ASan
// beside another test.
constexpr qint64 SmallBodyLimit = 256 * 1024;

QList<SourceState> statesOf(const QSignalSpy &spy)
{
    QList<SourceState> states;
    for (const QList<QVariant> &arguments : spy)
        states.append(arguments.at(1).value<SourceStatus>().state);
    return states;
}

SourceId id(const Endpoint &endpoint)
{
    return RunnerSource::idOf(endpoint);
}

// The devices a report holds; empty when it has none.
QList<DeviceInfo> devicesIn(const SourceReport &report)
{
    return report.devices.value_or(QList<DeviceInfo>());
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
    std::unique_ptr<PollSource> runnerSource(const Endpoint &endpoint)
    {
        return std::make_unique<RunnerSource>(RunnerClient(&m_manager, endpoint));
    }
    // A long default timeout: a request slowed by a loaded machine must never
    // read as a fault; tests where the timeout is the point pass a short one.
    std::unique_ptr<Poller>
    poller(std::chrono::milliseconds interval = std::chrono::milliseconds(50),
           std::chrono::milliseconds timeout = std::chrono::milliseconds(10000),
           qint64 bodyLimit = RequestLimits::DefaultBodyLimit);

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
                                           std::chrono::milliseconds timeout, qint64 bodyLimit)
{
    auto result = std::make_unique<Poller>();
    result->setDefaultInterval(interval);
    result->setLimits({timeout, bodyLimit});
    return result;
}

void TestPoller::reachesOk()
{
    const auto p = poller();
    const Endpoint endpoint = m_runner.endpoint();
    QSignalSpy status(p.get(), &Poller::statusChanged);
    QSignalSpy reports(p.get(), &Poller::reported);
    QSignalSpy polled(p.get(), &Poller::polled);
    p->addSource(runnerSource(endpoint));
    QCOMPARE(p->status(id(endpoint)).state, SourceState::Connecting);
    QCOMPARE(p->status(id(endpoint)).message,
             u"waiting for the first answer from " + endpoint.toString());
    QVERIFY(!p->status(id(endpoint)).dataAgeMs());

    QTRY_COMPARE_WITH_TIMEOUT(p->status(id(endpoint)).state, SourceState::Ok, Patience);
    // Straight to ok, no fault on the way; a loaded machine may make a later
    // round slower than the interval (stale) before the check runs.
    const QList<SourceState> states = statesOf(status);
    QCOMPARE(states.first(), SourceState::Ok);
    for (SourceState state : states)
        QVERIFY2(state == SourceState::Ok || state == SourceState::Stale,
                 qPrintable(QString::number(int(state))));
    QCOMPARE(p->status(id(endpoint)).message, QString());
    QCOMPARE(devicesIn(p->report(id(endpoint))), m_scenarioDevices);
    // A round reports the devices, then the activity.
    QCOMPARE(reports.first().at(0).value<SourceId>(), id(endpoint));
    QCOMPARE(devicesIn(reports.first().at(1).value<SourceReport>()), m_scenarioDevices);
    QVERIFY(!reports.first().at(1).value<SourceReport>().activity);
    QCOMPARE(reports.at(1).at(1).value<SourceReport>().activity->phase,
             SourceActivity::Phase::Idle);
    QCOMPARE(p->report(id(endpoint)).activity->text, QStringLiteral("launched"));
    QVERIFY(p->status(id(endpoint)).dataAgeMs());
    // It keeps polling: one sample per round.
    QTRY_VERIFY_WITH_TIMEOUT(polled.count() >= 3, Patience);
    QVERIFY(reports.count() >= 6);
    QCOMPARE(p->sources(), QList<SourceId>{id(endpoint)});
}

void TestPoller::faultsReachedAndLeft_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<SourceState>("state");
    QTest::addColumn<QString>("message"); // %1 is the endpoint
    QTest::newRow("unsupported") << QStringLiteral("/info=404") << SourceState::Unsupported
                                 << QStringLiteral(
                                        "GET /info at %1: free vram reporting not "
                                        "supported (404: an older runner without /info)");
    QTest::newRow("error") << QStringLiteral("/info=500:CUDA error: out of memory")
                           << SourceState::Error
                           << QStringLiteral(
                                  "GET /info at %1: HTTP 500: CUDA error: out of memory");
    QTest::newRow("timed out") << QStringLiteral("/info=hang") << SourceState::TimedOut
                               << QStringLiteral(
                                      "GET /info at %1: no complete answer within 0.5 s");
    QTest::newRow("closed mid-body")
        << QStringLiteral("/info=close") << SourceState::ProtocolError
        << QStringLiteral("GET /info at %1: the runner closed the connection after 329 of 659 "
                          "bytes of the body");
    QTest::newRow("truncated") << QStringLiteral("/info=truncate") << SourceState::ProtocolError
                               << QStringLiteral("GET /info at %1: bad body: not valid JSON at "
                                                 "byte 329: unterminated array");
    QTest::newRow("malformed") << QStringLiteral("/info=malformed") << SourceState::ProtocolError
                               << QStringLiteral("GET /info at %1: bad body: not valid JSON at "
                                                 "byte 13: illegal number");
    QTest::newRow("wrong types") << QStringLiteral("/info=wrong-types")
                                 << SourceState::ProtocolError
                                 << QStringLiteral("GET /info at %1: bad body: [0].ComputeMajor: "
                                                   "expected an integer, got a string");
    QTest::newRow("endless") << QStringLiteral("/info=endless") << SourceState::ProtocolError
                             << QStringLiteral("GET /info at %1: the answer is larger than the "
                                               "256.0 KiB limit; not a runner's JSON");
    QTest::newRow("redirect") << QStringLiteral("/info=redirect") << SourceState::Error
                              << QStringLiteral("GET /info at %1: HTTP 302 redirect to "
                                                "'/info-moved', not followed: a runner never "
                                                "redirects");
    QTest::newRow("health error") << QStringLiteral("/health=500:runner not responding")
                                  << SourceState::Error
                                  << QStringLiteral(
                                         "GET /health at %1: HTTP 500: runner not responding");
    QTest::newRow("health wrong types")
        << QStringLiteral("/health=wrong-types") << SourceState::ProtocolError
        << QStringLiteral("GET /health at %1: bad body: progress: expected a number from 0 to 1, "
                          "got a string");
}

void TestPoller::faultsReachedAndLeft()
{
    QFETCH(QString, fault);
    QFETCH(SourceState, state);
    QFETCH(QString, message);
    // Short only where the timeout is the point, so that a loaded machine
    // never turns another fault into a timeout.
    const auto p = poller(std::chrono::milliseconds(50),
                          state == SourceState::TimedOut ? std::chrono::milliseconds(500)
                                                         : std::chrono::milliseconds(10000),
                          SmallBodyLimit);
    const Endpoint endpoint = m_runner.endpoint();
    QSignalSpy status(p.get(), &Poller::statusChanged);
    QSignalSpy polled(p.get(), &Poller::polled);
    p->addSource(runnerSource(endpoint));
    QTRY_COMPARE_WITH_TIMEOUT(p->status(id(endpoint)).state, SourceState::Ok, Patience);

    QVERIFY2(m_runner.command(u"fault " + fault), qPrintable(m_runner.error()));
    QTRY_COMPARE_WITH_TIMEOUT(p->status(id(endpoint)).state, state, Patience);
    QCOMPARE(p->status(id(endpoint)).message, message.arg(endpoint.toString()));
    // The last good data stays, and so does its time while /info fails.
    QCOMPARE(devicesIn(p->report(id(endpoint))), m_scenarioDevices);
    const QDateTime lastGood = p->status(id(endpoint)).lastGood;
    QVERIFY(lastGood.isValid());
    const qsizetype rounds = polled.count();
    QTRY_VERIFY_WITH_TIMEOUT(polled.count() >= rounds + 2, Patience);
    QCOMPARE(p->status(id(endpoint)).state, state);
    if (fault.startsWith(u"/info"))
        QCOMPARE(p->status(id(endpoint)).lastGood, lastGood);

    QVERIFY(m_runner.command(QStringLiteral("clear")));
    QTRY_COMPARE_WITH_TIMEOUT(p->status(id(endpoint)).state, SourceState::Ok, Patience);
    QVERIFY(p->status(id(endpoint)).lastGood > lastGood);
    const QList<SourceState> states = statesOf(status);
    QCOMPARE(states.first(), SourceState::Ok);
    QCOMPARE(states.last(), SourceState::Ok);
    QVERIFY(states.contains(state));
}

void TestPoller::staleWhileSlowNeverQueues()
{
    const auto p = poller(std::chrono::milliseconds(50), std::chrono::milliseconds(10000));
    const Endpoint endpoint = m_runner.endpoint();
    QSignalSpy status(p.get(), &Poller::statusChanged);
    QSignalSpy polled(p.get(), &Poller::polled);
    p->addSource(runnerSource(endpoint));
    QTRY_COMPARE_WITH_TIMEOUT(p->status(id(endpoint)).state, SourceState::Ok, Patience);

    QVERIFY(m_runner.command(QStringLiteral("fault /info=delay:400")));
    QTRY_COMPARE_WITH_TIMEOUT(p->status(id(endpoint)).state, SourceState::Stale, Patience);
    QVERIFY2(
        p->status(id(endpoint)).message.startsWith(endpoint.toString() + u": no answer yet after "),
        qPrintable(p->status(id(endpoint)).message));
    QVERIFY(
        p->status(id(endpoint))
            .message.endsWith(u" s, slower than the polling interval; showing the last data read"));
    QVERIFY(p->status(id(endpoint)).skippedTicks > 0);
    QCOMPARE(devicesIn(p->report(id(endpoint))), m_scenarioDevices);

    // Each slow answer brings it back to ok; the next slow round makes it stale again.
    const int requestsBefore = m_runner.requestCount();
    const qsizetype roundsBefore = polled.count();
    QTRY_VERIFY_WITH_TIMEOUT(polled.count() >= roundsBefore + 3, Patience);
    const QList<SourceState> states = statesOf(status);
    const qsizetype firstStale = states.indexOf(SourceState::Stale);
    QVERIFY(states.indexOf(SourceState::Ok, firstStale) > firstStale);
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
    p->addSource(runnerSource(endpoint));
    QTRY_COMPARE_WITH_TIMEOUT(p->status(id(endpoint)).state, SourceState::Ok, Patience);

    runner.kill();
    QTRY_COMPARE_WITH_TIMEOUT(p->status(id(endpoint)).state, SourceState::Unreachable, Patience);
    // Depending on when the process died, the last word is a close or a refusal.
    QTRY_COMPARE_WITH_TIMEOUT(p->status(id(endpoint)).message,
                              u"GET /info at " + endpoint.toString() +
                                  u": connection refused (no runner listening there)",
                              Patience);
    QCOMPARE(devicesIn(p->report(id(endpoint))), m_scenarioDevices);

    QVERIFY2(runner.start({QStringLiteral("--port"), QString::number(endpoint.port())}),
             qPrintable(runner.error()));
    QTRY_COMPARE_WITH_TIMEOUT(p->status(id(endpoint)).state, SourceState::Ok, Patience);
    const QList<SourceState> states = statesOf(status);
    QCOMPARE(states.first(), SourceState::Ok);
    QVERIFY(states.contains(SourceState::Unreachable));
}

void TestPoller::exitFault()
{
    FakeRunnerProcess runner;
    QVERIFY2(runner.start(), qPrintable(runner.error()));
    const Endpoint endpoint = runner.endpoint();
    const auto p = poller();
    p->addSource(runnerSource(endpoint));
    QTRY_COMPARE_WITH_TIMEOUT(p->status(id(endpoint)).state, SourceState::Ok, Patience);
    QVERIFY(runner.command(QStringLiteral("fault /info=exit:4")));
    QTRY_COMPARE_WITH_TIMEOUT(p->status(id(endpoint)).state, SourceState::Unreachable, Patience);
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
    p->addSource(runnerSource(endpoint));
    QCOMPARE(p->status(id(endpoint)).state, SourceState::Connecting);
    QTRY_COMPARE_WITH_TIMEOUT(p->status(id(endpoint)).state, SourceState::Unreachable, Patience);
    QCOMPARE(p->status(id(endpoint)).message,
             u"GET /info at " + endpoint.toString() +
                 u": connection refused (no runner listening there)");
    QVERIFY(devicesIn(p->report(id(endpoint))).isEmpty());
    QVERIFY(!p->report(id(endpoint)).activity);
    QVERIFY(!p->status(id(endpoint)).lastGood.isValid());
}

void TestPoller::removeCancelsTheRound()
{
    QVERIFY(m_runner.command(QStringLiteral("fault /info=hang")));
    const auto p = poller(std::chrono::milliseconds(50), std::chrono::milliseconds(60000));
    const Endpoint endpoint = m_runner.endpoint();
    QSignalSpy status(p.get(), &Poller::statusChanged);
    QSignalSpy polled(p.get(), &Poller::polled);
    const int requests = m_runner.requestCount();
    p->addSource(runnerSource(endpoint));
    // The round is out once the runner has the request.
    QTRY_VERIFY_WITH_TIMEOUT(m_runner.requestCount() > requests, Patience);
    const int open = m_runner.openConnectionCount();
    QVERIFY(open >= 1);
    p->removeSource(id(endpoint));
    // The hanging request is aborted: the runner sees its connection close
    // long before the 60 s timeout.
    QTRY_COMPARE_WITH_TIMEOUT(m_runner.openConnectionCount(), open - 1, Patience);
    QVERIFY(!p->contains(id(endpoint)));
    QVERIFY(p->sources().isEmpty());
    QVERIFY(m_runner.command(QStringLiteral("clear")));
    QTest::qWait(300);
    QCOMPARE(polled.count(), 0);
    QCOMPARE(status.count(), 0);
    // Removing again, or something never added, is harmless.
    p->removeSource(id(endpoint));

    // Added again, it starts from the beginning.
    p->addSource(runnerSource(endpoint));
    QCOMPARE(p->status(id(endpoint)).state, SourceState::Connecting);
    QTRY_COMPARE_WITH_TIMEOUT(p->status(id(endpoint)).state, SourceState::Ok, Patience);
}

void TestPoller::removeFromASignal()
{
    const auto p = poller();
    const Endpoint endpoint = m_runner.endpoint();
    QSignalSpy polled(p.get(), &Poller::polled);
    QSignalSpy reports(p.get(), &Poller::reported);
    connect(p.get(), &Poller::reported, p.get(),
            [&p](const SourceId &source) { p->removeSource(source); });
    p->addSource(runnerSource(endpoint));
    QTRY_VERIFY_WITH_TIMEOUT(!p->contains(id(endpoint)), Patience);
    QTest::qWait(200);
    QCOMPARE(polled.count(), 0);
    QCOMPARE(reports.count(), 1); // the devices, and nothing after
}

void TestPoller::intervals()
{
    const auto p = poller(std::chrono::milliseconds(250));
    const Endpoint a = m_runner.endpoint();
    const Endpoint b = Endpoint::loopback(1);
    p->addSource(runnerSource(a));
    p->addSource(runnerSource(b), std::chrono::milliseconds(80));
    p->addSource(runnerSource(a), std::chrono::milliseconds(10)); // already there: unchanged
    QCOMPARE(p->sources(), (QList<SourceId>{id(a), id(b)}));
    QCOMPARE(p->interval(id(a)), std::chrono::milliseconds(250));
    QCOMPARE(p->interval(id(b)), std::chrono::milliseconds(80));
    p->setDefaultInterval(std::chrono::milliseconds(300));
    QCOMPARE(p->defaultInterval(), std::chrono::milliseconds(300));
    QCOMPARE(p->interval(id(a)), std::chrono::milliseconds(300));
    QCOMPARE(p->interval(id(b)), std::chrono::milliseconds(80));
    p->setInterval(id(b), std::chrono::milliseconds(0));
    QCOMPARE(p->interval(id(b)), std::chrono::milliseconds(300));
    p->setInterval(id(a), std::chrono::milliseconds(1000));
    QCOMPARE(p->interval(id(a)), std::chrono::milliseconds(1000));
    QCOMPARE(Poller().defaultInterval(), std::chrono::milliseconds(1000));
}

void TestPoller::pollNowSkipsWhenBusy()
{
    QVERIFY(m_runner.command(QStringLiteral("fault /info=hang")));
    const auto p = poller(std::chrono::milliseconds(60000), std::chrono::milliseconds(60000));
    const Endpoint endpoint = m_runner.endpoint();
    const int requests = m_runner.requestCount();
    p->addSource(runnerSource(endpoint));
    QTRY_VERIFY_WITH_TIMEOUT(m_runner.requestCount() > requests, Patience);
    for (int i = 0; i < 20; ++i)
        p->pollNow(id(endpoint));
    QTest::qWait(100);
    QCOMPARE(m_runner.requestCount(), requests + 1);
    p->removeSource(id(endpoint));
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
    QList<SourceActivity> healths;
    QList<quint64> free;
    connect(p.get(), &Poller::reported, this,
            [&healths, &free](const SourceId &, const SourceReport &r) {
                if (r.activity)
                    healths.append(*r.activity);
                if (r.devices)
                    free.append(r.devices->at(0).freeMemory);
            });
    p->addSource(runnerSource(endpoint));
    QTRY_VERIFY_WITH_TIMEOUT(!healths.isEmpty(), Patience);
    // The first sample shows the runner before the load, then it loads.
    QVERIFY(runner.command(QStringLiteral("load")));
    QTRY_VERIFY_WITH_TIMEOUT(healths.last().phase == SourceActivity::Phase::Ready, Patience);
    QCOMPARE(healths.first().phase, SourceActivity::Phase::Idle);
    const auto loading =
        std::find_if(healths.cbegin(), healths.cend(), [](const SourceActivity &a) {
            return a.phase == SourceActivity::Phase::Loading && a.progress > 0 && a.progress < 1;
        });
    QVERIFY(loading != healths.cend());
    QVERIFY(!healths.last().progress); // ready: no progress any more
    // Free memory only falls, and by the first GPU's share of the split.
    QVERIFY(std::is_sorted(free.crbegin(), free.crend()));
    const Scenario scenario = *Scenario::load(QStringLiteral("two-nvidia"), nullptr);
    const BackendMemory needed =
        *scenario.model.memoryFor(scenario.loadRequest, scenario.devices, nullptr);
    QTRY_COMPARE_WITH_TIMEOUT(devicesIn(p->report(id(endpoint)))[0].freeMemory,
                              scenario.devices[0].freeMemory - needed.gpus[0].size(), Patience);
}

void TestPoller::fiftyEndpoints()
{
    constexpr int Count = 50;
    FakeRunnerProcess runners;
    QVERIFY2(runners.start({QStringLiteral("--load-after"), QStringLiteral("never")}, Count),
             qPrintable(runners.error()));
    const auto p = poller(std::chrono::milliseconds(200), std::chrono::milliseconds(5000));
    QHash<SourceId, int> samples;
    connect(p.get(), &Poller::reported, this,
            [&samples](const SourceId &source, const SourceReport &r) {
                if (r.devices)
                    ++samples[source];
            });
    for (int i = 0; i < Count; ++i)
        p->addSource(runnerSource(runners.endpoint(i)));
    QCOMPARE(p->sources().size(), Count);
    auto allAtLeast = [&](int n) {
        for (int i = 0; i < Count; ++i) {
            if (samples.value(id(runners.endpoint(i))) < n)
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allAtLeast(3), 60000);
    // Fine means ok, or stale where a round on a loaded machine outlasts the interval.
    auto fine = [&](int i) {
        const SourceState state = p->status(id(runners.endpoint(i))).state;
        return state == SourceState::Ok || state == SourceState::Stale;
    };
    for (int i = 0; i < Count; ++i)
        QVERIFY2(fine(i), qPrintable(p->status(id(runners.endpoint(i))).message));

    // A fault on one leaves the others alone.
    const Endpoint faulty = runners.endpoint(7);
    QVERIFY(runners.command(u"fault @" + QString::number(faulty.port()) + u" /info=404"));
    QTRY_COMPARE_WITH_TIMEOUT(p->status(id(faulty)).state, SourceState::Unsupported, Patience);
    const int before = samples.value(id(runners.endpoint(8)));
    QTRY_VERIFY_WITH_TIMEOUT(samples.value(id(runners.endpoint(8))) >= before + 2, Patience);
    for (int i = 0; i < Count; ++i) {
        if (i != 7)
            QVERIFY2(fine(i), qPrintable(p->status(id(runners.endpoint(i))).message));
    }
}

QTEST_GUILESS_MAIN(TestPoller)
#include "tst_poller.moc"
