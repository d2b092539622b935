#include "binaryrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Runs the real `vramscope log` on the logs in data/logs/. Sizes are worked
// out by hand: bytes as in tst_serverlogparser, printed with HumanBytes2 (one
// decimal), the table padded to its widest
// cell with two spaces between columns.
class TestLogCommand : public QObject
{
    Q_OBJECT

private slots:
    void text();
    void json();
    void followStandardInput();
    void followFile();
    void badInput_data();
    void badInput();
};

namespace {

using Result = vramscope::BinaryRun;

void prepare(QProcess &process)
{
    process.setProcessEnvironment(Result::environment());
}

Result run(const QStringList &arguments, const QByteArray &input = {})
{
    return Result::run(QStringLiteral(VRAMSCOPE_BINARY), arguments, Result::environment(), input);
}

QString data(const QString &name)
{
    return QStringLiteral(VRAMSCOPE_TEST_DATA "/logs/") + name;
}

QByteArray contents(const QString &name)
{
    QFile file(data(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    return file.readAll();
}

// The lines of standard output the process printed so far, waiting up to
// timeout for at least count.
QList<QByteArray> waitForLines(QProcess &process, QByteArray &buffer, int count)
{
    QList<QByteArray> lines;
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        buffer += process.readAllStandardOutput();
        lines = buffer.split('\n');
        lines.removeLast(); // what follows the last '\n'
        if (lines.size() >= count)
            break;
        process.waitForReadyRead(1000);
    }
    return lines;
}

} // namespace

void TestLogCommand::text()
{
    const Result result = run({u"log"_s, data(u"llamaserver_two_gpus_partial.log"_s)});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    // CUDA0: 5368709120 = 5.0 GiB; 2013265920 = 1.875 GiB -> 1.9; 894319985 =
    // 852.89 MiB -> 852.9; total 8276295025 = 7.71 GiB.
    // CUDA1: 5637406720 = 5376.25 MiB = 5.2502 GiB -> 5.3; 429916160 = 410.0 MiB;
    // total 8080588800 = 7.53 GiB.
    // host: 4617393930 = 4.30 GiB; 671088640 = 640.0 MiB; 41964012 = 40.02 MiB;
    // 1059062 = 1.01 MiB; total 5331505644 = 4.97 GiB -> 5.0.
    const QString expected =
        u"ollama 0.30.2: 1 load, 10 of 40 lines skipped\n"
        "\n"
        "model 6a0746a1ec1aef3e7ec53868f220ff6e389f6f8ef87a01d77c96807de94ca2aa (llama-server), "
        "resident, started 2026-06-03T10:15:02.200+02:00\n"
        "layers on GPUs: 30 of 41   context: 16384   parallel: 2\n"
        "DEVICE  WEIGHTS   KV CACHE      GRAPH    OTHER    TOTAL\n"
        "CUDA0   5.0 GiB    1.9 GiB  852.9 MiB      0 B  7.7 GiB\n"
        "CUDA1   5.3 GiB    1.9 GiB  410.0 MiB      0 B  7.5 GiB\n"
        "host    4.3 GiB  640.0 MiB   40.0 MiB  1.0 MiB  5.0 GiB\n"_s;
    QCOMPARE(result.out, expected);
}

void TestLogCommand::json()
{
    const Result result = run({u"log"_s, u"--json"_s, data(u"gorunner_cuda_evicted.log"_s)});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(root.value(u"version"_s).toString(), u"0.12.10"_s);
    QCOMPARE(root.value(u"skipped_lines"_s).toInteger(), 1); // the [GIN] line
    const QJsonArray loads = root.value(u"loads"_s).toArray();
    QCOMPARE(loads.size(), 2);

    const QJsonObject evicted = loads.at(0).toObject();
    QCOMPARE(evicted.value(u"model"_s).toString(), QString(64, u'd'));
    QCOMPARE(evicted.value(u"era"_s).toString(), u"go-runner"_s);
    QCOMPARE(evicted.value(u"started"_s).toString(), u"2026-05-20T14:01:00.000Z"_s);
    QCOMPARE(evicted.value(u"resident"_s).toBool(true), false);
    QCOMPARE(evicted.value(u"layers_offloaded"_s).toInteger(), 60);
    QCOMPARE(evicted.value(u"layers_total"_s).toInteger(), 65);
    QCOMPARE(evicted.value(u"split"_s).toString(),
             u"60[ID:GPU-3f1c9a2e-6b1d-4c2f-9e0a-5d7b8c1e2f30 Layers:31(5..35) "
             u"ID:GPU-8d2e4f60-1a3b-4c5d-8e7f-9a0b1c2d3e4f Layers:29(36..64)]"_s);
    const QJsonArray devices = evicted.value(u"devices"_s).toArray();
    QCOMPARE(devices.size(), 2);
    const QJsonObject cuda1 = devices.at(1).toObject();
    QCOMPARE(cuda1.value(u"name"_s).toString(), u"CUDA1"_s);
    // 14.4 GiB = 15461882265.6 -> 15461882266, exact in JSON (no double).
    QCOMPARE(cuda1.value(u"weights"_s).toInteger(), 15461882266LL);
    QVERIFY(result.out.contains(u"\"weights\": 15461882266"_s));
    QCOMPARE(cuda1.value(u"kv_cache"_s).toInteger(), 1932735283LL);
    QCOMPARE(cuda1.value(u"graph"_s).toInteger(), 1288490189LL);
    QCOMPARE(cuda1.value(u"other"_s).toInteger(), 0);
    const QJsonObject host = evicted.value(u"host"_s).toObject();
    QCOMPARE(host.value(u"weights"_s).toInteger(), 3435973837LL);
    QCOMPARE(host.value(u"kv_cache"_s).toInteger(), 335544320LL);

    const QJsonObject resident = loads.at(1).toObject();
    QCOMPARE(resident.value(u"resident"_s).toBool(false), true);

    // A llama-server log without a split: null, not absent.
    const Result cpu = run({u"log"_s, u"--json"_s, data(u"llamaserver_cpu_only_crlf.log"_s)});
    const QJsonObject cpuLoad = QJsonDocument::fromJson(cpu.out.toUtf8())
                                    .object()
                                    .value(u"loads"_s)
                                    .toArray()
                                    .at(0)
                                    .toObject();
    QVERIFY(cpuLoad.contains(u"split"_s));
    QVERIFY(cpuLoad.value(u"split"_s).isNull());
    QVERIFY(cpuLoad.value(u"layers_offloaded"_s).isNull());
    QCOMPARE(cpuLoad.value(u"devices"_s).toArray().size(), 0);
}

void TestLogCommand::followStandardInput()
{
    const QByteArray log = contents(u"journal_two_models.log"_s);
    const qsizetype second = log.indexOf("fits alongside");
    QProcess process;
    prepare(process);
    process.start(QStringLiteral(VRAMSCOPE_BINARY), {u"log"_s, u"--follow"_s, u"--json"_s});
    QVERIFY(process.waitForStarted());
    process.write(log.first(second));
    QByteArray buffer;
    // The first load is printed while standard input is still open.
    QList<QByteArray> lines = waitForLines(process, buffer, 1);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(lines.at(0)).object().value(u"model"_s).toString(),
             QString(64, u'a'));
    process.write(log.sliced(second));
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    lines = waitForLines(process, buffer, 2);
    QCOMPARE(lines.size(), 2);
    const QJsonObject swa = QJsonDocument::fromJson(lines.at(1)).object();
    QCOMPARE(swa.value(u"model"_s).toString(), QString(64, u'b'));
    // 416.00 + 97.50 MiB: both sliding-window caches.
    QCOMPARE(swa.value(u"devices"_s).toArray().at(0).toObject().value(u"kv_cache"_s).toInteger(),
             538443776LL);
    QCOMPARE(process.exitCode(), 0);
}

void TestLogCommand::followFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"server.log"_s);
    const QByteArray log = contents(u"journal_two_models.log"_s);
    const qsizetype second = log.indexOf("fits alongside");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(log.first(second));
    }
    QProcess process;
    prepare(process);
    process.start(QStringLiteral(VRAMSCOPE_BINARY), {u"log"_s, path, u"--follow"_s, u"--json"_s});
    QVERIFY(process.waitForStarted());
    QByteArray buffer;
    QCOMPARE(waitForLines(process, buffer, 1).size(), 1);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write(log.sliced(second));
    }
    const QList<QByteArray> lines = waitForLines(process, buffer, 2);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(u"model"_s).toString(),
             QString(64, u'b'));
    process.kill();
    process.waitForFinished();
}

void TestLogCommand::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("missing file") << QStringList{u"log"_s, u"/nonexistent/server.log"_s}
                                  << u"vramscope log: /nonexistent/server.log: cannot open: "_s;
    QTest::newRow("follow missing file")
        << QStringList{u"log"_s, u"--follow"_s, u"/nonexistent/server.log"_s}
        << u"vramscope log: /nonexistent/server.log: no such file"_s;
    QTest::newRow("two files") << QStringList{u"log"_s, u"a.log"_s, u"b.log"_s}
                               << u"vramscope log: unexpected argument 'b.log' (see --help)"_s;
}

void TestLogCommand::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith(message), qPrintable(result.err));
    QCOMPARE(result.out, QString());
}

QTEST_GUILESS_MAIN(TestLogCommand)
#include "tst_logcommand.moc"
