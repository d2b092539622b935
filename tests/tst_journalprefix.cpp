#include "journalprefix.h"

#include <QTest>

using namespace vramscope;

// journalctl's short format in several locales; the shape is matched.
class TestJournalPrefix : public QObject
{
    Q_OBJECT

private slots:
    void prefix_data();
    void prefix();
};

void TestJournalPrefix::prefix_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QByteArray>("timestamp");
    QTest::addColumn<qint64>("pid");
    QTest::addColumn<QByteArray>("rest");

    QTest::newRow("english") << QByteArray("Jun 03 10:15:02 gpubox ollama[1234]: time=x") << true
                             << QByteArray("Jun 03 10:15:02") << 1234LL << QByteArray("time=x");
    QTest::newRow("french") << QByteArray("janv. 20 08:00:01 pc ollama[7]: load_tensors: x") << true
                            << QByteArray("janv. 20 08:00:01") << 7LL
                            << QByteArray("load_tensors: x");
    QTest::newRow("japanese") << QByteArray("9月 02 23:59:59 host ollama[99]: [GIN] x") << true
                              << QByteArray("9月 02 23:59:59") << 99LL << QByteArray("[GIN] x");
    QTest::newRow("space-padded day") << QByteArray("Jun  3 10:15:02 h ollama[5]: y") << true
                                      << QByteArray("Jun  3 10:15:02") << 5LL << QByteArray("y");
    QTest::newRow("slog line") << QByteArray("time=2026-06-03T10:15:02 level=INFO msg=x") << false
                               << QByteArray() << 0LL << QByteArray();
    QTest::newRow("llama.cpp line")
        << QByteArray("load_tensors:        CUDA0 model buffer size =   852.89 MiB") << false
        << QByteArray() << 0LL << QByteArray();
    QTest::newRow("no pid") << QByteArray("Jun 03 10:15:02 gpubox ollama: x") << false
                            << QByteArray() << 0LL << QByteArray();
    QTest::newRow("bad time") << QByteArray("Jun 03 10:1x:02 gpubox ollama[1]: x") << false
                              << QByteArray() << 0LL << QByteArray();
    QTest::newRow("cut") << QByteArray("Jun 03 10:15") << false << QByteArray() << 0LL
                         << QByteArray();
}

void TestJournalPrefix::prefix()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, found);
    const std::optional<JournalPrefix> prefix = JournalPrefix::find(line);
    QCOMPARE(bool(prefix), found);
    if (!prefix)
        return;
    QTEST(prefix->timestamp.toByteArray(), "timestamp");
    QTEST(prefix->pid, "pid");
    QTEST(line.sliced(prefix->length), "rest");
}

QTEST_GUILESS_MAIN(TestJournalPrefix)
#include "tst_journalprefix.moc"
