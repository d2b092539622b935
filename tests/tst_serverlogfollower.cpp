#include "serverlogfollower.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vramscope;
using namespace Qt::StringLiterals;

// Follows real files that the test appends to, truncates and rotates, and a
// real child process (a shell script) standing in for journalctl.
class TestServerLogFollower : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void appendedFile();
    void truncatedFile();
    void rotatedFile();
    void startsAtLastServerStart();
    void missingFile();
    void childProcess();
    void childProcessThatCannotStart();
    void systemdUnitFile();

private:
    QString write(const QString &name, const QByteArray &bytes, QIODevice::OpenMode mode);
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

QByteArray logFile(const QString &name)
{
    QFile file(QStringLiteral(VRAMSCOPE_TEST_DATA "/logs/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    return file.readAll();
}

QByteArray start(const char *version)
{
    return "time=T level=INFO source=routes.go:1 msg=\"Listening on 127.0.0.1:11434 (version " +
           QByteArray(version) + ")\"\n";
}

QByteArray load(char digit, int port)
{
    return "time=T level=INFO source=s msg=\"starting llama-server\" cmd=\"llama-server --model "
           "/m/sha256-" +
           QByteArray(64, digit) + " --port " + QByteArray::number(port) +
           "\"\n"
           "load_tensors:        CUDA0 model buffer size =   100.00 MiB\n"
           "time=T level=INFO source=s msg=\"llama-server started in 1.00 seconds\"\n";
}

} // namespace

void TestServerLogFollower::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestServerLogFollower::write(const QString &name, const QByteArray &bytes,
                                     QIODevice::OpenMode mode)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(mode) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestServerLogFollower::appendedFile()
{
    const QByteArray log = logFile(u"llamaserver_two_gpus_partial.log"_s);
    // Up to the middle of the line "load_tensors: offloaded 30/41 ...".
    const qsizetype cut = log.indexOf("offloaded 30/41") + 5;
    const QString path = write(u"server.log"_s, log.first(cut), QIODevice::WriteOnly);

    ServerLogFollower follower;
    follower.setPollInterval(50);
    QSignalSpy finished(&follower, &ServerLogFollower::loadFinished);
    QSignalSpy changed(&follower, &ServerLogFollower::loadsChanged);
    follower.followFile(path);
    // Read at once, from the second "Listening on" (the file's last).
    QCOMPARE(follower.loads().size(), 1);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(follower.loads().first().layersOffloaded, -1); // the cut line waits for its end
    QCOMPARE(finished.count(), 0);

    write(u"server.log"_s, log.sliced(cut), QIODevice::Append);
    QTRY_COMPARE(finished.count(), 1);
    const ModelLoad load = finished.first().first().value<ModelLoad>();
    QCOMPARE(load.port, 36183);
    QCOMPARE(load.layersOffloaded, 30);
    QCOMPARE(load.layersTotal, 41);
    // 5120.00 MiB on CUDA0, the last value after the fit probe's 9000.00.
    QCOMPARE(load.devices.first().share.weights.bytes, 5120LL << 20);
}

void TestServerLogFollower::truncatedFile()
{
    const QByteArray request =
        "[GIN] 2026/06/03 - 10:15:02 | 200 | 4.2s | 127.0.0.1 | POST \"/api/chat\"\n";
    const QString path =
        write(u"server.log"_s, start("0.30.1") + load('a', 1001) + request, QIODevice::WriteOnly);
    ServerLogFollower follower;
    follower.setPollInterval(50);
    QSignalSpy finished(&follower, &ServerLogFollower::loadFinished);
    follower.followFile(path);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(follower.parser().version(), u"0.30.1"_s);

    // copytruncate: the same file, shorter than what was read, with a new
    // server's lines (as tail -F, a shorter file is how truncation shows).
    write(u"server.log"_s, start("0.30.2") + load('b', 1002),
          QIODevice::WriteOnly | QIODevice::Truncate);
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(follower.parser().version(), u"0.30.2"_s);
    QCOMPARE(follower.loads().size(), 1);
    QCOMPARE(follower.loads().first().modelDigest, QString(64, u'b'));
}

void TestServerLogFollower::rotatedFile()
{
    const QString path =
        write(u"server.log"_s, start("0.30.1") + load('a', 1001), QIODevice::WriteOnly);
    ServerLogFollower follower;
    follower.setPollInterval(50);
    QSignalSpy finished(&follower, &ServerLogFollower::loadFinished);
    follower.followFile(path);
    QCOMPARE(finished.count(), 1);

    // Lines written to the old file before the rename are still read; then
    // the new file at the same path from its start (no new server start: the
    // first load stays).
    write(u"server.log"_s, load('b', 1002), QIODevice::Append);
    QVERIFY(QFile::rename(path, path + u".1"_s));
    write(u"server.log"_s, load('c', 1003), QIODevice::WriteOnly);
    QTRY_COMPARE(finished.count(), 3);
    QCOMPARE(follower.loads().size(), 3);
    QCOMPARE(follower.loads().at(1).modelDigest, QString(64, u'b'));
    QCOMPARE(follower.loads().at(2).modelDigest, QString(64, u'c'));
}

void TestServerLogFollower::startsAtLastServerStart()
{
    QByteArray log = start("0.29.0") + load('a', 1001);
    // More than one read-back chunk (1 MiB) between the two starts.
    const QByteArray noise =
        "[GIN] 2026/06/03 - 10:15:02 | 200 | 51.2µs | 127.0.0.1 | HEAD \"/\"\n";
    while (log.size() < 3 * 1024 * 1024)
        log += noise;
    log += start("0.30.2") + load('b', 1002);
    const QString path = write(u"server.log"_s, log, QIODevice::WriteOnly);
    ServerLogFollower follower;
    follower.followFile(path);
    // Only the last start's four lines are read.
    QCOMPARE(follower.parser().lineCount(), 4);
    QCOMPARE(follower.parser().version(), u"0.30.2"_s);
    QCOMPARE(follower.loads().size(), 1);
}

void TestServerLogFollower::missingFile()
{
    ServerLogFollower follower;
    QSignalSpy failed(&follower, &ServerLogFollower::failed);
    follower.followFile(m_dir->filePath(u"absent.log"_s));
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(u"absent.log"_s));
}

void TestServerLogFollower::childProcess()
{
    // Prints a log the way `journalctl -o cat -f` would: what there is, then
    // more later; it ends after that (journalctl would not).
    const QString first =
        write(u"first.log"_s, logFile(u"journal_two_models.log"_s), QIODevice::WriteOnly);
    const QString script = write(u"journalctl.sh"_s,
                                 "cat \"$1\"\n"
                                 "sleep 0.2\n"
                                 "printf '%s\\n' 'load_tensors: offloaded 3/3 layers to GPU'\n"
                                 "echo 'no more' >&2\n"
                                 "exit 3\n",
                                 QIODevice::WriteOnly);
    ServerLogFollower follower;
    QSignalSpy finished(&follower, &ServerLogFollower::loadFinished);
    QSignalSpy failed(&follower, &ServerLogFollower::failed);
    follower.followProcess(u"/bin/sh"_s, {script, first});
    QTRY_COMPARE(finished.count(), 2);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().toString(), u"/bin/sh: ended (exit status 3): no more"_s);
    // The late line went to the newest resident load.
    QCOMPARE(follower.loads().at(1).layersOffloaded, 3);
}

void TestServerLogFollower::childProcessThatCannotStart()
{
    ServerLogFollower follower;
    QSignalSpy failed(&follower, &ServerLogFollower::failed);
    follower.followProcess(m_dir->filePath(u"no-such-journalctl"_s), {});
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(u"cannot start"_s));
}

void TestServerLogFollower::systemdUnitFile()
{
    QCOMPARE(ServerLogFollower::systemdUnitFile(m_dir->path()), QString());
    QVERIFY(QDir(m_dir->path()).mkpath(u"usr/lib/systemd/system"_s));
    const QString unit =
        write(u"usr/lib/systemd/system/ollama.service"_s, "[Unit]\n", QIODevice::WriteOnly);
    QCOMPARE(ServerLogFollower::systemdUnitFile(m_dir->path()), unit);
    QVERIFY(ServerLogFollower::journalArguments().contains(u"ollama"_s));
}

QTEST_GUILESS_MAIN(TestServerLogFollower)
#include "tst_serverlogfollower.moc"
