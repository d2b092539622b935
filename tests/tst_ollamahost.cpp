#include "ollamahost.h"

#include <QTest>

using namespace vramscope;

// OLLAMA_HOST read by ollama's rules (envconfig.Host, ConnectableHost).
class TestOllamaHost : public QObject
{
    Q_OBJECT

private slots:
    void fromValue_data();
    void fromValue();
    void https();
};

void TestOllamaHost::fromValue_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<bool>("noted"); // ollama would warn about a bad port
    QTest::newRow("unset") << QString() << QStringLiteral("127.0.0.1:11434") << false;
    QTest::newRow("spaces only") << QStringLiteral("  ") << QStringLiteral("127.0.0.1:11434")
                                 << false;
    QTest::newRow("host and port")
        << QStringLiteral("127.0.0.1:11500") << QStringLiteral("127.0.0.1:11500") << false;
    QTest::newRow("bind any: loopback")
        << QStringLiteral("0.0.0.0") << QStringLiteral("127.0.0.1:11434") << false;
    QTest::newRow("bind any with port")
        << QStringLiteral("0.0.0.0:8080") << QStringLiteral("127.0.0.1:8080") << false;
    QTest::newRow("bare port") << QStringLiteral(":11435") << QStringLiteral("127.0.0.1:11435")
                               << false;
    QTest::newRow("IPv6 any") << QStringLiteral("[::]:11434") << QStringLiteral("[::1]:11434")
                              << false;
    QTest::newRow("IPv6 any, no port")
        << QStringLiteral("[::]") << QStringLiteral("[::1]:11434") << false;
    QTest::newRow("bare IPv6 loopback")
        << QStringLiteral("::1") << QStringLiteral("[::1]:11434") << false;
    QTest::newRow("name without port")
        << QStringLiteral("gpu-box") << QStringLiteral("gpu-box:11434") << false;
    QTest::newRow("name with port")
        << QStringLiteral("gpu-box.lan:4000") << QStringLiteral("gpu-box.lan:4000") << false;
    // An explicit scheme brings its own default port, as in ollama.
    QTest::newRow("http scheme, no port")
        << QStringLiteral("http://gpu-box") << QStringLiteral("gpu-box:80") << false;
    QTest::newRow("http scheme and port")
        << QStringLiteral("http://127.0.0.1:11434") << QStringLiteral("127.0.0.1:11434") << false;
    QTest::newRow("path ignored") << QStringLiteral("http://127.0.0.1:11434/ollama")
                                  << QStringLiteral("127.0.0.1:11434") << false;
    QTest::newRow("upper case name")
        << QStringLiteral("GPU-Box:1") << QStringLiteral("gpu-box:1") << false;
    QTest::newRow("port not a number")
        << QStringLiteral("127.0.0.1:abc") << QStringLiteral("127.0.0.1:11434") << true;
    QTest::newRow("port too large")
        << QStringLiteral("127.0.0.1:70000") << QStringLiteral("127.0.0.1:11434") << true;
    QTest::newRow("empty port") << QStringLiteral("127.0.0.1:") << QStringLiteral("127.0.0.1:11434")
                                << true;
    QTest::newRow("trimmed") << QStringLiteral(" 127.0.0.1:11434\n")
                             << QStringLiteral("127.0.0.1:11434") << false;
}

void TestOllamaHost::fromValue()
{
    QFETCH(QString, value);
    QFETCH(QString, endpoint);
    QFETCH(bool, noted);
    const OllamaHost host = OllamaHost::fromValue(value);
    QString error;
    const std::optional<Endpoint> found = host.endpoint(&error);
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(found->toString(), endpoint);
    QCOMPARE(!host.note().isEmpty(), noted);
}

void TestOllamaHost::https()
{
    const OllamaHost host = OllamaHost::fromValue(QStringLiteral("https://ollama.example"));
    QCOMPARE(host.scheme(), QStringLiteral("https"));
    QCOMPARE(host.port(), quint16(443));
    QString error;
    QVERIFY(!host.endpoint(&error));
    QVERIFY2(error.contains(u"plain HTTP"), qPrintable(error));
    // ollama's own shortcut.
    QCOMPARE(OllamaHost::fromValue(QStringLiteral("ollama.com")).scheme(), QStringLiteral("https"));
}

QTEST_GUILESS_MAIN(TestOllamaHost)
#include "tst_ollamahost.moc"
