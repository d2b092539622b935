#include "endpoint.h"

#include <QTest>

using namespace vramscope;

class TestEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void remoteNeedsOptIn();
    void url();
};

void TestEndpoint::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("remote");
    QTest::addColumn<QString>("shown");
    QTest::newRow("ipv4") << QStringLiteral("127.0.0.1:8080") << QStringLiteral("127.0.0.1") << 8080
                          << false << QStringLiteral("127.0.0.1:8080");
    QTest::newRow("other loopback") << QStringLiteral("127.0.0.2:1") << QStringLiteral("127.0.0.2")
                                    << 1 << false << QStringLiteral("127.0.0.2:1");
    QTest::newRow("localhost") << QStringLiteral("localhost:11434") << QStringLiteral("localhost")
                               << 11434 << false << QStringLiteral("localhost:11434");
    QTest::newRow("upper case") << QStringLiteral("LOCALHOST:5") << QStringLiteral("localhost") << 5
                                << false << QStringLiteral("localhost:5");
    QTest::newRow("url") << QStringLiteral("http://127.0.0.1:40000") << QStringLiteral("127.0.0.1")
                         << 40000 << false << QStringLiteral("127.0.0.1:40000");
    QTest::newRow("url with slash")
        << QStringLiteral("http://127.0.0.1:40000/") << QStringLiteral("127.0.0.1") << 40000
        << false << QStringLiteral("127.0.0.1:40000");
    QTest::newRow("spaces around")
        << QStringLiteral("  127.0.0.1:9 ") << QStringLiteral("127.0.0.1") << 9 << false
        << QStringLiteral("127.0.0.1:9");
    QTest::newRow("ipv6 loopback") << QStringLiteral("[::1]:8080") << QStringLiteral("::1") << 8080
                                   << false << QStringLiteral("[::1]:8080");
    QTest::newRow("remote name") << QStringLiteral("gpu-box.lan:8080")
                                 << QStringLiteral("gpu-box.lan") << 8080 << true
                                 << QStringLiteral("gpu-box.lan:8080");
    QTest::newRow("remote address")
        << QStringLiteral("http://10.0.0.5:1234") << QStringLiteral("10.0.0.5") << 1234 << true
        << QStringLiteral("10.0.0.5:1234");
}

void TestEndpoint::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(bool, remote);
    QFETCH(QString, shown);
    QString error;
    const std::optional<Endpoint> endpoint =
        Endpoint::parse(text, Endpoint::RemotePolicy::AllowRemote, &error);
    QVERIFY2(endpoint, qPrintable(error));
    QCOMPARE(endpoint->host(), host);
    QCOMPARE(endpoint->port(), port);
    QCOMPARE(endpoint->isRemote(), remote);
    QCOMPARE(endpoint->toString(), shown);
    QVERIFY(endpoint->isValid());
}

void TestEndpoint::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QStringLiteral("")
                           << QStringLiteral("no endpoint given: expected HOST:PORT");
    QTest::newRow("no port") << QStringLiteral("127.0.0.1")
                             << QStringLiteral(
                                    "no port in '127.0.0.1': runners listen on a port of their own "
                                    "(HOST:PORT)");
    QTest::newRow("port zero") << QStringLiteral("127.0.0.1:0")
                               << QStringLiteral(
                                      "no port in '127.0.0.1:0': runners listen on a port of their "
                                      "own (HOST:PORT)");
    QTest::newRow("port too large") << QStringLiteral("127.0.0.1:70000")
                                    << QStringLiteral("expected HOST:PORT or http://HOST:PORT, got "
                                                      "'127.0.0.1:70000'");
    QTest::newRow("https") << QStringLiteral("https://127.0.0.1:443")
                           << QStringLiteral(
                                  "runners speak plain HTTP; 'https://127.0.0.1:443' uses https");
    QTest::newRow("path")
        << QStringLiteral("http://127.0.0.1:8080/info")
        << QStringLiteral("expected only HOST:PORT in 'http://127.0.0.1:8080/info': a runner "
                          "serves /info at its root");
    QTest::newRow("query")
        << QStringLiteral("http://127.0.0.1:8080/?x=1")
        << QStringLiteral("expected only HOST:PORT in 'http://127.0.0.1:8080/?x=1': a runner "
                          "serves /info at its root");
    QTest::newRow("garbage") << QStringLiteral("::::")
                             << QStringLiteral(
                                    "expected HOST:PORT or http://HOST:PORT, got '::::'");
}

void TestEndpoint::rejects()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!Endpoint::parse(text, Endpoint::RemotePolicy::AllowRemote, &error));
    QCOMPARE(error, message);
}

void TestEndpoint::remoteNeedsOptIn()
{
    QString error;
    QVERIFY(!Endpoint::parse(QStringLiteral("10.0.0.5:1234"), Endpoint::RemotePolicy::LoopbackOnly,
                             &error));
    QCOMPARE(error, QStringLiteral("10.0.0.5:1234 is not on this machine, and runners listen on "
                                   "loopback only; remote endpoints (a tunnel, a proxy) must be "
                                   "allowed first"));
    QVERIFY(Endpoint::parse(QStringLiteral("127.0.0.1:1234"), Endpoint::RemotePolicy::LoopbackOnly,
                            &error));
    QVERIFY(Endpoint::parse(QStringLiteral("[::1]:1234"), Endpoint::RemotePolicy::LoopbackOnly,
                            &error));
}

void TestEndpoint::url()
{
    const Endpoint endpoint = Endpoint::loopback(4321);
    QCOMPARE(endpoint.url(QStringLiteral("/info")).toString(),
             QStringLiteral("http://127.0.0.1:4321/info"));
    const Endpoint v6 =
        *Endpoint::parse(QStringLiteral("[::1]:5"), Endpoint::RemotePolicy::LoopbackOnly, nullptr);
    QCOMPARE(v6.url(QStringLiteral("/health")).toString(), QStringLiteral("http://[::1]:5/health"));
    QCOMPARE(Endpoint::loopback(4321), endpoint);
    QVERIFY(!(Endpoint::loopback(4322) == endpoint));
    QVERIFY(!Endpoint().isValid());
}

QTEST_GUILESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
