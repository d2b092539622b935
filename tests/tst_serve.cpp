#include "binaryrun.h"
#include "httpfetch.h"
#include "serveprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vramscope;

// The real `vramscope serve` over loopback: what it refuses to start with,
// the bearer token, only GET, and what /metrics and /api/snapshot hold for
// the fake AMD tree in data/roots and a recorded server log; the exposition
// format checked by Prometheus' own promtool.
class TestServe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusesBadStarts_data();
    void refusesBadStarts();
    void unauthorizedWithoutToken();
    void remoteListenWithToken();
    void onlyGetAndSmallRequests();
    void closesIdleConnections();
    void snapshotMatchesGpusCommand();
    void metricsPassPromtool();

private:
    QString writeToken(const QByteArray &token, QFileDevice::Permissions permissions);
    // Started on the AMD tree and the two-GPU log, watching only those.
    bool startOnFixtures(ServeProcess &serve, const QStringList &extra = {});

    QTemporaryDir m_dir;
};

namespace {

const QString Binary = QStringLiteral(VRAMSCOPE_BINARY);
const QByteArray Token = "s3cret-token-0123456789";

QString data(const QString &path)
{
    return QStringLiteral(VRAMSCOPE_TEST_DATA) + u'/' + path;
}

QUrl url(const ServeProcess &serve, const QString &path)
{
    return QUrl(u"http://"_s + serve.address() + path);
}

// Polls /api/snapshot until check() holds; the sources need a round or two.
template <typename Check>
QJsonObject snapshotWhen(const ServeProcess &serve, Check check, const QByteArray &token = {})
{
    QJsonObject snapshot;
    for (int attempt = 0; attempt < 120; ++attempt) {
        const HttpFetch answer = HttpFetch::get(url(serve, u"/api/snapshot"_s), token);
        snapshot = QJsonDocument::fromJson(answer.body).object();
        if (answer.status == 200 && check(snapshot))
            break;
        QTest::qWait(500);
    }
    return snapshot;
}

// Bytes written on a fresh connection, and everything the server answers
// until it closes the connection.
QByteArray exchange(const ServeProcess &serve, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, serve.port());
    if (!socket.waitForConnected(30000))
        return {};
    socket.write(request);
    QByteArray answer;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(30000))
        answer += socket.readAll();
    return answer + socket.readAll();
}

} // namespace

void TestServe::initTestCase()
{
    QVERIFY(QFile::exists(Binary));
    QVERIFY(m_dir.isValid());
}

QString TestServe::writeToken(const QByteArray &token, QFileDevice::Permissions permissions)
{
    static int count = 0;
    const QString path = m_dir.filePath(u"token"_s + QString::number(++count));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(token + '\n') < 0)
        return {};
    file.close();
    file.setPermissions(permissions);
    return path;
}

bool TestServe::startOnFixtures(ServeProcess &serve, const QStringList &extra)
{
    return serve.start(Binary, QStringList{u"--listen"_s, u"127.0.0.1:0"_s, u"--no-discovery"_s,
                                           u"--root"_s, data(u"roots/amd-two-gpus"_s), u"--log"_s,
                                           data(u"logs/llamaserver_two_gpus_partial.log"_s)} +
                                   extra);
}

void TestServe::refusesBadStarts_data()
{
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const QString good = writeToken(Token, ownerOnly);
    const QString shared =
        writeToken(Token, ownerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    const QString shortToken = writeToken("short", ownerOnly);
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("remote without --allow-remote")
        << QStringList{u"--listen"_s, u"0.0.0.0:0"_s, u"--token-file"_s, good}
        << u"vramscope serve: --listen 0.0.0.0:0: not a loopback address; serving other machines "
           u"needs --allow-remote and --token-file\n"_s;
    QTest::newRow("remote without a token")
        << QStringList{u"--listen"_s, u"0.0.0.0:0"_s, u"--allow-remote"_s}
        << u"vramscope serve: --listen 0.0.0.0:0: serving other machines needs --token-file\n"_s;
    QTest::newRow("not HOST:PORT")
        << QStringList{u"--listen"_s, u"127.0.0.1"_s}
        << u"vramscope serve: --listen: '127.0.0.1' is not HOST:PORT\n"_s;
    QTest::newRow("a host name") << QStringList{u"--listen"_s, u"example.org:9877"_s}
                                 << u"vramscope serve: --listen: 'example.org' is not an IP "
                                    u"address (or localhost)\n"_s;
    QTest::newRow("token readable by others")
        << QStringList{u"--listen"_s, u"127.0.0.1:0"_s, u"--token-file"_s, shared}
        << u"vramscope serve: --token-file "_s + shared +
               u": others may read this token; chmod 600 it\n"_s;
    QTest::newRow("short token")
        << QStringList{u"--listen"_s, u"127.0.0.1:0"_s, u"--token-file"_s, shortToken}
        << u"vramscope serve: --token-file "_s + shortToken +
               u": expected one line of at least 16 visible characters, no spaces\n"_s;
    QTest::newRow("no idle timeout")
        << QStringList{u"--listen"_s, u"127.0.0.1:0"_s, u"--idle-timeout"_s, u"0"_s}
        << u"vramscope serve: --idle-timeout: expected seconds above 0, got '0'\n"_s;
    QTest::newRow("missing log") << QStringList{u"--listen"_s, u"127.0.0.1:0"_s, u"--log"_s,
                                                u"/nonexistent/server.log"_s}
                                 << u"vramscope serve: --log /nonexistent/server.log: "
                                    u"'/nonexistent/server.log' is not a log file this user can "
                                    u"read\n"_s;
}

void TestServe::refusesBadStarts()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const BinaryRun run = BinaryRun::run(Binary, QStringList{u"serve"_s} + arguments);
    QCOMPARE(run.err, message);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
}

void TestServe::unauthorizedWithoutToken()
{
    const QString token = writeToken(Token, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    ServeProcess serve;
    QVERIFY2(serve.start(Binary, {u"--listen"_s, u"127.0.0.1:0"_s, u"--no-discovery"_s, u"--root"_s,
                                  data(u"roots/no-gpu"_s), u"--token-file"_s, token}),
             qPrintable(serve.error()));
    for (const QString &path : {u"/metrics"_s, u"/api/snapshot"_s, u"/nowhere"_s}) {
        QCOMPARE(HttpFetch::get(url(serve, path)).status, 401);
        QCOMPARE(HttpFetch::get(url(serve, path), "wrong-token-0123456789").status, 401);
    }
    // A token that only starts like the right one is still wrong.
    QCOMPARE(HttpFetch::get(url(serve, u"/metrics"_s), Token.left(Token.size() - 1)).status, 401);
    const HttpFetch metrics = HttpFetch::get(url(serve, u"/metrics"_s), Token);
    QCOMPARE(metrics.status, 200);
    QCOMPARE(metrics.contentType, QByteArray("text/plain; version=0.0.4; charset=utf-8"));
    QVERIFY2(metrics.body.contains("\nvramscope_http_unauthorized_requests_total 7\n"),
             metrics.body.constData());
    QVERIFY(metrics.body.contains("\nvramscope_http_requests_total{code=\"401\"} 7\n"));
    QCOMPARE(HttpFetch::get(url(serve, u"/api/snapshot"_s), Token).status, 200);
    QCOMPARE(HttpFetch::get(url(serve, u"/nowhere"_s), Token).status, 404);
}

void TestServe::remoteListenWithToken()
{
    // Every address of this machine, as a GPU host serving Prometheus elsewhere would.
    const QString token = writeToken(Token, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    ServeProcess serve;
    QVERIFY2(
        serve.start(Binary, {u"--listen"_s, u"0.0.0.0:0"_s, u"--allow-remote"_s, u"--token-file"_s,
                             token, u"--no-discovery"_s, u"--root"_s, data(u"roots/no-gpu"_s)}),
        qPrintable(serve.error()));
    QCOMPARE(HttpFetch::get(url(serve, u"/metrics"_s)).status, 401);
    QCOMPARE(HttpFetch::get(url(serve, u"/metrics"_s), Token).status, 200);
}

void TestServe::onlyGetAndSmallRequests()
{
    ServeProcess serve;
    QVERIFY2(serve.start(Binary, {u"--listen"_s, u"127.0.0.1:0"_s, u"--no-discovery"_s, u"--root"_s,
                                  data(u"roots/no-gpu"_s)}),
             qPrintable(serve.error()));
    for (const QByteArray &method : QByteArrayList{"POST", "PUT", "DELETE", "PATCH"})
        QCOMPARE(HttpFetch::send(method, url(serve, u"/metrics"_s), "x").status, 405);
    // A body too large is refused from its Content-Length, before it comes;
    // so is a head that never ends.
    QVERIFY(exchange(serve, "GET /metrics HTTP/1.1\r\nContent-Length: 65536\r\n\r\n")
                .startsWith("HTTP/1.1 413 "));
    QVERIFY(exchange(serve, "GET /metrics HTTP/1.1\r\nX-Padding: " + QByteArray(32 * 1024, 'x'))
                .startsWith("HTTP/1.1 413 "));
    // Still serving after all that.
    QCOMPARE(HttpFetch::get(url(serve, u"/metrics"_s)).status, 200);
    QVERIFY(serve.isRunning());
}

void TestServe::closesIdleConnections()
{
    ServeProcess serve;
    QVERIFY2(serve.start(Binary, {u"--listen"_s, u"127.0.0.1:0"_s, u"--no-discovery"_s, u"--root"_s,
                                  data(u"roots/no-gpu"_s), u"--idle-timeout"_s, u"3"_s}),
             qPrintable(serve.error()));
    // One that sends nothing, one that sends a head a byte at a time and
    // never ends it, one that was answered and then sent nothing more: each
    // is closed by the server, which still serves.
    QTcpSocket silent;
    QTcpSocket dribbling;
    QTcpSocket answered;
    answered.connectToHost(QHostAddress::LocalHost, serve.port());
    answered.write("GET /metrics HTTP/1.1\r\n\r\n");
    QVERIFY(answered.waitForReadyRead(30000));
    QVERIFY(answered.readAll().startsWith("HTTP/1.1 200 "));
    for (QTcpSocket *socket : {&silent, &dribbling}) {
        socket->connectToHost(QHostAddress::LocalHost, serve.port());
        QVERIFY(socket->waitForConnected(30000));
    }
    // A byte every 100 ms outlasts the 3 s timeout.
    const QByteArray head = "GET /metrics HTTP/1.1\r\nX-Slow: yes";
    for (qsizetype i = 0; i < head.size() && dribbling.state() == QAbstractSocket::ConnectedState;
         ++i) {
        dribbling.write(head.mid(i, 1));
        dribbling.waitForBytesWritten(1000);
        QTest::qWait(100);
    }
    for (QTcpSocket *socket : {&silent, &dribbling, &answered}) {
        if (socket->state() != QAbstractSocket::UnconnectedState)
            QVERIFY(socket->waitForDisconnected(60000));
    }
    QCOMPARE(HttpFetch::get(url(serve, u"/metrics"_s)).status, 200);
    QVERIFY(serve.isRunning());
}

void TestServe::snapshotMatchesGpusCommand()
{
    ServeProcess serve;
    QVERIFY2(startOnFixtures(serve), qPrintable(serve.error()));
    QProcessEnvironment environment = BinaryRun::environment();
    const BinaryRun gpus = BinaryRun::run(
        Binary, {u"gpus"_s, u"--json"_s, u"--root"_s, data(u"roots/amd-two-gpus"_s)}, environment);
    QCOMPARE(gpus.exitCode, 0);
    const QJsonArray expected = QJsonDocument::fromJson(gpus.out.toUtf8())["gpus"_L1].toArray();
    QCOMPARE(expected.size(), 2);
    const QJsonObject snapshot = snapshotWhen(serve, [&expected](const QJsonObject &s) {
        int found = 0;
        for (const QJsonValue &gpu : s["gpus"_L1].toArray())
            found += gpu["source"_L1].toString().startsWith(u"gpus "_s) ? 1 : 0;
        return found == expected.size() && !s["models"_L1].toArray().isEmpty();
    });
    for (const QJsonValue &want : expected) {
        const QString pci = want["pci_id"_L1].toString();
        QJsonObject got;
        for (const QJsonValue &gpu : snapshot["gpus"_L1].toArray()) {
            if (gpu["pci_id"_L1].toString() == pci)
                got = gpu.toObject();
        }
        QVERIFY2(!got.isEmpty(), qPrintable(pci));
        QCOMPARE(got["gpu"_L1].toString(),
                 want["id"_L1].toString().isEmpty() ? pci : want["id"_L1].toString());
        QCOMPARE(got["name"_L1].toString(), want["name"_L1].toString());
        QCOMPARE(got["total_memory"_L1].toInteger(), want["total_memory"_L1].toInteger());
        QCOMPARE(got["free_memory"_L1].toInteger(), want["free_memory"_L1].toInteger());
        QCOMPARE(got["used_memory"_L1].toInteger(), want["used_memory"_L1].toInteger());
    }
    // Every process the probe saw, with its memory.
    int processes = 0;
    for (const QJsonValue &gpu : expected)
        processes += int(gpu["processes"_L1].toArray().size());
    QCOMPARE(snapshot["processes"_L1].toArray().size(), processes);
    const QJsonArray sources = snapshot["sources"_L1].toArray();
    QCOMPARE(sources.size(), 2);
    for (const QJsonValue &source : sources)
        QCOMPARE(source["state"_L1].toString(), u"ok"_s);
}

void TestServe::metricsPassPromtool()
{
    const QString promtool = QStandardPaths::findExecutable(u"promtool"_s);
    if (promtool.isEmpty())
        QSKIP("promtool is missing: install Debian's prometheus package "
              "(scripts/install-deps.sh) to check the exposition format");
    ServeProcess serve;
    QVERIFY2(startOnFixtures(serve), qPrintable(serve.error()));
    snapshotWhen(serve, [](const QJsonObject &s) { return !s["models"_L1].toArray().isEmpty(); });
    const HttpFetch metrics = HttpFetch::get(url(serve, u"/metrics"_s));
    QCOMPARE(metrics.status, 200);
    QVERIFY(metrics.body.contains("\nvramscope_model_weights_bytes{"));
    QProcess check;
    check.start(promtool, {u"check"_s, u"metrics"_s});
    check.write(metrics.body);
    check.closeWriteChannel();
    QVERIFY(check.waitForFinished(120000));
    const QByteArray said = check.readAllStandardOutput() + check.readAllStandardError();
    QVERIFY2(check.exitCode() == 0, said.constData());
    QCOMPARE(said, QByteArray());
}

QTEST_GUILESS_MAIN(TestServe)
#include "tst_serve.moc"
