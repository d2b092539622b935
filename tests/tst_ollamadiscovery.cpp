#include "fakerunnerprocess.h"
#include "llamaserverclient.h"
#include "ollamaclient.h"
#include "ollamadiscovery.h"
#include "ollamaprocessscan.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace vramscope;

class TestOllamaDiscovery : public QObject
{
    Q_OBJECT

private slots:
    void serverCandidates_data();
    void serverCandidates();
    void runnersOfTheTree();
    void blobByTagsDigest();
    void runnerBlobNamesItsModel_data();
    void runnerBlobNamesItsModel();
};

void TestOllamaDiscovery::serverCandidates_data()
{
    QTest::addColumn<QString>("ollamaHost");
    QTest::addColumn<QStringList>("expected");
    // The tree's servers: pid 1000 at OLLAMA_HOST=0.0.0.0:11500, pid 3001 at the default.
    QTest::newRow("unset") << QString()
                           << QStringList{QStringLiteral("127.0.0.1:11434"),
                                          QStringLiteral("127.0.0.1:11500")};
    QTest::newRow("same as the server's")
        << QStringLiteral("0.0.0.0:11500")
        << QStringList{QStringLiteral("127.0.0.1:11500"), QStringLiteral("127.0.0.1:11434")};
    QTest::newRow("another machine")
        << QStringLiteral("http://gpu-box:8000")
        << QStringList{QStringLiteral("gpu-box:8000"), QStringLiteral("127.0.0.1:11434"),
                       QStringLiteral("127.0.0.1:11500")};
    QTest::newRow("https: skipped")
        << QStringLiteral("https://gpu-box")
        << QStringList{QStringLiteral("127.0.0.1:11434"), QStringLiteral("127.0.0.1:11500")};
}

void TestOllamaDiscovery::serverCandidates()
{
    QFETCH(QString, ollamaHost);
    QFETCH(QStringList, expected);
    const QList<OllamaProcess> processes =
        OllamaProcessScan(QStringLiteral(VRAMSCOPE_TEST_DATA "/proc-ollama")).processes();
    QString note;
    QStringList found;
    for (const Endpoint &endpoint : OllamaDiscovery::serverCandidates(ollamaHost, processes, &note))
        found.append(endpoint.toString());
    QCOMPARE(found, expected);
    QCOMPARE(note.isEmpty(), !ollamaHost.startsWith(u"https"));
}

void TestOllamaDiscovery::runnersOfTheTree()
{
    const QList<OllamaProcess> runners = OllamaDiscovery::runners(
        OllamaProcessScan(QStringLiteral(VRAMSCOPE_TEST_DATA "/proc-ollama")).processes());
    QList<qint64> pids;
    for (const OllamaProcess &runner : runners)
        pids.append(runner.pid);
    QCOMPARE(pids, (QList<qint64>{1001, 1002, 2000, 2001}));
}

void TestOllamaDiscovery::blobByTagsDigest()
{
    OllamaSnapshot snapshot;
    LocalModel stored;
    stored.name = QStringLiteral("tinyllama:latest");
    stored.digest =
        QStringLiteral("2644915ede352ea7bdfaff0bfac0be74c719d5d5202acb63a6fb095b52f394a4");
    snapshot.localModels.append(stored);
    QCOMPARE(OllamaDiscovery::modelNameForBlob(stored.digest, snapshot), stored.name);
    QCOMPARE(OllamaDiscovery::modelNameForBlob(QStringLiteral("00"), snapshot), QString());
    QCOMPARE(OllamaDiscovery::modelNameForBlob(QString(), snapshot), QString());
}

void TestOllamaDiscovery::runnerBlobNamesItsModel_data()
{
    QTest::addColumn<QString>("version");
    QTest::newRow("llama-server era") << QStringLiteral("0.30.2");
    QTest::newRow("go runner era") << QStringLiteral("0.12.10");
}

void TestOllamaDiscovery::runnerBlobNamesItsModel()
{
    QFETCH(QString, version);
    FakeRunnerProcess fake;
    QVERIFY2(
        fake.start({QStringLiteral("--ollama"), version, QStringLiteral("--model"),
                    QStringLiteral("qwen3:8b"), QStringLiteral("--load-after"), QStringLiteral("0"),
                    QStringLiteral("--load-seconds"), QStringLiteral("0.1")},
                   2),
        qPrintable(fake.error()));
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    RequestLimits limits;
    limits.timeout = std::chrono::seconds(30);
    std::unique_ptr<OllamaClient> server;
    QTRY_VERIFY_WITH_TIMEOUT(
        (server.reset(OllamaClient::runOnce(&manager, fake.ollamaEndpoint(), limits,
                                            OllamaClient::Detail::Everything, nullptr)),
         server->snapshot().models.size() == 2),
        20000);
    // What the runner's command line would say: --model .../blobs/sha256-<hex>; the fake
    // writes the same path into llama-server's /props, which stands in for /proc here.
    const QString blobOfSecond = QString::fromLatin1(
        QCryptographicHash::hash("blob:qwen3:8b-2", QCryptographicHash::Sha256).toHex());
    const QString path = u"/usr/share/ollama/.ollama/models/blobs/sha256-" + blobOfSecond;
    const QString blob = OllamaProcessScan::blobDigest(path);
    QCOMPARE(blob, blobOfSecond);
    QCOMPARE(OllamaDiscovery::modelNameForBlob(blob, server->snapshot()),
             QStringLiteral("qwen3:8b-2"));
    QCOMPARE(OllamaDiscovery::modelDigestForBlob(blob, server->snapshot()),
             QString::fromLatin1(
                 QCryptographicHash::hash("qwen3:8b-2", QCryptographicHash::Sha256).toHex()));

    if (version == u"0.30.2") {
        LlamaServerClient runner(&manager, fake.endpoint(1), limits);
        QSignalSpy finished(&runner, &LlamaServerClient::finished);
        QTRY_VERIFY_WITH_TIMEOUT(
            (runner.refresh(), finished.wait(30000), runner.status().props.has_value()), 20000);
        QCOMPARE(runner.status().props->modelPath, path);
    }
}

QTEST_GUILESS_MAIN(TestOllamaDiscovery)
#include "tst_ollamadiscovery.moc"
