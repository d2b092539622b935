#include "ollamaprocessscan.h"

#include <QTest>

using namespace vramscope;

// ollama's processes from a fake /proc tree (tests/data/proc-ollama):
//   1000 `ollama serve` with OLLAMA_HOST=0.0.0.0:11500 in its environ
//   1001 llama-server child of 1000 (--port 36183, a sha256 blob)
//   1002 Go runner child of 1000 (--port 41233, a sha256 blob)
//   1003 a Go discovery runner without --model: left out
//   2000 llama-server started by hand (-m, --port=8081, --host 0.0.0.0)
//   2001 llama-server without --port: llama.cpp's default 8080
//   3000 python3 with a llama-server argument: left out
//   3001 `ollama serve` whose environ is not readable: the default address
//   4000 vanished (no files), self: not a pid
class TestOllamaProcessScan : public QObject
{
    Q_OBJECT

private slots:
    void scansTheTree();
    void classify_data();
    void classify();
    void missingRoot();
    void goRunnerPort_data();
    void goRunnerPort();
};

void TestOllamaProcessScan::scansTheTree()
{
    const QList<OllamaProcess> found =
        OllamaProcessScan(QStringLiteral(VRAMSCOPE_TEST_DATA "/proc-ollama")).processes();
    QStringList seen;
    for (const OllamaProcess &process : found)
        seen.append(QString::number(process.pid) + u' ' + QString::number(int(process.kind)) +
                    u' ' + process.endpoint.toString() + u' ' + QString::number(process.parentPid) +
                    u' ' + (process.childOfServer ? u"child" : u"alone"));
    const QStringList expected = {
        QStringLiteral("1000 0 127.0.0.1:11500 1 alone"),
        QStringLiteral("1001 2 127.0.0.1:36183 1000 child"),
        QStringLiteral("1002 1 127.0.0.1:41233 1000 child"),
        QStringLiteral("2000 2 127.0.0.1:8081 1 alone"),
        QStringLiteral("2001 2 127.0.0.1:8080 1 alone"),
        QStringLiteral("3001 0 127.0.0.1:11434 1 alone"),
    };
    QCOMPARE(seen, expected);
    QCOMPARE(found.at(1).blobDigest,
             QStringLiteral("dde5aa3fc5ffc17176b5e8bdc82f587b24b2678c6c66101bf7da77af9f7ccdff"));
    QCOMPARE(found.at(2).blobDigest,
             QStringLiteral("6a0746a1ec1aef3e7ec53868f220ff6e389f6f8ef87a01d77c96807de94ca2aa"));
    QCOMPARE(found.at(3).modelPath, QStringLiteral("/models/qwen.gguf"));
    QCOMPARE(found.at(3).blobDigest, QString());
}

void TestOllamaProcessScan::classify_data()
{
    QTest::addColumn<QList<QByteArray>>("arguments");
    QTest::addColumn<QString>("endpoint"); // empty: not one of ollama's
    QTest::newRow("docker path") << QList<QByteArray>{"/usr/lib/ollama/llama-server", "--model",
                                                      "/root/.ollama/models/blobs/sha256-ab",
                                                      "--port", "35001"}
                                 << QStringLiteral("127.0.0.1:35001");
    QTest::newRow("IPv6 host") << QList<QByteArray>{"llama-server", "-m",     "/m",  "--host",
                                                    "::1",          "--port", "9000"}
                               << QStringLiteral("[::1]:9000");
    QTest::newRow("no model") << QList<QByteArray>{"llama-server", "--port", "9000"} << QString();
    QTest::newRow("bad port") << QList<QByteArray>{"llama-server", "-m", "/m", "--port", "x"}
                              << QString();
    QTest::newRow("port zero") << QList<QByteArray>{"llama-server", "-m", "/m", "--port", "0"}
                               << QString();
    QTest::newRow("model value missing")
        << QList<QByteArray>{"llama-server", "--port", "1", "-m"} << QString();
    QTest::newRow("ollama run is a client")
        << QList<QByteArray>{"ollama", "run", "llama3"} << QString();
    QTest::newRow("empty") << QList<QByteArray>{} << QString();
}

void TestOllamaProcessScan::classify()
{
    QFETCH(QList<QByteArray>, arguments);
    QFETCH(QString, endpoint);
    const std::optional<OllamaProcess> process = OllamaProcessScan::classify(arguments);
    QCOMPARE(process ? process->endpoint.toString() : QString(), endpoint);
}

void TestOllamaProcessScan::missingRoot()
{
    QVERIFY(OllamaProcessScan(QStringLiteral(VRAMSCOPE_TEST_DATA "/no-such-proc"))
                .processes()
                .isEmpty());
}

void TestOllamaProcessScan::goRunnerPort_data()
{
    QTest::addColumn<QList<QByteArray>>("arguments");
    QTest::addColumn<int>("port");
    QTest::newRow("new engine") << QList<QByteArray>{"/usr/local/bin/ollama",
                                                     "runner",
                                                     "--ollama-engine",
                                                     "--model",
                                                     "/root/.ollama/models/blobs/sha256-aa",
                                                     "--port",
                                                     "40123"}
                                << 40123;
    QTest::newRow("llama engine") << QList<QByteArray>{"ollama", "runner", "--model",
                                                       "/m",     "--port", "35001"}
                                  << 35001;
    QTest::newRow("equals forms") << QList<QByteArray>{"ollama", "runner", "--model=/m",
                                                       "--port=35002"}
                                  << 35002;
    QTest::newRow("discovery runner: no model")
        << QList<QByteArray>{"ollama", "runner", "--port", "35003"} << 0;
    QTest::newRow("the server itself") << QList<QByteArray>{"/usr/bin/ollama", "serve"} << 0;
    QTest::newRow("another program")
        << QList<QByteArray>{"python3", "runner", "--model", "m", "--port", "1"} << 0;
    QTest::newRow("port missing its value")
        << QList<QByteArray>{"ollama", "runner", "--model", "m", "--port"} << 0;
    QTest::newRow("port not a number")
        << QList<QByteArray>{"ollama", "runner", "--model", "m", "--port", "x"} << 0;
    QTest::newRow("port out of range")
        << QList<QByteArray>{"ollama", "runner", "--model", "m", "--port", "70000"} << 0;
}

void TestOllamaProcessScan::goRunnerPort()
{
    QFETCH(QList<QByteArray>, arguments);
    QFETCH(int, port);
    QCOMPARE(int(OllamaProcessScan::goRunnerPort(arguments)), port);
}

QTEST_GUILESS_MAIN(TestOllamaProcessScan)
#include "tst_ollamaprocessscan.moc"
