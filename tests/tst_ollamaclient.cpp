#include "fakerunnerprocess.h"
#include "llamaserverclient.h"
#include "ollamaclient.h"
#include "runningmodeltext.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace vramscope;

namespace {

// The two-nvidia scenario's load, worked out by hand: 32 layers of
// 905969664 bytes, the last with the 1073741824-byte output; 16 layers on
// each GPU; a KV cache of 4096 bytes per token per layer at 16384 tokens
// (67108864 per layer); a 805306368-byte graph per GPU; 524288000 bytes of
// token embeddings on the CPU.
constexpr quint64 OnGpus = 32 * quint64(905969664) + 1073741824 + 32 * quint64(67108864) +
                           2 * quint64(805306368); // 33822867456
constexpr quint64 Total = OnGpus + 524288000;      // 34347155456

} // namespace

// OllamaClient against vramscope-fakerunner's ollama server in both eras.
class TestOllamaClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void everyField_data();
    void everyField();
    void appearsLoadsAndExpires();
    void showOncePerDigest();
    void badAnswers_data();
    void badAnswers();
    void refusedConnection();

private:
    std::unique_ptr<OllamaClient>
    round(const Endpoint &endpoint, OllamaClient::Detail detail = OllamaClient::Detail::Everything,
          std::chrono::milliseconds timeout = std::chrono::seconds(30));

    QNetworkAccessManager m_manager;
};

void TestOllamaClient::init()
{
    m_manager.setProxy(QNetworkProxy::NoProxy);
}

std::unique_ptr<OllamaClient> TestOllamaClient::round(const Endpoint &endpoint,
                                                      OllamaClient::Detail detail,
                                                      std::chrono::milliseconds timeout)
{
    RequestLimits limits;
    limits.timeout = timeout;
    return std::unique_ptr<OllamaClient>(
        OllamaClient::runOnce(&m_manager, endpoint, limits, detail, nullptr));
}

void TestOllamaClient::everyField_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("era");
    QTest::newRow("llama-server era")
        << QStringLiteral("0.30.2") << int(OllamaVersion::Era::LlamaServer);
    QTest::newRow("go runner era")
        << QStringLiteral("0.12.10") << int(OllamaVersion::Era::GoRunner);
}

void TestOllamaClient::everyField()
{
    QFETCH(QString, version);
    QFETCH(int, era);
    FakeRunnerProcess fake;
    QVERIFY2(
        fake.start({QStringLiteral("--ollama"), version, QStringLiteral("--model"),
                    QStringLiteral("llama3.1:8b"), QStringLiteral("--load-after"),
                    QStringLiteral("0"), QStringLiteral("--keep-alive"), QStringLiteral("300")}),
        qPrintable(fake.error()));
    QVERIFY(fake.ollamaEndpoint().isValid());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QTRY_VERIFY_WITH_TIMEOUT(!round(fake.ollamaEndpoint())->snapshot().models.isEmpty(), 20000);
    const auto client = round(fake.ollamaEndpoint());
    QVERIFY2(client->result().isOk(), qPrintable(client->result().message));
    const OllamaSnapshot &snapshot = client->snapshot();
    QCOMPARE(snapshot.version->toString(), version);
    QCOMPARE(int(snapshot.version->era()), era);
    QCOMPARE(snapshot.models.size(), 1);
    const RunningModel &model = snapshot.models.first();
    QCOMPARE(model.name, QStringLiteral("llama3.1:8b"));
    QCOMPARE(model.model, QStringLiteral("llama3.1:8b"));
    // The fake's manifest digest: SHA-256 of the name, in hex.
    QCOMPARE(model.digest,
             QString::fromLatin1(
                 QCryptographicHash::hash("llama3.1:8b", QCryptographicHash::Sha256).toHex()));
    QCOMPARE(model.size, Total);
    QCOMPARE(model.sizeVram, OnGpus);
    // CPU share 524288000 / 34347155456 = 1.53% -> 2.
    QCOMPARE(RunningModelText::processor(model.size, model.sizeVram),
             QStringLiteral("2%/98% CPU/GPU"));
    QCOMPARE(model.contextLength, 16384);
    // Keep-alive 300 s after the load (10 s): between 300 and 310 s from the start.
    QVERIFY(model.expiresAt >= before.addSecs(300));
    QVERIFY(model.expiresAt <= QDateTime::currentDateTimeUtc().addSecs(311));
    QCOMPARE(model.details.family, QStringLiteral("llama"));
    QCOMPARE(model.details.quantizationLevel, QStringLiteral("Q4_K_M"));
    // /api/tags lists it, /api/show gives its blocks (32 layers minus the output) and blob.
    QCOMPARE(snapshot.localModels.size(), 1);
    QCOMPARE(snapshot.localModels.first().digest, model.digest);
    const ModelFacts facts = snapshot.facts.value(model.digest);
    QCOMPARE(facts.blockCount, 31);
    QCOMPARE(facts.blobDigest,
             QString::fromLatin1(
                 QCryptographicHash::hash("blob:llama3.1:8b", QCryptographicHash::Sha256).toHex()));
}

void TestOllamaClient::appearsLoadsAndExpires()
{
    FakeRunnerProcess fake;
    QVERIFY2(fake.start({QStringLiteral("--ollama"), QStringLiteral("0.30.2"),
                         QStringLiteral("--load-after"), QStringLiteral("never"),
                         QStringLiteral("--load-seconds"), QStringLiteral("1"),
                         QStringLiteral("--keep-alive"), QStringLiteral("2")}),
             qPrintable(fake.error()));
    auto client = round(fake.ollamaEndpoint(), OllamaClient::Detail::Loaded);
    QVERIFY2(client->result().isOk(), qPrintable(client->result().message));
    QVERIFY(client->snapshot().models.isEmpty()); // launched, nothing loaded

    QVERIFY2(fake.command(QStringLiteral("load")), qPrintable(fake.error()));
    client = round(fake.ollamaEndpoint(), OllamaClient::Detail::Loaded);
    QCOMPARE(client->snapshot().models.size(), 1); // listed from the start of its load
    // Listed with an expiry still ahead.
    QVERIFY(client->snapshot().models.first().expiresAt > QDateTime::currentDateTimeUtc());
    // 1 s of load and 2 s of keep-alive later, it is gone.
    QTRY_VERIFY_WITH_TIMEOUT(
        round(fake.ollamaEndpoint(), OllamaClient::Detail::Loaded)->snapshot().models.isEmpty(),
        20000);
    client = round(fake.ollamaEndpoint(), OllamaClient::Detail::Loaded);
    QVERIFY2(client->result().isOk(), qPrintable(client->result().message));
    // Its runner ended with it: the port refuses.
    LlamaServerClient runner(&m_manager, fake.endpoint());
    QSignalSpy finished(&runner, &LlamaServerClient::finished);
    QVERIFY(runner.refresh());
    QVERIFY(finished.wait(30000));
    QCOMPARE(runner.result().state, SourceState::Unreachable);
}

void TestOllamaClient::showOncePerDigest()
{
    FakeRunnerProcess fake;
    QVERIFY2(fake.start({QStringLiteral("--ollama"), QStringLiteral("0.30.2"),
                         QStringLiteral("--load-after"), QStringLiteral("0"),
                         QStringLiteral("--load-seconds"), QStringLiteral("0.1")},
                        2),
             qPrintable(fake.error()));
    RequestLimits limits;
    limits.timeout = std::chrono::seconds(30);
    OllamaClient client(&m_manager, fake.ollamaEndpoint(), limits);
    QTRY_VERIFY_WITH_TIMEOUT(
        round(fake.ollamaEndpoint(), OllamaClient::Detail::Loaded)->snapshot().models.size() == 2,
        20000);
    QSignalSpy finished(&client, &OllamaClient::finished);
    QVERIFY(client.refresh());
    QVERIFY(!client.refresh()); // one round at a time
    QVERIFY(finished.wait(30000));
    QVERIFY2(client.result().isOk(), qPrintable(client.result().message));
    QCOMPARE(client.snapshot().facts.size(), 2);
    QStringList names;
    for (const RunningModel &model : client.snapshot().models)
        names.append(model.name);
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("simulated:latest"),
                                 QStringLiteral("simulated:latest-2")}));
    // With /api/show failing, a second round still has both models' facts: they were kept.
    QVERIFY2(fake.command(QStringLiteral("fault /api/show=500:boom")), qPrintable(fake.error()));
    QVERIFY(client.refresh());
    QVERIFY(finished.wait(30000));
    QVERIFY2(client.result().isOk(), qPrintable(client.result().message));
    QCOMPARE(client.snapshot().facts.size(), 2);
}

void TestOllamaClient::badAnswers_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("message");
    QTest::newRow("authenticating proxy 401")
        << QStringLiteral("/api/version=401:Unauthorized") << int(SourceState::Error)
        << QStringLiteral("GET /api/version at %1: HTTP 401: asks for credentials; ollama has "
                          "none of its own, so an authenticating proxy stands in front of it "
                          "(Unauthorized)");
    QTest::newRow("403") << QStringLiteral("/api/ps=403:Forbidden") << int(SourceState::Error)
                         << QStringLiteral("GET /api/ps at %1: HTTP 403: asks for credentials; "
                                           "ollama has none of its own, so an authenticating "
                                           "proxy stands in front of it (Forbidden)");
    QTest::newRow("an HTML page")
        << QStringLiteral("/api/version=200:<!DOCTYPE html><html><body>Router login</body></html>")
        << int(SourceState::ProtocolError)
        << QStringLiteral("GET /api/version at %1: HTTP 200 with an HTML page, not JSON: a web "
                          "server, a proxy or another program answers on this port");
    QTest::newRow("version does not parse")
        << QStringLiteral("/api/version=200:{\"version\":\"next\"}")
        << int(SourceState::ProtocolError)
        << QStringLiteral("GET /api/version at %1: bad body: version: expected a version like "
                          "0.30.2 or 0.12.10-rc1, got 'next'");
    QTest::newRow("wrong types")
        << QStringLiteral("/api/ps=wrong-types")
        << int(SourceState::ProtocolError)
        // The fake spoils the first number in key order: context_length.
        << QStringLiteral("GET /api/ps at %1: bad body: models[0].context_length: expected an "
                          "integer from 0 to 2147483647, got a string");
    QTest::newRow("size_vram above size")
        << QStringLiteral("/api/ps=200:{\"models\":[{\"name\":\"m\",\"digest\":\"ab\",\"size\":1,"
                          "\"size_vram\":2,\"expires_at\":\"2026-06-03T10:20:02Z\"}]}")
        << int(SourceState::ProtocolError)
        << QStringLiteral("GET /api/ps at %1: bad body: models[0].size_vram: is above size "
                          "(2 > 1): not a split ollama makes");
    QTest::newRow("not JSON") << QStringLiteral("/api/ps=malformed")
                              << int(SourceState::ProtocolError)
                              << QStringLiteral("GET /api/ps at %1: bad body: not valid JSON at "
                                                "byte ");
    QTest::newRow("body past the cap")
        << QStringLiteral("/api/ps=endless") << int(SourceState::ProtocolError)
        << QStringLiteral("GET /api/ps at %1: the answer is larger than the 4.0 MiB limit; not a "
                          "runner's JSON");
    QTest::newRow("server error") << QStringLiteral("/api/tags=500:disk full")
                                  << int(SourceState::Error)
                                  << QStringLiteral("GET /api/tags at %1: HTTP 500: disk full");
    QTest::newRow("not ollama: 404")
        << QStringLiteral("/api/version=404") << int(SourceState::Unsupported)
        << QStringLiteral("GET /api/version at %1: no /api/version "
                          "here (404: 404 page not found)");
    QTest::newRow("hangs") << QStringLiteral("/api/ps=hang") << int(SourceState::TimedOut)
                           << QStringLiteral("GET /api/ps at %1: no complete answer within 1.0 s");
}

void TestOllamaClient::badAnswers()
{
    QFETCH(QString, fault);
    QFETCH(int, state);
    QFETCH(QString, message); // the message, or its start
    FakeRunnerProcess fake;
    QVERIFY2(fake.start({QStringLiteral("--ollama"), QStringLiteral("0.30.2"),
                         QStringLiteral("--load-after"), QStringLiteral("0"),
                         QStringLiteral("--load-seconds"), QStringLiteral("0.1"),
                         QStringLiteral("--fault"), fault}),
             qPrintable(fake.error()));
    // Let the model appear so that a fault on /api/ps has a model to spoil.
    QTest::qWait(300);
    // A hang is cut after 1 s; the others have time to show what they are.
    const bool hangs = fault.endsWith(u"=hang");
    const auto client =
        round(fake.ollamaEndpoint(), OllamaClient::Detail::Everything,
              hangs ? std::chrono::milliseconds(1000) : std::chrono::milliseconds(30000));
    QCOMPARE(int(client->result().state), state);
    const QString expected = message.arg(fake.ollamaEndpoint().toString());
    QVERIFY2(client->result().message.startsWith(expected),
             qPrintable(client->result().message + u"\n" + expected));
}

void TestOllamaClient::refusedConnection()
{
    // A port nothing listens on: the fake's own, after it ended.
    Endpoint gone;
    {
        FakeRunnerProcess fake;
        QVERIFY2(fake.start({QStringLiteral("--ollama"), QStringLiteral("0.30.2")}),
                 qPrintable(fake.error()));
        gone = fake.ollamaEndpoint();
    }
    const auto client = round(gone);
    QCOMPARE(client->result().state, SourceState::Unreachable);
    QVERIFY2(client->result().message.contains(u"connection refused"),
             qPrintable(client->result().message));
}

QTEST_GUILESS_MAIN(TestOllamaClient)
#include "tst_ollamaclient.moc"
