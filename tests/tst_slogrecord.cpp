#include "slogrecord.h"

#include <QTest>

using namespace vramscope;

// Go's slog text handler quotes a value with strconv.Quote; these are read
// back to the bytes Go started from.
class TestSlogRecord : public QObject
{
    Q_OBJECT

private slots:
    void values_data();
    void values();
    void malformed_data();
    void malformed();
    void peekMessage();
};

void TestSlogRecord::values_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("value");

    const QByteArray head = "time=2026-06-03T10:15:02.123+02:00 level=INFO source=sched.go:613 ";
    QTest::newRow("bare") << head + "msg=load id=0" << QByteArray("id") << QByteArray("0");
    QTest::newRow("quoted") << head + "msg=\"system memory\" total=\"62.7 GiB\""
                            << QByteArray("total") << QByteArray("62.7 GiB");
    QTest::newRow("empty quoted") << head + "msg=x libdirs=\"\" driver=0.0" << QByteArray("libdirs")
                                  << QByteArray();
    QTest::newRow("escaped quote")
        << head + "msg=x key=\"a \\\"b\\\"\"" << QByteArray("key") << QByteArray("a \"b\"");
    QTest::newRow("backslash") << head + "msg=x cmd=\"C:\\\\Users\\\\ann\"" << QByteArray("cmd")
                               << QByteArray("C:\\Users\\ann");
    QTest::newRow("control escapes")
        << head + "msg=x e=\"a\\tb\\nc\\r\"" << QByteArray("e") << QByteArray("a\tb\nc\r");
    // \x quotes a byte that is not valid UTF-8; \u a non-printable rune.
    QTest::newRow("hex byte") << head + "msg=x e=\"\\xff\"" << QByteArray("e")
                              << QByteArray("\xff");
    QTest::newRow("unicode") << head + "msg=x e=\"\\u00e9\\U0001F600\"" << QByteArray("e")
                             << QByteArray("\xc3\xa9\xf0\x9f\x98\x80");
    QTest::newRow("octal") << head + "msg=x e=\"\\101\"" << QByteArray("e") << QByteArray("A");
    QTest::newRow("utf-8 kept") << head + "msg=x name=\"Ünïcode GPU\"" << QByteArray("name")
                                << QByteArray("Ünïcode GPU");
    QTest::newRow("braces in a value")
        << head + "msg=load request=\"{Operation:commit GPULayers:33[ID:0 Layers:33(0..32)]}\""
        << QByteArray("request")
        << QByteArray("{Operation:commit GPULayers:33[ID:0 Layers:33(0..32)]}");
    QTest::newRow("first of two") << head + "msg=x id=1 id=2" << QByteArray("id")
                                  << QByteArray("1");
    QTest::newRow("absent") << head + "msg=x" << QByteArray("id") << QByteArray();
}

void TestSlogRecord::values()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, key);
    const std::optional<SlogRecord> record = SlogRecord::parse(line);
    QVERIFY(record);
    QTEST(record->value(key), "value");
}

void TestSlogRecord::malformed_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("not slog") << QByteArray("load_tensors: CPU model buffer size = 1.00 MiB");
    QTest::newRow("unclosed") << QByteArray("time=T msg=\"abc");
    QTest::newRow("escape at end") << QByteArray("time=T msg=\"abc\\");
    QTest::newRow("short hex") << QByteArray("time=T msg=\"\\x4\"");
    QTest::newRow("bad hex") << QByteArray("time=T msg=\"\\u00g9\"");
    QTest::newRow("unknown escape") << QByteArray("time=T msg=\"\\q\"");
    QTest::newRow("octal past a byte") << QByteArray("time=T msg=\"\\777\"");
    QTest::newRow("text after quote") << QByteArray("time=T msg=\"a\"b");
    QTest::newRow("key without value") << QByteArray("time=T msg");
    QTest::newRow("empty key") << QByteArray("time=T =x");
}

void TestSlogRecord::malformed()
{
    QFETCH(QByteArray, line);
    QVERIFY(!SlogRecord::parse(line));
}

void TestSlogRecord::peekMessage()
{
    QByteArray storage;
    const auto peek = [&storage](QByteArrayView line) {
        const std::optional<QByteArrayView> message = SlogRecord::peekMessage(line, storage);
        return message ? message->toByteArray() : QByteArray("(none)");
    };
    QCOMPARE(peek("time=T level=INFO source=a.go:1 msg=\"gpu memory\" id=0"), "gpu memory");
    QCOMPARE(peek("time=T level=INFO source=a.go:1 msg=load request=\"{}\""), "load");
    QCOMPARE(peek("time=T level=INFO source=a.go:1 msg=last"), "last");
    // With an escape the value is decoded into storage.
    QCOMPARE(peek("time=T level=INFO source=a.go:1 msg=\"a \\\"b\\\"\" x=1"), "a \"b\"");
    QCOMPARE(peek("time=T level=INFO source=a.go:1 id=0"), "(none)");
    QCOMPARE(peek("time=T level=INFO msg=\"open"), "(none)");
    QCOMPARE(peek("time=T level=INFO msg=\"open \\\""), "(none)");
}

QTEST_GUILESS_MAIN(TestSlogRecord)
#include "tst_slogrecord.moc"
