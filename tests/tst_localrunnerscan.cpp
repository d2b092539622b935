#include "localrunnerscan.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vramscope;

namespace {

// A process folder with a NUL-separated cmdline, as /proc has it.
void writeProcess(const QTemporaryDir &root, const QString &pid, const QList<QByteArray> &arguments)
{
    QDir(root.path()).mkpath(pid);
    QFile file(root.filePath(pid + QStringLiteral("/cmdline")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (const QByteArray &argument : arguments)
        file.write(argument + '\0');
}

} // namespace

class TestLocalRunnerScan : public QObject
{
    Q_OBJECT

private slots:
    void runnerPort_data();
    void runnerPort();
    void scansAProcessTree();
};

void TestLocalRunnerScan::runnerPort_data()
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

void TestLocalRunnerScan::runnerPort()
{
    QFETCH(QList<QByteArray>, arguments);
    QFETCH(int, port);
    QCOMPARE(int(LocalRunnerScan::runnerPort(arguments)), port);
}

void TestLocalRunnerScan::scansAProcessTree()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    writeProcess(root, QStringLiteral("101"), {"/usr/bin/ollama", "serve"});
    writeProcess(root, QStringLiteral("202"),
                 {"/usr/bin/ollama", "runner", "--model", "/b", "--port", "41000"});
    writeProcess(root, QStringLiteral("303"),
                 {"/usr/bin/ollama", "runner", "--model", "/a", "--port", "40000"});
    writeProcess(root, QStringLiteral("304"),
                 {"/usr/bin/ollama", "runner", "--model", "/a", "--port", "40000"});
    writeProcess(root, QStringLiteral("self"),
                 {"/usr/bin/ollama", "runner", "--model", "/c", "--port", "42000"});
    QDir(root.path()).mkpath(QStringLiteral("404")); // vanished: no cmdline
    QCOMPARE(LocalRunnerScan(root.path()).ports(), (QList<quint16>{40000, 41000}));
    QCOMPARE(LocalRunnerScan(root.filePath(QStringLiteral("missing"))).ports(), QList<quint16>{});
}

QTEST_GUILESS_MAIN(TestLocalRunnerScan)
#include "tst_localrunnerscan.moc"
