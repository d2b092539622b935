#include "fakerunnerprocess.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace vramscope;

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The real `vramscope` binary, with OLLAMA_HOST as given (unset when empty).
Result run(const QStringList &arguments, const QString &ollamaHost = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.remove(QStringLiteral("OLLAMA_HOST"));
    if (!ollamaHost.isEmpty())
        environment.insert(QStringLiteral("OLLAMA_HOST"), ollamaHost);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(VRAMSCOPE_BINARY), QStringList{QStringLiteral("ps")} + arguments);
    Result result;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString sha256(const QByteArray &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

// The two-nvidia scenario's load (see tst_ollamaclient for the sums):
// 34347155456 bytes in all, 33822867456 of them on the GPUs.
constexpr qint64 Total = 34347155456;
constexpr qint64 OnGpus = 33822867456;

} // namespace

// `vramscope ps` as a real process against vramscope-fakerunner's ollama server.
class TestPsCommand : public QObject
{
    Q_OBJECT

private slots:
    void text();
    void json();
    void fromOllamaHost();
    void failures_data();
    void failures();
    void badInput_data();
    void badInput();

private:
    static bool startLoaded(FakeRunnerProcess &fake, const QString &version,
                            const QStringList &more = {});
};

bool TestPsCommand::startLoaded(FakeRunnerProcess &fake, const QString &version,
                                const QStringList &more)
{
    if (!fake.start(QStringList{QStringLiteral("--ollama"), version, QStringLiteral("--model"),
                                QStringLiteral("llama3.1:8b"), QStringLiteral("--load-after"),
                                QStringLiteral("0"), QStringLiteral("--load-seconds"),
                                QStringLiteral("0.2")} +
                    more))
        return false;
    QTest::qWait(500); // loaded and ready
    return true;
}

void TestPsCommand::text()
{
    FakeRunnerProcess fake;
    QVERIFY2(startLoaded(fake, QStringLiteral("0.30.2")), qPrintable(fake.error()));
    const QString endpoint = fake.ollamaEndpoint().toString();
    const Result result = run({QStringLiteral("--endpoint"), endpoint});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), u"ollama 0.30.2 at " + endpoint);
    // ID: the first 12 hex digits of the digest; SIZE: 34.3 GB truncated from 10 on;
    // PROCESSOR: CPU share 524288000 / 34347155456 = 1.53% -> 2%; UNTIL: 300 s keep-alive
    // from just before now, so under 5 minutes.
    const QString id = sha256("llama3.1:8b").left(12);
    QCOMPARE(lines.at(1).simplified(), QStringLiteral("NAME ID SIZE PROCESSOR CONTEXT UNTIL"));
    QCOMPARE(lines.at(2).simplified(),
             u"llama3.1:8b " + id + u" 34 GB 2%/98% CPU/GPU 16384 4 minutes from now");
    // Columns line up: each cell starts where its header does.
    QCOMPARE(lines.at(2).indexOf(id), lines.at(1).indexOf(u"ID"));
    QCOMPARE(lines.at(2).indexOf(u"2%/98%"), lines.at(1).indexOf(u"PROCESSOR"));
}

void TestPsCommand::json()
{
    FakeRunnerProcess fake;
    QVERIFY2(startLoaded(fake, QStringLiteral("0.12.10"),
                         {QStringLiteral("--keep-alive"), QStringLiteral("-1")}),
             qPrintable(fake.error()));
    const Result result = run(
        {QStringLiteral("--endpoint"), fake.ollamaEndpoint().toString(), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(u"version").toString(), QStringLiteral("0.12.10"));
    const QJsonArray models = root.value(u"models").toArray();
    QCOMPARE(models.size(), 1);
    const QJsonObject model = models.first().toObject();
    QCOMPARE(model.keys(), (QStringList{QStringLiteral("context_length"), QStringLiteral("digest"),
                                        QStringLiteral("expires_at"), QStringLiteral("name"),
                                        QStringLiteral("processor"), QStringLiteral("size"),
                                        QStringLiteral("size_vram")}));
    QCOMPARE(model.value(u"name").toString(), QStringLiteral("llama3.1:8b"));
    QCOMPARE(model.value(u"digest").toString(), sha256("llama3.1:8b"));
    // Exact integers in the text itself, not doubles.
    QVERIFY2(result.out.contains(u"\"size\": " + QString::number(Total) + u','),
             qPrintable(result.out));
    QCOMPARE(model.value(u"size").toInteger(), Total);
    QCOMPARE(model.value(u"size_vram").toInteger(), OnGpus);
    QCOMPARE(model.value(u"context_length").toInt(), 16384);
    QCOMPARE(model.value(u"processor").toString(), QStringLiteral("2%/98% CPU/GPU"));
    // Kept forever (keep-alive -1): Go's largest duration, about 292 years ahead.
    const QDateTime expires =
        QDateTime::fromString(model.value(u"expires_at").toString(), Qt::ISODateWithMs);
    QVERIFY(expires.date().year() >= 2026 + 291);
}

void TestPsCommand::fromOllamaHost()
{
    FakeRunnerProcess fake;
    QVERIFY2(startLoaded(fake, QStringLiteral("0.30.2")), qPrintable(fake.error()));
    // A server bound to every address is reached on loopback, as ollama's client does.
    const QString host = u"0.0.0.0:" + QString::number(fake.ollamaEndpoint().port());
    const Result result = run({}, host);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(u"ollama 0.30.2 at 127.0.0.1:" +
                                   QString::number(fake.ollamaEndpoint().port())),
             qPrintable(result.out));
}

void TestPsCommand::failures_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("message");
    QTest::newRow("authenticating proxy")
        << QStringLiteral("/api/ps=401:Unauthorized")
        << QStringLiteral("vramscope ps: GET /api/ps at %1: HTTP 401: asks for credentials");
    QTest::newRow("an HTML page") << QStringLiteral("/api/version=200:<html><body>hi</body></html>")
                                  << QStringLiteral("vramscope ps: GET /api/version at %1: HTTP "
                                                    "200 with an HTML page, not JSON");
    QTest::newRow("hangs") << QStringLiteral("/api/ps=hang")
                           << QStringLiteral("vramscope ps: GET /api/ps at %1: no complete answer "
                                             "within 1.0 s");
}

void TestPsCommand::failures()
{
    QFETCH(QString, fault);
    QFETCH(QString, message);
    FakeRunnerProcess fake;
    QVERIFY2(startLoaded(fake, QStringLiteral("0.30.2"), {QStringLiteral("--fault"), fault}),
             qPrintable(fake.error()));
    const QString endpoint = fake.ollamaEndpoint().toString();
    const Result result =
        run({QStringLiteral("--endpoint"), endpoint, QStringLiteral("--timeout"),
             fault.endsWith(u"hang") ? QStringLiteral("1") : QStringLiteral("30")});
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.startsWith(message.arg(endpoint)), qPrintable(result.err));
}

void TestPsCommand::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("ollamaHost");
    QTest::addColumn<QString>("message");
    QTest::newRow("timeout not a number")
        << QStringList{QStringLiteral("--timeout"), QStringLiteral("soon")} << QString()
        << QStringLiteral("vramscope ps: --timeout: expected seconds above 0, got 'soon'\n");
    QTest::newRow("remote endpoint")
        << QStringList{QStringLiteral("--endpoint"), QStringLiteral("10.1.2.3:11434")} << QString()
        << QStringLiteral("vramscope ps: --endpoint: 10.1.2.3:11434 is not on this machine");
    QTest::newRow("https OLLAMA_HOST") << QStringList{} << QStringLiteral("https://gpu-box")
                                       << QStringLiteral("vramscope ps: OLLAMA_HOST names a https "
                                                         "server; vramscope speaks plain HTTP");
    QTest::newRow("positional argument")
        << QStringList{QStringLiteral("llama3")} << QString() << QStringLiteral("vramscope ps: ");
}

void TestPsCommand::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, ollamaHost);
    QFETCH(QString, message);
    const Result result = run(arguments, ollamaHost);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith(message), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestPsCommand)
#include "tst_pscommand.moc"
