#include "fakerunnerprocess.h"
#include "llamaserverclient.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>

using namespace vramscope;

// LlamaServerClient against vramscope-fakerunner's llama-server runner
// (the runner of an ollama 0.30+ scenario): loading, ready, busy.
class TestLlamaServerClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadingReadyBusy();
    void badProps();
    void goRunnerIsNotOne();

private:
    // One round; the client's status and result after it.
    bool refreshed(LlamaServerClient &client);

    QNetworkAccessManager m_manager;
};

void TestLlamaServerClient::initTestCase()
{
    m_manager.setProxy(QNetworkProxy::NoProxy);
}

bool TestLlamaServerClient::refreshed(LlamaServerClient &client)
{
    QSignalSpy finished(&client, &LlamaServerClient::finished);
    return client.refresh() && finished.wait(30000);
}

void TestLlamaServerClient::loadingReadyBusy()
{
    FakeRunnerProcess fake;
    QVERIFY2(fake.start({QStringLiteral("--ollama"), QStringLiteral("0.30.2"),
                         QStringLiteral("--model"), QStringLiteral("gemma3:4b"),
                         QStringLiteral("--load-after"), QStringLiteral("never"),
                         QStringLiteral("--load-seconds"), QStringLiteral("1")}),
             qPrintable(fake.error()));
    RequestLimits limits;
    limits.timeout = std::chrono::seconds(30);
    LlamaServerClient client(&m_manager, fake.endpoint(), limits);

    // Before and while loading, llama-server answers 503 "Loading model".
    QVERIFY(refreshed(client));
    QVERIFY2(client.result().isOk(), qPrintable(client.result().message));
    QCOMPARE(client.status().state, LlamaServerStatus::State::Loading);
    QVERIFY(!client.status().props);

    QVERIFY2(fake.command(QStringLiteral("load")), qPrintable(fake.error()));
    QTRY_VERIFY_WITH_TIMEOUT(
        refreshed(client) && client.status().state == LlamaServerStatus::State::Ready, 20000);
    const LlamaServerProps &props = *client.status().props;
    // two-nvidia loads 16384 tokens with one slot.
    QCOMPARE(props.contextSize, 16384);
    QCOMPARE(props.totalSlots, 1);
    const QString blob = QString::fromLatin1(
        QCryptographicHash::hash("blob:gemma3:4b", QCryptographicHash::Sha256).toHex());
    QCOMPARE(props.modelPath, u"/usr/share/ollama/.ollama/models/blobs/sha256-" + blob);
    QVERIFY(!props.buildInfo.isEmpty());
    QCOMPARE(client.status().slotStates.size(), 1);
    QVERIFY(!client.status().slotStates.first().processing);

    QVERIFY2(fake.command(QStringLiteral("busy")), qPrintable(fake.error()));
    QVERIFY(refreshed(client));
    QCOMPARE(client.status().state, LlamaServerStatus::State::Busy);
    QVERIFY2(fake.command(QStringLiteral("idle")), qPrintable(fake.error()));
    QVERIFY(refreshed(client));
    QCOMPARE(client.status().state, LlamaServerStatus::State::Ready);

    // Started with --no-slots, llama-server answers 501: ready, no slots.
    QVERIFY2(fake.command(QStringLiteral("fault /slots=501:This server does not support slots")),
             qPrintable(fake.error()));
    QVERIFY(refreshed(client));
    QVERIFY2(client.result().isOk(), qPrintable(client.result().message));
    QCOMPARE(client.status().state, LlamaServerStatus::State::Ready);
    QVERIFY(client.status().slotStates.isEmpty());
}

void TestLlamaServerClient::badProps()
{
    FakeRunnerProcess fake;
    QVERIFY2(fake.start({QStringLiteral("--ollama"), QStringLiteral("0.30.2"),
                         QStringLiteral("--load-after"), QStringLiteral("0"),
                         QStringLiteral("--load-seconds"), QStringLiteral("0.1"),
                         QStringLiteral("--fault"), QStringLiteral("/props=wrong-types")}),
             qPrintable(fake.error()));
    RequestLimits limits;
    limits.timeout = std::chrono::seconds(30);
    LlamaServerClient client(&m_manager, fake.endpoint(), limits);
    QTRY_VERIFY_WITH_TIMEOUT(refreshed(client) && !client.result().isOk(), 20000);
    QCOMPARE(client.result().state, SourceState::ProtocolError);
    // The first number in key order is default_generation_settings.n_ctx.
    QCOMPARE(client.result().message,
             u"GET /props at " + fake.endpoint().toString() +
                 u": bad body: default_generation_settings.n_ctx: expected an integer from 0 "
                 u"to 2147483647, got a string");
}

void TestLlamaServerClient::goRunnerIsNotOne()
{
    // A Go runner's /health says 200 with its own JSON, and it has no /props.
    FakeRunnerProcess fake;
    QVERIFY2(fake.start({QStringLiteral("--ollama"), QStringLiteral("0.12.10"),
                         QStringLiteral("--load-after"), QStringLiteral("0"),
                         QStringLiteral("--load-seconds"), QStringLiteral("0.1")}),
             qPrintable(fake.error()));
    RequestLimits limits;
    limits.timeout = std::chrono::seconds(30);
    LlamaServerClient client(&m_manager, fake.endpoint(), limits);
    QVERIFY(refreshed(client));
    QCOMPARE(client.result().state, SourceState::Unsupported);
    QVERIFY2(client.result().message.contains(u"no /props here (404"),
             qPrintable(client.result().message));
}

QTEST_GUILESS_MAIN(TestLlamaServerClient)
#include "tst_llamaserverclient.moc"
